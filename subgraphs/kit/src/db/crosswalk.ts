import { and, asc, eq, getTableColumns, inArray, type Column, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { isUuid } from '../ids.ts';
import type { Database } from './database.ts';

/** An agency's crosswalk: the table that maps the agency's local id of a youth to the hub youth id. */
export interface Crosswalk {
  table: PgTable;
  localId: PgColumn;
  hubYouthId: PgColumn;
}

export interface CrosswalkRowsQuery<E extends Record<string, PgColumn>> {
  /** Sort keys, ascending. */
  orderBy: readonly PgColumn[];
  where?: SQL | undefined;
  /**
   * For rows that do not carry the local id themselves: the table joined in between (a charge's
   * case), how it joins, and its local id column.
   */
  through?: { table: PgTable; on: SQL; localId: PgColumn } | undefined;
  /** Columns of the joined tables each row is tagged with (a charge's case number). */
  extra?: E | undefined;
}

type Tagged<T extends PgTable, E extends Record<string, PgColumn>> = T['$inferSelect'] & {
  [K in keyof E]: E[K]['_']['data'] | (E[K]['_']['notNull'] extends true ? never : null);
} & { youthId: string };

/**
 * Rows of an agency table for many youths at once, each tagged with the hub youth id it belongs
 * to, in one statement: the join through the agency's crosswalk that every agency subgraph's
 * per-youth lists share. Malformed ids are dropped; no valid id, no statement.
 */
export async function crosswalkRows<T extends PgTable, E extends Record<string, PgColumn> = Record<never, PgColumn>>(
  { db }: Database,
  crosswalk: Crosswalk,
  table: T,
  ids: readonly string[],
  query: CrosswalkRowsQuery<E>,
): Promise<Tagged<T, E>[]> {
  const wanted = [...new Set(ids.filter(isUuid))];
  if (!wanted.length) return [];
  const localId = query.through?.localId ?? (getTableColumns(table) as Record<string, Column>).localId;
  if (!localId) throw new Error('crosswalkRows: the table has no localId column; name one with `through`');
  let select = db
    .select({ row: getTableColumns(table), youthId: crosswalk.hubYouthId, ...(query.extra ?? {}) } as never)
    .from(table as PgTable)
    .$dynamic();
  if (query.through) select = select.innerJoin(query.through.table, query.through.on);
  const rows = (await select
    .innerJoin(crosswalk.table, eq(localId, crosswalk.localId))
    .where(and(inArray(crosswalk.hubYouthId, wanted), query.where))
    .orderBy(...query.orderBy.map((c) => asc(c)))) as unknown as ({ row: T['$inferSelect']; youthId: string } & Record<
    string,
    unknown
  >)[];
  return rows.map(({ row, ...tags }) => ({ ...row, ...tags }) as Tagged<T, E>);
}
