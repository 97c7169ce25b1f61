import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { generateServiceKeyPair, importServiceSigner, ServiceKeyDirectory, signFactsAssertion } from '@hub/protocol';
import { emptyFacts, type Viewer } from '@hub/policies';
import { httpFactsSource } from '../src/access/facts-source.ts';

const viewer: Viewer = { sub: 'sw-1', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' };
// The registry's key pair and this subgraph's own (health).
const registryPair = await generateServiceKeyPair('mdt', 'mdt-1');
const registrySigner = await importServiceSigner('mdt', registryPair.privateJwk);
const signer = await importServiceSigner('health', (await generateServiceKeyPair('health', 'health-1')).privateJwk);
const registryKeys = new ServiceKeyDirectory({ mdt: [registryPair.publicJwk] }).keySet('mdt')!;
const otherRegistry = await importServiceSigner('mdt', (await generateServiceKeyPair('mdt', 'mdt-1')).privateJwk);
let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** A registry stand-in that answers the first request of each connection and drops the rest unread. */
async function registryClosingIdleSockets(): Promise<{ url: string; answered: () => number }> {
  let answered = 0;
  const perSocket = new WeakMap<object, number>();
  server = createServer((req, res) => {
    const n = (perSocket.get(req.socket) ?? 0) + 1;
    perSocket.set(req.socket, n);
    // The race seen under load: the server closes a kept-alive socket as the client reuses it.
    if (n > 1) return req.socket.destroy();
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      answered++;
      const { youthIds } = JSON.parse(body) as { youthIds: string[] };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ facts: youthIds.map((id) => emptyFacts(id)) }));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, answered: () => answered };
}

describe('httpFactsSource', () => {
  it('asks again on a new connection when a kept-alive socket is reset before any answer', async () => {
    const registry = await registryClosingIdleSockets();
    const source = httpFactsSource({ registryUrl: registry.url, signer, registryKeys });
    expect(await source.load(viewer, ['y1'])).toEqual([emptyFacts('y1')]);
    // The second load goes out on the kept-alive socket, which the registry drops unread.
    expect(await source.load(viewer, ['y2'])).toEqual([emptyFacts('y2')]);
    expect(registry.answered()).toBe(2);
  });
});

describe('httpFactsSource given a facts assertion of the registry', () => {
  const request = { requestId: 'r-1', purpose: 'CARE_COORDINATION' };
  const asserted = [{ ...emptyFacts('y1'), servedBy: ['HEALTH' as const] }, emptyFacts('y2')];

  it('decides from a fresh assertion for this request, viewer and purpose, without asking the registry', async () => {
    const registry = await registryClosingIdleSockets();
    const source = httpFactsSource({ registryUrl: registry.url, signer, registryKeys });
    const assertion = await signFactsAssertion(registrySigner, { ...request, viewer }, asserted);
    expect(await source.load(viewer, ['y2', 'y1'], { ...request, assertion })).toEqual([asserted[1], asserted[0]]);
    expect(registry.answered()).toBe(0);
  });

  it.each([
    ['for another request', { requestId: 'r-2' }, ['y1']],
    ['for another purpose', { purpose: 'PROSECUTION' }, ['y1']],
    ['for another viewer', { viewer: { ...viewer, sub: 'sw-2' } }, ['y1']],
    ['lacking a youth asked', {}, ['y1', 'y3']],
    ['signed with another key under the same kid', { key: otherRegistry }, ['y1']],
    ["signed with this subgraph's own key", { key: signer }, ['y1']],
  ] as const)('fetches its own facts given an assertion %s', async (_label, over, ids) => {
    const registry = await registryClosingIdleSockets();
    const refused: string[] = [];
    const source = httpFactsSource({
      registryUrl: registry.url,
      signer,
      registryKeys,
      onAssertionRefused: (reason) => refused.push(reason),
    });
    const by = { ...request, viewer, ...over };
    const assertion = await signFactsAssertion('key' in over ? over.key : registrySigner, by, asserted);
    expect(await source.load(viewer, [...ids], { ...request, assertion })).toEqual(ids.map((id) => emptyFacts(id)));
    expect(registry.answered()).toBe(1);
    expect(refused).toHaveLength(1);
  });
});
