import type { ActionSubject, DisclosureSubject, HubAction } from './types.ts';
import { PERMITTED_PURPOSES } from './purposes.ts';
import type { DataCategory, DenialReason, Role } from './vocabulary.ts';

const HEALTH_FOR_PROSECUTION: DataCategory[] = [
  'MENTAL_HEALTH',
  'PSYCHOTHERAPY_NOTES',
  'SUBSTANCE_USE',
  'SEXUAL_HEALTH',
  'SUD_COUNSELING_NOTES',
];
const EXPLOITATION_FOR_PROSECUTION: DataCategory[] = [
  'CSEC_INDICATORS',
  'RUNAWAY',
  'VICTIM_WITNESS',
  'LAW_ENFORCEMENT_RECORDS',
];

/**
 * The invariants again, as plain code run after CASL: whatever a rule set says (a later rule in
 * CASL can override an earlier one), these never release. Each names the rule it mirrors.
 */
export function hardDenial(role: Role, s: DisclosureSubject): { ruleId: string; reason: DenialReason } | undefined {
  if (!PERMITTED_PURPOSES[role].includes(s.purpose)) {
    return { ruleId: `purpose.${role.toLowerCase().replace(/_/g, '-')}`, reason: 'PURPOSE_NOT_PERMITTED' };
  }
  if (!s.inScope) return { ruleId: 'scope.not-on-team', reason: 'NOT_ON_TEAM' };
  if (role === 'PRIVACY_OFFICER') return { ruleId: 'privacy-officer.metadata-only', reason: 'NEVER_SHARED' };
  if (s.category === 'PSYCHOTHERAPY_NOTES' && !(s.treating && role === 'CLINICIAN')) {
    return { ruleId: 'invariant.psychotherapy-notes', reason: 'NEVER_SHARED' };
  }
  if (s.category === 'SUD_COUNSELING_NOTES' && !(s.inProgram && role === 'CLINICIAN')) {
    return { ruleId: 'invariant.sud-counseling-notes', reason: 'NEVER_SHARED' };
  }
  if (s.category === 'ATTORNEY_CLIENT' && !(s.treating && role === 'PUBLIC_DEFENDER')) {
    return { ruleId: 'invariant.attorney-client', reason: 'NEVER_SHARED' };
  }
  if (s.purpose === 'PROSECUTION' && HEALTH_FOR_PROSECUTION.includes(s.category)) {
    return { ruleId: 'invariant.no-health-for-prosecution', reason: 'NEVER_SHARED' };
  }
  if (s.purpose === 'PROSECUTION' && EXPLOITATION_FOR_PROSECUTION.includes(s.category)) {
    return { ruleId: 'invariant.no-exploitation-for-prosecution', reason: 'NEVER_SHARED' };
  }
  return undefined;
}

const ON_A_YOUTH: readonly HubAction[] = [
  'see-youth',
  'manage-consents',
  'see-consent',
  'manage-court-orders',
  'request-emergency',
  'manage-roster',
  'write-mdt-notes',
  'update-action-item',
  'submit-referral',
];
const MDT_WORK: readonly string[] = ['CARE_COORDINATION', 'EMERGENCY', 'COURT_ORDERED'];

/** The invariants of the other actions, as plain code run after CASL (as `hardDenial` is for reads). */
export function actionHardDenial(
  role: Role,
  action: HubAction,
  s: ActionSubject,
): { ruleId: string; reason: DenialReason } | undefined {
  if (ON_A_YOUTH.includes(action) && !s.inScope) return { ruleId: 'scope.linked', reason: 'NOT_ON_TEAM' };
  if (action === 'manage-consents' && !PERMITTED_PURPOSES[role].includes(s.purpose)) {
    return { ruleId: 'consents.managers-only', reason: 'NEVER_SHARED' };
  }
  if (
    action === 'manage-court-orders' &&
    !(role === 'MDT_COORDINATOR' && s.onTeam && PERMITTED_PURPOSES[role].includes(s.purpose))
  ) {
    return { ruleId: 'court-orders.coordinator-only', reason: 'NEVER_SHARED' };
  }
  if (action === 'request-emergency' && (!s.onTeam || role === 'PRIVACY_OFFICER')) {
    return { ruleId: 'emergency.request', reason: 'NOT_ON_TEAM' };
  }
  if (action === 'end-emergency' && !(role === 'PRIVACY_OFFICER' ? s.purpose === 'AUDIT' : s.own)) {
    return { ruleId: 'emergency.end.others', reason: 'NEVER_SHARED' };
  }
  if (action === 'oversee' || (action === 'read-accounting' && !s.own)) {
    const ruleId = action === 'oversee' ? 'oversight.privacy-officers-only' : 'accounting.others-accesses';
    if (role !== 'PRIVACY_OFFICER') return { ruleId, reason: 'NEVER_SHARED' };
    if (s.purpose !== 'AUDIT') {
      return action === 'oversee'
        ? { ruleId: 'oversight.audit-purpose-only', reason: 'PURPOSE_NOT_PERMITTED' }
        : { ruleId, reason: 'NEVER_SHARED' };
    }
  }
  if (
    action === 'manage-roster' &&
    !(role === 'MDT_COORDINATOR' && s.onTeam && PERMITTED_PURPOSES[role].includes(s.purpose))
  ) {
    return { ruleId: 'roster.coordinator-only', reason: 'NEVER_SHARED' };
  }
  const mdtWork = s.onTeam && role !== 'PRIVACY_OFFICER' && MDT_WORK.includes(s.purpose);
  if (action === 'write-mdt-notes' && !mdtWork) return { ruleId: 'mdt-work.team-only', reason: 'NOT_ON_TEAM' };
  if (action === 'update-action-item' && !(mdtWork && (s.own || role === 'MDT_COORDINATOR'))) {
    return { ruleId: 'action-items.owner-or-coordinator', reason: 'NEVER_SHARED' };
  }
  const mdtPurpose = role !== 'PRIVACY_OFFICER' && MDT_WORK.includes(s.purpose);
  if (action === 'submit-referral' && !(mdtPurpose && s.serves)) {
    return { ruleId: 'referrals.serving-agency-only', reason: 'NEVER_SHARED' };
  }
  const triage = mdtPurpose && role === 'MDT_COORDINATOR';
  if ((action === 'decide-referral' && !triage) || (action === 'see-referral' && !(triage || (mdtPurpose && s.own)))) {
    return { ruleId: 'referrals.coordinator-or-referrer', reason: 'NEVER_SHARED' };
  }
  if (action === 'see-member-directory' && !triage) {
    return { ruleId: 'directory.coordinator-only', reason: 'NEVER_SHARED' };
  }
  if (action === 'read-psychotherapy-note' && !(s.own && role === 'CLINICIAN')) {
    return { ruleId: 'psychotherapy-notes.authors-only', reason: 'NEVER_SHARED' };
  }
  return undefined;
}
