import type { ProbationDelinquencyCaseResolvers } from '../generated/resolvers-types.ts';
import { citations, detentions } from '../loaders.ts';

export const ProbationDelinquencyCase: ProbationDelinquencyCaseResolvers = {
  citations: ({ youthId }, _a, ctx) => citations(youthId, ctx),
  detentionEpisodes: ({ youthId }, _a, ctx) => detentions(youthId, ctx),
};
