import { describe, expect, it } from 'vitest';
import {
  decideAction,
  defaultPolicySet,
  emptyFacts,
  memberOnDay,
  onTeamOn,
  type DatedMembership,
  type Viewer,
  type YouthFacts,
} from '../src/index.ts';
import { expectedOnTeam } from '../src/oracle.ts';
import { verifyActions } from '../src/review.ts';

const policy = defaultPolicySet();
const coordinator: Viewer = { sub: 'coord-1', agency: 'HUB', role: 'MDT_COORDINATOR' };
const sw: Viewer = { sub: 'sw-1', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' };
const facts = (extra: Partial<YouthFacts> = {}): YouthFacts => ({ ...emptyFacts('y'), ...extra });
const onTeam = facts({ team: { onTeam: true } });

describe('manage-roster (issue 17)', () => {
  it("is the coordinator's on the youth's team, and nobody else's", () => {
    const allowed = decideAction(policy, coordinator, 'manage-roster', 'CARE_COORDINATION', { facts: onTeam });
    expect(allowed).toMatchObject({ allowed: true, ruleId: 'roster.coordinator' });
    expect(allowed.legalBasis).toContain('WIC 18961.7');
    for (const [viewer, f] of [
      [coordinator, facts()],
      [sw, onTeam],
      [sw, facts({ servedBy: ['CHILD_WELFARE'] })],
    ] as const) {
      const d = decideAction(policy, viewer, 'manage-roster', 'CARE_COORDINATION', { facts: f });
      expect(d.allowed).toBe(false);
      expect(d.ruleId).toMatch(/^(roster\.coordinator-only|scope\.linked)$/);
    }
  });

  it('agrees with the oracle at every action point', () => {
    const { counterexamples } = verifyActions(policy);
    expect(counterexamples.filter((c) => c.point.action === 'manage-roster')).toEqual([]);
  });
});

describe('"on the team" from dated memberships', () => {
  const days = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05'];
  const optional = [null, ...days];
  const all: DatedMembership[] = [];
  for (const from of days) for (const to of optional) for (const endedOn of optional) all.push({ from, to, endedOn });

  it('agrees with the oracle for every membership and day', () => {
    for (const m of all) {
      for (const day of days) expect([m, day, memberOnDay(m, day)]).toEqual([m, day, expectedOnTeam([m], day)]);
    }
  });

  it('closes on the day the coordinator ends it, and holds with any other membership that does', () => {
    const ended = { from: '2026-01-01', to: null, endedOn: '2026-01-03' };
    expect(onTeamOn([ended], '2026-01-02')).toBe(true);
    expect(onTeamOn([ended], '2026-01-03')).toBe(false);
    expect(onTeamOn([ended, { from: '2026-01-03', to: null, endedOn: null }], '2026-01-03')).toBe(true);
    expect(onTeamOn([], '2026-01-03')).toBe(false);
  });
});

describe("the MDT's notes and action items (issue 17)", () => {
  it('are written by the team, and an item changed by its owner or the coordinator only', () => {
    const write = decideAction(policy, sw, 'write-mdt-notes', 'CARE_COORDINATION', { facts: onTeam });
    expect(write).toMatchObject({ allowed: true, ruleId: 'mdt-work.team' });
    const served = facts({ servedBy: ['CHILD_WELFARE'] });
    expect(decideAction(policy, sw, 'write-mdt-notes', 'CARE_COORDINATION', { facts: served })).toMatchObject({
      allowed: false,
      reason: 'NOT_ON_TEAM',
    });
    const item = (viewer: Viewer, own: boolean) =>
      decideAction(policy, viewer, 'update-action-item', 'CARE_COORDINATION', { facts: onTeam, own }).allowed;
    expect([item(sw, true), item(sw, false), item(coordinator, false)]).toEqual([true, false, true]);
    expect(decideAction(policy, sw, 'write-mdt-notes', 'PROSECUTION', { facts: onTeam }).allowed).toBe(false);
  });

  it('agree with the oracle at every action point', () => {
    const { counterexamples } = verifyActions(policy);
    expect(counterexamples).toEqual([]);
  });
});
