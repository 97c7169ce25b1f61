import type { SubgraphContext } from '@hub/subgraph-kit';
import { casesByYouthIds, indicatorsOf, placementsOf, referralsOf, runawaysOf } from '../db/queries.ts';
import type { CaseRow } from '../db/schema.ts';
import type { ChildWelfareRecordResolvers } from '../generated/resolvers-types.ts';

function caseOf(youthId: string, ctx: SubgraphContext): Promise<CaseRow | undefined> {
  return ctx
    .loader<string, CaseRow | undefined>('case', async (ids) => {
      const rows = await casesByYouthIds(ctx.database, ids);
      return ids.map((id) => rows.find((r) => r.hubYouthId === id));
    })
    .load(youthId);
}

/** A batch loader over one of the case's child tables, grouped back per youth. */
function many<R extends { youthId: string }>(
  name: string,
  query: (d: SubgraphContext['database'], ids: readonly string[]) => Promise<R[]>,
) {
  return (youthId: string, ctx: SubgraphContext): Promise<R[]> =>
    ctx
      .loader<string, R[]>(name, async (ids) => {
        const rows = await query(ctx.database, ids);
        return ids.map((id) => rows.filter((r) => r.youthId === id));
      })
      .load(youthId);
}

const referrals = many('referrals', referralsOf);
const placements = many('placements', placementsOf);
const runaways = many('runaways', runawaysOf);
const indicators = many('indicators', indicatorsOf);

// The kit has already decided each field for (youth, category) before any of these run.
export const ChildWelfareRecord: ChildWelfareRecordResolvers = {
  caseNumber: async ({ youthId }, _a, ctx) => (await caseOf(youthId, ctx))?.localId ?? null,
  dependencyStatus: async ({ youthId }, _a, ctx) => (await caseOf(youthId, ctx))?.dependencyStatus ?? null,
  caseOpenedOn: async ({ youthId }, _a, ctx) => (await caseOf(youthId, ctx))?.caseOpenedOn ?? null,
  assignedWorker: async ({ youthId }, _a, ctx) => {
    const row = await caseOf(youthId, ctx);
    return row ? { youthId, personId: row.workerId, name: row.workerName } : null;
  },
  safetyPlan: async ({ youthId }, _a, ctx) => {
    const row = await caseOf(youthId, ctx);
    return row?.safetyPlanSummary && row.safetyPlanUpdatedOn
      ? { youthId, summary: row.safetyPlanSummary, updatedOn: row.safetyPlanUpdatedOn }
      : null;
  },
  referrals: ({ youthId }, _a, ctx) => referrals(youthId, ctx),
  placements: ({ youthId }, _a, ctx) => placements(youthId, ctx),
  currentPlacement: async ({ youthId }, _a, ctx) =>
    (await placements(youthId, ctx)).find((p) => p.endDate === null) ?? null,
  runawayEpisodes: ({ youthId }, _a, ctx) => runaways(youthId, ctx),
  csecIndicators: ({ youthId }, _a, ctx) => indicators(youthId, ctx),
};
