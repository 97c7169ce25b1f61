import type { YouthResolvers } from '../generated/resolvers-types.ts';

export const Youth: YouthResolvers = {
  // No lookup here: whether the defender represents the youth must not show in the answer's shape.
  __resolveReference: (ref) => ({ id: ref.id }),
  publicDefender: ({ id }) => ({ youthId: id }),
};
