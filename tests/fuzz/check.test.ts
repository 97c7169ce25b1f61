import { describe, expect, it } from 'vitest';
import type { Agency, DataCategory } from '@hub/policies';
import { checkExplanation, checkYouth, oracleFor, type GraphQLError } from './src/check.ts';
import type { Selection } from './src/query.ts';
import type { YouthState } from './src/registry-state.ts';
import { youthRecordModel, type FieldNode } from './src/schema-model.ts';

// The fuzz's checker must be able to fail: each wrong answer below is one it has to catch.
const model = youthRecordModel();
const field = (path: string): FieldNode => {
  let nodes = model;
  let found: FieldNode | undefined;
  for (const name of path.split('.')) {
    found = nodes.find((n) => n.name === name);
    if (!found) throw new Error(`no ${path}`);
    nodes = found.children;
  }
  return found!;
};
const sel = (path: string, children: Selection[] = []): Selection => ({ field: field(path), alias: null, children });
const leaf = (path: string) => sel(path);

// A probation officer on the team with no consent: substance use needs one, identity is open.
const viewer = { sub: 'po', role: 'PROBATION_OFFICER' as const, agency: 'PROBATION' as const };
const state: YouthState = { team: 'member', serves: false, consents: [], orders: [], grant: 'none' };
const expect_ = oracleFor(viewer, 'CARE_COORDINATION', state);
const selections = [
  leaf('displayName'),
  sel('health', [sel('health.substanceUse', [leaf('health.substanceUse.status')])]),
];
const denial: GraphQLError = {
  message: 'Not shared',
  path: ['y0', 'health', 'substanceUse'],
  extensions: { code: 'FORBIDDEN', reason: 'CONSENT_REQUIRED', category: 'SUBSTANCE_USE', agency: 'HEALTH' },
};
function check(value: unknown, errors: GraphQLError[], linked = true) {
  const matched = new Set<GraphQLError>();
  const { problems } = checkYouth({
    alias: 'y0',
    youthId: 'y',
    selections,
    value,
    errors,
    matched,
    expect: expect_,
    linked,
    grantId: null,
  });
  return [...problems, ...errors.filter((e) => !matched.has(e)).map((e) => `unexpected ${e.message}`)];
}

describe("the leak fuzzing's checker", () => {
  it('accepts the right answer', () => {
    expect(check({ displayName: 'J. R.', health: { substanceUse: null } }, [denial])).toEqual([]);
  });

  it('catches a released value the oracle withholds', () => {
    const problems = check({ displayName: 'J. R.', health: { substanceUse: { status: 'ACTIVE' } } }, [denial]);
    expect(problems.join('\n')).toMatch(/^LEAK y0\.health\.substanceUse: HEALTH SUBSTANCE_USE released/m);
  });

  it('catches a denial with the wrong reason, category or agency, or none at all', () => {
    for (const wrong of [
      { reason: 'NOT_ON_TEAM' },
      { category: 'MENTAL_HEALTH' },
      { agency: 'PROBATION' },
      { code: 'INTERNAL_SERVER_ERROR' },
    ]) {
      const e = { ...denial, extensions: { ...denial.extensions, ...wrong } };
      expect(check({ displayName: 'J. R.', health: { substanceUse: null } }, [e]).length, JSON.stringify(wrong)).toBe(
        1,
      );
    }
    expect(check({ displayName: 'J. R.', health: { substanceUse: null } }, [])).toHaveLength(1);
  });

  it('catches a denial of what the oracle allows, and any error it cannot place', () => {
    const spurious = { ...denial, path: ['y0', 'displayName'] };
    expect(check({ displayName: null, health: { substanceUse: null } }, [denial, spurious])).toHaveLength(1);
    const stray = { message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    expect(check({ displayName: 'J. R.', health: { substanceUse: null } }, [denial, stray])).toEqual([
      'unexpected Internal error',
    ]);
  });

  it('catches an answer about a youth the viewer has no link to, and a missing agency part', () => {
    expect(check({ displayName: 'J. R.' }, [], false)).toHaveLength(1);
    expect(check({ displayName: 'J. R.', health: null }, [])).toEqual(['y0.health: the record part is null']);
  });

  it('catches an explanation that disagrees with the oracle or leaves a pair out', () => {
    const pairs: [Agency, DataCategory][] = [
      ['HUB', 'IDENTITY'],
      ['HEALTH', 'SUBSTANCE_USE'],
    ];
    const all = pairs.map(([agency, category]) => ({ agency, category, ...expect_(agency, category) }));
    const { problems } = checkExplanation(
      all.map((e) => (e.category === 'SUBSTANCE_USE' ? { ...e, allowed: true, reason: null } : e)),
      expect_,
    );
    expect(problems).toEqual([
      'explains 2 agency-category pairs, not the 26 the contract holds',
      'HEALTH SUBSTANCE_USE: explained true/null, oracle false/CONSENT_REQUIRED',
    ]);
  });
});
