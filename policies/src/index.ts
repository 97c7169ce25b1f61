export {
  AGENCIES,
  AGENCY_CATEGORIES,
  AGENCY_LABEL,
  CATEGORY_HL7,
  CATEGORY_LABEL,
  DATA_CATEGORIES,
  DEFAULT_PURPOSE,
  DENIAL_REASONS,
  PURPOSE_HL7,
  PURPOSES,
  ROLES,
} from './vocabulary.ts';
export type { Agency, DataCategory, DenialReason, PurposeOfUse, Role } from './vocabulary.ts';
export { emptyFacts } from './facts.ts';
export type { ConsentFact, ConsentStatus, CourtOrderFact, EmergencyGrantFact, Viewer, YouthFacts } from './facts.ts';
export { activeGrant, EMERGENCY_BASIS, EMERGENCY_CATEGORIES } from './emergency.ts';
export { buildDefaultRules, PERMITTED_PURPOSES } from './rules.ts';
export type { DisclosureSubject, PolicyRule } from './rules.ts';
export { createPolicySet, defaultPolicySet, policyVersion } from './policy-set.ts';
export type { PolicySet } from './policy-set.ts';
export { decide, denialMessage, subjectFor } from './decide.ts';
export type { DecideContext, Decision, Obligation } from './decide.ts';
export { explain } from './explain.ts';
export { defineAbilityFor } from './ability.ts';
export type { HubAbility } from './ability.ts';
export { PART2_NOTICE } from './legal-basis.ts';
export { DEVIATIONS, TABLE_ROLES, tableCell } from './table.ts';
export type { Cell, CellKind, TableRole } from './table.ts';
export {
  allPoints,
  CONSENT_STATES,
  describePoint,
  GRANT_STATES,
  materialise,
  ORDER_STATES,
  ROLE_AGENCY,
} from './space.ts';
export type { ConsentState, GrantState, OrderState, Point } from './space.ts';
export { expectedDecision } from './oracle.ts';
export { decidePoint, diffPolicies, verifyPolicy } from './verify.ts';
export type { Counterexample, PolicyDifference, VerifyReport } from './verify.ts';
export { cellFromRules, emergencyOpens, policyMatrix, policyMatrixMarkdown } from './matrix.ts';
export { consentProblems, mayManageConsents, NEVER_BY_CONSENT, YOUTH_ONLY } from './consent-rules.ts';
export type { ConsentDraft, ConsentGrantor } from './consent-rules.ts';
