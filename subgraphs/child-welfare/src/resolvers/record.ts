import { missingNowOf, timelineParent } from '@hub/subgraph-kit';
import type { ChildWelfareRecordResolvers } from '../generated/resolvers-types.ts';
import { caseOf, indicators, placements, referrals, runaways, screenings } from '../loaders.ts';

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
  missingNow: async ({ youthId }, _a, ctx) => missingNowOf(await runaways(youthId, ctx)),
  csecIndicators: ({ youthId }, _a, ctx) => indicators(youthId, ctx),
  csecScreenings: ({ youthId }, _a, ctx) => screenings(youthId, ctx),
  latestCsecScreening: async ({ youthId }, _a, ctx) => (await screenings(youthId, ctx)).at(-1) ?? null,
  timeline: ({ youthId }, { since }, ctx) => timelineParent(youthId, since, ctx.timeZone),
};
