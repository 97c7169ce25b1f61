import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Q4, Q5 } from '../hub/queries.ts';
import { planYouthDocument } from '../hub/youth-plan.ts';

// The monolith floor's plan of the web app's own documents (Q4, the youth summary; Q5, the caseload
// page): the registry asked for its fields and the key, each agency for its own fields as _entities.
const client = buildSchema(
  readFileSync(fileURLToPath(new URL('../../schema/client-schema.graphql', import.meta.url)), 'utf8'),
);

describe("the monolith floor's plan of a Youth document", () => {
  it('asks the registry for its own fields of the youth and the key, in a query the client schema accepts', () => {
    const plan = planYouthDocument(Q4, 'mdt');
    expect(validate(client, parse(plan.registryQuery))).toEqual([]);
    expect(plan.registryFields).toEqual(['id', 'displayName', 'preferredName', 'dateOfBirth', 'team', 'servicePlan']);
    expect(plan.registryQuery).not.toMatch(/childWelfare|timeline|health/);
  });

  it('asks every other subgraph only for its own field, with the fragments that field uses', () => {
    const plan = planYouthDocument(Q4, 'mdt');
    expect(Object.fromEntries(plan.parts.map((p) => [p.subgraph, p.keys]))).toEqual({
      'child-welfare': ['childWelfare'],
      probation: ['probation'],
      health: ['health'],
      education: ['education'],
      'district-attorney': ['districtAttorney'],
      'public-defender': ['publicDefender'],
    });
    for (const part of plan.parts) {
      const doc = parse(part.query);
      const fragments = doc.definitions.filter((d) => d.kind === 'FragmentDefinition');
      // The timeline's events come as ...Event, defined once in each part that uses it.
      expect(fragments.map((f) => (f as { name: { value: string } }).name.value)).toEqual(['Event']);
      expect(part.query).toMatch(/_entities\(representations: \$representations\) \{ \.\.\. on Youth \{/);
      const others = plan.parts.filter((p) => p !== part).flatMap((p) => p.keys);
      for (const key of others) expect(part.query).not.toMatch(new RegExp(`\\b${key} \\{`));
    }
  });

  it("plans the caseload page through its connection, keeping the page's variables with the registry", () => {
    const plan = planYouthDocument(Q5, 'mdt');
    expect(validate(client, parse(plan.registryQuery))).toEqual([]);
    expect(plan.registryQuery).toMatch(/youths\(first: \$first, after: \$after, search: \$search, scope: \$scope\)/);
    expect(plan.registryQuery).toMatch(/myLastLook/);
    expect(plan.parts.map((p) => p.subgraph).sort()).toEqual(['child-welfare', 'district-attorney', 'probation']);
    expect(plan.parts.every((p) => p.variables.length === 0)).toBe(true);
    const data = { youths: { totalCount: 2, edges: [{ node: { id: 'a' } }, { node: { id: 'b' } }, null] } };
    expect(plan.locate(data).map((e) => e.path)).toEqual([
      ['youths', 'edges', 0, 'node'],
      ['youths', 'edges', 1, 'node'],
    ]);
    expect(plan.locate({ youths: null })).toEqual([]);
  });

  it('refuses a document it cannot plan rather than answer it wrong', () => {
    expect(() => planYouthDocument('{ me { sub } }', 'mdt')).toThrow(/no Youth/);
    expect(() => planYouthDocument('query A { youth(id: "x") { id } } query B { me { sub } }', 'mdt')).toThrow(
      /one operation/,
    );
  });
});
