import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildASTSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AGENCIES, DATA_CATEGORIES, PURPOSES, ROLES } from '@hub/policies';
import { buildSubgraph } from '@apollo/federation-internals';
import {
  classificationProblems,
  committedSupergraph,
  composeSupergraph,
  contractSdl,
  loadSupergraphConfig,
  type SchemaEntry,
} from '../src/index.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const entry = (name: string, file: string): SchemaEntry => ({
  name,
  agency: 'PROBATION',
  schemaPath: fixture(file),
  url: `http://127.0.0.1:1/${name}`,
  unclassifiedTypes: [],
});

describe('composition', () => {
  // Eight subgraphs take about 4 s to compose on a loaded machine: more than the default 5 s leaves.
  it(
    'the committed supergraph equals a fresh composition (run `npm run compose` when this fails)',
    { timeout: 20_000 },
    () => {
      const result = composeSupergraph();
      expect(result.ok ? result.supergraphSdl.trim() : result.errors).toEqual(committedSupergraph().trim());
    },
  );

  it('carries every field classification into the supergraph', () => {
    const sdl = committedSupergraph();
    expect(sdl).toContain('@link(url: "https://csec-mdt-hub.dev/sensitive/v1.0", import: ["@sensitive"])');
    expect(sdl).toMatch(
      /placements: \[Placement!\] @join__field\(graph: CHILD_WELFARE\) @sensitive\(category: PLACEMENT\)|placements: \[Placement!\] @sensitive\(category: PLACEMENT\)/,
    );
  });

  it('fails naming the field when an agency field has no category', () => {
    const result = composeSupergraph([...loadSupergraphConfig(), entry('probation', 'unclassified.graphql')]);
    expect(result).toEqual({ ok: false, errors: ['probation: ProbationRecord.curfew has no @sensitive category'] });
  });

  it('fails when a classified field cannot be null (a denial is a null)', () => {
    const result = composeSupergraph([...loadSupergraphConfig(), entry('education', 'non-null-classified.graphql')]);
    expect(result).toEqual({
      ok: false,
      errors: ['education: EducationRecord.school is classified but non-null: a denied field must be able to be null'],
    });
  });

  it('fails on an interface field without its own category, and on a field weaker than its type', () => {
    const result = composeSupergraph([...loadSupergraphConfig(), entry('court', 'abstract.graphql')]);
    expect(result).toEqual({
      ok: false,
      errors: [
        'court: CourtRecord.events returns an interface or union and must carry its own @sensitive category',
        'court: CourtRecord.hearing is classified PROBATION but returns Hearing, classified DELINQUENCY',
      ],
    });
  });

  it('lets a type be classified by the fields that return it only when every one of them is', () => {
    const result = composeSupergraph([...loadSupergraphConfig(), entry('court', 'inherited.graphql')]);
    expect(result).toEqual({
      ok: false,
      errors: [
        'court: CourtEvent.date has no @sensitive category',
        'court: CourtEvent.kind has no @sensitive category',
      ],
    });
    const sdl = readFileSync(fixture('inherited.graphql'), 'utf8').replace('  publicEvents: [CourtEvent!]\n', '');
    const schema = buildSubgraph('court', 'http://127.0.0.1:1/court', parse(`${contractSdl()}\n${sdl}`));
    expect(classificationProblems('court', schema.schema.toGraphQLJSSchema())).toEqual([]);
  });

  it('fails when the subgraphs do not compose', () => {
    const result = composeSupergraph([...loadSupergraphConfig(), entry('clash', 'bad-federation.graphql')]);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toMatch(/displayName/);
  });
});

describe('the contract', () => {
  const schema = buildASTSchema(
    parse(
      `${contractSdl().replace(/extend schema[\s\S]*?@composeDirective\(name: "@sensitive"\)/, '')}\nscalar link__Import`,
    ),
    {
      assumeValidSDL: true,
    },
  );
  const values = (name: string) =>
    (schema.getType(name) as unknown as { getValues(): { name: string }[] }).getValues().map((v) => v.name);

  it.each([
    ['DataCategory', DATA_CATEGORIES],
    ['PurposeOfUse', PURPOSES],
    ['Agency', AGENCIES],
    ['Role', ROLES],
  ] as const)('%s matches @hub/policies', (name, list) => {
    expect(values(name)).toEqual([...list]);
  });

  it('every subgraph in the config has a schema file', () => {
    for (const e of loadSupergraphConfig()) expect(readFileSync(e.schemaPath, 'utf8').length).toBeGreaterThan(0);
  });
});
