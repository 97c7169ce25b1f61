import {
  accountingPage,
  chainVerification,
  privacyAlertsPart,
  viewerAccessPage,
  countyDate,
  episodeResolvers,
} from '@hub/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { ChildWelfareRecord } from './record.ts';
import { ChildWelfareTimeline } from './timeline.ts';
import { Youth } from './youth.ts';

export const resolvers: Resolvers = {
  // This agency's part of the accounting of disclosures: the kit reads its own log.
  Accounting: { __resolveReference: (ref) => ({ id: ref.id }), childWelfare: accountingPage },
  // One viewer's accesses across youths, and this agency's privacy alerts: from its own log.
  ViewerAccess: { __resolveReference: (ref) => ({ id: ref.id }), childWelfare: viewerAccessPage },
  PrivacyAlerts: { __resolveReference: (ref) => ({ id: ref.id }), childWelfare: privacyAlertsPart },
  ChainAudit: { __resolveReference: (ref) => ref, childWelfare: chainVerification },
  Youth,
  ChildWelfareRecord,
  ChildWelfareTimeline,
  Referral: { id: (r) => String(r.id) },
  Placement: { id: (r) => String(r.id) },
  RunawayEpisode: episodeResolvers('CHILD_WELFARE'),
  CsecIndicator: { id: (r) => String(r.id) },
  CsecScreening: {
    id: (r) => String(r.id),
    level: (r) => r.level as 'NO_CONCERN' | 'POSSIBLE' | 'CLEAR',
    rescreenOverdue: (r, _a, ctx) => !!r.nextRescreenDue && r.nextRescreenDue < countyDate(new Date(), ctx.timeZone),
  },
};
