import { buildSchema, isInterfaceType, isObjectType, specifiedDirectives } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import {
  clientSchema,
  committedClientSchema,
  committedSupergraph,
  composeSupergraph,
  loadSchemaEntries,
} from '../src/index.ts';
import { checkSchema, effectiveCategory, readSupergraph } from '../src/check/index.ts';
import { policyView } from '../scripts/policy-view.ts';

vi.setConfig({ testTimeout: 30_000 });

describe('the client schema (schema/client-schema.graphql)', () => {
  const committed = committedClientSchema();
  const schema = buildSchema(committed);

  it('is the one generated from the committed supergraph (run `npm run compose` when this fails)', () => {
    expect(clientSchema(committedSupergraph())).toEqual(committed);
  });

  it("carries none of federation's machinery, and no directive a client's codegen would not know", () => {
    expect(committed).not.toMatch(/join__|link__|_entities|_service|_Any|_Entity|@sensitive|@key|@link/);
    expect(schema.getDirectives().map((d) => d.name)).toEqual(specifiedDirectives.map((d) => d.name));
    expect(schema.getQueryType()?.getFields()).toHaveProperty('youth');
    expect(schema.getMutationType()?.getFields()).toHaveProperty('recordConsent');
  });

  it("says each classified field's category in its description, as the subgraphs decide it", () => {
    const model = readSupergraph(committedSupergraph());
    let classified = 0;
    for (const type of model.values()) {
      if (type.kind !== 'OBJECT' && type.kind !== 'INTERFACE') continue;
      const client = schema.getType(type.name);
      if (!isObjectType(client) && !isInterfaceType(client)) throw new Error(`${type.name} is missing`);
      for (const [name, field] of type.fields) {
        const category = effectiveCategory(model, type, field);
        const description = client.getFields()[name]?.description ?? '';
        if (category) {
          classified++;
          expect(description, `${type.name}.${name}`).toContain(`Data category: ${category}`);
        } else {
          expect(description, `${type.name}.${name}`).not.toContain('Data category');
        }
      }
    }
    expect(classified).toBeGreaterThan(200);
    const health = schema.getType('HealthRecord');
    if (!isObjectType(health)) throw new Error('HealthRecord');
    expect(health.getFields().substanceUse!.description).toBe(
      'Treatment in a 42 CFR Part 2 program; null when the agency holds none.\n\n' +
        'Data category: SUBSTANCE_USE. A viewer the policy does not allow it gets null here and a FORBIDDEN error at this path.',
    );
    // A field of a classified type is released with the field that returned its object.
    expect(committed).toContain(
      '"""\nData category: SAFETY_PLAN. Released or denied as a whole, at the field that returns it.\n"""\ntype CaseSafetyPlan {',
    );
  });

  it('schema:check fails on a stale client schema and names the way to fix it', () => {
    const composed = composeSupergraph();
    if (!composed.ok) throw new Error(composed.errors.join('\n'));
    const run = (committedText: string) =>
      checkSchema({
        entries: loadSchemaEntries(),
        baselineSdl: composed.supergraphSdl,
        baselineLabel: 'a fresh composition',
        acknowledgements: [],
        acknowledgementsFile: 'acknowledged-changes.json',
        view: policyView(),
        clientSchema: { committed: committedText, label: 'schema/client-schema.graphql' },
      });
    const fresh = run(clientSchema(composed.supergraphSdl));
    expect(fresh).toMatchObject({ ok: true, clientSchemaFresh: true });
    const stale = run(committed.replace('Data category: SUBSTANCE_USE', 'Data category: NONE'));
    expect(stale).toMatchObject({ ok: false, clientSchemaFresh: false });
    expect(stale.report).toContain(
      '✗ schema/client-schema.graphql differs from the one this composition gives: run `npm run compose` and commit both files.',
    );
  });
});
