import { describe, expect, it } from 'vitest';
import { decideAction, defaultPolicySet, type Viewer } from '../src/index.ts';
import { createPolicySet } from '../src/policy-set.ts';
import { verifyActions } from '../src/review.ts';
import { ROLE_AGENCY, ROLES } from '../src/vocabulary.ts';

// The MDT member directory (issue 17): the coordinator picks a team's new member from it; nobody else reads it.
const policy = defaultPolicySet();
const coordinator: Viewer = { sub: 'coord-1', agency: 'HUB', role: 'MDT_COORDINATOR' };

describe('the MDT member directory', () => {
  it("is the coordinator's, for the MDT's purposes, under its legal basis", () => {
    for (const purpose of ['CARE_COORDINATION', 'EMERGENCY', 'COURT_ORDERED'] as const) {
      expect(decideAction(policy, coordinator, 'see-member-directory', purpose)).toMatchObject({
        allowed: true,
        ruleId: 'directory.coordinator',
        legalBasis: expect.stringContaining('WIC 18961.7'),
      });
    }
  });

  it('is refused to every other role, whatever the purpose', () => {
    for (const role of ROLES.filter((r) => r !== 'MDT_COORDINATOR')) {
      const viewer: Viewer = { sub: 'v', agency: ROLE_AGENCY[role], role };
      for (const purpose of ['CARE_COORDINATION', 'AUDIT', 'EMERGENCY'] as const) {
        expect(decideAction(policy, viewer, 'see-member-directory', purpose)).toMatchObject({
          allowed: false,
          reason: 'NEVER_SHARED',
        });
      }
    }
  });

  it('agrees with the oracle at every action point', () => {
    const { counterexamples } = verifyActions(policy);
    expect(counterexamples.filter((c) => c.point.action === 'see-member-directory')).toEqual([]);
  });

  it('a rule set that opens it to everyone still does not: the invariant wins, and the verifier says so', () => {
    const rules = policy.rules.map((r) =>
      r.id === 'directory.coordinator' ? { ...r, roles: '*' as const, conditions: {} } : r,
    );
    const loose = createPolicySet(rules);
    const mentor: Viewer = { sub: 'm', agency: 'COMMUNITY', role: 'SURVIVOR_MENTOR' };
    expect(decideAction(loose, mentor, 'see-member-directory', 'CARE_COORDINATION')).toMatchObject({
      allowed: false,
      ruleId: 'directory.coordinator-only',
    });
    expect(decideAction(loose, coordinator, 'see-member-directory', 'PROSECUTION').allowed).toBe(false);
  });
});
