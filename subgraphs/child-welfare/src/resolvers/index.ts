import type { Resolvers } from '../generated/resolvers-types.ts';
import { ChildWelfareRecord } from './record.ts';
import { ChildWelfareTimeline } from './timeline.ts';
import { Youth } from './youth.ts';

export const resolvers: Resolvers = {
  Youth,
  ChildWelfareRecord,
  ChildWelfareTimeline,
  Referral: { id: (r) => String(r.id) },
  Placement: { id: (r) => String(r.id) },
  RunawayEpisode: { id: (r) => String(r.id) },
  CsecIndicator: { id: (r) => String(r.id) },
};
