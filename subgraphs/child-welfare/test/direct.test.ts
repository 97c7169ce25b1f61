import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorld, persona } from '@hub/synthetic';
import type { Database, SubgraphServer } from '@hub/subgraph-kit';
import {
  createTestKeys,
  describeDirectCallRefusals,
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

describeDirectCallRefusals({
  subgraph: 'child-welfare',
  otherSubgraph: 'mdt',
  viewer: persona('sw-garcia'),
  selection: 'childWelfare { caseNumber placements { kind } }',
  target: () => ({ url, keys, youthIds }),
});

describe('a direct call to the child-welfare subgraph', () => {
  it('answers a correctly signed _entities call', async () => {
    const { status, json } = await send();
    expect(status).toBe(200);
    expect(json.data._entities[0].childWelfare.caseNumber).toBe(world.childWelfare[0]!.localId);
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
