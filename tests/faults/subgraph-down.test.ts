import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committedSupergraph, loadSupergraphConfig } from '@hub/schema';
import { createUserTokenVerifier } from '@hub/protocol';
import { createHubGateway, DEFAULT_LIMITS, type HubGateway, type QueryLimits } from '@hub/gateway';
import { startHub, type Hub } from '../src/hub.ts';

// Gateways over the same registry and agencies, with one subgraph pointed at a server that never
// answers, at nothing at all, or at a server that answers with a failure of its own.
let hub: Hub;
const servers: Server[] = [];
const gateways: HubGateway[] = [];

async function gatewayWith(overrides: Record<string, string>, limits: Partial<QueryLimits> = {}) {
  const gateway = await createHubGateway({
    supergraphSdl: committedSupergraph(),
    subgraphUrls: { ...hub.subgraphUrls, ...overrides },
    signingKey: hub.keys.gatewayPrivate,
    verifyUser: createUserTokenVerifier({ issuer: hub.keys.issuer, audience: hub.keys.audience, jwks: hub.keys.jwks }),
    limits: { ...DEFAULT_LIMITS, upstreamTimeoutMs: 3000, ...limits },
    log: () => {},
  });
  gateways.push(gateway);
  return (await gateway.listen(0)).url;
}

/** A stand-in subgraph: answers every request with `respond`, or never when it is absent. */
async function fakeSubgraph(respond?: (res: import('node:http').ServerResponse) => void): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    if (respond) req.on('end', () => respond(res));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

beforeAll(async () => {
  hub = await startHub({ youths: 10 });
});
afterAll(async () => {
  for (const g of gateways) await g.close();
  for (const s of servers) {
    s.closeAllConnections();
    s.close();
  }
  await hub?.close();
});

const QUERY = `query ($id: ID!) { youth(id: $id) { id displayName childWelfare { caseNumber } } }`;
async function ask(url: string, query = QUERY) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.token('sw-garcia')}` },
    body: JSON.stringify({ query, variables: { id: hub.world.youths[0]!.id } }),
  });
  return { status: response.status, text: await response.text() };
}
// Nothing about how a part failed: no address, no library's or database's words, no stack.
const HOW =
  /ECONNREFUSED|127\.0\.0\.1|timeout|abort|socket|stack|\bat .+\(|Traceback|relation|syntax|<html|database is down/i;

describe('one agency down', () => {
  it.each([
    ['slow past its timeout', () => fakeSubgraph()],
    ['refusing connections', async () => 'http://127.0.0.1:1/graphql'],
    [
      'answering 500 with a stack trace',
      () =>
        fakeSubgraph((res) =>
          res
            .writeHead(500, { 'content-type': 'text/plain' })
            .end('Error: database is down\n    at query (/srv/src/db.ts:1:1)'),
        ),
    ],
    [
      'answering an HTML error page',
      () =>
        fakeSubgraph((res) =>
          res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body>Bad gateway</body></html>'),
        ),
    ],
    [
      'answering malformed JSON',
      () =>
        fakeSubgraph((res) =>
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"data": {"_entities": [ {"childWelfare"'),
        ),
    ],
    [
      'answering with an internal GraphQL error',
      () =>
        fakeSubgraph((res) =>
          res.writeHead(200, { 'content-type': 'application/json' }).end(
            JSON.stringify({
              data: { _entities: [null] },
              errors: [
                {
                  message: 'relation "placement" does not exist',
                  extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at query (/srv/src/db.ts:1:1)'] },
                },
              ],
            }),
          ),
        ),
    ],
    [
      'answering for another youth',
      () =>
        fakeSubgraph((res) =>
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { _entities: [] } })),
        ),
    ],
  ])('%s: the rest of the record comes back and the error names the agency, not the failure', async (_label, url) => {
    const started = Date.now();
    const { status, text } = await ask(await gatewayWith({ 'child-welfare': await url() }));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(text).not.toMatch(HOW);
    const json = JSON.parse(text);
    expect(status).toBe(200);
    expect(json.data.youth.displayName).toMatch(/^[A-Z]\. [A-Z]\.$/);
    expect(json.data.youth.childWelfare ?? null).toBeNull();
    expect(json.errors.length).toBeGreaterThan(0);
    for (const error of json.errors) {
      expect(error.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'child-welfare' });
      expect(error.message).toBe('child-welfare is unavailable; its part of the record is missing');
    }
  });

  it('redirecting elsewhere: the redirect is not followed, so the signed request and token go nowhere else', async () => {
    let followed = 0;
    const elsewhere = await fakeSubgraph((res) => {
      followed++;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"_entities":[null]}}');
    });
    const redirecting = await fakeSubgraph((res) => res.writeHead(307, { location: elsewhere }).end());
    const { status, text } = await ask(await gatewayWith({ 'child-welfare': redirecting }));
    const json = JSON.parse(text);
    expect(status).toBe(200);
    expect(json.data.youth.childWelfare ?? null).toBeNull();
    expect(json.errors.map((e: { extensions: unknown }) => e.extensions)).toContainEqual({
      code: 'SUBGRAPH_UNAVAILABLE',
      serviceName: 'child-welfare',
    });
    expect(followed).toBe(0);
  });

  // Every agency of schema/supergraph.config.json; a new one must add its part to the whole record.
  it.each(
    loadSupergraphConfig()
      .filter((s) => !s.registry)
      .map((s) => s.name),
  )('%s down: only its part of the whole record is missing', async (name) => {
    const whole = `query ($id: ID!) { youth(id: $id) { displayName childWelfare { caseNumber } health { physicalHealth { lastExamOn } } probation { supervision { status } } education { schoolOfRecord { schoolName } } districtAttorney { cases { role } } publicDefender { matters { kind } } lawEnforcement { investigations { status } } } }`;
    const healthy = JSON.parse((await ask(hub.url, whole)).text);
    const { text } = await ask(await gatewayWith({ [name]: 'http://127.0.0.1:1/graphql' }), whole);
    const json = JSON.parse(text);
    const field = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    expect(json.data.youth).toEqual({ ...healthy.data.youth, [field]: null });
    const errors = json.errors.filter((e: { extensions: { code: string } }) => e.extensions.code !== 'FORBIDDEN');
    expect(errors).toEqual([
      {
        message: `${name} is unavailable; its part of the record is missing`,
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: name },
      },
    ]);
  });

  it('the registry down: no youth at all, and the error names the registry only', async () => {
    const { status, text } = await ask(await gatewayWith({ mdt: 'http://127.0.0.1:1/graphql' }));
    expect(status).toBe(200);
    expect(text).not.toMatch(HOW);
    expect(JSON.parse(text)).toEqual({
      data: { youth: null },
      errors: [
        {
          message: 'mdt is unavailable; its part of the record is missing',
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'mdt' },
        },
      ],
    });
  });
});

describe('the per-request timeout', () => {
  it('answers 504 once LIMIT_REQUEST_TIMEOUT_MS has passed, whatever a subgraph is still doing', async () => {
    const url = await gatewayWith(
      { 'child-welfare': await fakeSubgraph() },
      { requestTimeoutMs: 500, upstreamTimeoutMs: 5000 },
    );
    const started = Date.now();
    const { status, text } = await ask(url);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(status).toBe(504);
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'The request took too long', extensions: { code: 'TIMEOUT' } }],
    });
    // The gateway answers the next request as usual.
    expect(JSON.parse((await ask(url, '{ me { sub } }')).text)).toEqual({ data: { me: { sub: 'sw-garcia' } } });
  });
});
