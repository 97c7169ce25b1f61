import { timelineParent } from '@hub/subgraph-kit';
import type { PublicDefenderRecordResolvers } from '../generated/resolvers-types.ts';
import { clientOf, communications, matters } from '../loaders.ts';

// The kit has already decided each field for (youth, category) before any of these run, and the
// decision never depended on what is read here.
export const PublicDefenderRecord: PublicDefenderRecordResolvers = {
  assignedDefender: async ({ youthId }, _a, ctx) => {
    const row = await clientOf(youthId, ctx);
    return row ? { youthId, personId: row.defenderId, name: row.defenderName } : null;
  },
  matters: ({ youthId }, _a, ctx) => matters(youthId, ctx),
  communications: ({ youthId }, _a, ctx) => communications(youthId, ctx),
  timeline: ({ youthId }, { since }, ctx) => timelineParent(youthId, since, ctx.timeZone),
};
