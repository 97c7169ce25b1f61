import type { ProbationCsecIdentificationResolvers } from '../generated/resolvers-types.ts';
import { screenings } from '../loaders.ts';

export const ProbationCsecIdentification: ProbationCsecIdentificationResolvers = {
  screenings: ({ youthId }, _a, ctx) => screenings(youthId, ctx),
};
