import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { maxFieldRepeatsRule } from '../src/field-repeats.ts';
import { DEFAULT_LIMITS, limitsFromEnv } from '../src/limits.ts';

const schema = buildSchema(`type Query { me: Viewer } type Viewer { sub: String name: String friend: Viewer }`);
const errors = (query: string, max = 3) =>
  validate(schema, parse(query), [...specifiedRules, maxFieldRepeatsRule(max)]).map((e) => e.message);

describe('the repeated-field limit', () => {
  it('lets a field appear up to the limit, directly or through fragments', () => {
    expect(errors('{ me { sub sub sub name } }')).toEqual([]);
    expect(errors('{ me { sub ...A ... on Viewer { sub } } } fragment A on Viewer { sub }')).toEqual([]);
  });

  it('refuses one more, counting copies in fragments and inline fragments at the same level', () => {
    expect(errors('{ me { sub sub sub sub } }')).toEqual([
      'Field "sub" is repeated more than 3 times in one selection.',
    ]);
    expect(errors('{ me { sub ...A ... on Viewer { sub } } } fragment A on Viewer { sub sub }')).toEqual([
      'Field "sub" is repeated more than 3 times in one selection.',
    ]);
    expect(errors('{ __typename __typename __typename __typename }')).toEqual([
      'Field "__typename" is repeated more than 3 times in one selection.',
    ]);
  });

  it('counts per level, and aliases as their own keys', () => {
    expect(errors('{ me { sub friend { sub } friend { sub } } }')).toEqual([]);
    expect(errors('{ me { a: sub b: sub c: sub d: sub } }')).toEqual([]);
  });

  it('survives a fragment cycle (graphql refuses it; the rule must not loop)', () => {
    expect(errors('{ me { ...A } } fragment A on Viewer { friend { ...B } } fragment B on Viewer { ...A }')).toEqual([
      'Cannot spread fragment "A" within itself via "B".',
    ]);
    expect(errors('{ me { ...A } } fragment A on Viewer { sub ...A }')).toEqual([
      'Cannot spread fragment "A" within itself.',
    ]);
  });

  it('counts a fragment explosion without expanding it', () => {
    const chain = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Viewer { ${`...F${i + 1} `.repeat(10)}}`);
    const started = Date.now();
    const found = errors(`{ me { ...F0 } } ${chain.join(' ')} fragment F30 on Viewer { sub }`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(found[0]).toBe('Field "sub" is repeated more than 3 times in one selection.');
  });
});

describe('limits from the environment', () => {
  it('reads the character and repeat limits', () => {
    expect(limitsFromEnv({ LIMIT_MAX_QUERY_CHARS: '500', LIMIT_MAX_FIELD_REPEATS: '2' })).toEqual({
      ...DEFAULT_LIMITS,
      maxQueryChars: 500,
      maxFieldRepeats: 2,
    });
    expect(() => limitsFromEnv({ LIMIT_MAX_FIELD_REPEATS: '0' })).toThrow(
      'LIMIT_MAX_FIELD_REPEATS must be a positive integer',
    );
  });
});
