import type { MentalHealthRecordResolvers } from '../generated/resolvers-types.ts';
import { diagnoses } from '../loaders.ts';

export const MentalHealthRecord: MentalHealthRecordResolvers = {
  currentProvider: (row) => row.provider,
  diagnoses: ({ youthId }, _a, ctx) => diagnoses(youthId, ctx),
};
