import { describe, expect, it } from 'vitest';
import {
  createPolicySet,
  decide,
  defaultPolicySet,
  emptyFacts,
  type PolicyRule,
  type Viewer,
  type YouthFacts,
} from '../src/index.ts';
import { LAW_ENFORCEMENT_COLUMN, LAW_ENFORCEMENT_ROW } from '../src/law-enforcement.ts';
import { verifyPolicy } from '../src/review.ts';
import { PERMITTED_PURPOSES } from '../src/purposes.ts';
import { DATA_CATEGORIES, type DataCategory } from '../src/vocabulary.ts';

const policy = defaultPolicySet();
const now = new Date('2026-06-01T12:00:00Z');
const detective: Viewer = { sub: 'le-1', agency: 'LAW_ENFORCEMENT', role: 'LAW_ENFORCEMENT_OFFICER' };
const onTeam = (extra: Partial<YouthFacts> = {}): YouthFacts => ({
  ...emptyFacts('y1'),
  team: { onTeam: true },
  ...extra,
});
const OWNER: Partial<Record<DataCategory, 'HEALTH' | 'EDUCATION' | 'PUBLIC_DEFENDER' | 'PROBATION'>> = {
  MENTAL_HEALTH: 'HEALTH',
  SUBSTANCE_USE: 'HEALTH',
  SEXUAL_HEALTH: 'HEALTH',
  PHYSICAL_HEALTH: 'HEALTH',
  PSYCHOTHERAPY_NOTES: 'HEALTH',
  EDUCATION: 'EDUCATION',
  ATTORNEY_CLIENT: 'PUBLIC_DEFENDER',
};
const order = (categories: DataCategory[]) => ({
  id: 'o-1',
  reference: 'JV-2026-0190, JV-570 petition granted',
  agency: 'LAW_ENFORCEMENT' as const,
  categories,
  purposes: [],
  effectiveFrom: '2026-01-01T00:00:00Z',
  effectiveTo: '2027-01-01T00:00:00Z',
});

describe('the detective on the MDT (issue 19, item 1)', () => {
  it.each(Object.entries(OWNER))(
    'never reads %s of a youth on their team without a court order, and only with one where the law allows',
    (category, owner) => {
      const c = category as DataCategory;
      const without = decide(policy, detective, onTeam(), c, 'CARE_COORDINATION', { owner, now });
      expect(without.allowed).toBe(false);
      const withOrder = decide(policy, detective, onTeam({ courtOrders: [order([c])] }), c, 'COURT_ORDERED', {
        owner,
        now,
      });
      // Psychotherapy notes and attorney-client records: not even a court order, here.
      expect(withOrder.allowed).toBe(c !== 'PSYCHOTHERAPY_NOTES' && c !== 'ATTORNEY_CLIENT');
      if (withOrder.allowed) expect(withOrder.legalBasis).toContain('court order');
    },
  );

  it('reads the MDT categories while on the team, each under its own statute', () => {
    const d = decide(policy, detective, onTeam(), 'RUNAWAY', 'CARE_COORDINATION', { owner: 'CHILD_WELFARE', now });
    expect(d).toMatchObject({ allowed: true, ruleId: 'runaway.team.detective' });
    expect(d.legalBasis).toBe(LAW_ENFORCEMENT_COLUMN.RUNAWAY.basis);
    const off = decide(policy, detective, emptyFacts('y1'), 'RUNAWAY', 'CARE_COORDINATION', {
      owner: 'CHILD_WELFARE',
      now,
    });
    expect(off).toMatchObject({ allowed: false, reason: 'NOT_ON_TEAM' });
  });

  it('may not act for a prosecution purpose, and nobody reads law-enforcement records for one', () => {
    expect(PERMITTED_PURPOSES.LAW_ENFORCEMENT_OFFICER).not.toContain('PROSECUTION');
    const prosecutor: Viewer = { sub: 'da-1', agency: 'DISTRICT_ATTORNEY', role: 'PROSECUTOR' };
    const facts = onTeam({ courtOrders: [{ ...order(['LAW_ENFORCEMENT_RECORDS']), agency: 'DISTRICT_ATTORNEY' }] });
    const d = decide(policy, prosecutor, facts, 'LAW_ENFORCEMENT_RECORDS', 'PROSECUTION', {
      owner: 'LAW_ENFORCEMENT',
      now,
    });
    expect(d).toMatchObject({
      allowed: false,
      reason: 'NEVER_SHARED',
      ruleId: 'invariant.no-exploitation-for-prosecution',
    });
    const care = decide(policy, prosecutor, onTeam(), 'LAW_ENFORCEMENT_RECORDS', 'CARE_COORDINATION', {
      owner: 'LAW_ENFORCEMENT',
      now,
    });
    expect(care.allowed).toBe(true);
  });

  it('gives every cell of the row and the column a legal basis, "(inferred)" exactly where the cell is', () => {
    const cells = [...DATA_CATEGORIES.map((c) => LAW_ENFORCEMENT_COLUMN[c]), ...LAW_ENFORCEMENT_ROW];
    for (const { cell, basis } of cells)
      expect(basis).toMatch(/(Penal Code|WIC|CFR|Civil Code|USC|Evidence Code|Family)/);
    for (const rule of policy.rules.filter((r) => r.id.endsWith('.detective') || r.id.startsWith('law-enforcement.'))) {
      expect(rule.legalBasis.endsWith('(inferred)')).toBe(Boolean(rule.inferred));
    }
    expect(cells.filter((c) => c.cell.includes('*')).length).toBeGreaterThan(0);
  });

  it(
    'policy:verify catches a rule that opens a health record to the detective on the team',
    { timeout: 60_000 },
    () => {
      const mistake: PolicyRule = {
        id: 'mistake.detective-mh',
        effect: 'allow',
        roles: ['LAW_ENFORCEMENT_OFFICER'],
        conditions: { category: 'MENTAL_HEALTH', onTeam: true },
        legalBasis: 'none',
        description: 'a mistaken rule',
      };
      const report = verifyPolicy(createPolicySet([...policy.rules.slice(0, -1), mistake, policy.rules.at(-1)!]));
      const problems = report.counterexamples.filter((c) => c.point.role === 'LAW_ENFORCEMENT_OFFICER');
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.some((c) => c.problem.includes('without a court order'))).toBe(true);
    },
  );
});
