import type { Resolvers } from '../generated/resolvers-types.ts';
import { PublicDefenderRecord } from './record.ts';
import { Youth } from './youth.ts';

export const resolvers: Resolvers = {
  Youth,
  PublicDefenderRecord,
  DefenderMatter: { id: (r) => String(r.id) },
  AttorneyClientCommunication: { id: (r) => String(r.id) },
};
