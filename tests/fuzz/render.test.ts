import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { committedSupergraph } from '@hub/schema';
import { renderOperation } from './src/run-case.ts';

// The fuzz passes each youth's id as a literal, a variable or a variable's default: each must be
// a valid operation the gateway weighs and the subgraphs read the same way.
const schema = buildSchema(committedSupergraph());
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';

describe('the fuzz operation', () => {
  it('passes ids as literals, variables and defaults, in a valid operation', () => {
    const { query, variables } = renderOperation(
      [
        { alias: 'y0', id: A, pass: 'literal' },
        { alias: 'y1', id: B, pass: 'variable' },
        { alias: 'y2', id: C, pass: 'default' },
      ],
      'displayName',
      true,
    );
    expect(query).toBe(
      `query ($id_y1: ID!, $id_y2: ID = "${C}") { y0: youth(id: "${A}") { displayName } e0: accessExplanation(youthId: "${A}") { agency category allowed reason } ` +
        `y1: youth(id: $id_y1) { displayName } e1: accessExplanation(youthId: $id_y1) { agency category allowed reason } ` +
        `y2: youth(id: $id_y2) { displayName } e2: accessExplanation(youthId: $id_y2) { agency category allowed reason } }`,
    );
    expect(variables).toEqual({ id_y1: B });
    expect(validate(schema, parse(query))).toEqual([]);
  });

  it('writes a plain query when every id is a literal', () => {
    const { query, variables } = renderOperation([{ alias: 'y0', id: A, pass: 'literal' }], 'id', false);
    expect(query).toBe(`{ y0: youth(id: "${A}") { id } }`);
    expect(variables).toEqual({});
  });
});
