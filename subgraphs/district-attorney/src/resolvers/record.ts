import { timelineParent } from '@hub/subgraph-kit';
import type { DistrictAttorneyRecordResolvers } from '../generated/resolvers-types.ts';
import { cases, protectiveOrders, upcomingCourtDates, victimOf } from '../loaders.ts';

// The kit has already decided each field for (youth, VICTIM_WITNESS) before any of these run, and
// the decision never depended on what is read here.
export const DistrictAttorneyRecord: DistrictAttorneyRecordResolvers = {
  victimAdvocate: async ({ youthId }, _a, ctx) => {
    const row = await victimOf(youthId, ctx);
    return row?.advocateId && row.advocateName && row.advocateAssignedOn
      ? { youthId, personId: row.advocateId, name: row.advocateName, assignedOn: row.advocateAssignedOn }
      : null;
  },
  cases: ({ youthId }, _a, ctx) => cases(youthId, ctx),
  upcomingCourtDates: ({ youthId }, _a, ctx) => upcomingCourtDates(youthId, ctx),
  protectiveOrders: ({ youthId }, _a, ctx) => protectiveOrders(youthId, ctx),
  timeline: ({ youthId }, { since }, ctx) => timelineParent(youthId, since, ctx.timeZone),
};
