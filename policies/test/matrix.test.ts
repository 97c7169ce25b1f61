import { describe, expect, it } from 'vitest';
import { domainDoc, markdownTable, matrixNotation } from './domain-doc.ts';

// Each of these walks the whole attribute space (745,200 points), some twice.
const WHOLE_SPACE = { timeout: 240_000 };
import { DATA_CATEGORIES, createPolicySet, defaultPolicySet, type PolicyRule } from '../src/index.ts';
import {
  allActionPoints,
  allPoints,
  DEVIATIONS,
  decideActionPoint,
  decidePoint,
  diffPolicies,
  emergencyOpens,
  limitedCells,
  policyMatrixMarkdown,
  verifyPolicy,
} from '../src/review.ts';

const COLUMNS = [
  'CW worker',
  'Probation',
  'Clinician',
  'PH nurse',
  'School',
  'DA / victim adv.',
  'Defender',
  'CBO',
  'Mentor',
  'Detective',
];

describe('policy:matrix', () => {
  // What `npm run policy:matrix` prints: category, then one cell per column.
  const printed = markdownTable(policyMatrixMarkdown(defaultPolicySet()), ['Category', ...COLUMNS]);

  it("reproduces docs/domain.md's need-to-know table, cell by cell, but for its deviations", () => {
    // The table's "Child-welfare case & placement" row is two categories: CHILD_WELFARE_CASE and PLACEMENT.
    const rows = markdownTable(domainDoc(), ['Category', ...COLUMNS]).map((r) => r.slice(1).map(matrixNotation));
    const table = [rows[0], rows[1], ...rows.slice(1)].map((r) => [...r!]);
    // The documented deviations, and only they, differ from the table.
    for (const d of DEVIATIONS) {
      const row = DATA_CATEGORIES.indexOf(d.category);
      const col = COLUMNS.indexOf(d.column);
      expect(table[row]![col]).toBe(d.table);
      table[row]![col] = d.encoded;
    }
    expect(printed.map((r) => r[0])).toEqual([...DATA_CATEGORIES]);
    expect(printed.map((r) => r.slice(1))).toEqual(table);
  });

  it('lists in docs/domain.md exactly the deviations the code encodes', () => {
    const documented = markdownTable(domainDoc(), ['Category', 'Column', 'Table says', 'Encoded']).map((r) =>
      r.slice(0, 4).join(' / '),
    );
    expect(documented).toEqual(DEVIATIONS.map((d) => [`\`${d.category}\``, d.column, d.table, d.encoded].join(' / ')));
  });

  it('lists in docs/domain.md exactly the limited cells the rules encode, with their fields', () => {
    const documented = markdownTable(domainDoc(), ['Category', 'Roles', 'Released fields']).map((r) =>
      r.slice(0, 3).map((cell) => cell.replace(/`/g, '')),
    );
    expect(documented).toEqual(
      limitedCells(defaultPolicySet()).map((c) => [c.category, c.roles.join(', '), c.released.join(', ')]),
    );
    expect(documented.length).toBeGreaterThan(0);
  });

  it('opens under an emergency grant exactly the categories docs/domain.md lists', () => {
    const documented = markdownTable(domainDoc(), ['category', 'why a responder needs it']).map((r) =>
      r[0]!.replace(/`/g, ''),
    );
    expect(new Set(documented)).toEqual(new Set(emergencyOpens(defaultPolicySet())));
    expect(documented).toHaveLength(emergencyOpens(defaultPolicySet()).length);
  });
});

describe('policy:verify', () => {
  it('checks the whole attribute space and finds no counterexample in the default rules', WHOLE_SPACE, () => {
    const report = verifyPolicy(defaultPolicySet());
    // Counted by policy:verify itself; the oracle and the rules are compared at every point.
    expect(report.points).toBe(912600);
    expect(report.counterexamples).toEqual([]);
    expect(report.actionPoints).toBe(11440);
    expect(report.actionCounterexamples).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('finds the counterexamples of a broken rule set', WHOLE_SPACE, () => {
    const opened: PolicyRule = {
      id: 'mistake.mentor-su',
      effect: 'allow',
      roles: ['SURVIVOR_MENTOR'],
      conditions: { category: 'SUBSTANCE_USE', onTeam: true },
      legalBasis: 'none',
      description: 'a mistaken rule',
    };
    const report = verifyPolicy(createPolicySet([...defaultPolicySet().rules, opened]));
    expect(report.counterexamples.length).toBeGreaterThan(0);
    expect(
      report.counterexamples.every((c) => c.point.role === 'SURVIVOR_MENTOR' && c.point.category === 'SUBSTANCE_USE'),
    ).toBe(true);
    expect(report.counterexamples[0]!.problem).toMatch(
      /^the table says deny \((CONSENT_REQUIRED)\), the rules say allow by mistake.mentor-su$/,
    );
  });

  it('holds the invariants even when their rules are removed (they are also checked in code)', WHOLE_SPACE, () => {
    const rules = defaultPolicySet().rules.filter(
      (r) => !r.id.startsWith('invariant.') && r.id !== 'scope.not-on-team',
    );
    const problems = verifyPolicy(createPolicySet(rules)).counterexamples.map((c) => c.problem);
    expect(problems.filter((p) => !p.startsWith('the table says'))).toEqual([]);
  });
});

describe('policy:diff', () => {
  it('lists exactly the points a rule change alters', WHOLE_SPACE, () => {
    const before = defaultPolicySet();
    const after = createPolicySet(before.rules.filter((r) => r.id !== 'education.allow.school'));
    const { differences } = diffPolicies(before, after);
    expect(differences.length).toBeGreaterThan(0);
    expect(new Set(differences.map((d) => `${d.point.role}:${d.point.category}`))).toEqual(
      new Set(['SCHOOL_LIAISON:EDUCATION']),
    );
    expect(differences.every((d) => d.before.allowed && !d.after.allowed)).toBe(true);
    expect(diffPolicies(before, before).differences).toEqual([]);
    expect(diffPolicies(before, before).actionDifferences).toEqual([]);
  });
});

describe('every rule', () => {
  it('decides some point of the space, unless an invariant already says the same', WHOLE_SPACE, () => {
    const policy = defaultPolicySet();
    const deciding = new Map<string, number>();
    for (const point of allPoints()) {
      const d = decidePoint(policy, point);
      deciding.set(d.ruleId, (deciding.get(d.ruleId) ?? 0) + 1);
    }
    for (const point of allActionPoints()) {
      const d = decideActionPoint(policy, point);
      deciding.set(d.ruleId, (deciding.get(d.ruleId) ?? 0) + 1);
    }
    const silent = policy.rules.filter((r) => !deciding.has(r.id));
    // Only the table's N cells for psychotherapy notes, SUD counseling notes and attorney-client
    // records, which the invariants (higher precedence, same answer) decide instead.
    expect(
      silent.every(
        (r) =>
          /^(psychotherapy-notes|sud-counseling-notes|attorney-client)\.never\./.test(r.id) &&
          r.reason === 'NEVER_SHARED',
      ),
    ).toBe(true);
    expect(policy.rules.every((r) => r.legalBasis && r.description && r.id)).toBe(true);
    expect(new Set(policy.rules.map((r) => r.id)).size).toBe(policy.rules.length);
  });
});
