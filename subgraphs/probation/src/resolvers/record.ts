import { missingNowOf, timelineParent } from '@hub/subgraph-kit';
import type { ProbationRecordResolvers } from '../generated/resolvers-types.ts';
import { delinquencyCase, runaways, screenings, supervision, youthOf } from '../loaders.ts';

// The kit has already decided each field for (youth, category) before any of these run, and the
// decision never depended on what is read here.
export const ProbationRecord: ProbationRecordResolvers = {
  supervision: async ({ youthId }, _a, ctx) => (await supervision(youthId, ctx)) ?? null,
  latestCsecScreening: async ({ youthId }, _a, ctx) => (await screenings(youthId, ctx)).at(-1) ?? null,
  delinquencyCase: async ({ youthId }, _a, ctx) => (await delinquencyCase(youthId, ctx)) ?? null,
  csecIdentification: async ({ youthId }, _a, ctx) => {
    const row = await youthOf(youthId, ctx);
    return row?.csecStatus && row.csecDocumentedOn
      ? { youthId, status: row.csecStatus, documentedOn: row.csecDocumentedOn }
      : null;
  },
  runawayEpisodes: ({ youthId }, _a, ctx) => runaways(youthId, ctx),
  missingNow: async ({ youthId }, _a, ctx) => missingNowOf(await runaways(youthId, ctx)),
  timeline: ({ youthId }, { since }, ctx) => timelineParent(youthId, since, ctx.timeZone),
};
