import {
  accountingPage,
  chainVerification,
  privacyAlertsPart,
  viewerAccessPage,
  episodeResolvers,
} from '@hub/subgraph-kit';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { ProbationCsecIdentification } from './csec.ts';
import { ProbationDelinquencyCase } from './delinquency.ts';
import { ProbationRecord } from './record.ts';
import { ProbationSupervision } from './supervision.ts';
import { ProbationTimeline } from './timeline.ts';
import { Youth } from './youth.ts';

export const resolvers: Resolvers = {
  // This agency's part of the accounting of disclosures: the kit reads its own log.
  Accounting: { __resolveReference: (ref) => ({ id: ref.id }), probation: accountingPage },
  // One viewer's accesses across youths, and this agency's privacy alerts: from its own log.
  ViewerAccess: { __resolveReference: (ref) => ({ id: ref.id }), probation: viewerAccessPage },
  PrivacyAlerts: { __resolveReference: (ref) => ({ id: ref.id }), probation: privacyAlertsPart },
  ChainAudit: { __resolveReference: (ref) => ref, probation: chainVerification },
  Youth,
  ProbationRecord,
  ProbationSupervision,
  ProbationDelinquencyCase,
  ProbationCsecIdentification,
  ProbationTimeline,
  ProbationCondition: { id: (r) => String(r.id) },
  ProbationViolation: { id: (r) => String(r.id) },
  ProbationCitation: { id: (r) => String(r.id) },
  ProbationDetentionEpisode: { id: (r) => String(r.id) },
  ProbationCsecScreening: { id: (r) => String(r.id) },
  ProbationRunawayEpisode: episodeResolvers('PROBATION'),
};
