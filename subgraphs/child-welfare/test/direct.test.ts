import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair } from 'jose';
import { generateWorld, persona } from '@hub/synthetic';
import type { Database, SubgraphServer } from '@hub/subgraph-kit';
import {
  createTestKeys,
  gatewayRequest,
  issueTestToken,
  openTestDatabase,
  testDeps,
  type TestKeys,
} from '@hub/subgraph-kit/testing';
import type { YouthFacts } from '@hub/policies';
import { buildChildWelfare, MIGRATIONS, seedChildWelfare } from '../src/server.ts';

// Straight to the subgraph, as an attacker who bypasses the gateway would.
const world = generateWorld({ youths: 80 });
const youthIds = world.childWelfare.map((c) => c.youthId);
let keys: TestKeys;
let database: Database;
let server: SubgraphServer;
let url: string;
let token: string;
const factsCalls: string[][] = [];

const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { id childWelfare { caseNumber placements { kind } } } } }`;
const reps = (ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Youth', id })) });

beforeAll(async () => {
  keys = await createTestKeys();
  database = await openTestDatabase('pglite', MIGRATIONS);
  await seedChildWelfare(database, world);
  // A registry stand-in that puts the social worker on every youth's team.
  const facts = {
    load: async (_viewer: unknown, ids: readonly string[]) => {
      factsCalls.push([...ids]);
      return ids.map((id): YouthFacts => ({
        youthId: id,
        servedBy: ['CHILD_WELFARE'],
        team: { onTeam: true },
        consents: [],
        courtOrders: [],
        emergencyGrant: null,
      }));
    },
  };
  server = await buildChildWelfare(database, await testDeps(keys, facts));
  url = (await server.listen(0)).url;
  token = await issueTestToken(keys, persona('sw-garcia'));
});
afterAll(async () => {
  await server?.close();
  await database?.close();
});

const send = (
  body: { query: string; variables: Record<string, unknown> } = {
    query: ENTITIES,
    variables: reps(youthIds.slice(0, 1)),
  },
  opts: Partial<Parameters<typeof gatewayRequest>[2]> = {},
) => gatewayRequest(url, body, { token, key: keys.gatewayPrivate, audience: 'child-welfare', ...opts });

const UNAUTHORIZED = { errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] };

describe('a direct call to the child-welfare subgraph', () => {
  it('answers a correctly signed _entities call', async () => {
    const { status, json } = await send();
    expect(status).toBe(200);
    expect(json.data._entities[0].childWelfare.caseNumber).toBe(world.childWelfare[0]!.localId);
  });

  it('refuses a call without a gateway signature, _entities included', async () => {
    expect(await send(undefined, { signature: null })).toMatchObject({ status: 401, json: UNAUTHORIZED });
  });

  it('refuses _service without a signature', async () => {
    const res = await send({ query: '{ _service { sdl } }', variables: {} }, { signature: null });
    expect(res).toMatchObject({ status: 401, json: UNAUTHORIZED });
  });

  it('refuses a signature made with another key', async () => {
    const { privateKey } = await generateKeyPair('EdDSA');
    expect(await send(undefined, { key: privateKey })).toMatchObject({ status: 401, json: UNAUTHORIZED });
  });

  it('refuses a replayed signature', async () => {
    const first = await send();
    expect(first.status).toBe(200);
    expect(await send(undefined, { signature: first.signature })).toMatchObject({ status: 401, json: UNAUTHORIZED });
  });

  it('refuses a signature for another subgraph', async () => {
    expect(await send(undefined, { audience: 'mdt' })).toMatchObject({ status: 401, json: UNAUTHORIZED });
  });

  it('refuses a body other than the one signed (a forged _entities call)', async () => {
    const signed = JSON.stringify({ query: ENTITIES, variables: reps(youthIds.slice(0, 1)) });
    const res = await send({ query: ENTITIES, variables: reps(youthIds.slice(1, 30)) }, { signBody: signed });
    expect(res).toMatchObject({ status: 401, json: UNAUTHORIZED });
  });

  it('refuses an expired user token', async () => {
    const expired = await issueTestToken(keys, persona('sw-garcia'), { expiresIn: Math.floor(Date.now() / 1000) - 10 });
    expect(await send(undefined, { token: expired })).toMatchObject({ status: 401, json: UNAUTHORIZED });
  });

  it('refuses a user token forged with another key', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await issueTestToken(keys, persona('sw-garcia'), { key: privateKey });
    expect(await send(undefined, { token: forged })).toMatchObject({ status: 401, json: UNAUTHORIZED });
  });

  it('refuses a user token from another issuer', async () => {
    const other = await issueTestToken(keys, persona('sw-garcia'), { issuer: 'https://elsewhere.invalid' });
    expect(await send(undefined, { token: other })).toMatchObject({ status: 401, json: UNAUTHORIZED });
  });

  it('loads entities with one statement per table whatever the number of representations', async () => {
    const count = async (n: number) => {
      const before = database.statementCount;
      const facts = factsCalls.length;
      const { json } = await send({ query: ENTITIES, variables: reps(youthIds.slice(0, n)) });
      expect(json.data._entities).toHaveLength(n);
      expect(factsCalls.length - facts).toBe(1);
      return database.statementCount - before;
    };
    const one = await count(1);
    const fifty = await count(50);
    expect(one).toBe(2); // cases, placements
    expect(fifty).toBe(one);
  });
});
