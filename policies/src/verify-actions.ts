import { allActionPoints, materialiseAction, type ActionPoint } from './action-space.ts';
import { decideAction, type ActionDecision } from './decide-action.ts';
import { EXPECTED_DEFAULT_PURPOSE, expectedAction } from './oracle.ts';
import type { PolicySet } from './policy-set.ts';
import { DEFAULT_PURPOSE_RULE } from './purposes.ts';
import { DEFAULT_PURPOSE } from './vocabulary.ts';

export interface ActionCounterexample {
  point: ActionPoint;
  problem: string;
}

export function decideActionPoint(policy: PolicySet, point: ActionPoint): ActionDecision {
  const { viewer, situation } = materialiseAction(point);
  return decideAction(policy, viewer, point.action, point.purpose, situation);
}

/** Properties of the actions that must hold whatever the rules say. */
function actionInvariantProblems(p: ActionPoint, d: ActionDecision): string[] {
  if (!d.allowed) return [];
  const problems: string[] = [];
  const onYouth = [
    'see-youth',
    'manage-consents',
    'see-consent',
    'manage-court-orders',
    'request-emergency',
    'manage-roster',
    'write-mdt-notes',
    'update-action-item',
    'submit-referral',
  ].includes(p.action);
  if (onYouth && !p.onTeam && !p.serves) problems.push(`${p.action} allowed on a youth the viewer is not linked to`);
  const othersRows = p.action === 'oversee' || (p.action === 'read-accounting' && !p.own);
  if (othersRows && !(p.role === 'PRIVACY_OFFICER' && p.purpose === 'AUDIT')) {
    problems.push('oversight allowed to someone other than a privacy officer acting for AUDIT');
  }
  if (p.action === 'manage-roster' && !(p.role === 'MDT_COORDINATOR' && p.onTeam)) {
    problems.push("the roster changed by someone other than the youth's MDT coordinator");
  }
  if ((p.action === 'write-mdt-notes' || p.action === 'update-action-item') && !p.onTeam) {
    problems.push("the MDT's notes or action items written by someone off the youth's team");
  }
  if (p.action === 'end-emergency' && !p.own && !(p.role === 'PRIVACY_OFFICER' && p.purpose === 'AUDIT')) {
    problems.push('an emergency grant ended by someone other than its holder or a privacy officer acting for AUDIT');
  }
  if (p.action === 'manage-court-orders' && !(p.role === 'MDT_COORDINATOR' && p.onTeam)) {
    problems.push("a court order managed by someone other than the youth's MDT coordinator");
  }
  if ((p.action === 'see-referral' || p.action === 'decide-referral') && !p.own && p.role !== 'MDT_COORDINATOR') {
    problems.push('a referral read or decided by someone other than the MDT coordinator or its referrer');
  }
  if (p.action === 'decide-referral' && p.role !== 'MDT_COORDINATOR') {
    problems.push('a referral decided by someone other than the MDT coordinator');
  }
  if (p.action.endsWith('-referral') && (p.purpose === 'PROSECUTION' || p.purpose === 'AUDIT')) {
    problems.push('a referral (CSEC indicators) used for a prosecution or an audit');
  }
  if (p.action === 'see-member-directory' && p.role !== 'MDT_COORDINATOR') {
    problems.push('the MDT member directory read by someone other than the MDT coordinator');
  }
  if (p.action === 'see-member-directory' && (p.purpose === 'PROSECUTION' || p.purpose === 'AUDIT')) {
    problems.push('the MDT member directory read for a prosecution or an audit');
  }
  if (p.action === 'read-psychotherapy-note' && !p.own) {
    problems.push('a psychotherapy note reached someone other than its author');
  }
  return problems;
}

/** Walks every action point: the invariants, and the rules against the oracle. */
export function verifyActions(policy: PolicySet): { points: number; counterexamples: ActionCounterexample[] } {
  const counterexamples: ActionCounterexample[] = [];
  let points = 0;
  for (const point of allActionPoints()) {
    points++;
    const d = decideActionPoint(policy, point);
    for (const problem of actionInvariantProblems(point, d)) counterexamples.push({ point, problem });
    const expected = expectedAction(point);
    if (expected.allowed !== d.allowed || expected.reason !== d.reason) {
      counterexamples.push({
        point,
        problem: `the oracle says ${expected.allowed ? 'allow' : `deny (${expected.reason})`}, the rules say ${d.allowed ? 'allow' : `deny (${d.reason})`} by ${d.ruleId}`,
      });
    }
  }
  return { points, counterexamples };
}

/** Whole-policy checks: every rule names itself and its law; the default purpose is the documented one. */
export function policyProblems(policy: PolicySet): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const rule of policy.rules) {
    if (!rule.id.trim()) problems.push('a rule has no id');
    else if (seen.has(rule.id)) problems.push(`two rules share the id ${rule.id}`);
    seen.add(rule.id);
    if (!rule.legalBasis.trim()) problems.push(`rule ${rule.id} names no legal basis`);
  }
  if (DEFAULT_PURPOSE_RULE.purpose !== DEFAULT_PURPOSE || DEFAULT_PURPOSE !== EXPECTED_DEFAULT_PURPOSE) {
    problems.push(
      `the default purpose is ${DEFAULT_PURPOSE} (rule ${DEFAULT_PURPOSE_RULE.id}: ${DEFAULT_PURPOSE_RULE.purpose}), the oracle says ${EXPECTED_DEFAULT_PURPOSE}`,
    );
  }
  return problems;
}
