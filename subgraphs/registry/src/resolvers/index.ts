import type { PolicySet } from '@hub/policies';
import type { IdentifierSystems } from '../fhir/systems.ts';
import type { PolicyDiffPool } from '../policy-diff/pool.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { chainVerification } from '@hub/subgraph-kit';
import { Accounting, accountingQuery } from './accounting.ts';
import { Consent, Mutation } from './consent.ts';
import { fhirConsentResolvers } from './consent-fhir.ts';
import { CourtOrder, courtOrderMutations } from './court-order.ts';
import { emergencyResolvers } from './emergency.ts';
import { oversightResolvers } from './oversight.ts';
import { PrivacyAlerts, privacyAlertMutations, privacyAlertsQuery, ViewerAccess } from './privacy-alerts.ts';
import { ActionItem, MdtNote, MdtNoteAmendment, mdtWorkMutations, mdtWorkQuery, mdtWorkYouth } from './mdt-work.ts';
import { lookMutations, YouthEdge } from './looks.ts';
import { MdtAgendaEntry, MdtInvitee, MdtMeeting, meetingMutations, meetingQuery, meetingYouth } from './meetings.ts';
import { Query } from './query.ts';
import { MdtReferral, referralMutations, referralQuery } from './referral.ts';
import { MdtDirectoryPerson, rosterMutations, rosterQuery, rosterYouth, TeamMember } from './roster.ts';
import { ConsentRestriction, TeamEnd, teamConsentMutations, teamConsentYouth } from './team-consent.ts';
import { servicePlanResolvers } from './service-plan.ts';
import { viewAsResolver } from './view-as.ts';
import { Youth } from './youth.ts';

export interface ResolverOptions {
  /** The policy the kit decides with, so view-as decides the same way. */
  policy: PolicySet;
  /** How long an emergency grant lasts. */
  emergencyAccessMs: number;
  /** Each agency's patient identifier system, for FHIR Consent export and import. */
  fhirSystems: IdentifierSystems;
  /** Where `policyDiff` runs: a worker thread, off the event loop. */
  policyDiffs: PolicyDiffPool;
}

export function buildResolvers(options: ResolverOptions): Resolvers {
  const emergency = emergencyResolvers(options.emergencyAccessMs);
  const fhir = fhirConsentResolvers(options.fhirSystems);
  return {
    Query: {
      ...Query,
      ...emergency.Query,
      ...viewAsResolver(options.policy),
      ...accountingQuery,
      ...oversightResolvers(options.policy, options.policyDiffs),
      ...mdtWorkQuery,
      ...referralQuery,
      ...privacyAlertsQuery,
      ...meetingQuery,
      ...rosterQuery,
    },
    Accounting,
    ViewerAccess,
    PrivacyAlerts,
    ChainAudit: {
      __resolveReference: (ref) => ref,
      checkpoints: (parent) => parent.checkpoints ?? [],
      registry: chainVerification,
    },
    Mutation: {
      ...Mutation,
      ...emergency.Mutation,
      ...fhir.Mutation,
      ...rosterMutations,
      ...mdtWorkMutations,
      ...meetingMutations,
      ...courtOrderMutations,
      ...teamConsentMutations,
      ...referralMutations,
      ...privacyAlertMutations,
      ...lookMutations,
    },
    MdtReferral,
    YouthEdge,
    CourtOrder,
    Youth: {
      ...Youth,
      ...servicePlanResolvers,
      ...rosterYouth,
      ...mdtWorkYouth,
      ...teamConsentYouth,
      ...meetingYouth,
    },
    TeamEnd,
    ConsentRestriction,
    MdtNote,
    MdtNoteAmendment,
    ActionItem,
    MdtMeeting,
    MdtAgendaEntry,
    MdtInvitee,
    TeamMember,
    MdtDirectoryPerson,
    Consent: { ...Consent, ...fhir.Consent },
    EmergencyGrant: emergency.EmergencyGrant,
  };
}
