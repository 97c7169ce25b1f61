import { and, asc, eq, getTableColumns, inArray, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { isUuid, type Database } from '@hub/subgraph-kit';
import type { SyntheticWorld } from '@hub/synthetic';
import { charge, courtDate, prosecution, protectiveOrder, victim, type CaseRow, type VictimRow } from './schema.ts';

const valid = (ids: readonly string[]) => [...new Set(ids.filter(isUuid))];

/** One statement for all the youths of an operation. */
export async function victimsByYouthIds({ db }: Database, ids: readonly string[]): Promise<VictimRow[]> {
  const wanted = valid(ids);
  if (!wanted.length) return [];
  return db.select().from(victim).where(inArray(victim.hubYouthId, wanted));
}

/** The youth's cases, each tagged with its hub youth id, oldest referral first. */
export async function casesOf({ db }: Database, ids: readonly string[]): Promise<(CaseRow & { youthId: string })[]> {
  const wanted = valid(ids);
  if (!wanted.length) return [];
  const rows = await db
    .select({ row: getTableColumns(prosecution), youthId: victim.hubYouthId })
    .from(prosecution)
    .innerJoin(victim, eq(prosecution.localId, victim.localId))
    .where(inArray(victim.hubYouthId, wanted))
    .orderBy(asc(prosecution.referredOn), asc(prosecution.id));
  return rows.map((r) => ({ ...r.row, youthId: r.youthId }));
}

type CaseTable = typeof charge | typeof courtDate | typeof protectiveOrder;

/** Rows of a case's table for many youths at once, tagged with the case number and hub youth id. */
async function caseRows<T extends CaseTable>(
  { db }: Database,
  table: T,
  ids: readonly string[],
  order: Parameters<typeof asc>[0][],
  where?: SQL,
): Promise<(T['$inferSelect'] & { caseNumber: string; youthId: string })[]> {
  const wanted = valid(ids);
  if (!wanted.length) return [];
  const rows = await db
    .select({
      row: getTableColumns(table as PgTable) as never,
      caseNumber: prosecution.caseNumber,
      youthId: victim.hubYouthId,
    })
    .from(table as PgTable)
    .innerJoin(prosecution, eq(table.caseId, prosecution.id))
    .innerJoin(victim, eq(prosecution.localId, victim.localId))
    .where(and(inArray(victim.hubYouthId, wanted), where))
    .orderBy(...order.map((c) => asc(c)));
  return rows.map((r: { row: T['$inferSelect']; caseNumber: string; youthId: string }) => ({
    ...r.row,
    caseNumber: r.caseNumber,
    youthId: r.youthId,
  }));
}

export const chargesOf = (d: Database, ids: readonly string[]) => caseRows(d, charge, ids, [charge.caseId, charge.id]);
/** Dates the court still has on calendar (the clerk marks them held, continued or vacated), soonest first. */
export const upcomingCourtDatesOf = (d: Database, ids: readonly string[]) =>
  caseRows(d, courtDate, ids, [courtDate.scheduledOn, courtDate.id], eq(courtDate.status, 'SCHEDULED'));
export const protectiveOrdersOf = (d: Database, ids: readonly string[]) =>
  caseRows(d, protectiveOrder, ids, [protectiveOrder.issuedOn, protectiveOrder.id]);

/** Fills an empty DA database with its part of the synthetic world. */
export async function seedDistrictAttorney(database: Database, world: SyntheticWorld): Promise<boolean> {
  const { db } = database;
  const [first] = await db.select({ id: victim.localId }).from(victim).limit(1);
  if (first) return false;
  for (let i = 0; i < world.districtAttorney.length; i += 500) {
    const chunk = world.districtAttorney.slice(i, i + 500);
    await db.insert(victim).values(
      chunk.map((c) => ({
        localId: c.localId,
        hubYouthId: c.youthId,
        advocateId: c.advocate?.personId ?? null,
        advocateName: c.advocate?.name ?? null,
        advocateAssignedOn: c.advocate?.assignedOn ?? null,
      })),
    );
    const cases = chunk.flatMap((c) =>
      c.cases.map(({ charges: _c, courtDates: _d, ...k }) => ({ ...k, localId: c.localId })),
    );
    if (!cases.length) continue;
    const inserted = await db
      .insert(prosecution)
      .values(cases)
      .returning({ id: prosecution.id, localId: prosecution.localId, caseNumber: prosecution.caseNumber });
    const caseId = new Map(inserted.map((r) => [`${r.localId} ${r.caseNumber}`, r.id]));
    const of = <R>(rows: (c: (typeof chunk)[number]) => (R & { caseNumber: string })[]) =>
      chunk.flatMap((c) =>
        rows(c).map(({ caseNumber, ...r }) => ({ ...r, caseId: caseId.get(`${c.localId} ${caseNumber}`)! })),
      );
    const charges = of((c) => c.cases.flatMap((k) => k.charges.map((x) => ({ ...x, caseNumber: k.caseNumber }))));
    const dates = of((c) => c.cases.flatMap((k) => k.courtDates.map((x) => ({ ...x, caseNumber: k.caseNumber }))));
    const orders = of((c) => c.protectiveOrders);
    if (charges.length) await db.insert(charge).values(charges);
    if (dates.length) await db.insert(courtDate).values(dates);
    if (orders.length) await db.insert(protectiveOrder).values(orders);
  }
  return true;
}
