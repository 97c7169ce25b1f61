import type { ProbationSupervisionResolvers } from '../generated/resolvers-types.ts';
import { conditions, violations } from '../loaders.ts';

export const ProbationSupervision: ProbationSupervisionResolvers = {
  officer: ({ youthId, officerId, officerName }) => ({ youthId, personId: officerId, name: officerName }),
  conditions: ({ youthId }, _a, ctx) => conditions(youthId, ctx),
  violations: ({ youthId }, _a, ctx) => violations(youthId, ctx),
};
