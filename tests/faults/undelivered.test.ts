import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committedSupergraph } from '@hub/schema';
import { createUserTokenVerifier } from '@hub/protocol';
import { createHubGateway, DEFAULT_LIMITS, type HubGateway } from '@hub/gateway';
import { startHub, type Hub } from '../src/hub.ts';

// Issue 15, item 2: Health answers, logs its part as released, but too late for the gateway; the
// viewer gets null and "health is unavailable". The accounting keeps Health's row (what Health
// released) and shows next to it that this part never reached the viewer.
let hub: Hub;
let gateway: HubGateway;
let proxy: Server;
const DELAY_MS = 2500;

/** Forwards to the real health subgraph, then holds its answer past the gateway's timeout. */
async function slowProxy(target: string): Promise<string> {
  const to = new URL(target);
  proxy = createServer((req, res) => {
    const upstream = request(
      { host: to.hostname, port: to.port, path: to.pathname, method: req.method, headers: req.headers },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () =>
          setTimeout(() => {
            if (res.writableEnded || res.destroyed) return;
            res.writeHead(answer.statusCode ?? 502, answer.headers).end(Buffer.concat(chunks));
          }, DELAY_MS),
        );
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', () => r()));
  return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}${to.pathname}`;
}

beforeAll(async () => {
  hub = await startHub({ youths: 20 });
  gateway = await createHubGateway({
    supergraphSdl: committedSupergraph(),
    subgraphUrls: { ...hub.subgraphUrls, health: await slowProxy(hub.subgraphUrls.health!) },
    signingKey: hub.keys.gatewayPrivate,
    verifyUser: createUserTokenVerifier({ issuer: hub.keys.issuer, audience: hub.keys.audience, jwks: hub.keys.jwks }),
    limits: { ...DEFAULT_LIMITS, upstreamTimeoutMs: 1000 },
    log: () => {},
  });
});
afterAll(async () => {
  await gateway?.close();
  proxy?.closeAllConnections();
  proxy?.close();
  await hub?.close();
});

const READ = `query ($id: ID!) { youth(id: $id) { displayName health { physicalHealth { primaryClinician } } } }`;
const ACCOUNTING = `query ($id: ID!) {
  accountingOfDisclosures(youthId: $id) {
    health { entries { requestId access released } }
    undelivered { requestId agency reportedAt }
  }
}`;

describe('a part that left the agency but never reached the viewer', () => {
  it('is marked undelivered in the accounting, next to the agency’s own row of what it released', async () => {
    const record = hub.world.health.find((h) =>
      hub.world.teams.some((t) => t.youthId === h.youthId && t.members.some((m) => m.personId === 'clin-okafor')),
    );
    if (!record) throw new Error('no youth in the synthetic world fits: widen the world');
    const { url } = await gateway.listen(0);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.token('clin-okafor')}` },
      body: JSON.stringify({ query: READ, variables: { id: record.youthId } }),
    });
    const requestId = response.headers.get('x-request-id');
    const answer = (await response.json()) as { data: { youth: { health: unknown } }; errors: { message: string }[] };
    expect(answer.data.youth.health).toBeNull();
    expect(answer.errors.map((e) => e.message)).toContain('health is unavailable; its part of the record is missing');

    // Health finishes, logs, and answers (too late); the gateway has reported the part undelivered.
    let accounting: {
      health: { entries: { requestId: string; access: string; released: string[] }[] };
      undelivered: { requestId: string; agency: string }[];
    } = { health: { entries: [] }, undelivered: [] };
    for (let i = 0; i < 40; i++) {
      await new Promise((r) => setTimeout(r, 250));
      const { json } = await hub.query('privacy-shah', ACCOUNTING, { id: record.youthId }, { purpose: 'AUDIT' });
      accounting = json.data.accountingOfDisclosures;
      if (accounting.health.entries.some((e) => e.requestId === requestId) && accounting.undelivered.length) break;
    }
    const released = accounting.health.entries.find((e) => e.requestId === requestId && e.access === 'RECORD');
    expect(released?.released).toContain('PHYSICAL_HEALTH');
    expect(accounting.undelivered).toEqual([
      expect.objectContaining({ requestId, agency: 'HEALTH', reportedAt: expect.any(String) }),
    ]);

    // The clinician's own accounting shows it too; another viewer's does not.
    const own = await hub.query('clin-okafor', ACCOUNTING, { id: record.youthId });
    expect(own.json.data.accountingOfDisclosures.undelivered.map((u: { requestId: string }) => u.requestId)).toEqual([
      requestId,
    ]);
    const other = await hub.query('sw-garcia', ACCOUNTING, { id: record.youthId });
    expect(other.json.data.accountingOfDisclosures.undelivered).toEqual([]);
  });

  it('the registry refuses a report the gateway did not sign', async () => {
    const url = new URL('/delivery-failures', hub.subgraphUrls.mdt);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.token('sw-garcia')}` },
      body: JSON.stringify({ subgraph: 'health', youthIds: [hub.world.youths[0]!.id] }),
    });
    expect(response.status).toBe(401);
  });
});
