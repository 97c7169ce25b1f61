import { accountingPage, chainVerification, privacyAlertsPart, viewerAccessPage } from '@hub/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { PublicDefenderRecord } from './record.ts';
import { PublicDefenderTimeline } from './timeline.ts';
import { Youth } from './youth.ts';

export const resolvers: Resolvers = {
  // This agency's part of the accounting of disclosures: the kit reads its own log.
  Accounting: { __resolveReference: (ref) => ({ id: ref.id }), publicDefender: accountingPage },
  // One viewer's accesses across youths, and this agency's privacy alerts: from its own log.
  ViewerAccess: { __resolveReference: (ref) => ({ id: ref.id }), publicDefender: viewerAccessPage },
  PrivacyAlerts: { __resolveReference: (ref) => ({ id: ref.id }), publicDefender: privacyAlertsPart },
  ChainAudit: { __resolveReference: (ref) => ref, publicDefender: chainVerification },
  Youth,
  PublicDefenderRecord,
  PublicDefenderTimeline,
  DefenderMatter: { id: (r) => String(r.id) },
  AttorneyClientCommunication: { id: (r) => String(r.id) },
};
