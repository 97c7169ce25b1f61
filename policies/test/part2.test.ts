import { describe, expect, it } from 'vitest';
import {
  consentProblems,
  courtOrderProblems,
  decide,
  defaultPolicySet,
  restrictionProblems,
  type ConsentFact,
  type Viewer,
  type YouthFacts,
} from '../src/index.ts';

// Issue 19, items 2, 3 and 5, decided on hand-made facts (policy:verify walks the whole space).
const policy = defaultPolicySet();
const now = new Date('2026-06-01T12:00:00Z');
const officer: Viewer = { sub: 'po', agency: 'PROBATION', role: 'PROBATION_OFFICER' };
const clinician: Viewer = { sub: 'clin', agency: 'HEALTH', role: 'CLINICIAN' };
const consent = (over: Partial<ConsentFact> = {}): ConsentFact => ({
  id: 'c1',
  grantor: 'YOUTH',
  categories: ['SUBSTANCE_USE'],
  recipientAgencies: ['PROBATION'],
  purposes: ['CARE_COORDINATION'],
  status: 'ACTIVE',
  effectiveFrom: '2026-01-01T00:00:00Z',
  effectiveTo: null,
  formReference: 'ROI-1',
  ...over,
});
const facts = (over: Partial<YouthFacts> = {}): YouthFacts => ({
  youthId: 'y',
  servedBy: ['PROBATION', 'HEALTH'],
  team: { onTeam: false },
  consents: [],
  courtOrders: [],
  emergencyGrant: null,
  ...over,
});
const su = (viewer: Viewer, f: YouthFacts, category: 'SUBSTANCE_USE' | 'SUD_COUNSELING_NOTES' = 'SUBSTANCE_USE') =>
  decide(policy, viewer, f, category, 'CARE_COORDINATION', { owner: 'HEALTH', now });

describe('a Part 2 release under a consent', () => {
  it('names the consent in its legal basis and carries its scope beside the notice', () => {
    const d = su(officer, facts({ consents: [consent({ effectiveTo: '2026-12-31T08:00:00Z' })] }));
    expect(d.allowed).toBe(true);
    expect(d.legalBasis).toBe('42 CFR 2.31, 2.35 — consent c1');
    expect(d.obligations).toHaveLength(1);
    expect(d.obligations[0]!.consentScope).toEqual([
      'Consent c1 (form ROI-1), given by the youth: substance-use treatment records to Probation, for care coordination purposes, from 2026-01-01 until 2026-12-31. It may be revoked at any time.',
    ]);
  });

  it('within the treating program needs no consent and carries the notice alone', () => {
    const d = su(clinician, facts({ inProgramOf: ['HEALTH'] }));
    expect(d).toMatchObject({ allowed: true, ruleId: 'su.in-program.clinician' });
    expect(d.obligations).toEqual([{ code: 'PART2_REDISCLOSURE_NOTICE', text: expect.any(String) }]);
    // Another Health clinician, and one in a program of another agency, need the consent.
    expect(su(clinician, facts())).toMatchObject({ allowed: false, reason: 'CONSENT_REQUIRED' });
    expect(su(clinician, facts({ inProgramOf: ['PROBATION'] }))).toMatchObject({ allowed: false });
  });
});

describe('a consent given within the team (WIC 832(b)(4))', () => {
  it('opens while the team lasts and nothing from the instant it ended', () => {
    const open = consent({ withinTeam: { teamEndedAt: null } });
    expect(su(officer, facts({ consents: [open] })).allowed).toBe(true);
    const later = consent({ withinTeam: { teamEndedAt: '2026-06-01T12:00:01Z' } });
    expect(su(officer, facts({ consents: [later] })).allowed).toBe(true);
    const ended = consent({ withinTeam: { teamEndedAt: '2026-06-01T12:00:00Z' } });
    expect(su(officer, facts({ consents: [ended] }))).toMatchObject({ allowed: false, reason: 'CONSENT_REQUIRED' });
  });
});

describe('a restriction the youth asked for (42 CFR 2.26)', () => {
  const restriction = {
    id: 'r',
    categories: ['SUBSTANCE_USE' as const],
    recipientAgencies: ['PROBATION' as const],
    effectiveFrom: '2026-05-01T00:00:00Z',
    endedAt: null,
  };
  it('keeps a consent from opening what it names, until lifted', () => {
    const f = facts({ consents: [consent()], restrictions: [restriction] });
    expect(su(officer, f)).toMatchObject({ allowed: false, reason: 'CONSENT_REQUIRED' });
    const lifted = facts({
      consents: [consent()],
      restrictions: [{ ...restriction, endedAt: '2026-06-01T00:00:00Z' }],
    });
    expect(su(officer, lifted).allowed).toBe(true);
    const everyone = facts({ consents: [consent()], restrictions: [{ ...restriction, recipientAgencies: [] }] });
    expect(su(officer, everyone).allowed).toBe(false);
  });

  it('does not restrict the treating program or a court order', () => {
    expect(
      su(clinician, facts({ inProgramOf: ['HEALTH'], restrictions: [{ ...restriction, recipientAgencies: [] }] }))
        .allowed,
    ).toBe(true);
    const prosecutor: Viewer = { sub: 'da', agency: 'DISTRICT_ATTORNEY', role: 'PROSECUTOR' };
    const order = {
      id: 'o',
      reference: 'JV-1',
      agency: 'DISTRICT_ATTORNEY' as const,
      categories: ['SUBSTANCE_USE' as const],
      purposes: [],
      effectiveFrom: '2026-01-01T00:00:00Z',
      effectiveTo: '2027-01-01T00:00:00Z',
    };
    const f = facts({
      team: { onTeam: true },
      courtOrders: [order],
      restrictions: [{ ...restriction, recipientAgencies: [] }],
    });
    expect(su(prosecutor, f).allowed).toBe(true);
  });

  it('is refused, naming the problem, with no category, one no consent opens, or no reason', () => {
    expect(restrictionProblems({ categories: [], recipientAgencies: [], reason: 'x' })).toEqual([
      'name at least one category',
    ]);
    expect(restrictionProblems({ categories: ['SUD_COUNSELING_NOTES'], recipientAgencies: [], reason: ' ' })).toEqual([
      'SUD_COUNSELING_NOTES is never disclosed by consent: there is nothing to restrict',
      'reason must say what the youth asked for',
    ]);
  });
});

describe('SUD counseling notes', () => {
  it('reach only a clinician in the treating program, whatever a consent or an order says', () => {
    expect(su(clinician, facts({ inProgramOf: ['HEALTH'] }), 'SUD_COUNSELING_NOTES').allowed).toBe(true);
    expect(su(clinician, facts(), 'SUD_COUNSELING_NOTES')).toMatchObject({
      allowed: false,
      reason: 'NEVER_SHARED',
      ruleId: 'invariant.sud-counseling-notes',
    });
    const nurse: Viewer = { sub: 'phn', agency: 'HEALTH', role: 'PUBLIC_HEALTH_NURSE' };
    expect(su(nurse, facts({ inProgramOf: ['HEALTH'] }), 'SUD_COUNSELING_NOTES').allowed).toBe(false);
    const withConsent = facts({ consents: [consent({ categories: ['SUD_COUNSELING_NOTES'] })] });
    expect(su(officer, withConsent, 'SUD_COUNSELING_NOTES').reason).toBe('NEVER_SHARED');
  });

  it('cannot be named by a consent or an order recorded through the hub', () => {
    const draft = {
      grantor: 'YOUTH' as const,
      categories: ['SUD_COUNSELING_NOTES' as const],
      recipientAgencies: ['PROBATION' as const],
      purposes: ['CARE_COORDINATION' as const],
      effectiveFrom: '2026-01-01',
      effectiveTo: null,
      formReference: 'ROI',
    };
    expect(consentProblems(draft).join('; ')).toMatch(/a consent cannot cover SUD_COUNSELING_NOTES/);
    const order = courtOrderProblems({
      court: 'Superior Court',
      caseNumber: 'JV-1',
      orderReference: 'JV-570',
      categories: ['SUD_COUNSELING_NOTES'],
      agency: 'PROBATION',
      purposes: [],
      effectiveFrom: '2026-01-01',
      effectiveTo: '2026-12-31',
    });
    expect(order.join('; ')).toMatch(/SUD_COUNSELING_NOTES|substance-use counseling notes/);
  });
});
