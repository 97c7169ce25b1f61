import { sql } from 'drizzle-orm';
import { createHash, randomUUID } from 'node:crypto';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committedSupergraph, loadSupergraphConfig } from '@hub/schema';
import { signServiceToken } from '@hub/protocol';
import { gatewayRequest, issueTestToken, type GraphQLBody } from '@hub/subgraph-kit/testing';
import { startHub, type Hub } from '../src/hub.ts';
import { expectNothingInternal } from './src/http.ts';

// Attacks on the subgraphs themselves, bypassing the gateway: each subgraph must tell a gateway
// request from anything else, and decide for itself even when the gateway's signature is real.
let hub: Hub;
let unlinked: string; // a youth po-nguyen has no link to
beforeAll(async () => {
  hub = await startHub({ youths: 12 });
  unlinked = hub.world.youths.find(
    (y) =>
      !y.localIds.PROBATION &&
      !hub.world.teams.find((t) => t.youthId === y.id)?.members.some((m) => m.personId === 'po-nguyen'),
  )!.id;
});
afterAll(() => hub?.close());

/** One classified field per subgraph, as its part of `Youth`. */
const PART: Record<string, { selection: string; path: string[]; category: string; agency: string }> = {
  mdt: { selection: 'displayName', path: ['displayName'], category: 'IDENTITY', agency: 'HUB' },
  'child-welfare': {
    selection: 'childWelfare { caseNumber }',
    path: ['childWelfare', 'caseNumber'],
    category: 'CHILD_WELFARE_CASE',
    agency: 'CHILD_WELFARE',
  },
  health: {
    selection: 'health { substanceUse { status } }',
    path: ['health', 'substanceUse'],
    category: 'SUBSTANCE_USE',
    agency: 'HEALTH',
  },
  probation: {
    selection: 'probation { supervision { status } }',
    path: ['probation', 'supervision'],
    category: 'PROBATION',
    agency: 'PROBATION',
  },
  education: {
    selection: 'education { schoolOfRecord { schoolName } }',
    path: ['education', 'schoolOfRecord'],
    category: 'EDUCATION',
    agency: 'EDUCATION',
  },
  'district-attorney': {
    selection: 'districtAttorney { cases { role } }',
    path: ['districtAttorney', 'cases'],
    category: 'VICTIM_WITNESS',
    agency: 'DISTRICT_ATTORNEY',
  },
  'public-defender': {
    selection: 'publicDefender { matters { kind } }',
    path: ['publicDefender', 'matters'],
    category: 'DELINQUENCY',
    agency: 'PUBLIC_DEFENDER',
  },
  'law-enforcement': {
    selection: 'lawEnforcement { investigations { status } }',
    path: ['lawEnforcement', 'investigations'],
    category: 'LAW_ENFORCEMENT_RECORDS',
    agency: 'LAW_ENFORCEMENT',
  },
};
const SUBGRAPHS = Object.keys(PART);
const entities = (name: string): GraphQLBody => ({
  query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { id ${PART[name]!.selection} } } }`,
  variables: { r: [{ __typename: 'Youth', id: unlinked }] },
});
const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');
const UNAUTHORIZED = { errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] };

async function send(name: string, body: GraphQLBody, over: Parameters<typeof gatewayRequest>[2] | object = {}) {
  const answer = await gatewayRequest(hub.subgraphUrls[name]!, body, {
    token: await hub.token('po-nguyen'),
    key: hub.keys.gatewayPrivate,
    audience: name,
    ...over,
  });
  expectNothingInternal(JSON.stringify(answer.json));
  return answer;
}

it('attacks every subgraph of schema/supergraph.config.json (a new subgraph needs its PART entry)', () => {
  expect([...SUBGRAPHS].sort()).toEqual(
    loadSupergraphConfig()
      .map((s) => s.name)
      .sort(),
  );
});

describe.each(SUBGRAPHS)('a direct call to %s', (name) => {
  it('without a gateway signature: 401, no data, no _service SDL', async () => {
    for (const body of [entities(name), { query: '{ _service { sdl } }' }]) {
      expect(await send(name, body, { signature: null })).toMatchObject({ status: 401, json: UNAUTHORIZED });
    }
  });

  it('with a replayed signature: the first use answers, the replay is 401', async () => {
    const first = await send(name, entities(name));
    expect(first.status).toBe(200);
    expect(await send(name, entities(name), { signature: first.signature })).toMatchObject({
      status: 401,
      json: UNAUTHORIZED,
    });
  });

  it('with an expired signature made with the real gateway key: 401', async () => {
    const body = JSON.stringify(entities(name));
    const old = Math.floor(Date.now() / 1000) - 600;
    const signature = await new SignJWT({
      bh: sha256(body),
      uth: sha256(await hub.token('po-nguyen')),
      rid: randomUUID(),
      pou: 'CARE_COORDINATION',
    })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('csec-mdt-hub-gateway')
      .setAudience(name)
      .setIssuedAt(old)
      .setExpirationTime(old + 60)
      .setJti(randomUUID())
      .sign(hub.keys.gatewayPrivate);
    expect(await send(name, entities(name), { signature })).toMatchObject({ status: 401, json: UNAUTHORIZED });
  });

  it('with a signature made for another subgraph (wrong audience): 401', async () => {
    const other = SUBGRAPHS.find((s) => s !== name)!;
    expect(await send(name, entities(name), { audience: other })).toMatchObject({ status: 401, json: UNAUTHORIZED });
  });

  it('with a forged signature (another Ed25519 key, or HS256 over the public key): 401', async () => {
    const { privateKey } = await generateKeyPair('EdDSA');
    expect(await send(name, entities(name), { key: privateKey })).toMatchObject({ status: 401, json: UNAUTHORIZED });
    const body = JSON.stringify(entities(name));
    const hmac = await new SignJWT({
      bh: sha256(body),
      uth: sha256(await hub.token('po-nguyen')),
      rid: randomUUID(),
      pou: 'CARE_COORDINATION',
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('csec-mdt-hub-gateway')
      .setAudience(name)
      .setIssuedAt()
      .setExpirationTime('60s')
      .setJti(randomUUID())
      .sign(new TextEncoder().encode(JSON.stringify(hub.keys.gatewayPublicJwk)));
    expect(await send(name, entities(name), { signature: hmac })).toMatchObject({ status: 401, json: UNAUTHORIZED });
  });

  it('with a real signature over another body or another purpose: 401', async () => {
    expect(await send(name, entities(name), { signBody: '{"query":"{ __typename }"}' })).toMatchObject({ status: 401 });
    expect(await send(name, entities(name), { purpose: 'EMERGENCY', signPurpose: 'CARE_COORDINATION' })).toMatchObject({
      status: 401,
    });
  });

  it('with a real signature but a forged user token: 401', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await issueTestToken(
      hub.keys,
      { id: 'sw-garcia', name: 'Dana Garcia', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' },
      { key: privateKey },
    );
    expect(await send(name, entities(name), { token: forged })).toMatchObject({ status: 401, json: UNAUTHORIZED });
  });

  it('with a real signature, introspection is still refused', async () => {
    const { status, json } = await send(name, { query: '{ __schema { types { name } } }' });
    expect(status).toBe(400);
    expect(json.data).toBeUndefined();
    expect(json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(json.errors[0].message).toMatch(/introspection is not allowed/);
  });

  it('with a real signature, a forged _entities representation of an unlinked youth is denied NOT_ON_TEAM, whatever it claims', async () => {
    const part = PART[name]!;
    const plain = await send(name, entities(name));
    const forgedFields = {
      __typename: 'Youth',
      id: unlinked,
      servedBy: ['PROBATION'],
      team: { onTeam: true, role: 'PROBATION_OFFICER' },
      onTeam: true,
      consents: [{ categories: [part.category], recipientAgencies: ['PROBATION'], status: 'ACTIVE' }],
      displayName: 'forged',
    };
    const forged = await send(name, { ...entities(name), variables: { r: [forgedFields] } });
    for (const answer of [plain, forged]) {
      expect(answer.status).toBe(200);
      const youth = answer.json.data._entities[0];
      expect(youth.id).toBe(unlinked);
      const value = part.path.reduce((v: any, k) => v?.[k], youth);
      expect(value ?? null).toBeNull();
      expect(answer.json.errors).toHaveLength(1);
      expect(answer.json.errors[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_ON_TEAM',
        category: part.category,
        agency: part.agency,
      });
    }
    expect(forged.json).toEqual(plain.json);
  });

  it('with a real signature, a representation of a type that is not an entity, or an id that is not one, releases nothing', async () => {
    const part = PART[name]!;
    const notEntity = await send(name, {
      query: 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }',
      variables: { r: [{ __typename: 'Consent', id: randomUUID(), youthId: unlinked }] },
    });
    expect(notEntity.json.data?._entities?.[0] ?? null).toBeNull();
    expect(notEntity.json.errors.length).toBeGreaterThan(0);
    const sqlId = await send(name, {
      ...entities(name),
      variables: { r: [{ __typename: 'Youth', id: "' or 1=1 --" }] },
    });
    const value = part.path.reduce((v: any, k) => v?.[k], sqlId.json.data?._entities?.[0]);
    expect(value ?? null).toBeNull();
    expect(sqlId.json.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ON_TEAM' });
  });
});

describe('federation values a client could forge', () => {
  it("no youth field @requires another subgraph's value: a representation carries only the key, which each subgraph decides on itself", () => {
    // The supergraph defines join__field's `requires` argument. The one use is the live chain
    // verification's: each agency is handed the registry's latest checkpoints through the gateway
    // (ChainAudit.<agency> requires ChainAudit.checkpoints). It releases no record and decides no
    // access; a gateway that forged them could only make the privacy console's verdict wrong, which
    // `npm run audit:verify` (reading the registry itself) would not be (docs/architecture.md).
    const sdl = committedSupergraph();
    expect(sdl).toContain('requires: join__FieldSet');
    expect(sdl).not.toMatch(/provides: "|@requires\(|@provides\(/);
    const uses = [...sdl.matchAll(/^\s*(\w+): (\w+) @join__field\([^)]*requires: "([^"]*)"/gm)].map((m) => [
      m[2],
      m[3],
    ]);
    expect(uses.length).toBeGreaterThan(0);
    for (const [type, requires] of uses) {
      expect(type).toBe('ChainVerification');
      expect(requires).toBe('checkpoints { agency seq hash checkpointedAt }');
    }
  });
});

describe("the registry's service routes", () => {
  const factsBody = () =>
    JSON.stringify({
      viewer: { sub: 'sw-garcia', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' },
      youthIds: [unlinked],
    });
  const call = async (path: string, body: string, authorization?: string) => {
    const response = await fetch(new URL(path, hub.subgraphUrls.mdt), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body,
    });
    const text = await response.text();
    expectNothingInternal(text);
    return { status: response.status, text };
  };

  it('answers access facts to a subgraph with a fresh service token (the control)', async () => {
    const body = factsBody();
    const { status, text } = await call(
      '/access-facts',
      body,
      `Bearer ${await signServiceToken(await hub.signer('health'), body)}`,
    );
    expect(status).toBe(200);
    expect(JSON.parse(text).facts[0].youthId).toBe(unlinked);
  });

  it.each([
    ['no token', async () => undefined],
    [
      "a token naming health signed with education's own key",
      async (body: string) =>
        `Bearer ${await signServiceToken({ ...(await hub.signer('education')), service: 'health' }, body)}`,
    ],
    [
      "a token naming health signed with a key nobody lists, under health's kid",
      async (body: string) =>
        `Bearer ${await signServiceToken(
          { ...(await hub.signer('not-a-service')), service: 'health', kid: (await hub.signer('health')).kid },
          body,
        )}`,
    ],
    [
      'a token naming the registry itself',
      async (body: string) => `Bearer ${await signServiceToken(await hub.signer('mdt'), body)}`,
    ],
    [
      'a token naming an unknown service',
      async (body: string) => `Bearer ${await signServiceToken(await hub.signer('evil'), body)}`,
    ],
    ['a token bound to another body', async () => `Bearer ${await signServiceToken(await hub.signer('health'), '{}')}`],
    ["the gateway's user token", async () => `Bearer ${await hub.token('privacy-shah')}`],
  ])('refuses access facts with %s: 401, no facts', async (_label, make) => {
    const body = factsBody();
    const { status, text } = await call('/access-facts', body, await make(body));
    expect(status).toBe(401);
    expect(text).not.toContain(unlinked);
  });

  it('refuses a replayed service token', async () => {
    const body = factsBody();
    const token = `Bearer ${await signServiceToken(await hub.signer('health'), body)}`;
    expect((await call('/access-facts', body, token)).status).toBe(200);
    expect((await call('/access-facts', body, token)).status).toBe(401);
  });

  it('refuses a checkpoint without a service token', async () => {
    const body = JSON.stringify({ seq: 1, hash: '0'.repeat(64), at: new Date().toISOString() });
    expect((await call('/checkpoints', body)).status).toBe(401);
  });

  it("refuses a forged checkpoint of probation's chain signed with health's own key, and keeps none", async () => {
    const body = JSON.stringify({ seq: 999_999, hash: 'f'.repeat(64), at: new Date().toISOString() });
    const forged = `Bearer ${await signServiceToken({ ...(await hub.signer('health')), service: 'probation' }, body)}`;
    expect((await call('/checkpoints', body, forged)).status).toBe(401);
    const kept = await hub.databases.mdt!.rows<{ n: number }>(
      sql`select count(*)::int as n from log_checkpoint where subgraph = 'probation' and seq = 999999`,
    );
    expect(kept[0]!.n).toBe(0);
  });
});
