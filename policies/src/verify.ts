import { YOUTH_ONLY } from './consent-rules.ts';
import { decide, type Decision } from './decide.ts';
import { EMERGENCY_CATEGORIES } from './emergency.ts';
import { expectedDecision } from './oracle.ts';
import type { PolicySet } from './policy-set.ts';
import { allPoints, materialise, VERIFY_NOW, type Point } from './space.ts';
import { DEFAULT_PURPOSE } from './vocabulary.ts';
import { allActionPoints, type ActionPoint } from './action-space.ts';
import type { ActionDecision } from './decide-action.ts';
import { decideActionPoint, policyProblems, verifyActions, type ActionCounterexample } from './verify-actions.ts';

export interface Counterexample {
  point: Point;
  problem: string;
}

export interface VerifyReport {
  /** Read points walked, and the counterexamples among them. */
  points: number;
  counterexamples: Counterexample[];
  /** Action points walked (see-youth, manage-consents, oversee, ...), and theirs. */
  actionPoints: number;
  actionCounterexamples: ActionCounterexample[];
  /** Whole-policy problems (a rule without an id or legal basis, the default purpose). */
  problems: string[];
}

export function decidePoint(policy: PolicySet, point: Point): Decision {
  const { viewer, facts } = materialise(point);
  return decide(policy, viewer, facts, point.category, point.purpose, { owner: point.owner, now: VERIFY_NOW });
}

/** Properties that must hold whatever the table says. */
function invariantProblems(point: Point, d: Decision, decideAt: (p: Point) => Decision): string[] {
  const problems: string[] = [];
  const underGrant = point.purpose === 'EMERGENCY' && point.grant === 'active';
  if (d.emergencyGrantId !== (underGrant ? 'g' : null)) {
    problems.push(`the decision is marked with emergency grant ${d.emergencyGrantId ?? 'none'}`);
  }
  if (point.purpose === DEFAULT_PURPOSE && point.role !== 'PRIVACY_OFFICER' && d.reason === 'PURPOSE_NOT_PERMITTED') {
    problems.push('a request naming no purpose (the default) is refused for its purpose');
  }
  if (!d.allowed) return problems;
  if (point.grant !== 'none' && !decideAt({ ...point, grant: 'none' }).allowed) {
    if (point.grant === 'expired') problems.push('an expired emergency grant opened what no grant does not');
    else if (point.purpose !== 'EMERGENCY') problems.push(`an emergency grant opened something for ${point.purpose}`);
    else if (!EMERGENCY_CATEGORIES.includes(point.category)) {
      problems.push('an emergency grant opened a category outside the emergency categories');
    }
  }
  const own = point.agency === point.owner;
  if (point.category === 'ATTORNEY_CLIENT' && !(point.role === 'PUBLIC_DEFENDER' && own && point.serves)) {
    problems.push('attorney-client records left the youth’s own defender');
  }
  if (point.category === 'PSYCHOTHERAPY_NOTES' && !(point.role === 'CLINICIAN' && own && point.serves)) {
    problems.push('psychotherapy notes reached someone other than the treating clinician');
  }
  if (
    point.category === 'SUD_COUNSELING_NOTES' &&
    !(point.role === 'CLINICIAN' && own && point.serves && point.inProgram)
  ) {
    problems.push('SUD counseling notes reached someone outside the program treating the youth');
  }
  if (point.consent === 'team-ended' || point.consent === 'restricted') {
    if (!decideAt({ ...point, consent: 'none' }).allowed)
      problems.push(`a ${point.consent} consent opened what no consent does not`);
  }
  if (
    point.purpose === 'PROSECUTION' &&
    ['MENTAL_HEALTH', 'PSYCHOTHERAPY_NOTES', 'SUBSTANCE_USE', 'SEXUAL_HEALTH', 'SUD_COUNSELING_NOTES'].includes(
      point.category,
    )
  ) {
    problems.push('health data released for a prosecution purpose');
  }
  if (
    point.purpose === 'PROSECUTION' &&
    ['CSEC_INDICATORS', 'RUNAWAY', 'VICTIM_WITNESS', 'LAW_ENFORCEMENT_RECORDS'].includes(point.category)
  ) {
    problems.push('records of the youth’s own exploitation released for a prosecution purpose');
  }
  // Issue 19, item 1: law enforcement reads health, education and attorney-client records only
  // under a court order (psychotherapy notes and attorney-client never), and never prosecutes.
  if (point.role === 'LAW_ENFORCEMENT_OFFICER') {
    if (point.purpose === 'PROSECUTION') problems.push('law enforcement acted for a prosecution purpose');
    const courtOnly = [
      'MENTAL_HEALTH',
      'PSYCHOTHERAPY_NOTES',
      'SUBSTANCE_USE',
      'SEXUAL_HEALTH',
      'PHYSICAL_HEALTH',
      'EDUCATION',
      'ATTORNEY_CLIENT',
    ];
    const emergencyAlert = point.purpose === 'EMERGENCY' && point.grant === 'active';
    if (courtOnly.includes(point.category) && point.order !== 'active' && !emergencyAlert) {
      problems.push('law enforcement read health, education or attorney-client records without a court order');
    }
    if (point.category === 'PSYCHOTHERAPY_NOTES' || point.category === 'ATTORNEY_CLIENT') {
      problems.push('law enforcement read psychotherapy notes or attorney-client records');
    }
  }
  if (!point.onTeam && !point.serves)
    problems.push('released to a viewer off the team whose agency does not serve the youth');
  const opensLikeActive =
    point.consent === 'team-bound' || (point.consent === 'guardian' && !YOUTH_ONLY.includes(point.category));
  if (
    point.consent !== 'active' &&
    point.consent !== 'none' &&
    !opensLikeActive &&
    !decideAt({ ...point, consent: 'none' }).allowed
  ) {
    problems.push(`a ${point.consent} consent opened what no consent does not`);
  }
  if (point.order === 'expired' && !decideAt({ ...point, order: 'none' }).allowed) {
    problems.push('an expired court order opened what no order does not');
  }
  return problems;
}

/** Walks the whole attribute space: the invariants, and the rules against the table. */
export function verifyPolicy(policy: PolicySet, onProgress?: (done: number) => void): VerifyReport {
  // The invariants compare a point with its no-consent, no-order and no-grant neighbours, which
  // the walk has just decided: remember the current situation's decisions rather than redo them.
  let situation = '';
  let memo = new Map<string, Decision>();
  const decideAt = (p: Point) => {
    const where = `${p.role}|${p.category}|${p.owner}|${p.purpose}|${p.onTeam}|${p.serves}|${p.inProgram}`;
    if (where !== situation) [situation, memo] = [where, new Map()];
    const key = `${p.consent}|${p.order}|${p.grant}`;
    let d = memo.get(key);
    if (!d) memo.set(key, (d = decidePoint(policy, p)));
    return d;
  };
  const counterexamples: Counterexample[] = [];
  let points = 0;
  for (const point of allPoints()) {
    points++;
    if (onProgress && points % 20_000 === 0) onProgress(points);
    const d = decideAt(point);
    for (const problem of invariantProblems(point, d, decideAt)) counterexamples.push({ point, problem });
    const expected = expectedDecision(point);
    if (expected.allowed !== d.allowed || expected.reason !== d.reason) {
      counterexamples.push({
        point,
        problem: `the table says ${expected.allowed ? 'allow' : `deny (${expected.reason})`}, the rules say ${d.allowed ? 'allow' : `deny (${d.reason})`} by ${d.ruleId}`,
      });
    }
  }
  const actions = verifyActions(policy);
  return {
    points,
    counterexamples,
    actionPoints: actions.points,
    actionCounterexamples: actions.counterexamples,
    problems: policyProblems(policy),
  };
}

export interface PolicyDifference {
  point: Point;
  before: Decision;
  after: Decision;
}

export interface ActionDifference {
  point: ActionPoint;
  before: ActionDecision;
  after: ActionDecision;
}

/** Every point whose decision (allowed or reason) differs between two rule sets, reads and actions. */
export function diffPolicies(
  before: PolicySet,
  after: PolicySet,
): { points: number; differences: PolicyDifference[]; actionDifferences: ActionDifference[] } {
  const differences: PolicyDifference[] = [];
  let points = 0;
  for (const point of allPoints()) {
    points++;
    const a = decidePoint(before, point);
    const b = decidePoint(after, point);
    if (a.allowed !== b.allowed || a.reason !== b.reason) differences.push({ point, before: a, after: b });
  }
  const actionDifferences: ActionDifference[] = [];
  for (const point of allActionPoints()) {
    points++;
    const a = decideActionPoint(before, point);
    const b = decideActionPoint(after, point);
    if (a.allowed !== b.allowed || a.reason !== b.reason) actionDifferences.push({ point, before: a, after: b });
  }
  return { points, differences, actionDifferences };
}
