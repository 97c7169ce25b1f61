import { timelineParent } from '@hub/subgraph-kit';
import type { HealthRecordResolvers } from '../generated/resolvers-types.ts';
import { mentalHealth, notes, patientOf, substanceUse, sudNotes, visits } from '../loaders.ts';

// The kit has already decided each field for (youth, category) before any of these run, and the
// decision never depended on what is read here.
export const HealthRecord: HealthRecordResolvers = {
  mentalHealth: async ({ youthId }, _a, ctx) => (await mentalHealth(youthId, ctx)) ?? null,
  psychotherapyNotes: ({ youthId }, _a, ctx) => notes(youthId, ctx),
  substanceUse: async ({ youthId }, _a, ctx) => (await substanceUse(youthId, ctx)) ?? null,
  sudCounselingNotes: ({ youthId }, _a, ctx) => sudNotes(youthId, ctx),
  sexualHealth: async ({ youthId }, _a, ctx) => {
    const found = await visits(youthId, ctx);
    return found.length ? { youthId, visits: found } : null;
  },
  physicalHealth: async ({ youthId }, _a, ctx) => {
    const row = await patientOf(youthId, ctx);
    return row ? { youthId, primaryClinician: row.primaryClinician, lastExamOn: row.lastExamOn } : null;
  },
  timeline: ({ youthId }, { since }, ctx) => timelineParent(youthId, since, ctx.timeZone),
};
