import { describe, expect, it } from 'vitest';
import {
  courtOrderProblems,
  decide,
  decideAction,
  defaultPolicySet,
  emptyFacts,
  type CourtOrderFact,
  type Viewer,
  type YouthFacts,
} from '../src/index.ts';

const policy = defaultPolicySet();
const now = new Date('2026-06-01T12:00:00Z');
const da: Viewer = { sub: 'da-1', agency: 'DISTRICT_ATTORNEY', role: 'PROSECUTOR' };
const coordinator: Viewer = { sub: 'co-1', agency: 'HUB', role: 'MDT_COORDINATOR' };
const order = (over: Partial<CourtOrderFact> = {}): CourtOrderFact => ({
  id: 'o1',
  reference: 'JV-2026-0100, JV-570 petition granted',
  agency: 'DISTRICT_ATTORNEY',
  categories: ['EDUCATION'],
  purposes: [],
  effectiveFrom: '2026-01-01T00:00:00Z',
  effectiveTo: '2027-01-01T00:00:00Z',
  ...over,
});
const facts = (orders: CourtOrderFact[]): YouthFacts => ({
  ...emptyFacts('y1'),
  servedBy: ['DISTRICT_ATTORNEY', 'EDUCATION'],
  team: { onTeam: true },
  courtOrders: orders,
});
const education = { owner: 'EDUCATION' as const, now };

describe('a court order', () => {
  it('names itself in the legal basis of each release it opens, so the accounting shows the order', () => {
    const d = decide(policy, da, facts([order()]), 'EDUCATION', 'CARE_COORDINATION', education);
    expect(d).toMatchObject({ allowed: true, ruleId: 'education.court-order.prosecutor' });
    expect(d.legalBasis).toBe('WIC 827 (JV-570 court order) — order JV-2026-0100, JV-570 petition granted');
  });

  it('opens only for the purposes it names (empty: any the role may use)', () => {
    const only = facts([order({ purposes: ['COURT_ORDERED'] })]);
    expect(decide(policy, da, only, 'EDUCATION', 'CARE_COORDINATION', education)).toMatchObject({
      allowed: false,
      reason: 'COURT_ORDER_REQUIRED',
      legalBasis: 'WIC 827 (JV-570 court order)',
    });
    expect(decide(policy, da, only, 'EDUCATION', 'COURT_ORDERED', education).allowed).toBe(true);
  });

  it('is recorded only by the MDT coordinator on the youth team', () => {
    expect(
      decideAction(policy, coordinator, 'manage-court-orders', 'CARE_COORDINATION', { facts: facts([]) }),
    ).toMatchObject({
      allowed: true,
      ruleId: 'court-orders.coordinator',
    });
    expect(decideAction(policy, da, 'manage-court-orders', 'CARE_COORDINATION', { facts: facts([]) })).toMatchObject({
      allowed: false,
      reason: 'NEVER_SHARED',
      ruleId: 'court-orders.coordinator-only',
    });
    const offTeam = { ...facts([]), team: { onTeam: false } };
    expect(
      decideAction(policy, coordinator, 'manage-court-orders', 'CARE_COORDINATION', { facts: offTeam }).allowed,
    ).toBe(false);
  });
});

describe('courtOrderProblems', () => {
  const draft = {
    court: 'Superior Court of California, County of Santa Clara, Juvenile Division',
    caseNumber: 'JV-2026-0100',
    orderReference: 'JV-570 petition granted',
    categories: ['EDUCATION' as const],
    agency: 'DISTRICT_ATTORNEY' as const,
    purposes: [],
    effectiveFrom: '2026-06-01',
    effectiveTo: '2026-06-01',
  };
  it('accepts a one-day order', () => expect(courtOrderProblems(draft)).toEqual([]));
  it.each([
    [
      'attorney-client',
      { categories: ['ATTORNEY_CLIENT' as const] },
      /^categories: an order cannot open ATTORNEY_CLIENT/,
    ],
    [
      'psychotherapy notes',
      { categories: ['PSYCHOTHERAPY_NOTES' as const] },
      /^categories: an order cannot open PSYCHOTHERAPY_NOTES/,
    ],
    ['no categories', { categories: [] }, /^categories: name at least one/],
    ['no end date', { effectiveTo: null }, /^effectiveTo: an order needs an end date/],
    ['end before start', { effectiveTo: '2026-05-31' }, /^effectiveTo must not be before effectiveFrom/],
    ['unknown agency', { agency: 'NSA' as never }, /^agency: unknown agency NSA/],
    ['the hub as recipient', { agency: 'HUB' as const }, /^agency: unknown agency HUB/],
    ['empty reference', { orderReference: '  ' }, /^orderReference must not be empty/],
    ['oversized court', { court: 'x'.repeat(201) }, /^court must be at most 200/],
    ['NUL in case number', { caseNumber: 'JV\u0000' }, /^caseNumber must not contain NUL/],
  ])('refuses %s, naming the field', (_what, over, problem) => {
    const problems = courtOrderProblems({ ...draft, ...over });
    expect(problems.some((p) => problem.test(p))).toBe(true);
  });
});
