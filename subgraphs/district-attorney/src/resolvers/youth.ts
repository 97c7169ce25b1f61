import type { YouthResolvers } from '../generated/resolvers-types.ts';

export const Youth: YouthResolvers = {
  // No lookup here: whether the DA holds a file on the youth must not show in the answer's shape.
  __resolveReference: (ref) => ({ id: ref.id }),
  districtAttorney: ({ id }) => ({ youthId: id }),
};
