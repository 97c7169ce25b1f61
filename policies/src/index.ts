// @hub/policies: what a subgraph needs at run time to decide. The review tools are
// @hub/policies/review, the test oracle @hub/policies/oracle, and the CASL-free enums the web may
// import @hub/policies/vocabulary.
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
  ROLE_AGENCY,
  ROLES,
} from './vocabulary.ts';
export type { Agency, DataCategory, DenialReason, PurposeOfUse, Role } from './vocabulary.ts';
export { emptyFacts } from './facts.ts';
export type {
  ConsentFact,
  ConsentStatus,
  CourtOrderFact,
  EmergencyGrantFact,
  RestrictionFact,
  Viewer,
  YouthFacts,
} from './facts.ts';
export { activeGrant, EMERGENCY_BASIS, EMERGENCY_CATEGORIES } from './emergency.ts';
export { POLICY_ACTIONS } from './types.ts';
export type { ActionSubject, DisclosureSubject, HubAction, PolicyAction, PolicyRule } from './types.ts';
export { buildDefaultRules } from './rules.ts';
export { DEFAULT_PURPOSE_RULE, PERMITTED_PURPOSES } from './purposes.ts';
export { CASELOAD, CASELOAD_SCOPES, inCaseloadScope, linked, memberOnDay, onTeamOn } from './scope.ts';
export type { CaseloadScope, DatedMembership } from './scope.ts';
export { labelCode, labelInSearch, youthLabel } from './vocabulary.ts';
export { ROSTER_RULE, rosterLists } from './roster.ts';
export { SEALED_RULE, seesSealedRecords } from './sealed.ts';
export { createPolicySet, defaultPolicySet, policyVersion } from './policy-set.ts';
export type { PolicySet } from './policy-set.ts';
export { decide, denialMessage, subjectFor, withheldField } from './decide.ts';
export { LIMITED_CELLS, limitedCell } from './limited.ts';
export type { LimitedCell } from './limited.ts';
export type { DecideContext, Decision, Obligation } from './decide.ts';
export { decideAction, rowScope } from './decide-action.ts';
export type { ActionDecision, ActionSituation, RowAction, RowScope } from './decide-action.ts';
export { explain } from './explain.ts';
export { defineAbilityFor } from './ability.ts';
export type { HubAbility } from './ability.ts';
export { PART2_NOTICE } from './legal-basis.ts';
export { consentProblems, NEVER_BY_CONSENT, YOUTH_ONLY } from './consent-rules.ts';
export type { ConsentDraft, ConsentGrantor } from './consent-rules.ts';
export { courtOrderProblems, NEVER_BY_ORDER } from './court-order-rules.ts';
export {
  CONSENT_SCOPE_BASIS,
  consentScope,
  endedWithTeam,
  RESTRICTION_BASIS,
  restrictionProblems,
  TEAM_BOUND_BASIS,
} from './part2.ts';
export type { RestrictionDraft } from './part2.ts';
export type { CourtOrderDraft } from './court-order-rules.ts';
export {
  EXPLOITATION_TIMINGS,
  maySeeReportingClocks,
  missingNow,
  REPORTING_CLOCKS,
  reportingClocks,
} from './missing.ts';
export type { ClockStatus, EpisodeTimes, ExploitationTiming, ReportingClock, ReportingClockKind } from './missing.ts';
