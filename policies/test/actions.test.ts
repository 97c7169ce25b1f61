import { describe, expect, it } from 'vitest';
import {
  CASELOAD,
  createPolicySet,
  decideAction,
  DEFAULT_PURPOSE,
  DEFAULT_PURPOSE_RULE,
  defaultPolicySet,
  emptyFacts,
  linked,
  rowScope,
  type PolicyRule,
  type Viewer,
  type YouthFacts,
} from '../src/index.ts';
import { verifyActions, verifyPolicy } from '../src/review.ts';

const policy = defaultPolicySet();
const officer: Viewer = { sub: 'pr-1', agency: 'HUB', role: 'PRIVACY_OFFICER' };
const sw: Viewer = { sub: 'sw-1', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' };
const school: Viewer = { sub: 'sc-1', agency: 'EDUCATION', role: 'SCHOOL_LIAISON' };
const clinician: Viewer = { sub: 'cl-1', agency: 'HEALTH', role: 'CLINICIAN' };
const defender: Viewer = { sub: 'pd-1', agency: 'PUBLIC_DEFENDER', role: 'PUBLIC_DEFENDER' };
const facts = (extra: Partial<YouthFacts> = {}): YouthFacts => ({ ...emptyFacts('y'), ...extra });
const onTeam = facts({ team: { onTeam: true } });
const outcome = (d: { allowed: boolean; reason: string | null; ruleId: string }) => [d.allowed, d.reason, d.ruleId];

describe('linked (rule scope.linked)', () => {
  it('holds on the team or where the viewer’s agency serves the youth, and nowhere else', () => {
    expect(linked(sw, onTeam)).toBe(true);
    expect(linked(sw, facts({ servedBy: ['CHILD_WELFARE'] }))).toBe(true);
    expect(linked(sw, facts({ servedBy: ['PROBATION'] }))).toBe(false);
    expect(linked(sw, emptyFacts('y'))).toBe(false);
    expect(outcome(decideAction(policy, sw, 'see-youth', 'CARE_COORDINATION', { facts: onTeam }))).toEqual([
      true,
      null,
      'scope.linked',
    ]);
    expect(decideAction(policy, sw, 'see-youth', 'CARE_COORDINATION', { facts: emptyFacts('y') }))
      .toMatchInlineSnapshot(`
      {
        "action": "see-youth",
        "allowed": false,
        "legalBasis": "WIC 830; WIC 18961.7 (need to know within the MDT)",
        "reason": "NOT_ON_TEAM",
        "ruleId": "scope.linked",
      }
    `);
    expect(CASELOAD.ruleId).toBe('scope.linked');
  });
});

describe('oversight: a privacy officer acting for AUDIT', () => {
  it('allows exactly the privacy officer under AUDIT, and says why the others are refused', () => {
    expect(decideAction(policy, officer, 'oversee', 'AUDIT')).toMatchInlineSnapshot(`
      {
        "action": "oversee",
        "allowed": true,
        "legalBasis": "45 CFR 164.308(a)(1)(ii)(D); 45 CFR 164.312(b); 45 CFR 164.528",
        "reason": null,
        "ruleId": "oversight.privacy-officer",
      }
    `);
    expect(outcome(decideAction(policy, officer, 'oversee', 'CARE_COORDINATION'))).toEqual([
      false,
      'PURPOSE_NOT_PERMITTED',
      'oversight.audit-purpose-only',
    ]);
    expect(outcome(decideAction(policy, sw, 'oversee', 'AUDIT'))).toEqual([
      false,
      'NEVER_SHARED',
      'oversight.privacy-officers-only',
    ]);
  });

  it("scopes the accounting: every row for the auditor, one's own rows for anyone else", () => {
    expect(rowScope(policy, officer, 'read-accounting', 'AUDIT')).toBe('ALL');
    expect(rowScope(policy, officer, 'read-accounting', 'CARE_COORDINATION')).toBe('OWN');
    expect(rowScope(policy, sw, 'read-accounting', 'AUDIT')).toBe('OWN');
    expect(rowScope(policy, school, 'read-accounting', 'CARE_COORDINATION')).toBe('OWN');
  });
});

describe('consents: who manages them, who sees which', () => {
  it('lets the social worker on the team, the coordinator on the team and the youth’s attorney manage them', () => {
    const coordinator: Viewer = { sub: 'co-1', agency: 'HUB', role: 'MDT_COORDINATOR' };
    const may = (v: Viewer, f: YouthFacts, purpose = DEFAULT_PURPOSE) =>
      outcome(decideAction(policy, v, 'manage-consents', purpose, { facts: f }));
    expect(may(sw, onTeam)).toEqual([true, null, 'consents.social-worker']);
    expect(may(coordinator, onTeam)).toEqual([true, null, 'consents.coordinator']);
    expect(may(defender, facts({ servedBy: ['PUBLIC_DEFENDER'] }))).toEqual([true, null, 'consents.attorney']);
    // Served but not on the team: a child-welfare worker of the agency is not the youth's worker.
    expect(may(sw, facts({ servedBy: ['CHILD_WELFARE'] }))).toEqual([false, 'NEVER_SHARED', 'consents.managers-only']);
    expect(may(school, onTeam)).toEqual([false, 'NEVER_SHARED', 'consents.managers-only']);
    expect(may(sw, onTeam, 'AUDIT')).toEqual([false, 'NEVER_SHARED', 'consents.managers-only']);
  });

  it('shows a manager every consent and anyone else linked only those naming their agency', () => {
    expect(rowScope(policy, sw, 'see-consent', DEFAULT_PURPOSE, onTeam)).toBe('ALL');
    expect(rowScope(policy, school, 'see-consent', DEFAULT_PURPOSE, onTeam)).toBe('OWN');
    expect(rowScope(policy, school, 'see-consent', DEFAULT_PURPOSE, emptyFacts('y'))).toBe('NONE');
  });
});

describe('emergency access requests', () => {
  it('are for team members only', () => {
    const served = facts({ servedBy: ['CHILD_WELFARE'] });
    expect(outcome(decideAction(policy, sw, 'request-emergency', DEFAULT_PURPOSE, { facts: onTeam }))).toEqual([
      true,
      null,
      'emergency.request',
    ]);
    expect(outcome(decideAction(policy, sw, 'request-emergency', DEFAULT_PURPOSE, { facts: served }))).toEqual([
      false,
      'NOT_ON_TEAM',
      'emergency.request',
    ]);
  });
});

describe('psychotherapy notes: the author filter', () => {
  it("keeps a clinician's own notes and nobody else's", () => {
    expect(rowScope(policy, clinician, 'read-psychotherapy-note', DEFAULT_PURPOSE)).toBe('OWN');
    expect(rowScope(policy, school, 'read-psychotherapy-note', DEFAULT_PURPOSE)).toBe('NONE');
    expect(rowScope(policy, officer, 'read-psychotherapy-note', 'AUDIT')).toBe('NONE');
  });
});

describe('the default purpose (rule purpose.default)', () => {
  it('is care coordination, with its basis', () => {
    expect(DEFAULT_PURPOSE_RULE).toMatchObject({ id: 'purpose.default', purpose: 'CARE_COORDINATION' });
    expect(DEFAULT_PURPOSE_RULE.legalBasis).toBeTruthy();
    expect(DEFAULT_PURPOSE).toBe(DEFAULT_PURPOSE_RULE.purpose);
  });
});

describe('policy:verify over the actions', () => {
  const mistake = (rule: Omit<PolicyRule, 'legalBasis' | 'description'>): PolicyRule => ({
    legalBasis: 'none',
    description: 'a mistaken rule',
    ...rule,
  });

  it('finds a rule that widens who manages consents', () => {
    const wider = createPolicySet([
      ...policy.rules,
      mistake({
        id: 'mistake.school-consents',
        action: 'manage-consents',
        effect: 'allow',
        roles: ['SCHOOL_LIAISON'],
        conditions: { onTeam: true },
      }),
    ]);
    const { counterexamples } = verifyActions(wider);
    expect(counterexamples.length).toBeGreaterThan(0);
    expect(
      counterexamples.every((c) => c.point.role === 'SCHOOL_LIAISON' && c.point.action === 'manage-consents'),
    ).toBe(true);
    expect(counterexamples[0]!.problem).toBe(
      'the oracle says deny (NEVER_SHARED), the rules say allow by mistake.school-consents',
    );
  });

  it('keeps the invariants in code when a rule set opens oversight or others’ notes to everyone', () => {
    const leaky = createPolicySet([
      ...policy.rules,
      mistake({
        id: 'mistake.open-all',
        action: ['oversee', 'read-accounting', 'read-psychotherapy-note', 'see-youth'],
        effect: 'allow',
        roles: '*',
        conditions: {},
      }),
    ]);
    expect(outcome(decideAction(leaky, sw, 'oversee', 'AUDIT'))).toEqual([
      false,
      'NEVER_SHARED',
      'oversight.privacy-officers-only',
    ]);
    expect(rowScope(leaky, clinician, 'read-psychotherapy-note', DEFAULT_PURPOSE)).toBe('OWN');
    expect(outcome(decideAction(leaky, sw, 'see-youth', DEFAULT_PURPOSE, { facts: emptyFacts('y') }))).toEqual([
      false,
      'NOT_ON_TEAM',
      'scope.linked',
    ]);
    // The guards give the oracle's answer, so the walk finds nothing but the rule set's own changes.
    const problems = verifyActions(leaky).counterexamples.map((c) => c.problem);
    expect(problems.filter((p) => !p.startsWith('the oracle says'))).toEqual([]);
  });

  it('reports a rule without a legal basis', () => {
    const bare = createPolicySet([
      ...policy.rules,
      { ...mistake({ id: 'mistake.bare', effect: 'deny', roles: '*', conditions: {} }), legalBasis: ' ' },
    ]);
    expect(verifyPolicy(bare).problems).toEqual(['rule mistake.bare names no legal basis']);
  }, 60_000);
});
