import { describe, expect, it } from 'vitest';
import {
  createPolicySet,
  decide,
  defaultPolicySet,
  denialMessage,
  emptyFacts,
  explain,
  type ConsentFact,
  type Viewer,
  type YouthFacts,
} from '../src/index.ts';

const policy = defaultPolicySet();
const now = new Date('2026-06-01T12:00:00Z');
const po: Viewer = { sub: 'po-1', agency: 'PROBATION', role: 'PROBATION_OFFICER' };
const sw: Viewer = { sub: 'sw-1', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' };
const clinician: Viewer = { sub: 'cl-1', agency: 'HEALTH', role: 'CLINICIAN' };
const nurse: Viewer = { sub: 'ph-1', agency: 'HEALTH', role: 'PUBLIC_HEALTH_NURSE' };
const onTeam = (extra: Partial<YouthFacts> = {}): YouthFacts => ({
  ...emptyFacts('y1'),
  team: { onTeam: true },
  ...extra,
});
const suConsent = (over: Partial<ConsentFact> = {}): ConsentFact => ({
  id: 'c1',
  grantor: 'YOUTH',
  categories: ['SUBSTANCE_USE'],
  recipientAgencies: ['PROBATION'],
  purposes: [],
  status: 'ACTIVE',
  effectiveFrom: '2026-01-01T00:00:00Z',
  effectiveTo: '2027-01-01T00:00:00Z',
  ...over,
});
const health = { owner: 'HEALTH' as const, now };

describe('decide', () => {
  it('denies Part 2 data to a probation officer on the team without consent, as docs/architecture.md shows', () => {
    const d = decide(policy, po, onTeam(), 'SUBSTANCE_USE', 'CARE_COORDINATION', health);
    expect(d).toEqual({
      allowed: false,
      reason: 'CONSENT_REQUIRED',
      ruleId: 'su.consent.probation',
      legalBasis: '42 CFR 2.31, 2.35',
      obligations: [],
      category: 'SUBSTANCE_USE',
      agency: 'HEALTH',
      emergencyGrantId: null,
    });
    expect(denialMessage(d, po)).toBe(
      "Not shared: substance-use treatment records need the youth's consent naming Probation",
    );
  });

  it('releases Part 2 data under a consent naming probation, with the 2.32 notice', () => {
    const d = decide(policy, po, onTeam({ consents: [suConsent()] }), 'SUBSTANCE_USE', 'CARE_COORDINATION', health);
    expect(d.allowed).toBe(true);
    expect(d.obligations.map((o) => o.code)).toEqual(['PART2_REDISCLOSURE_NOTICE']);
  });

  it.each([
    ['revoked', suConsent({ status: 'REVOKED' })],
    ['expired', suConsent({ effectiveTo: '2026-05-01T00:00:00Z' })],
    ['not yet in effect', suConsent({ effectiveFrom: '2026-07-01T00:00:00Z' })],
    ['naming another agency', suConsent({ recipientAgencies: ['EDUCATION'] })],
    ['for another purpose', suConsent({ purposes: ['COURT_ORDERED'] })],
    ['for another category', suConsent({ categories: ['MENTAL_HEALTH'] })],
    ["given by a guardian (Part 2: only the youth's own)", suConsent({ grantor: 'GUARDIAN' })],
  ])('a consent %s opens nothing', (_label, consent) => {
    const d = decide(policy, po, onTeam({ consents: [consent] }), 'SUBSTANCE_USE', 'CARE_COORDINATION', health);
    expect([d.allowed, d.reason]).toEqual([false, 'CONSENT_REQUIRED']);
  });

  it('denies everything of a youth whose team the viewer is not on and whom their agency does not serve', () => {
    for (const d of explain(policy, sw, emptyFacts('nobody'), 'CARE_COORDINATION', now)) {
      expect([d.allowed, d.reason]).toEqual([false, 'NOT_ON_TEAM']);
    }
  });

  it("lets an agency's own staff read their own records of youths it serves", () => {
    const facts = { ...emptyFacts('y1'), servedBy: ['CHILD_WELFARE' as const] };
    const d = decide(policy, sw, facts, 'PLACEMENT', 'CARE_COORDINATION', { owner: 'CHILD_WELFARE', now });
    expect([d.allowed, d.ruleId]).toEqual([true, 'own-agency.read']);
  });

  it('gives M cells only to team members', () => {
    const served = { ...emptyFacts('y1'), servedBy: ['PROBATION' as const] };
    const cw = { owner: 'CHILD_WELFARE' as const, now };
    expect(decide(policy, po, served, 'PLACEMENT', 'CARE_COORDINATION', cw).reason).toBe('NOT_ON_TEAM');
    expect(decide(policy, po, onTeam(), 'PLACEMENT', 'CARE_COORDINATION', cw).allowed).toBe(true);
  });

  it('keeps psychotherapy notes with the treating clinician only', () => {
    const served = onTeam({ servedBy: ['HEALTH'] });
    expect(decide(policy, clinician, served, 'PSYCHOTHERAPY_NOTES', 'CARE_COORDINATION', health).allowed).toBe(true);
    expect(decide(policy, nurse, served, 'PSYCHOTHERAPY_NOTES', 'CARE_COORDINATION', health).reason).toBe(
      'NEVER_SHARED',
    );
    expect(decide(policy, sw, served, 'PSYCHOTHERAPY_NOTES', 'CARE_COORDINATION', health).reason).toBe('NEVER_SHARED');
  });

  it('refuses a purpose the role may not use', () => {
    const d = decide(policy, sw, onTeam(), 'PLACEMENT', 'PROSECUTION', { owner: 'CHILD_WELFARE', now });
    expect([d.allowed, d.reason]).toEqual([false, 'PURPOSE_NOT_PERMITTED']);
  });

  it('shows privacy officers no records', () => {
    const officer: Viewer = { sub: 'pr-1', agency: 'HUB', role: 'PRIVACY_OFFICER' };
    const d = decide(policy, officer, onTeam(), 'IDENTITY', 'AUDIT', { owner: 'HUB', now });
    expect([d.allowed, d.reason]).toEqual([false, 'NEVER_SHARED']);
  });

  it('keeps the invariants even against a rule set that tries to override them', () => {
    const leaky = createPolicySet([
      ...policy.rules,
      {
        id: 'mistake.open-all',
        effect: 'allow',
        roles: '*',
        conditions: {},
        legalBasis: 'none',
        description: 'a mistake',
      },
    ]);
    const stranger = decide(leaky, sw, emptyFacts('y'), 'MENTAL_HEALTH', 'CARE_COORDINATION', health);
    expect([stranger.allowed, stranger.reason, stranger.ruleId]).toEqual([false, 'NOT_ON_TEAM', 'scope.not-on-team']);
    const notes = decide(
      leaky,
      nurse,
      onTeam({ servedBy: ['HEALTH'] }),
      'PSYCHOTHERAPY_NOTES',
      'CARE_COORDINATION',
      health,
    );
    expect([notes.allowed, notes.ruleId]).toEqual([false, 'invariant.psychotherapy-notes']);
    const audit = decide(leaky, sw, onTeam(), 'PLACEMENT', 'AUDIT', { owner: 'CHILD_WELFARE', now });
    expect([audit.allowed, audit.reason]).toEqual([false, 'PURPOSE_NOT_PERMITTED']);
  });

  it('versions the rule set by its content', () => {
    expect(policy.version).toMatch(/^[0-9a-f]{64}$/);
  });
});
