import { describe, expect, it } from 'vitest';
import { decide, defaultPolicySet, emptyFacts, type Viewer, type YouthFacts } from '../src/index.ts';
import { expectedDecision } from '../src/oracle.ts';
import type { DataCategory, Agency } from '../src/vocabulary.ts';

const policy = defaultPolicySet();
const now = new Date('2026-06-01T12:00:00Z');
const prosecutor: Viewer = { sub: 'da-1', agency: 'DISTRICT_ATTORNEY', role: 'PROSECUTOR' };
const everything = (): YouthFacts => ({
  ...emptyFacts('y1'),
  team: { onTeam: true },
  servedBy: ['DISTRICT_ATTORNEY'],
  consents: [
    {
      id: 'c-all',
      grantor: 'YOUTH',
      categories: ['CSEC_INDICATORS', 'RUNAWAY', 'VICTIM_WITNESS', 'MENTAL_HEALTH', 'SUBSTANCE_USE', 'SEXUAL_HEALTH'],
      recipientAgencies: ['DISTRICT_ATTORNEY'],
      purposes: [],
      status: 'ACTIVE',
      effectiveFrom: '2026-01-01T00:00:00Z',
      effectiveTo: '2027-01-01T00:00:00Z',
    },
  ],
});

// Issue 15, item 10: what concerns the youth's own exploitation never serves a prosecution,
// whatever a consent, a team membership or the DA's own holding would otherwise open.
const EXPLOITATION: [DataCategory, Agency][] = [
  ['CSEC_INDICATORS', 'CHILD_WELFARE'],
  ['CSEC_INDICATORS', 'PROBATION'],
  ['RUNAWAY', 'CHILD_WELFARE'],
  ['VICTIM_WITNESS', 'DISTRICT_ATTORNEY'],
  ['MENTAL_HEALTH', 'HEALTH'],
  ['SUBSTANCE_USE', 'HEALTH'],
  ['SEXUAL_HEALTH', 'HEALTH'],
];

describe('nothing of the youth’s own exploitation for a prosecution (invariant)', () => {
  it.each(EXPLOITATION)('%s held by %s is refused to a prosecutor under PROSECUTION', (category, owner) => {
    const d = decide(policy, prosecutor, everything(), category, 'PROSECUTION', { owner, now });
    expect(d.allowed).toBe(false);
    expect(d.reason).toBe('NEVER_SHARED');
    expect(d.ruleId).toMatch(/^invariant\.no-(exploitation|health)-for-prosecution$/);
  });

  it('the same prosecutor still sees under care coordination what the table opens (the invariant is about the purpose)', () => {
    const d = decide(policy, prosecutor, everything(), 'VICTIM_WITNESS', 'CARE_COORDINATION', {
      owner: 'DISTRICT_ATTORNEY',
      now,
    });
    expect(d.allowed).toBe(true);
  });

  it('the oracle agrees independently', () => {
    for (const [category, owner] of EXPLOITATION) {
      const e = expectedDecision({
        role: 'PROSECUTOR',
        agency: 'DISTRICT_ATTORNEY',
        category,
        owner,
        purpose: 'PROSECUTION',
        onTeam: true,
        serves: true,
        inProgram: false,
        consent: 'active',
        order: 'active',
        grant: 'none',
      });
      expect(e).toEqual({ allowed: false, reason: 'NEVER_SHARED' });
    }
  });
});
