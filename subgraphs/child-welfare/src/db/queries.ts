import { inArray } from 'drizzle-orm';
import { crosswalkRows, episodeInstants, isUuid, type Crosswalk, type Database } from '@hub/subgraph-kit';
import type { SyntheticWorld } from '@hub/synthetic';
import { csecIndicator, csecScreening, cwCase, placement, referral, runawayEpisode, type CaseRow } from './schema.ts';

const valid = (ids: readonly string[]) => [...new Set(ids.filter(isUuid))];

/** One statement for all the youths of an operation. */
export async function casesByYouthIds({ db }: Database, ids: readonly string[]): Promise<CaseRow[]> {
  const wanted = valid(ids);
  if (!wanted.length) return [];
  return db.select().from(cwCase).where(inArray(cwCase.hubYouthId, wanted));
}

/** The case table maps Child Welfare's local id of a youth to the hub youth id. */
const CASES: Crosswalk = { table: cwCase, localId: cwCase.localId, hubYouthId: cwCase.hubYouthId };

export const referralsOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, CASES, referral, ids, { orderBy: [referral.receivedOn] });
export const placementsOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, CASES, placement, ids, { orderBy: [placement.sequence] });
export const runawaysOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, CASES, runawayEpisode, ids, { orderBy: [runawayEpisode.startedAt, runawayEpisode.id] });
export const indicatorsOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, CASES, csecIndicator, ids, { orderBy: [csecIndicator.observedOn] });

export const screeningsOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, CASES, csecScreening, ids, { orderBy: [csecScreening.screenedOn, csecScreening.id] });

/** Fills an empty child-welfare database with its part of the synthetic world. */
export async function seedChildWelfare(database: Database, world: SyntheticWorld): Promise<boolean> {
  const { db } = database;
  const [first] = await db.select({ id: cwCase.localId }).from(cwCase).limit(1);
  if (first) return false;
  const cases = world.childWelfare;
  for (let i = 0; i < cases.length; i += 500) {
    const chunk = cases.slice(i, i + 500);
    await db.insert(cwCase).values(
      chunk.map((c) => ({
        localId: c.localId,
        hubYouthId: c.youthId,
        dependencyStatus: c.dependencyStatus,
        caseOpenedOn: c.caseOpenedOn,
        workerId: c.workerId,
        workerName: c.workerName,
        safetyPlanSummary: c.safetyPlan?.summary ?? null,
        safetyPlanUpdatedOn: c.safetyPlan?.updatedOn ?? null,
      })),
    );
    const referrals = chunk.flatMap((c) => c.referrals.map((r) => ({ ...r, localId: c.localId })));
    const placements = chunk.flatMap((c) =>
      c.placements.map((p, sequence) => ({ ...p, sequence, localId: c.localId })),
    );
    const runaways = chunk.flatMap((c) => c.runaways.map((r) => ({ ...episodeInstants(r), localId: c.localId })));
    const indicators = chunk.flatMap((c) => c.indicators.map((x) => ({ ...x, localId: c.localId })));
    if (referrals.length) await db.insert(referral).values(referrals);
    if (placements.length) await db.insert(placement).values(placements);
    if (runaways.length) await db.insert(runawayEpisode).values(runaways);
    if (indicators.length) await db.insert(csecIndicator).values(indicators);
    const screenings = chunk.flatMap((c) => c.screenings.map((x) => ({ ...x, localId: c.localId })));
    if (screenings.length) await db.insert(csecScreening).values(screenings);
  }
  return true;
}
