import { createHash } from 'node:crypto';
import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committedSupergraph, loadSupergraphConfig } from '@hub/schema';
import { createUserTokenVerifier } from '@hub/protocol';
import { createDemoIdentityProvider, createHubGateway, DEFAULT_LIMITS, type HubGateway } from '../src/server.ts';

// The gateway's own limits, over HTTP, with no subgraph running: everything here is decided before
// a subgraph is asked. A request that passes the limits reaches for its subgraph and finds it
// unavailable (nothing listens at the port below, in this suite's range), which is how a test tells
// "accepted" from "refused". `__typename` is answered by the gateway itself.
const NOWHERE = 'http://127.0.0.1:4599/graphql';
let gateway: HubGateway;
let url: string;
let token: string;
let other: string;

beforeAll(async () => {
  const demo = await createDemoIdentityProvider('https://idp.test', 'csec-mdt-hub', [
    { id: 'sw-test', name: 'Test Worker', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' },
    { id: 'po-test', name: 'Test Officer', agency: 'PROBATION', role: 'PROBATION_OFFICER' },
  ]);
  token = await demo.issue('sw-test');
  other = await demo.issue('po-test');
  gateway = await createHubGateway({
    supergraphSdl: committedSupergraph(),
    subgraphUrls: Object.fromEntries(loadSupergraphConfig().map((s) => [s.name, NOWHERE])),
    signingKey: (await generateKeyPair('EdDSA')).privateKey,
    verifyUser: createUserTokenVerifier({ issuer: demo.issuer, audience: demo.audience, jwks: demo.jwks }),
    log: () => {},
  });
  ({ url } = await gateway.listen(0));
});
afterAll(() => gateway?.close());

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as any };
}
const messages = (json: { errors?: { message: string }[] }) => (json.errors ?? []).map((e) => e.message);
const costRefusal = /^Query Cost limit of 30000 exceeded, found \d+(\.\d+)?\.$/;

/** Refused before planning: 400, no data, exactly one error, a validation failure. */
function expectRefused(answer: { status: number; json: any }, message: RegExp) {
  expect(answer.status).toBe(400);
  expect(answer.json.data).toBeUndefined();
  expect(messages(answer.json)).toHaveLength(1);
  expect(messages(answer.json)[0]).toMatch(message);
  expect(answer.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
}
/** Passed the limits: planned and sent to the subgraph, which is not there. */
function expectAccepted(answer: { status: number; json: any }) {
  expect(answer.status).toBe(200);
  expect(answer.json.errors.map((e: any) => e.extensions.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
}

// A youth's record with three agencies' timelines: weighed at 2,283 a youth inside a page, so a
// page of two passes the limit of 30,000 and the default page of twenty (45,650) does not.
const EVENT = '{ id date agency category kind summary }';
const RECORD = `id displayName preferredName dateOfBirth
  childWelfare { caseNumber placements { kind startDate } runawayEpisodes { leftOn } csecIndicators { indicator }
    timeline { childWelfareCase ${EVENT} placement ${EVENT} runaway ${EVENT} csecIndicators ${EVENT} safetyPlan ${EVENT} } }
  health { mentalHealth { treatmentStatus } substanceUse { status }
    timeline { mentalHealth ${EVENT} substanceUse ${EVENT} sexualHealth ${EVENT} physicalHealth ${EVENT} } }
  probation { supervision { status } timeline { probation ${EVENT} delinquency ${EVENT} csecIndicators ${EVENT} } }
  education { schoolOfRecord { schoolName } }`;

describe('the cost limit weighs what the resolvers will be asked', () => {
  it('weighs a page size given in a variable as the variable, not as 1', async () => {
    const query = `query ($n: Int) { youths(first: $n) { edges { node { ${RECORD} } } } }`;
    expectRefused(await post({ query, variables: { n: 100 } }), costRefusal);
    expectAccepted(await post({ query, variables: { n: 2 } }));
  });

  it('weighs the same page written as a literal the same (the variable is no way around it)', async () => {
    const literal = await post({ query: `{ youths(first: 100) { edges { node { ${RECORD} } } } }` });
    const variable = await post({
      query: `query ($n: Int!) { youths(first: $n) { edges { node { ${RECORD} } } } }`,
      variables: { n: 100 },
    });
    expectRefused(literal, costRefusal);
    expect(variable).toEqual(literal);
  });

  it('weighs a page argument left out at its default (youths: 20)', async () => {
    expectRefused(await post({ query: `{ youths { edges { node { ${RECORD} } } } }` }), costRefusal);
    expectRefused(
      await post({ query: `query ($n: Int) { youths(first: $n) { edges { node { ${RECORD} } } } }` }),
      costRefusal,
    );
    // A variable's own default is the value the resolver gets.
    expectRefused(
      await post({ query: `query ($n: Int = 60) { youths(first: $n) { edges { node { ${RECORD} } } } }` }),
      costRefusal,
    );
    expectAccepted(await post({ query: `{ youths(first: 2) { edges { node { ${RECORD} } } } }` }));
  });

  it('weighs a list inside a page by the page (each youth has its own lists)', async () => {
    // About 510 a youth: its placements and three of its timeline's lists.
    const event = '{ id date agency category kind }';
    const lists = `childWelfare { placements { kind startDate }
      timeline { placement ${event} runaway ${event} csecIndicators ${event} } }`;
    const one = `query ($n: Int!) { youths(first: $n) { edges { node { id ${lists} } } } }`;
    expectAccepted(await post({ query: one, variables: { n: 5 } }));
    expectRefused(await post({ query: one, variables: { n: 100 } }), costRefusal);
  });

  it('adds up aliases of a page each sized by its own variable', async () => {
    const aliased = `query ($a: Int!, $b: Int!, $c: Int!) {
      a: youths(first: $a) { edges { node { ${RECORD} } } }
      b: youths(first: $b) { edges { node { ${RECORD} } } }
      c: youths(first: $c) { edges { node { ${RECORD} } } } }`;
    expectAccepted(await post({ query: aliased, variables: { a: 1, b: 1, c: 1 } }));
    expectRefused(await post({ query: aliased, variables: { a: 20, b: 20, c: 20 } }), costRefusal);
  });

  it('weighs the paged lists of the accounting at their size, given or defaulted (50)', async () => {
    const page = 'totalCount entries { at viewerSub viewerName viewerRole purpose access released denied }';
    const all = ['registry', 'childWelfare', 'health', 'probation', 'education', 'districtAttorney', 'publicDefender'];
    const id = '00000000-0000-4000-8000-000000000000';
    // `args(field)`: the arguments of that agency's page. Seven pages of fifty pass; of 200, not.
    const query = (args: (field: string) => string) =>
      `query ($id: ID!, $n: Int) { accountingOfDisclosures(youthId: $id) { ${all.map((f) => `${f}${args(f)} { ${page} }`).join(' ')} } }`;
    const defaulted = query(() => '').replace(', $n: Int', '');
    expectAccepted(await post({ query: defaulted, variables: { id } }));
    expectRefused(await post({ query: query(() => '(first: $n)'), variables: { id, n: 200 } }), costRefusal);
    expectAccepted(await post({ query: query(() => '(first: $n)'), variables: { id, n: 20 } }));
  });

  it('leaves a variable that cannot be coerced to execution, which refuses it before anything runs', async () => {
    const answer = await post({ query: 'query ($n: Int) { youths(first: $n) { totalCount } }', variables: { n: 'x' } });
    expect(answer.status).toBe(400);
    expect(answer.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('the other limits', () => {
  it('counts aliases of __typename toward the alias limit', async () => {
    const fifteen = Array.from({ length: 15 }, (_, i) => `t${i}: __typename`).join(' ');
    expect((await post({ query: `{ ${fifteen} }` })).json.data.t14).toBe('Query');
    expectRefused(
      await post({ query: `{ ${fifteen} t15: __typename }` }),
      /^Aliases limit of 15 exceeded, found 16\.$/,
    );
  });

  it('says a directive-limit refusal once, whatever else the directives break', async () => {
    const directives = '@include(if: true) '.repeat(DEFAULT_LIMITS.maxDirectives + 1);
    expectRefused(
      await post({ query: `{ me { sub ${directives} } }` }),
      /^Directives limit of 20 exceeded, found 21\.$/,
    );
  });

  it('still names a document that breaks graphql rules and no limit', async () => {
    const answer = await post({ query: '{ __typename @skip(if: false) @skip(if: false) }' });
    expect(answer.status).toBe(400);
    expect(messages(answer.json)).toEqual(['The directive "@skip" can only be used once at this location.']);
  });

  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON ; charset=UTF-8'])(
    'accepts the media type application/json as %s',
    async (type) => {
      expect(await post({ query: '{ __typename }' }, { 'content-type': type })).toEqual({
        status: 200,
        json: { data: { __typename: 'Query' } },
      });
    },
  );

  it.each(['application/jsonfoo', 'application/json-seq', 'application/json5', 'text/json', 'application/graphql'])(
    'refuses the media type %s (only application/json is accepted)',
    async (type) => {
      const answer = await post({ query: '{ __typename }' }, { 'content-type': type });
      expect(answer.status).toBe(415);
      expect(answer.json.errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    },
  );
});

describe('automatic persisted queries', () => {
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  const hashOnly = (query: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: sha(query) } } });

  it('are off: a hash one user registered tells another nothing (the same refusal as a hash never sent)', async () => {
    const sent = '{ sent: __typename }';
    const registered = await post({ query: sent, ...hashOnly(sent) });
    const probe = await post(hashOnly(sent), { authorization: `Bearer ${other}` });
    const never = await post(hashOnly('{ never: __typename }'), { authorization: `Bearer ${other}` });
    const own = await post(hashOnly(sent));
    // Apollo Server answers 200 so that an APQ client falls back to sending the query text.
    const refusal = {
      status: 200,
      json: {
        errors: [{ message: 'PersistedQueryNotSupported', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } }],
      },
    };
    for (const answer of [registered, probe, never, own]) expect(answer).toEqual(refusal);
  });

  it('leave the plain request working (what an APQ client falls back to)', async () => {
    expect((await post({ query: '{ sent: __typename }' })).json).toEqual({ data: { sent: 'Query' } });
  });
});
