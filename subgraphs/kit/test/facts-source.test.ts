import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { serviceKey } from '@hub/protocol';
import { emptyFacts, type Viewer } from '@hub/policies';
import { httpFactsSource } from '../src/access/facts-source.ts';

const viewer: Viewer = { sub: 'sw-1', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' };
const key = serviceKey('a'.repeat(64));
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
    const source = httpFactsSource({ registryUrl: registry.url, service: 'health', key });
    expect(await source.load(viewer, ['y1'])).toEqual([emptyFacts('y1')]);
    // The second load goes out on the kept-alive socket, which the registry drops unread.
    expect(await source.load(viewer, ['y2'])).toEqual([emptyFacts('y2')]);
    expect(registry.answered()).toBe(2);
  });
});
