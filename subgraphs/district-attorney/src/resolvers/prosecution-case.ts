import type { ProsecutionCaseResolvers } from '../generated/resolvers-types.ts';
import { charges } from '../loaders.ts';

export const ProsecutionCase: ProsecutionCaseResolvers = {
  id: (row) => String(row.id),
  // Loaded per youth (one statement for every case of the request), then narrowed to this case.
  charges: async ({ youthId, id }, _a, ctx) => (await charges(youthId, ctx)).filter((c) => c.caseId === id),
};
