import type { DisclosureSubject } from './rules.ts';
import { PERMITTED_PURPOSES } from './rules.ts';
import type { DataCategory, DenialReason, Role } from './vocabulary.ts';

const HEALTH_FOR_PROSECUTION: DataCategory[] = [
  'MENTAL_HEALTH',
  'PSYCHOTHERAPY_NOTES',
  'SUBSTANCE_USE',
  'SEXUAL_HEALTH',
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
  if (s.category === 'ATTORNEY_CLIENT' && !(s.treating && role === 'PUBLIC_DEFENDER')) {
    return { ruleId: 'invariant.attorney-client', reason: 'NEVER_SHARED' };
  }
  if (s.purpose === 'PROSECUTION' && HEALTH_FOR_PROSECUTION.includes(s.category)) {
    return { ruleId: 'invariant.no-health-for-prosecution', reason: 'NEVER_SHARED' };
  }
  return undefined;
}
