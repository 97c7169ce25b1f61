import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committedSupergraph } from '@hub/schema';
import { createUserTokenVerifier } from '@hub/subgraph-kit';
import { createHubGateway, DEFAULT_LIMITS, type HubGateway } from '@hub/gateway';
import { startHub, type Hub } from '../src/hub.ts';

// A second gateway over the same registry, with child welfare pointed at a server that never
// answers, or at nothing at all.
let hub: Hub;
let silent: Server;
let silentUrl: string;
const gateways: HubGateway[] = [];

async function gatewayWith(childWelfareUrl: string) {
  const gateway = await createHubGateway({
    supergraphSdl: committedSupergraph(),
    subgraphUrls: { ...hub.subgraphUrls, 'child-welfare': childWelfareUrl },
    signingKey: hub.keys.gatewayPrivate,
    verifyUser: createUserTokenVerifier({ issuer: hub.keys.issuer, audience: hub.keys.audience, jwks: hub.keys.jwks }),
    limits: { ...DEFAULT_LIMITS, upstreamTimeoutMs: 1000 },
    log: () => {},
  });
  gateways.push(gateway);
  return (await gateway.listen(0)).url;
}

beforeAll(async () => {
  hub = await startHub({ youths: 10 });
  silent = createServer(() => {}); // accepts, never answers
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  for (const g of gateways) await g.close();
  silent?.closeAllConnections();
  silent?.close();
  await hub?.close();
});

const QUERY = `query ($id: ID!) { youth(id: $id) { id displayName childWelfare { caseNumber } } }`;
async function ask(url: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.token('sw-garcia')}` },
    body: JSON.stringify({ query: QUERY, variables: { id: hub.world.youths[0]!.id } }),
  });
  return { status: response.status, text: await response.text() };
}

describe('one agency down', () => {
  it.each([
    ['slow past its timeout', () => silentUrl],
    ['refusing connections', () => 'http://127.0.0.1:1/graphql'],
  ])('%s: the rest of the record comes back and the error names the agency, not the failure', async (_label, url) => {
    const started = Date.now();
    const { status, text } = await ask(await gatewayWith(url()));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|timeout|abort/i);
    const json = JSON.parse(text);
    expect(status).toBe(200);
    expect(json.data.youth.displayName).toMatch(/^[A-Z]\. [A-Z]\.$/);
    expect(json.data.youth.childWelfare).toBeNull();
    expect(json.errors).toEqual([
      {
        // @apollo/gateway reports a failed fetch without a path; the service name says whose part is missing.
        message: 'child-welfare is unavailable; its part of the record is missing',
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'child-welfare' },
      },
    ]);
  });
});
