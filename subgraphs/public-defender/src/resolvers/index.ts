import type { Resolvers } from '../generated/resolvers-types.ts';
import { PublicDefenderRecord } from './record.ts';
import { PublicDefenderTimeline } from './timeline.ts';
import { Youth } from './youth.ts';

export const resolvers: Resolvers = {
  Youth,
  PublicDefenderRecord,
  PublicDefenderTimeline,
  DefenderMatter: { id: (r) => String(r.id) },
  AttorneyClientCommunication: { id: (r) => String(r.id) },
};
