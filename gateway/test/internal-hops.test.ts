import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPair } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { committedSupergraph } from '@hub/schema';
import { INTERNAL_KEEP_ALIVE, SIGNATURE_HEADER } from '@hub/protocol';
import { createApolloEngine } from '../src/apollo-engine.ts';
import type { HubRequestContext } from '../src/engine.ts';
import { DEFAULT_LIMITS } from '../src/limits.ts';
import { createHubGateway } from '../src/server.ts';
import { locateSubgraphs } from '../src/supergraph.ts';

const context: HubRequestContext = {
  viewer: { sub: 'sw-1', name: 'S. W.', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' },
  userToken: 'header.payload.signature',
  purpose: 'CARE_COORDINATION',
  requestId: 'r-1',
};
let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/**
 * The registry's subgraph as a stand-in that answers the first request of each connection and
 * drops every later one unanswered: the race of a server closing a kept-alive socket as the
 * gateway reuses it.
 */
async function subgraphClosingIdleSockets(answer: unknown) {
  const seen = { requests: 0, answered: 0, signatures: [] as string[] };
  const perSocket = new WeakMap<object, number>();
  server = createServer((req, res) => {
    seen.requests++;
    seen.signatures.push(String(req.headers[SIGNATURE_HEADER]));
    const n = (perSocket.get(req.socket) ?? 0) + 1;
    perSocket.set(req.socket, n);
    if (n > 1) return req.socket.destroy();
    req.resume();
    req.on('end', () => {
      seen.answered++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, seen };
}

async function engineFor(mdtUrl: string) {
  const { sdl, subgraphs } = locateSubgraphs(committedSupergraph(), (name) => (name === 'mdt' ? mdtUrl : undefined));
  return createApolloEngine({
    supergraphSdl: sdl,
    subgraphs,
    signingKey: (await generateKeyPair('EdDSA')).privateKey,
    limits: DEFAULT_LIMITS,
    introspection: false,
    log: () => {},
  });
}

describe('the gateway to subgraph hop', () => {
  it('asks a query once more, newly signed, when its kept-alive connection is reset before any answer', async () => {
    const mdt = await subgraphClosingIdleSockets({ data: { me: { sub: 'sw-1' } } });
    const engine = await engineFor(mdt.url);
    try {
      for (let i = 0; i < 2; i++) {
        const { text } = await engine.execute({ query: '{ me { sub } }' }, context);
        expect(JSON.parse(text)).toEqual({ data: { me: { sub: 'sw-1' } } });
      }
      // The second request went out on the kept-alive socket, was dropped, and was asked again.
      expect(mdt.seen).toMatchObject({ requests: 3, answered: 2 });
      expect(new Set(mdt.seen.signatures).size).toBe(3);
    } finally {
      await engine.stop();
    }
  });

  it('never sends a mutation twice: a reset connection makes that subgraph unavailable', async () => {
    const grant = { id: 'g-1' };
    const mdt = await subgraphClosingIdleSockets({ data: { closeEmergencyReview: grant } });
    const engine = await engineFor(mdt.url);
    const mutation = {
      query: 'mutation { closeEmergencyReview(grantId: "g-1", finding: JUSTIFIED, note: "reviewed") { id } }',
    };
    try {
      expect(JSON.parse((await engine.execute(mutation, context)).text)).toEqual({
        data: { closeEmergencyReview: grant },
      });
      const second = JSON.parse((await engine.execute(mutation, context)).text);
      expect(second.errors[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'mdt' });
      expect(mdt.seen).toMatchObject({ requests: 2, answered: 1 });
    } finally {
      await engine.stop();
    }
  });

  it('lets an idle connection go before any server of the hub would close it', async () => {
    expect(INTERNAL_KEEP_ALIVE.clientIdleTimeoutMs).toBeLessThan(INTERNAL_KEEP_ALIVE.serverKeepAliveTimeoutMs);
    expect(INTERNAL_KEEP_ALIVE.serverKeepAliveTimeoutMs).toBeLessThan(INTERNAL_KEEP_ALIVE.serverHeadersTimeoutMs);
    const gateway = await createHubGateway({
      supergraphSdl: committedSupergraph(),
      signingKey: (await generateKeyPair('EdDSA')).privateKey,
      verifyUser: () => Promise.reject(new Error('unused')),
      web: false,
      log: () => {},
    });
    try {
      expect(gateway.http.keepAliveTimeout).toBe(INTERNAL_KEEP_ALIVE.serverKeepAliveTimeoutMs);
      expect(gateway.http.headersTimeout).toBe(INTERNAL_KEEP_ALIVE.serverHeadersTimeoutMs);
    } finally {
      await gateway.close();
    }
  });
});
