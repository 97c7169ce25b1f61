import type { PolicySet } from '@hub/policies';
import type { IdentifierSystems } from '../fhir/systems.ts';
import type { Resolvers } from '../generated/resolvers-types.ts';
import { chainVerification } from '@hub/subgraph-kit';
import { Accounting, accountingQuery } from './accounting.ts';
import { Consent, Mutation } from './consent.ts';
import { fhirConsentResolvers } from './consent-fhir.ts';
import { CourtOrder, courtOrderMutations } from './court-order.ts';
import { emergencyResolvers } from './emergency.ts';
import { oversightResolvers } from './oversight.ts';
import { ActionItem, MdtNote, MdtNoteAmendment, mdtWorkMutations, mdtWorkQuery, mdtWorkYouth } from './mdt-work.ts';
import { Query } from './query.ts';
import { rosterMutations, rosterYouth, TeamMember } from './roster.ts';
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
      ...oversightResolvers(options.policy),
      ...mdtWorkQuery,
    },
    Accounting,
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
      ...courtOrderMutations,
    },
    CourtOrder,
    Youth: { ...Youth, ...servicePlanResolvers, ...rosterYouth, ...mdtWorkYouth },
    MdtNote,
    MdtNoteAmendment,
    ActionItem,
    TeamMember,
    Consent: { ...Consent, ...fhir.Consent },
    EmergencyGrant: emergency.EmergencyGrant,
  };
}
