import { asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { isUuid, type Database } from '@hub/subgraph-kit';
import type { SyntheticWorld } from '@hub/synthetic';
import { client, communication, matter, type ClientRow } from './schema.ts';

const valid = (ids: readonly string[]) => [...new Set(ids.filter(isUuid))];

/** One statement for all the youths of an operation. */
export async function clientsByYouthIds({ db }: Database, ids: readonly string[]): Promise<ClientRow[]> {
  const wanted = valid(ids);
  if (!wanted.length) return [];
  return db.select().from(client).where(inArray(client.hubYouthId, wanted));
}

type ClientTable = typeof matter | typeof communication;

/** Rows of a client's table for many youths at once, each tagged with its hub youth id, in `order`. */
async function clientRows<T extends ClientTable>(
  { db }: Database,
  table: T,
  ids: readonly string[],
  order: Parameters<typeof asc>[0][],
): Promise<(T['$inferSelect'] & { youthId: string })[]> {
  const wanted = valid(ids);
  if (!wanted.length) return [];
  const rows = await db
    .select({ row: getTableColumns(table as PgTable) as never, youthId: client.hubYouthId })
    .from(table as PgTable)
    .innerJoin(client, eq(table.localId, client.localId))
    .where(inArray(client.hubYouthId, wanted))
    .orderBy(...order.map((c) => asc(c)));
  return rows.map((r: { row: T['$inferSelect']; youthId: string }) => ({ ...r.row, youthId: r.youthId }));
}

/**
 * Delinquency matters only: a dependency petition is child-welfare case data, which the table
 * shares more narrowly than DELINQUENCY, so dependency matters stay in the defender's database
 * until they have a field of their own classified CHILD_WELFARE_CASE.
 */
export const mattersOf = async (d: Database, ids: readonly string[]) =>
  (await clientRows(d, matter, ids, [matter.openedOn, matter.id])).filter((m) => m.kind === 'DELINQUENCY');
export const communicationsOf = (d: Database, ids: readonly string[]) =>
  clientRows(d, communication, ids, [communication.occurredOn, communication.id]);

/** Fills an empty public-defender database with its part of the synthetic world. */
export async function seedPublicDefender(database: Database, world: SyntheticWorld): Promise<boolean> {
  const { db } = database;
  const [first] = await db.select({ id: client.localId }).from(client).limit(1);
  if (first) return false;
  for (let i = 0; i < world.publicDefender.length; i += 500) {
    const chunk = world.publicDefender.slice(i, i + 500);
    await db.insert(client).values(
      chunk.map((c) => ({
        localId: c.localId,
        hubYouthId: c.youthId,
        defenderId: c.defenderId,
        defenderName: c.defenderName,
      })),
    );
    const matters = chunk.flatMap((c) => c.matters.map((m) => ({ ...m, localId: c.localId })));
    const communications = chunk.flatMap((c) => c.communications.map((m) => ({ ...m, localId: c.localId })));
    if (matters.length) await db.insert(matter).values(matters);
    if (communications.length) await db.insert(communication).values(communications);
  }
  return true;
}
