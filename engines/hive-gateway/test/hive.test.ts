import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { committedSupergraph } from '@hub/schema';
import { locateSubgraphs } from '@hub/gateway';
import { testDeps } from '@hub/subgraph-kit/testing';
import { startHub, type Hub } from '@hub/tests/hub';
import { VISIBILITY_QUERY } from '@hub/tests/visibility-query';
import { PERSONAS } from '@hub/synthetic';
import { createHubHiveGateway, type HubHiveGateway } from '../src/index.ts';

// The hub's real subgraphs (each over its own database), served once by the hub's gateway and once
// by Hive Gateway with the signer plugin: same data, same denials, no shared answers.
let hub: Hub;
let hive: HubHiveGateway;
let hiveUrl: string;

beforeAll(async () => {
  hub = await startHub({ youths: 40 });
  const deps = await testDeps(hub.keys);
  hive = createHubHiveGateway({
    supergraphSdl: committedSupergraph(),
    subgraphUrls: hub.subgraphUrls,
    signingKey: hub.keys.gatewayPrivate,
    verifyUser: deps.verifyUser,
  });
  hiveUrl = (await hive.listen(0)).url;
});
afterAll(async () => {
  await hive?.close();
  await hub?.close();
});

async function viaHive(
  personaId: string | null,
  query: string,
  variables?: Record<string, unknown>,
  opts: { purpose?: string; method?: string } = {},
) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (personaId) headers.authorization = `Bearer ${await hub.token(personaId)}`;
  if (opts.purpose) headers['x-purpose-of-use'] = opts.purpose;
  const method = opts.method ?? 'POST';
  const response = await fetch(`${hiveUrl}/graphql`, {
    method,
    headers,
    ...(method === 'POST' ? { body: JSON.stringify({ query, variables }) } : {}),
  });
  return { status: response.status, json: (await response.json()) as any };
}

type GqlError = { path?: (string | number)[]; extensions?: { code?: string; reason?: string; ruleId?: string } };

/** An answer as the contract defines it: the data, each denial at its path, the obligations. */
function contract(json: any) {
  return {
    data: json.data,
    denied: ((json.errors ?? []) as GqlError[])
      .map(
        (e) =>
          `${(e.path ?? []).join('.')}: ${e.extensions?.code} ${e.extensions?.reason ?? ''} (${e.extensions?.ruleId ?? ''})`,
      )
      .sort(),
    obligations: ((json.extensions?.obligations ?? []) as { code: string }[]).map((o) => o.code).sort(),
  };
}

describe('Hive Gateway with the hub signer', () => {
  it('serves every persona the same data, denials and obligations as the hub gateway (the visibility-matrix query)', async () => {
    const id = hub.world.youths[1]!.id;
    let denials = 0;
    for (const { id: personaId } of PERSONAS) {
      const ours = await hub.query(personaId, VISIBILITY_QUERY, { id });
      const theirs = await viaHive(personaId, VISIBILITY_QUERY, { id });
      expect(theirs.status, personaId).toBe(ours.status);
      expect(contract(theirs.json), personaId).toEqual(contract(ours.json));
      denials += contract(theirs.json).denied.length;
    }
    // The comparison is worth something only if the answers hold denials.
    expect(denials).toBeGreaterThan(10);
  });

  it('carries the 42 CFR 2.32 notice a subgraph attaches to a Part 2 release to the client', async () => {
    const youthId = hub.world.youths[0]!.id; // probation serves this youth (tests/hub/part2.test.ts)
    const su = `query ($id: ID!) { youth(id: $id) { health { substanceUse { programName } } } }`;
    const recorded = await hub.query(
      'sw-garcia',
      `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      {
        input: {
          youthId,
          grantor: 'YOUTH',
          categories: ['SUBSTANCE_USE'],
          recipientAgencies: ['PROBATION'],
          purposes: ['CARE_COORDINATION'],
          effectiveFrom: new Date(Date.now() - 60_000).toISOString(),
          formReference: 'SUD-ROI-42CFR2-0002',
        },
      },
    );
    expect(recorded.json.errors).toBeUndefined();
    const ours = await hub.query('po-nguyen', su, { id: youthId });
    const theirs = await viaHive('po-nguyen', su, { id: youthId });
    expect(theirs.json.data.youth.health.substanceUse.programName).toBeTruthy();
    expect(contract(theirs.json)).toEqual(contract(ours.json));
    expect(contract(theirs.json).obligations).toEqual(['PART2_REDISCLOSURE_NOTICE']);
  });

  it('never hands one viewer another viewer’s answer, however many ask the same thing at once', async () => {
    const id = hub.world.youths[1]!.id;
    const alone = {
      sw: contract((await viaHive('sw-garcia', VISIBILITY_QUERY, { id })).json),
      mentor: contract((await viaHive('mentor-lee', VISIBILITY_QUERY, { id })).json),
    };
    expect(alone.sw).not.toEqual(alone.mentor);
    const pairs = await Promise.all(
      Array.from({ length: 10 }, () =>
        Promise.all([viaHive('sw-garcia', VISIBILITY_QUERY, { id }), viaHive('mentor-lee', VISIBILITY_QUERY, { id })]),
      ),
    );
    for (const [sw, mentor] of pairs) {
      expect(contract(sw.json)).toEqual(alone.sw);
      expect(contract(mentor.json)).toEqual(alone.mentor);
    }
  });

  it('refuses what the hub gateway refuses before planning: no token, a bad token, GET, an unknown purpose', async () => {
    const query = '{ youths(first: 1) { totalCount } }';
    expect((await viaHive(null, query)).status).toBe(401);
    const forged = await fetch(`${hiveUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer abc.def.ghi' },
      body: JSON.stringify({ query }),
    });
    expect(forged.status).toBe(401);
    expect((await viaHive('sw-garcia', query, undefined, { method: 'GET' })).status).toBe(405);
    const purpose = await viaHive('sw-garcia', query, undefined, { purpose: 'MARKETING' });
    expect(purpose.status).toBe(400);
    expect(purpose.json.errors[0].message).toMatch(/X-Purpose-Of-Use/);
  });

  it('keeps the limits the hub gateway sets: no introspection, depth, aliases, field repeats', async () => {
    const introspection = await viaHive('sw-garcia', '{ __schema { types { name } } }');
    expect(JSON.stringify(introspection.json)).not.toMatch(/"types":\[/);
    expect(introspection.json.errors?.length).toBeGreaterThan(0);
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: __typename`).join(' ');
    expect((await viaHive('sw-garcia', `{ ${aliases} }`)).json.errors?.[0]?.message).toMatch(/alias/i);
    const repeats = Array.from({ length: 12 }, () => 'id').join(' ');
    const repeated = await viaHive('sw-garcia', `{ youths(first: 1) { edges { node { ${repeats} } } } }`);
    expect(repeated.json.errors?.length).toBeGreaterThan(0);
    expect(repeated.json.data ?? null).toBeNull();
  });

  it('without the plugin fails closed: every subgraph refuses the unsigned requests', async () => {
    const { sdl } = locateSubgraphs(committedSupergraph(), (name) => hub.subgraphUrls[name]);
    const bare = createGatewayRuntime({ supergraph: sdl, logging: false, maskedErrors: true });
    const server = createServer(bare);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await hub.token('sw-garcia')}`,
        },
        body: JSON.stringify({ query: `{ youth(id: "${hub.world.youths[1]!.id}") { displayName } }` }),
      });
      const json = (await response.json()) as any;
      expect(json.data?.youth ?? null).toBeNull();
      expect(json.errors?.length).toBeGreaterThan(0);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await bare.dispose();
    }
  });

  // The one known difference, stated with the test that shows it (gateway/README.md): in a list of
  // entities fetched in one batch, Hive Gateway puts the denials at the wrong list index.
  it('puts denials inside a list of entities at other indexes than the hub gateway (a known Hive limitation)', async () => {
    const query = `{ youths(first: 30) { edges { node { id childWelfare { caseNumber } } } } }`;
    const ours = await hub.query('clin-okafor', query);
    const theirs = await viaHive('clin-okafor', query);
    const indexes = (json: any) =>
      ((json.errors ?? []) as GqlError[]).map((e) => e.path?.[2]).sort((a, b) => Number(a) - Number(b));
    // Same data and the same number of denials...
    expect(theirs.json.data).toEqual(ours.json.data);
    expect(indexes(theirs.json)).toHaveLength(indexes(ours.json).length);
    expect(indexes(ours.json).length).toBeGreaterThan(1);
    // ...but not at the same places: a client that reads denials by path must use the hub gateway.
    expect(indexes(theirs.json)).not.toEqual(indexes(ours.json));
  });
});
