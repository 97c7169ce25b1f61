import { accountingPage, chainVerification, privacyAlertsPart, viewerAccessPage } from '@hub/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { MentalHealthRecord } from './mental-health.ts';
import { PhysicalHealthRecord } from './physical-health.ts';
import { HealthRecord } from './record.ts';
import { SubstanceUseRecord } from './substance-use.ts';
import { HealthTimeline } from './timeline.ts';
import { Youth } from './youth.ts';

export const resolvers: Resolvers = {
  // This agency's part of the accounting of disclosures: the kit reads its own log.
  Accounting: { __resolveReference: (ref) => ({ id: ref.id }), health: accountingPage },
  // One viewer's accesses across youths, and this agency's privacy alerts: from its own log.
  ViewerAccess: { __resolveReference: (ref) => ({ id: ref.id }), health: viewerAccessPage },
  PrivacyAlerts: { __resolveReference: (ref) => ({ id: ref.id }), health: privacyAlertsPart },
  ChainAudit: { __resolveReference: (ref) => ref, health: chainVerification },
  Youth,
  HealthRecord,
  MentalHealthRecord,
  SubstanceUseRecord,
  PhysicalHealthRecord,
  HealthTimeline,
  Diagnosis: { id: (r) => String(r.id) },
  PsychotherapyNote: { id: (r) => String(r.id) },
  SexualHealthVisit: { id: (r) => String(r.id) },
  Medication: { id: (r) => String(r.id) },
  Appointment: { id: (r) => String(r.id) },
};
