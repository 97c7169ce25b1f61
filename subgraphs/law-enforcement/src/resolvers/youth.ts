import type { YouthResolvers } from '../generated/resolvers-types.ts';

export const Youth: YouthResolvers = {
  // No lookup here: whether the agency holds a record must not show in the answer's shape.
  __resolveReference: (ref) => ({ id: ref.id }),
  lawEnforcement: ({ id }) => ({ youthId: id }),
};
