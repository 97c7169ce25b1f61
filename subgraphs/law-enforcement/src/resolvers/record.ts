import type { LawEnforcementRecordResolvers } from '../generated/resolvers-types.ts';
import { clientOf, contacts, investigations, missingPersonReports, protectiveOrders } from '../loaders.ts';

// The kit has already decided each field for (youth, category) before any of these run, and the
// decision never depended on what is read here.
export const LawEnforcementRecord: LawEnforcementRecordResolvers = {
  detective: async ({ youthId }, _a, ctx) => {
    const row = await clientOf(youthId, ctx);
    return row ? { youthId, personId: row.detectiveId, name: row.detectiveName } : null;
  },
  investigations: ({ youthId }, _a, ctx) => investigations(youthId, ctx),
  missingPersonReports: ({ youthId }, _a, ctx) => missingPersonReports(youthId, ctx),
  protectiveOrders: ({ youthId }, _a, ctx) => protectiveOrders(youthId, ctx),
  contacts: ({ youthId }, _a, ctx) => contacts(youthId, ctx),
};
