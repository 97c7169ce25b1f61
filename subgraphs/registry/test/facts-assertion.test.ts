import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FACTS_ASSERTION_AUDIENCE,
  PURPOSE_HEADER,
  REQUEST_ID_HEADER,
  ServiceKeyDirectory,
  SIGNATURE_HEADER,
  signGatewayRequest,
  verifyFactsAssertion,
} from '@hub/protocol';
import type { Database, SubgraphServer } from '@hub/subgraph-kit';
import { createTestKeys, issueTestToken, openTestDatabase, testDeps, type TestKeys } from '@hub/subgraph-kit/testing';
import { generateWorld, persona, personaViewer } from '@hub/synthetic';
import { buildRegistry, MIGRATIONS, seedRegistry } from '../src/server.ts';

// The endpoint the gateway asks once per operation for the registry's signed access facts.
const world = generateWorld({ youths: 5 });
let keys: TestKeys;
let database: Database;
let server: SubgraphServer;
let base: string;
let token: string;

beforeAll(async () => {
  keys = await createTestKeys();
  database = await openTestDatabase('pglite', MIGRATIONS);
  await seedRegistry(database, world);
  server = await buildRegistry(database, await testDeps(keys));
  base = (await server.listen(0)).url.replace('/graphql', '');
  token = await issueTestToken(keys, persona('sw-garcia'));
});
afterAll(async () => {
  await server?.close();
  await database?.close();
});

const body = () => JSON.stringify({ youthIds: [world.youths[0]!.id, world.youths[1]!.id] });
async function ask(
  opts: { audience?: string; userToken?: string; signature?: string | null; signedBody?: string } = {},
) {
  const text = body();
  const userToken = opts.userToken ?? token;
  const signature =
    opts.signature === undefined
      ? await signGatewayRequest({
          key: keys.gatewayPrivate,
          audience: opts.audience ?? FACTS_ASSERTION_AUDIENCE,
          body: opts.signedBody ?? text,
          userToken,
          requestId: 'r-1',
          purpose: 'CARE_COORDINATION',
        })
      : opts.signature;
  return fetch(`${base}/facts-assertion`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${userToken}`,
      [PURPOSE_HEADER]: 'CARE_COORDINATION',
      [REQUEST_ID_HEADER]: 'r-1',
      ...(signature ? { [SIGNATURE_HEADER]: signature } : {}),
    },
    body: text,
  });
}

describe('POST /facts-assertion', () => {
  it("signs the facts of the token's viewer, bound to the request the gateway signed", async () => {
    const answer = await ask();
    expect(answer.status).toBe(200);
    const { assertion } = (await answer.json()) as { assertion: string };
    const binding = { requestId: 'r-1', purpose: 'CARE_COORDINATION', viewer: personaViewer('sw-garcia') };
    const facts = await verifyFactsAssertion(
      new ServiceKeyDirectory(keys.servicePublicKeys).keySet('mdt')!,
      assertion,
      binding,
    );
    expect(facts.get(world.youths[0]!.id)).toMatchObject({ youthId: world.youths[0]!.id, team: { onTeam: true } });
    expect(facts.size).toBe(2);
  });

  it.each([
    ['no gateway signature', { signature: null }],
    ["a signature for the registry's GraphQL", { audience: 'mdt' }],
    ['a signature over another body', { signedBody: '{"youthIds":[]}' }],
  ])('refuses %s', async (_label, opts) => {
    expect((await ask(opts)).status).toBe(401);
  });

  it('refuses a user token the identity provider did not sign, though the gateway signed the request', async () => {
    const forged = await issueTestToken(keys, persona('sw-garcia'), {
      key: (await createTestKeys()).idpPrivate,
    });
    expect((await ask({ userToken: forged })).status).toBe(401);
  });
});
