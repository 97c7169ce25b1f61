import { eq, inArray, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { crosswalkRows, isUuid, type Crosswalk, type Database } from '@hub/subgraph-kit';
import type { SyntheticWorld } from '@hub/synthetic';
import { charge, courtDate, prosecution, protectiveOrder, victim, type VictimRow } from './schema.ts';

const valid = (ids: readonly string[]) => [...new Set(ids.filter(isUuid))];

/** One statement for all the youths of an operation. */
export async function victimsByYouthIds({ db }: Database, ids: readonly string[]): Promise<VictimRow[]> {
  const wanted = valid(ids);
  if (!wanted.length) return [];
  return db.select().from(victim).where(inArray(victim.hubYouthId, wanted));
}

/** The victim table maps the DA's local id of a youth to the hub youth id. */
const VICTIMS: Crosswalk = { table: victim, localId: victim.localId, hubYouthId: victim.hubYouthId };

/** The youth's cases, each tagged with its hub youth id, oldest referral first. */
export const casesOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, VICTIMS, prosecution, ids, { orderBy: [prosecution.referredOn, prosecution.id] });

type CaseTable = typeof charge | typeof courtDate | typeof protectiveOrder;

/** A case's table reaches the crosswalk through its case, whose number each row is tagged with. */
const caseRows = <T extends CaseTable>(
  d: Database,
  table: T,
  ids: readonly string[],
  orderBy: PgColumn[],
  where?: SQL,
) =>
  crosswalkRows(d, VICTIMS, table, ids, {
    orderBy,
    where,
    through: { table: prosecution, on: eq(table.caseId, prosecution.id), localId: prosecution.localId },
    extra: { caseNumber: prosecution.caseNumber },
  });

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
