import { accountingPage, chainVerification, privacyAlertsPart, viewerAccessPage } from '@hub/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { SchoolYearAttendance } from './attendance.ts';
import { EducationRecord } from './record.ts';
import { EducationTimeline } from './timeline.ts';
import { Youth } from './youth.ts';

export const resolvers: Resolvers = {
  // This agency's part of the accounting of disclosures: the kit reads its own log.
  Accounting: { __resolveReference: (ref) => ({ id: ref.id }), education: accountingPage },
  // One viewer's accesses across youths, and this agency's privacy alerts: from its own log.
  ViewerAccess: { __resolveReference: (ref) => ({ id: ref.id }), education: viewerAccessPage },
  PrivacyAlerts: { __resolveReference: (ref) => ({ id: ref.id }), education: privacyAlertsPart },
  ChainAudit: { __resolveReference: (ref) => ref, education: chainVerification },
  Youth,
  EducationRecord,
  EducationTimeline,
  SchoolYearAttendance,
  Enrollment: { id: (r) => String(r.id) },
};
