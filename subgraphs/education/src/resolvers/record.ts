import { timelineParent } from '@hub/subgraph-kit';
import type { EducationRecordResolvers } from '../generated/resolvers-types.ts';
import { attendance, enrollments, specialEducation, studentOf } from '../loaders.ts';

// The kit has already decided each field for (youth, category) before any of these run, and the
// decision never depended on what is read here.
export const EducationRecord: EducationRecordResolvers = {
  // The open enrolment, else the latest: the cumulative record follows the pupil (Ed Code 49068).
  schoolOfRecord: async ({ youthId }, _a, ctx) => {
    const all = await enrollments(youthId, ctx);
    return all.find((e) => e.exitedOn === null) ?? all.at(-1) ?? null;
  },
  enrollments: ({ youthId }, _a, ctx) => enrollments(youthId, ctx),
  attendance: ({ youthId }, _a, ctx) => attendance(youthId, ctx),
  credits: async ({ youthId }, _a, ctx) => {
    const row = await studentOf(youthId, ctx);
    return row && row.creditsEarned !== null && row.creditsRequired !== null && row.creditsAsOf !== null
      ? { youthId, earned: row.creditsEarned, required: row.creditsRequired, asOf: row.creditsAsOf }
      : null;
  },
  specialEducation: async ({ youthId }, _a, ctx) => (await specialEducation(youthId, ctx)) ?? null,
  schoolLiaison: async ({ youthId }, _a, ctx) => {
    const row = await studentOf(youthId, ctx);
    return row ? { youthId, personId: row.liaisonId, name: row.liaisonName } : null;
  },
  timeline: ({ youthId }, { since }, ctx) => timelineParent(youthId, since, ctx.timeZone),
};
