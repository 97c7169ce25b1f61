import type { PhysicalHealthRecordResolvers } from '../generated/resolvers-types.ts';
import { medications, upcomingAppointments } from '../loaders.ts';

export const PhysicalHealthRecord: PhysicalHealthRecordResolvers = {
  medications: ({ youthId }, _a, ctx) => medications(youthId, ctx),
  upcomingAppointments: ({ youthId }, _a, ctx) => upcomingAppointments(youthId, ctx),
};
