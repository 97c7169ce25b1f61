import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyFacts, PART2_NOTICE, type YouthFacts } from '@hub/policies';
import { createSubgraphServer, type SubgraphServer } from '../src/index.ts';
import {
  createTestKeys,
  gatewayRequest,
  issueTestToken,
  openTestDatabase,
  testDeps,
  type TestKeys,
} from '../src/testing/index.ts';

// A tiny agency subgraph: one field per way a category can be attached.
const typeDefs = /* GraphQL */ `
  type Youth @key(fields: "id") {
    id: ID!
    probation: ProbationRecord
  }
  type ProbationRecord {
    officer: String @sensitive(category: PROBATION)
    conditions: [Condition!]
    legacy: LegacyRecord
    treatment: String @sensitive(category: SUBSTANCE_USE)
  }
  type LegacyRecord {
    note: String @sensitive(category: PROBATION)
  }
  type Condition @sensitive(category: DELINQUENCY) {
    text: String!
  }
`;
const YOUTH = '11111111-1111-4111-8111-111111111111';
let facts: YouthFacts = emptyFacts(YOUTH);
let registryDown = false;
let keys: TestKeys;
let server: SubgraphServer;
let url: string;
let token: string;
const reads: string[] = [];

beforeAll(async () => {
  keys = await createTestKeys();
  const database = await openTestDatabase('pglite', fileURLToPath(new URL('./fixtures/migrations', import.meta.url)));
  const source = {
    load: async (_v: unknown, ids: readonly string[]) => {
      if (registryDown) throw new Error('connection refused');
      return ids.map((id) => ({ ...facts, youthId: id }));
    },
  };
  server = await createSubgraphServer({
    name: 'probation',
    agency: 'PROBATION',
    typeDefs,
    resolvers: {
      Youth: {
        __resolveReference: (r: { id: string }) => ({ id: r.id }),
        probation: (y: { id: string }) => ({ youthId: y.id }),
      },
      ProbationRecord: {
        officer: (p: { youthId: string }) => (reads.push('officer'), `officer of ${p.youthId.slice(0, 4)}`),
        conditions: (p: { youthId: string }) => (reads.push('conditions'), [{ text: 'curfew 9pm' }]),
        legacy: () => ({}),
        treatment: () => 'outpatient, weekly',
      },
      LegacyRecord: { note: () => 'a resolver that forgot the youth id' },
    },
    database,
    ...(await testDeps(keys, source)),
    log: () => {},
  });
  url = (await server.listen(0)).url;
  token = await issueTestToken(keys, { id: 'pd-1', name: 'P. D.', agency: 'PUBLIC_DEFENDER', role: 'PUBLIC_DEFENDER' });
});
afterAll(() => server?.close());

const ask = (fields: string) =>
  gatewayRequest(
    url,
    {
      query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { probation { ${fields} } } } }`,
      variables: { r: [{ __typename: 'Youth', id: YOUTH }] },
    },
    { token, key: keys.gatewayPrivate, audience: 'probation' },
  );

describe('obligations', () => {
  it('attach the 42 CFR 2.32 notice to a response that releases Part 2 data, and only then', async () => {
    facts = { ...emptyFacts(YOUTH), servedBy: ['PUBLIC_DEFENDER'] };
    const denied = await ask('treatment');
    expect(denied.json.data._entities[0].probation.treatment).toBeNull();
    expect(denied.json.extensions).toBeUndefined();
    facts = {
      ...emptyFacts(YOUTH),
      servedBy: ['PUBLIC_DEFENDER'],
      consents: [
        {
          id: 'c',
          grantor: 'YOUTH',
          categories: ['SUBSTANCE_USE'],
          recipientAgencies: ['PUBLIC_DEFENDER'],
          purposes: [],
          status: 'ACTIVE',
          effectiveFrom: '2020-01-01T00:00:00Z',
          effectiveTo: null,
        },
      ],
    };
    const released = await ask('treatment officer');
    expect(released.json.data._entities[0].probation.treatment).toBe('outpatient, weekly');
    // Released under the consent: the notice carries its scope (42 CFR 2.32(a)(2), 2024).
    expect(released.json.extensions.obligations).toEqual([
      {
        code: 'PART2_REDISCLOSURE_NOTICE',
        text: PART2_NOTICE,
        consentScope: [
          'Consent c, given by the youth: substance-use treatment records to the Public Defender, for any purposes, from 2020-01-01 until revoked. It may be revoked at any time.',
        ],
      },
    ]);
  });
});

describe('field enforcement', () => {
  it('denies before the resolver runs, with the denial shape', async () => {
    facts = emptyFacts(YOUTH);
    reads.length = 0;
    const { json } = await ask('officer conditions { text }');
    expect(reads).toEqual([]);
    expect(json.data._entities[0].probation).toEqual({ officer: null, conditions: null });
    expect(
      json.errors.map((e: any) => [e.path.join('.'), e.extensions.code, e.extensions.reason, e.extensions.category]),
    ).toEqual([
      ['_entities.0.probation.officer', 'FORBIDDEN', 'NOT_ON_TEAM', 'PROBATION'],
      ['_entities.0.probation.conditions', 'FORBIDDEN', 'NOT_ON_TEAM', 'DELINQUENCY'],
    ]);
  });

  it("checks a field returning a classified type under that type's category", async () => {
    facts = { ...emptyFacts(YOUTH), servedBy: ['PUBLIC_DEFENDER'] };
    reads.length = 0;
    const { json } = await ask('officer conditions { text }');
    expect(json.errors).toBeUndefined();
    expect(json.data._entities[0].probation.conditions).toEqual([{ text: 'curfew 9pm' }]);
    expect(reads.sort()).toEqual(['conditions', 'officer']);
  });

  it('refuses a classified field whose parent carries no youth id, without saying why', async () => {
    facts = { ...emptyFacts(YOUTH), servedBy: ['PUBLIC_DEFENDER'] };
    const { json } = await gatewayRequest(
      url,
      { query: '{ _service { sdl } }' },
      { token, key: keys.gatewayPrivate, audience: 'probation' },
    );
    expect(json.data._service.sdl).toContain('ProbationRecord');
    const orphan = await ask('legacy { note }');
    expect(orphan.json.data._entities[0].probation.legacy.note).toBeNull();
    expect(orphan.json.errors).toEqual([
      {
        message: 'Internal error',
        path: ['_entities', 0, 'probation', 'legacy', 'note'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
  });

  it('fails closed when the registry cannot be reached', async () => {
    registryDown = true;
    reads.length = 0;
    try {
      const { json } = await ask('officer conditions { text }');
      expect(reads).toEqual([]);
      expect(json.data._entities[0].probation).toEqual({ officer: null, conditions: null });
      expect(
        json.errors.every((e: any) => e.extensions.code === 'INTERNAL_SERVER_ERROR' && e.message === 'Internal error'),
      ).toBe(true);
    } finally {
      registryDown = false;
    }
  });
});
