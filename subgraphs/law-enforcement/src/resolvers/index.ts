import { accountingPage, chainVerification, privacyAlertsPart, viewerAccessPage } from '@hub/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { LawEnforcementRecord } from './record.ts';
import { Youth } from './youth.ts';

export const resolvers: Resolvers = {
  // This agency's part of the accounting of disclosures: the kit reads its own log.
  Accounting: { __resolveReference: (ref) => ({ id: ref.id }), lawEnforcement: accountingPage },
  // The live verification of its log, against the registry's latest checkpoint of it.
  ChainAudit: { __resolveReference: (ref) => ref, lawEnforcement: chainVerification },
  // One viewer's rows across youths, and this agency's privacy alerts, from its own log.
  ViewerAccess: { __resolveReference: (ref) => ({ id: ref.id }), lawEnforcement: viewerAccessPage },
  PrivacyAlerts: { __resolveReference: (ref) => ({ id: ref.id }), lawEnforcement: privacyAlertsPart },
  Youth,
  LawEnforcementRecord,
  LawEnforcementInvestigation: {
    id: (row) => String(row.id),
    // Every object below Youth carries youthId: the kit decides each field by it.
    suspectedOffenses: (row) => row.suspectedOffenses.map((o) => ({ ...o, youthId: row.youthId })),
  },
  MissingPersonReport: { id: (row) => String(row.id) },
  LawEnforcementProtectiveOrder: { id: (row) => String(row.id) },
  LawEnforcementContact: { id: (row) => String(row.id) },
};
