import { accountingPage, chainVerification, privacyAlertsPart, viewerAccessPage } from '@hub/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { ProsecutionCase } from './prosecution-case.ts';
import { DistrictAttorneyRecord } from './record.ts';
import { DistrictAttorneyTimeline } from './timeline.ts';
import { Youth } from './youth.ts';

export const resolvers: Resolvers = {
  // This agency's part of the accounting of disclosures: the kit reads its own log.
  Accounting: { __resolveReference: (ref) => ({ id: ref.id }), districtAttorney: accountingPage },
  // One viewer's accesses across youths, and this agency's privacy alerts: from its own log.
  ViewerAccess: { __resolveReference: (ref) => ({ id: ref.id }), districtAttorney: viewerAccessPage },
  PrivacyAlerts: { __resolveReference: (ref) => ({ id: ref.id }), districtAttorney: privacyAlertsPart },
  ChainAudit: { __resolveReference: (ref) => ref, districtAttorney: chainVerification },
  Youth,
  DistrictAttorneyRecord,
  DistrictAttorneyTimeline,
  ProsecutionCase,
  Charge: { id: (r) => String(r.id) },
  CourtDate: { id: (r) => String(r.id) },
  ProtectiveOrder: { id: (r) => String(r.id) },
};
