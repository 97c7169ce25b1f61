import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committedSupergraph } from '@hub/schema';
import { createUserTokenVerifier } from '@hub/protocol';
import type { SubgraphServer } from '@hub/subgraph-kit';
import { readChain } from '@hub/subgraph-kit/audit';
import { httpFactsSource } from '@hub/subgraph-kit/registry';
import { testDeps } from '@hub/subgraph-kit/testing';
import { createHubGateway, DEFAULT_LIMITS, type HubGateway } from '@hub/gateway';
import { AGENCY_SUBGRAPHS } from '../src/agencies.ts';
import { startHub, type Hub } from '../src/hub.ts';

// The registry's access facts failing: a second instance of every agency subgraph, over the same
// databases, asks its facts of a registry stand-in that forwards to the real registry (the
// control) or fails in one of several ways. Without facts nothing sensitive may be released.
type Mode = 'forward' | 'down' | 'slow' | 'error' | 'garbage' | 'other-youths' | 'truncated';
let mode: Mode = 'forward';
let hub: Hub;
let standIn: Server;
let gateway: HubGateway;
let url: string;
const agencies: SubgraphServer[] = [];

beforeAll(async () => {
  hub = await startHub({ youths: 10 });
  const registry = new URL(hub.subgraphUrls.mdt!);
  standIn = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (mode === 'down') return void req.socket.destroy();
      if (mode === 'slow') return; // never answers
      if (mode === 'error') return void res.writeHead(500).end('registry failure: could not connect to server');
      if (mode === 'garbage') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"facts": [');
      const forwarded = await fetch(new URL(req.url!, registry), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: req.headers.authorization! },
        body,
      });
      const answer = (await forwarded.json()) as { facts: { youthId: string }[] };
      if (mode === 'other-youths') answer.facts = answer.facts.map((f) => ({ ...f, youthId: hub.world.youths[9]!.id }));
      if (mode === 'truncated') answer.facts = answer.facts.slice(1);
      res.writeHead(forwarded.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((r) => standIn.listen(0, '127.0.0.1', () => r()));
  const standInUrl = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}/graphql`;
  const deps = await testDeps(hub.keys);
  const urls: Record<string, string> = { ...hub.subgraphUrls };
  for (const agency of AGENCY_SUBGRAPHS) {
    const facts = httpFactsSource({
      registryUrl: standInUrl,
      signer: await hub.signer(agency.name),
      registryKeys: deps.serviceKeys.keySet('mdt')!,
      timeoutMs: 1500,
    });
    const server = await agency.build(hub.databases[agency.name]!, { ...deps, facts });
    agencies.push(server);
    urls[agency.name] = (await server.listen(0)).url;
  }
  gateway = await createHubGateway({
    supergraphSdl: committedSupergraph(),
    subgraphUrls: urls,
    signingKey: hub.keys.gatewayPrivate,
    verifyUser: createUserTokenVerifier({ issuer: hub.keys.issuer, audience: hub.keys.audience, jwks: hub.keys.jwks }),
    limits: { ...DEFAULT_LIMITS, upstreamTimeoutMs: 6000 },
    log: () => {},
  });
  url = (await gateway.listen(0)).url;
});
afterAll(async () => {
  await gateway?.close();
  for (const s of agencies) await s.close();
  standIn?.closeAllConnections();
  standIn?.close();
  await hub?.close();
});

const RECORD = `query ($id: ID!) { youth(id: $id) {
  displayName
  childWelfare { caseNumber placements { kind } safetyPlan { summary } }
  health { physicalHealth { lastExamOn } mentalHealth { treatmentStatus } }
  probation { supervision { status } }
  education { schoolOfRecord { schoolName } }
  districtAttorney { cases { role } }
  publicDefender { matters { kind } }
} }`;
const AGENCY_FIELDS = ['childWelfare', 'health', 'probation', 'education', 'districtAttorney', 'publicDefender'];

async function read(persona = 'sw-garcia') {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.token(persona)}` },
    body: JSON.stringify({ query: RECORD, variables: { id: hub.world.youths[0]!.id } }),
  });
  return { status: response.status, text: await response.text(), requestId: response.headers.get('x-request-id')! };
}

/** Every classified value under the agency parts: what the viewer got of each agency's records. */
function agencyValues(youth: Record<string, Record<string, unknown> | null>) {
  return AGENCY_FIELDS.flatMap((f) => Object.values(youth[f] ?? {})).filter((v) => v !== null);
}

async function releasedRows(requestId: string) {
  const rows = [];
  for (const agency of AGENCY_SUBGRAPHS) {
    for await (const row of readChain(hub.databases[agency.name]!)) if (row.requestId === requestId) rows.push(row);
  }
  return rows;
}

describe('the registry as the source of access facts', () => {
  it('forwarding: the control read releases agency records (so the failures below are the facts, not the set-up)', async () => {
    mode = 'forward';
    const { text, requestId } = await read();
    const json = JSON.parse(text);
    expect(agencyValues(json.data.youth).length).toBeGreaterThan(3);
    expect((await releasedRows(requestId)).some((r) => r.released.length > 0)).toBe(true);
  });

  it.each<[Mode, string]>([
    ['down', 'refusing the connection'],
    ['slow', 'slower than the facts timeout'],
    ['error', 'answering 500'],
    ['garbage', 'answering broken JSON'],
    ['other-youths', 'answering with facts about another youth'],
    ['truncated', 'answering for fewer youths than asked'],
  ])('%s (%s): every agency field fails closed, nothing is released or logged as released', async (m) => {
    mode = m;
    const started = Date.now();
    const { status, text, requestId } = await read();
    expect(Date.now() - started).toBeLessThan(8000);
    expect(status).toBe(200);
    expect(text).not.toMatch(/registry|could not connect|127\.0\.0\.1|ECONNRESET|abort|JSON/i);
    const json = JSON.parse(text);
    // The registry's own subgraph reads its own facts; the youth itself is still there.
    expect(json.data.youth.displayName).toMatch(/^[A-Z]\. [A-Z]\.$/);
    expect(agencyValues(json.data.youth)).toEqual([]);
    for (const e of json.errors) {
      expect(['INTERNAL_SERVER_ERROR', 'SUBGRAPH_UNAVAILABLE']).toContain(e.extensions.code);
      expect(e.extensions.code).not.toBe('FORBIDDEN');
    }
    expect((await releasedRows(requestId)).filter((r) => r.released.length > 0)).toEqual([]);
  });

  it('recovers on the next request once the registry answers again', async () => {
    mode = 'forward';
    const json = JSON.parse((await read()).text);
    expect(agencyValues(json.data.youth).length).toBeGreaterThan(3);
  });
});
