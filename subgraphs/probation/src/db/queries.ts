import { asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { isUuid, type Database } from '@hub/subgraph-kit';
import type { SyntheticWorld } from '@hub/synthetic';
import {
  citation,
  csecScreening,
  delinquencyCase,
  detentionEpisode,
  probationYouth,
  supervision,
  supervisionCondition,
  violation,
  type YouthRow,
} from './schema.ts';

const valid = (ids: readonly string[]) => [...new Set(ids.filter(isUuid))];

/** One statement for all the youths of an operation. */
export async function youthsByHubIds({ db }: Database, ids: readonly string[]): Promise<YouthRow[]> {
  const wanted = valid(ids);
  if (!wanted.length) return [];
  return db.select().from(probationYouth).where(inArray(probationYouth.hubYouthId, wanted));
}

type YouthTable =
  | typeof supervision
  | typeof supervisionCondition
  | typeof violation
  | typeof delinquencyCase
  | typeof citation
  | typeof detentionEpisode
  | typeof csecScreening;

/** Rows of one of the youth's tables for many youths at once, each tagged with its hub youth id, in `order`. */
async function youthRows<T extends YouthTable>(
  { db }: Database,
  table: T,
  ids: readonly string[],
  order: Parameters<typeof asc>[0][],
): Promise<(T['$inferSelect'] & { youthId: string })[]> {
  const wanted = valid(ids);
  if (!wanted.length) return [];
  const rows = await db
    .select({ row: getTableColumns(table as PgTable) as never, youthId: probationYouth.hubYouthId })
    .from(table as PgTable)
    .innerJoin(probationYouth, eq(table.localId, probationYouth.localId))
    .where(inArray(probationYouth.hubYouthId, wanted))
    .orderBy(...order.map((c) => asc(c)));
  return rows.map((r: { row: T['$inferSelect']; youthId: string }) => ({ ...r.row, youthId: r.youthId }));
}

export const supervisionOf = (d: Database, ids: readonly string[]) =>
  youthRows(d, supervision, ids, [supervision.localId]);
export const conditionsOf = (d: Database, ids: readonly string[]) =>
  youthRows(d, supervisionCondition, ids, [supervisionCondition.imposedOn, supervisionCondition.id]);
export const violationsOf = (d: Database, ids: readonly string[]) =>
  youthRows(d, violation, ids, [violation.occurredOn, violation.id]);
export const delinquencyCaseOf = (d: Database, ids: readonly string[]) =>
  youthRows(d, delinquencyCase, ids, [delinquencyCase.localId]);
export const citationsOf = (d: Database, ids: readonly string[]) =>
  youthRows(d, citation, ids, [citation.issuedOn, citation.id]);
export const detentionsOf = (d: Database, ids: readonly string[]) =>
  youthRows(d, detentionEpisode, ids, [detentionEpisode.admittedOn, detentionEpisode.id]);
export const screeningsOf = (d: Database, ids: readonly string[]) =>
  youthRows(d, csecScreening, ids, [csecScreening.screenedOn, csecScreening.id]);

/** Fills an empty probation database with its part of the synthetic world. */
export async function seedProbation(database: Database, world: SyntheticWorld): Promise<boolean> {
  const { db } = database;
  const [first] = await db.select({ id: probationYouth.localId }).from(probationYouth).limit(1);
  if (first) return false;
  for (let i = 0; i < world.probation.length; i += 500) {
    const chunk = world.probation.slice(i, i + 500);
    await db.insert(probationYouth).values(
      chunk.map((c) => ({
        localId: c.localId,
        hubYouthId: c.youthId,
        csecStatus: c.csecIdentification?.status ?? null,
        csecDocumentedOn: c.csecIdentification?.documentedOn ?? null,
      })),
    );
    const of = <R>(rows: (c: (typeof chunk)[number]) => R[]) =>
      chunk.flatMap((c) => rows(c).map((r) => ({ ...r, localId: c.localId })));
    const grants = of((c) => (c.supervision ? [c.supervision] : [])).map(
      ({ conditions: _conditions, violations: _violations, ...grant }) => grant,
    );
    const conditions = of((c) => c.supervision?.conditions ?? []);
    const violations = of((c) => c.supervision?.violations ?? []);
    const cases = of((c) => [c.delinquencyCase]);
    const citations = of((c) => c.citations);
    const detentions = of((c) => c.detentionEpisodes);
    const screenings = of((c) => c.csecScreenings);
    if (grants.length) await db.insert(supervision).values(grants);
    if (conditions.length) await db.insert(supervisionCondition).values(conditions);
    if (violations.length) await db.insert(violation).values(violations);
    if (cases.length) await db.insert(delinquencyCase).values(cases);
    if (citations.length) await db.insert(citation).values(citations);
    if (detentions.length) await db.insert(detentionEpisode).values(detentions);
    if (screenings.length) await db.insert(csecScreening).values(screenings);
  }
  return true;
}
