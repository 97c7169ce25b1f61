import { describe, expect, it } from 'vitest';
import {
  buildDefaultRules,
  createPolicySet,
  decide,
  defaultPolicySet,
  EMERGENCY_CATEGORIES,
  emptyFacts,
  explain,
  PURPOSES,
  ROLE_AGENCY,
  type Decision,
  type PolicyRule,
  type Viewer,
  type YouthFacts,
} from '../src/index.ts';
import { emergencyOpens, TABLE_ROLES, verifyPolicy } from '../src/review.ts';

const policy = defaultPolicySet();
const now = new Date('2026-06-01T12:00:00Z');
const inFourHours = new Date(now.getTime() + 4 * 3_600_000).toISOString();
const mentor: Viewer = { sub: 'mentor-1', agency: 'COMMUNITY', role: 'SURVIVOR_MENTOR' };
const school: Viewer = { sub: 'school-1', agency: 'EDUCATION', role: 'SCHOOL_LIAISON' };
const onTeam = (grant: YouthFacts['emergencyGrant'] = null): YouthFacts => ({
  ...emptyFacts('y1'),
  team: { onTeam: true },
  emergencyGrant: grant,
});
const grant = (expiresAt = inFourHours) => ({ id: 'grant-1', expiresAt });
const key = (d: Decision) => `${d.agency}:${d.category}`;
const outcome = (d: Decision) => [d.allowed, d.reason, d.ruleId];

/** The decisions that differ between two explanations of the same viewer and youth. */
function opened(before: Decision[], after: Decision[]): string[] {
  return after.filter((d, i) => !before[i]!.allowed && d.allowed).map(key);
}

describe('emergency access (break-glass)', () => {
  it('opens exactly the emergency categories that were closed, and nothing else changes', () => {
    for (const viewer of [mentor, school]) {
      const without = explain(policy, viewer, onTeam(), 'EMERGENCY', now);
      const withGrant = explain(policy, viewer, onTeam(grant()), 'EMERGENCY', now);
      const expected = without.filter((d) => !d.allowed && EMERGENCY_CATEGORIES.includes(d.category)).map(key);
      expect(expected.length).toBeGreaterThan(0);
      expect(opened(without, withGrant)).toEqual(expected);
      withGrant.forEach((d, i) => {
        if (!EMERGENCY_CATEGORIES.includes(d.category)) expect(outcome(d)).toEqual(outcome(without[i]!));
      });
    }
    // The mentor's whole table column is consent-only: the grant opens all five categories, once per owner.
    const mentorOpened = opened(
      explain(policy, mentor, onTeam(), 'EMERGENCY', now),
      explain(policy, mentor, onTeam(grant()), 'EMERGENCY', now),
    );
    expect(mentorOpened).toEqual([
      'CHILD_WELFARE:IDENTITY',
      'CHILD_WELFARE:PLACEMENT',
      'CHILD_WELFARE:RUNAWAY',
      'CHILD_WELFARE:SAFETY_PLAN',
      // Probation holds AWOL episodes too (issue 16): a runaway is an emergency category wherever it is held.
      'PROBATION:RUNAWAY',
      'HEALTH:PHYSICAL_HEALTH',
      // Law enforcement's missing-person reports are whereabouts too (issue 19).
      'LAW_ENFORCEMENT:RUNAWAY',
      'HUB:IDENTITY',
      'HUB:SAFETY_PLAN',
    ]);
    const released = decide(policy, mentor, onTeam(grant()), 'PLACEMENT', 'EMERGENCY', {
      owner: 'CHILD_WELFARE',
      now,
    });
    expect(released).toMatchObject({
      allowed: true,
      ruleId: 'emergency.break-glass',
      legalBasis: '45 CFR 164.512(j); 45 CFR 164.510(b)(3); WIC 18961.7',
      emergencyGrantId: 'grant-1',
    });
  });

  it('never opens psychotherapy notes or attorney-client communications, for any role', () => {
    for (const role of TABLE_ROLES) {
      const viewer: Viewer = { sub: 'v', agency: ROLE_AGENCY[role], role };
      for (const [category, owner] of [
        ['PSYCHOTHERAPY_NOTES', 'HEALTH'],
        ['ATTORNEY_CLIENT', 'PUBLIC_DEFENDER'],
      ] as const) {
        const d = decide(policy, viewer, onTeam(grant()), category, 'EMERGENCY', { owner, now });
        expect([role, d.allowed, d.reason]).toEqual([role, false, 'NEVER_SHARED']);
        expect(d.emergencyGrantId).toBe('grant-1');
      }
    }
  });

  it('opens nothing once the grant has expired, to the millisecond', () => {
    const justBefore = explain(
      policy,
      mentor,
      onTeam(grant(new Date(now.getTime() + 1).toISOString())),
      'EMERGENCY',
      now,
    );
    expect(opened(explain(policy, mentor, onTeam(), 'EMERGENCY', now), justBefore).length).toBeGreaterThan(0);
    for (const expiresAt of [now.toISOString(), '2026-05-31T12:00:00Z', 'not a date']) {
      const expired = explain(policy, mentor, onTeam(grant(expiresAt)), 'EMERGENCY', now);
      expect(expired.map(outcome)).toEqual(explain(policy, mentor, onTeam(), 'EMERGENCY', now).map(outcome));
      expect(expired.every((d) => d.emergencyGrantId === null)).toBe(true);
    }
  });

  it('is ignored under every other purpose, and marks nothing', () => {
    for (const purpose of PURPOSES.filter((p) => p !== 'EMERGENCY')) {
      for (const viewer of [mentor, school, { sub: 'da', agency: 'DISTRICT_ATTORNEY', role: 'PROSECUTOR' } as Viewer]) {
        const withGrant = explain(policy, viewer, onTeam(grant()), purpose, now);
        expect(withGrant.map(outcome)).toEqual(explain(policy, viewer, onTeam(), purpose, now).map(outcome));
        expect(withGrant.every((d) => d.emergencyGrantId === null)).toBe(true);
      }
    }
  });

  it('marks every decision of an emergency request under the grant, allowed or not', () => {
    const decisions = explain(policy, mentor, onTeam(grant()), 'EMERGENCY', now);
    expect(decisions.some((d) => !d.allowed)).toBe(true);
    expect(decisions.every((d) => d.emergencyGrantId === 'grant-1')).toBe(true);
  });

  it('opens nothing to a viewer with no link to the youth, or to a privacy officer', () => {
    const stranger = { ...emptyFacts('y1'), emergencyGrant: grant() };
    expect(explain(policy, mentor, stranger, 'EMERGENCY', now).every((d) => d.reason === 'NOT_ON_TEAM')).toBe(true);
    const officer: Viewer = { sub: 'po', agency: 'HUB', role: 'PRIVACY_OFFICER' };
    for (const purpose of ['EMERGENCY', 'AUDIT'] as const) {
      expect(explain(policy, officer, onTeam(grant()), purpose, now).some((d) => d.allowed)).toBe(false);
    }
  });

  it("lets the coordinator's grant reach agency placement records (break-glass is above the coordinator's limit)", () => {
    const coordinator: Viewer = { sub: 'c', agency: 'HUB', role: 'MDT_COORDINATOR' };
    const cw = { owner: 'CHILD_WELFARE' as const, now };
    expect(decide(policy, coordinator, onTeam(), 'PLACEMENT', 'EMERGENCY', cw).reason).toBe('NEVER_SHARED');
    expect(decide(policy, coordinator, onTeam(grant()), 'PLACEMENT', 'EMERGENCY', cw).allowed).toBe(true);
    expect(
      decide(policy, coordinator, onTeam(grant()), 'MENTAL_HEALTH', 'EMERGENCY', { ...cw, owner: 'HEALTH' }).allowed,
    ).toBe(false);
  });

  it('is read back from the rules by policy:matrix as exactly the emergency categories', () => {
    expect(new Set(emergencyOpens(policy))).toEqual(new Set(EMERGENCY_CATEGORIES));
  });

  it(
    'policy:verify catches a break-glass rule that opens more than the emergency categories',
    { timeout: 60_000 },
    () => {
      const wider = buildDefaultRules().map((r): PolicyRule =>
        r.id === 'emergency.break-glass'
          ? { ...r, conditions: { ...r.conditions, category: { $in: [...EMERGENCY_CATEGORIES, 'MENTAL_HEALTH'] } } }
          : r,
      );
      const problems = verifyPolicy(createPolicySet(wider)).counterexamples;
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.every((c) => c.point.category === 'MENTAL_HEALTH' && c.point.grant === 'active')).toBe(true);
      expect(problems.map((c) => c.problem)).toContain(
        'an emergency grant opened a category outside the emergency categories',
      );
    },
  );
});
