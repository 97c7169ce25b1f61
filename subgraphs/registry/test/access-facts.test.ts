import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signServiceToken, type ServiceSigner } from '@hub/protocol';
import type { Database, SubgraphServer } from '@hub/subgraph-kit';
import {
  createTestKeys,
  openTestDatabase,
  testDeps,
  testServiceSigner,
  type TestKeys,
} from '@hub/subgraph-kit/testing';
import { generateWorld, personaViewer } from '@hub/synthetic';
import { buildRegistry, MIGRATIONS, seedRegistry } from '../src/server.ts';

// The endpoint agency subgraphs call for access facts: for subgraphs only.
const world = generateWorld({ youths: 5 });
let database: Database;
let server: SubgraphServer;
let base: string;
let keys: TestKeys;
let childWelfare: ServiceSigner;

beforeAll(async () => {
  keys = await createTestKeys();
  childWelfare = await testServiceSigner(keys, 'child-welfare');
  database = await openTestDatabase('pglite', MIGRATIONS);
  await seedRegistry(database, world);
  server = await buildRegistry(database, await testDeps(keys));
  base = (await server.listen(0)).url.replace('/graphql', '');
});
afterAll(async () => {
  await server?.close();
  await database?.close();
});

const body = JSON.stringify({ viewer: personaViewer('sw-garcia'), youthIds: [world.youths[0]!.id] });
const post = (token: string | undefined, text = body) =>
  fetch(`${base}/access-facts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: text,
  });

describe('POST /access-facts', () => {
  it('answers a subgraph of the hub, once per token', async () => {
    const token = await signServiceToken(childWelfare, body);
    const first = await post(token);
    expect(first.status).toBe(200);
    const { facts } = (await first.json()) as { facts: { youthId: string; team: { onTeam: boolean } }[] };
    expect(facts).toMatchObject([{ youthId: world.youths[0]!.id, team: { onTeam: true } }]);
    expect((await post(token)).status).toBe(401);
  });

  it.each([
    ['no token', async () => undefined, body],
    ['a token for another body', async () => signServiceToken(childWelfare, '{"youthIds":[]}'), body],
    [
      'a service that is not a subgraph of the hub',
      async () => signServiceToken(await testServiceSigner(keys, 'someone-else'), body),
      body,
    ],
    [
      "a token naming child welfare signed with education's key",
      async () => signServiceToken({ ...(await testServiceSigner(keys, 'education')), service: 'child-welfare' }, body),
      body,
    ],
    [
      'a token naming child welfare signed with a key nobody lists',
      async () => signServiceToken(await testServiceSigner({ ...keys, services: {} }, 'child-welfare'), body),
      body,
    ],
  ])('refuses %s', async (_label, token, text) => {
    expect((await post(await token(), text)).status).toBe(401);
  });
});
