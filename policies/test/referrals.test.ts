import { describe, expect, it } from 'vitest';
import { decideAction, defaultPolicySet, emptyFacts, rowScope, type Viewer, type YouthFacts } from '../src/index.ts';
import { createPolicySet } from '../src/policy-set.ts';
import { verifyActions } from '../src/review.ts';

const policy = defaultPolicySet();
const coordinator: Viewer = { sub: 'coord-1', agency: 'HUB', role: 'MDT_COORDINATOR' };
const sw: Viewer = { sub: 'sw-1', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' };
const school: Viewer = { sub: 'school-1', agency: 'EDUCATION', role: 'SCHOOL_LIAISON' };
const da: Viewer = { sub: 'da-1', agency: 'DISTRICT_ATTORNEY', role: 'PROSECUTOR' };
const officer: Viewer = { sub: 'po-1', agency: 'HUB', role: 'PRIVACY_OFFICER' };
const facts = (extra: Partial<YouthFacts> = {}): YouthFacts => ({ ...emptyFacts('y'), ...extra });

describe('MDT referrals (issue 17, item 1)', () => {
  it('a member of an agency serving the youth refers them; a member of an agency that does not, cannot', () => {
    const served = facts({ servedBy: ['CHILD_WELFARE', 'EDUCATION'] });
    for (const viewer of [sw, school]) {
      expect(decideAction(policy, viewer, 'submit-referral', 'CARE_COORDINATION', { facts: served })).toMatchObject({
        allowed: true,
        ruleId: 'referrals.serving-agency',
      });
    }
    expect(decideAction(policy, da, 'submit-referral', 'CARE_COORDINATION', { facts: served })).toMatchObject({
      allowed: false,
    });
    // On the team but the agency serves no record: not a referrer (the youth is already before an MDT).
    expect(
      decideAction(policy, coordinator, 'submit-referral', 'CARE_COORDINATION', {
        facts: facts({ team: { onTeam: true } }),
      }).allowed,
    ).toBe(false);
  });

  it('never for a prosecution, nor by a privacy officer', () => {
    const servedByDa = facts({ servedBy: ['DISTRICT_ATTORNEY'] });
    expect(decideAction(policy, da, 'submit-referral', 'CARE_COORDINATION', { facts: servedByDa }).allowed).toBe(true);
    expect(decideAction(policy, da, 'submit-referral', 'PROSECUTION', { facts: servedByDa })).toMatchObject({
      allowed: false,
      reason: 'NEVER_SHARED',
    });
    expect(rowScope(policy, da, 'see-referral', 'PROSECUTION')).toBe('NONE');
    expect(rowScope(policy, officer, 'see-referral', 'AUDIT')).toBe('NONE');
  });

  it('the coordinator reads every referral (no team needed) and decides it; the referrer reads their own only', () => {
    expect(rowScope(policy, coordinator, 'see-referral', 'CARE_COORDINATION')).toBe('ALL');
    expect(decideAction(policy, coordinator, 'decide-referral', 'CARE_COORDINATION')).toMatchObject({
      allowed: true,
      ruleId: 'referrals.coordinator',
      legalBasis: expect.stringContaining('WIC 16524.7'),
    });
    for (const viewer of [sw, school, da]) {
      expect(rowScope(policy, viewer, 'see-referral', 'CARE_COORDINATION')).toBe('OWN');
      expect(decideAction(policy, viewer, 'decide-referral', 'CARE_COORDINATION')).toMatchObject({
        allowed: false,
        reason: 'NEVER_SHARED',
        ruleId: 'referrals.coordinator-or-referrer',
      });
    }
  });

  it('agrees with the oracle at every action point', () => {
    const { counterexamples } = verifyActions(policy);
    expect(counterexamples.filter((c) => c.point.action.endsWith('-referral'))).toEqual([]);
  });

  it('a rule set that lets anyone read every referral still does not: the invariant wins', () => {
    const rules = policy.rules.map((r) => (r.id === 'referrals.referrer' ? { ...r, conditions: {} } : r));
    const loose = createPolicySet(rules);
    expect(decideAction(loose, sw, 'see-referral', 'CARE_COORDINATION', { own: false })).toMatchObject({
      allowed: false,
      ruleId: 'referrals.coordinator-or-referrer',
    });
    expect(verifyActions(loose).counterexamples).toEqual([]);
  });
});
