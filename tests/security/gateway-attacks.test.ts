import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committedSupergraph } from '@hub/schema';
import { createUserTokenVerifier } from '@hub/protocol';
import { readChain } from '@hub/subgraph-kit/audit';
import { issueTestToken } from '@hub/subgraph-kit/testing';
import { createDemoIdentityProvider, createHubGateway, type HubGateway } from '@hub/gateway';
import { PERSONAS } from '@hub/synthetic';
import { startHub, type Hub } from '../src/hub.ts';
import { expectRefused, post, send } from './src/http.ts';

// The attacks graphql-cop and the OWASP GraphQL cheat sheet list, and the federation-specific
// ones, against the gateway. Each test is one attack and asserts the behaviour it must meet.
// (tests/hub/bad-input.test.ts already covers malformed JSON, an oversized body, too many tokens,
// too deep, too many aliases on `me`, a plain GET, a plain batch and a missing or foreign token.)
let hub: Hub;
let youthId: string; // mentor-lee and sw-garcia are on this youth's team
const extra: HubGateway[] = [];
beforeAll(async () => {
  hub = await startHub({ youths: 12 });
  youthId = hub.world.youths[0]!.id;
});
afterAll(async () => {
  for (const g of extra) await g.close();
  await hub?.close();
});

const consentCount = async () =>
  Number((await hub.databases.mdt!.rows<{ n: number }>(sql`select count(*)::int as n from consent`))[0]!.n);
const recordConsent = (form: string) =>
  `mutation { recordConsent(input: { youthId: "${youthId}", grantor: YOUTH, categories: [EDUCATION], recipientAgencies: [DISTRICT_ATTORNEY], purposes: [CARE_COORDINATION], effectiveFrom: "${new Date(Date.now() - 3_600_000).toISOString()}", formReference: "${form}" }) { id } }`;

describe('introspection and suggestions (graphql-cop, OWASP)', () => {
  it('refuses __schema introspection outside demo mode', async () => {
    const answer = await post(hub, 'sw-garcia', { query: '{ __schema { types { name } } }' });
    expectRefused(answer, /introspection is not allowed/);
    expect(answer.text).not.toContain('ChildWelfareRecord');
  });

  it('refuses __type introspection outside demo mode', async () => {
    const answer = await post(hub, 'sw-garcia', { query: '{ __type(name: "HealthRecord") { fields { name } } }' });
    expectRefused(answer, /introspection is not allowed/);
    expect(answer.text).not.toContain('psychotherapyNotes');
  });

  it('allows introspection in demo mode only (the refusal above is the mode, not an accident)', async () => {
    const demo = await createDemoIdentityProvider(hub.keys.issuer, hub.keys.audience, PERSONAS);
    const gateway = await createHubGateway({
      supergraphSdl: committedSupergraph(),
      subgraphUrls: hub.subgraphUrls,
      signingKey: hub.keys.gatewayPrivate,
      verifyUser: createUserTokenVerifier({ issuer: hub.keys.issuer, audience: hub.keys.audience, jwks: demo.jwks }),
      demo,
      log: () => {},
    });
    extra.push(gateway);
    const { url } = await gateway.listen(0);
    const answer = await send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await demo.issue('sw-garcia')}` },
      body: JSON.stringify({ query: '{ __type(name: "Youth") { name } }' }),
    });
    expect(answer.json).toEqual({ data: { __type: { name: 'Youth' } } });
  });

  it('suggests no field names for a typo, at the root or inside a type', async () => {
    for (const query of [
      '{ youht(id: "x") { id } }',
      `{ youth(id: "${youthId}") { helth { id } } }`,
      '{ me { su } }',
    ]) {
      const answer = await post(hub, 'sw-garcia', { query });
      expectRefused(answer, /Cannot query field/);
      expect(answer.text).not.toMatch(/Did you mean|health|"sub"/);
    }
  });
});

describe('query cost attacks', () => {
  it('refuses a recursive fragment quickly', async () => {
    const started = Date.now();
    const answer = await post(hub, 'sw-garcia', {
      query: `{ youth(id: "${youthId}") { ...A } } fragment A on Youth { team { name } ...B } fragment B on Youth { ...A }`,
    });
    expectRefused(answer, /Cannot spread fragment "A" within itself via "B"/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a fragment explosion (each fragment spreading the next ten times) without expanding it', async () => {
    const chain = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Viewer { ${`...F${i + 1} `.repeat(10)}}`);
    const started = Date.now();
    const answer = await post(hub, 'sw-garcia', {
      query: `{ me { ...F0 } } ${chain.join(' ')} fragment F12 on Viewer { sub }`,
    });
    expect(answer.status).toBe(400);
    expect(answer.json.data).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(3000);
    // And the gateway still answers the next request.
    expect((await post(hub, 'sw-garcia', { query: '{ me { sub } }' })).json).toEqual({
      data: { me: { sub: 'sw-garcia' } },
    });
  });

  it('refuses 500 copies of one field (graphql-cop field duplication)', async () => {
    const answer = await post(hub, 'sw-garcia', { query: `query cop { ${'__typename '.repeat(500)}}` });
    expectRefused(answer, /Field "__typename" is repeated more than 10 times in one selection/);
  });

  it('refuses a youth record asked for with one field duplicated inside it', async () => {
    const answer = await post(hub, 'sw-garcia', {
      query: `{ youth(id: "${youthId}") { ${'displayName '.repeat(11)} } }`,
    });
    expectRefused(answer, /Field "displayName" is repeated more than 10 times/);
  });

  it('refuses a non-repeatable directive used twice (directive duplication)', async () => {
    const answer = await post(hub, 'sw-garcia', { query: '{ me { sub @skip(if: false) @skip(if: false) } }' });
    expectRefused(answer, /The directive "@skip" can only be used once at this location/);
  });

  it('refuses directive overloading past the limit', async () => {
    const fields = Array.from({ length: 21 }, (_, i) => `f${i}: sub @include(if: true)`).join(' ');
    const answer = await post(hub, 'sw-garcia', { query: `{ me { ${fields} } }` });
    expect(answer.status).toBe(400);
    expect(answer.json.data).toBeUndefined();
    expect(answer.json.errors.map((e: { message: string }) => e.message).join('\n')).toMatch(
      /Directives limit of 20 exceeded|Aliases limit of 15 exceeded/,
    );
    const directives = Array.from({ length: 21 }, () => '@include(if: true)').join(' ');
    expectRefused(
      await post(hub, 'sw-garcia', { query: `{ me { sub ${directives} } }` }),
      /Directives limit of 20 exceeded/,
    );
  });

  it('refuses query text over the character limit before parsing it', async () => {
    const answer = await post(hub, 'sw-garcia', { query: `{ me { sub } } ${'#'.repeat(20_001)}` });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      errors: [{ message: 'Query text over the limit of 20000 characters', extensions: { code: 'QUERY_TOO_LONG' } }],
    });
  });

  it('refuses alias overloading of a mutation, and nothing is recorded', async () => {
    const before = await consentCount();
    const aliased = Array.from({ length: 16 }, (_, i) =>
      recordConsent(`ALIAS-${i}`).replace('mutation { recordConsent', `a${i}: recordConsent`).replace(/ }$/, ''),
    );
    const answer = await post(hub, 'sw-garcia', { query: `mutation { ${aliased.join(' ')} }` });
    expectRefused(answer, /Aliases limit of 15 exceeded/);
    expect(await consentCount()).toBe(before);
  });

  it('refuses a batch of mutations, and nothing is recorded', async () => {
    const before = await consentCount();
    const answer = await post(hub, 'sw-garcia', [
      { query: recordConsent('BATCH-1') },
      { query: recordConsent('BATCH-2') },
    ]);
    expect(answer.status).toBe(400);
    expect(answer.json.errors[0].message).toBe('Batched requests are not accepted');
    expect(await consentCount()).toBe(before);
  });
});

// Issue 15: graphql-armor weighed only literal page sizes, so `first: $n` or a `first` left at its
// default cost as if it were 1. The same document is refused whichever way the size arrives.
describe('query cost with variables and defaults', () => {
  const EVENT = '{ id date agency category kind summary }';
  // About 2,400 a youth inside a page: the default page of twenty is over the limit of 30,000.
  const EVERYTHING = `id displayName preferredName dateOfBirth team { personId name agency role }
    childWelfare { caseNumber placements { kind startDate } runawayEpisodes { leftOn } csecIndicators { indicator }
      timeline { childWelfareCase ${EVENT} placement ${EVENT} runaway ${EVENT} csecIndicators ${EVENT} safetyPlan ${EVENT} } }
    health { mentalHealth { treatmentStatus } substanceUse { status }
      timeline { mentalHealth ${EVENT} substanceUse ${EVENT} sexualHealth ${EVENT} physicalHealth ${EVENT} } }
    probation { supervision { status } timeline { probation ${EVENT} delinquency ${EVENT} csecIndicators ${EVENT} } }
    education { schoolOfRecord { schoolName } }`;
  const page = (args: string) => `youths${args} { totalCount edges { node { ${EVERYTHING} } } }`;
  const costRefusal = /^Query Cost limit of 30000 exceeded, found \d+(\.\d+)?\.$/;
  const refusedAsCost = (answer: Awaited<ReturnType<typeof post>>) => {
    expectRefused(answer, costRefusal);
    expect(answer.json.errors).toHaveLength(1);
  };

  it('refuses a page size sent as a variable exactly as the same size written in the query', async () => {
    const literal = await post(hub, 'sw-garcia', { query: `{ ${page('(first: 50)')} }` });
    const variable = await post(hub, 'sw-garcia', {
      query: `query ($n: Int) { ${page('(first: $n)')} }`,
      variables: { n: 50 },
    });
    refusedAsCost(literal);
    expect(variable.json).toEqual(literal.json);
  });

  it('refuses a page left at its default (20), and a variable left at its own default', async () => {
    refusedAsCost(await post(hub, 'sw-garcia', { query: `{ ${page('')} }` }));
    refusedAsCost(await post(hub, 'sw-garcia', { query: `query ($n: Int) { ${page('(first: $n)')} }` }));
    refusedAsCost(await post(hub, 'sw-garcia', { query: `query ($n: Int = 50) { ${page('(first: $n)')} }` }));
  });

  it('weighs the lists inside each youth of a page (nested lists) by the page', async () => {
    // No free text in what comes back: `send` checks every answer for internal-looking words.
    const event = '{ id date agency category kind }';
    const nested = `query ($n: Int!) { youths(first: $n) { edges { node { childWelfare { placements { kind startDate }
      timeline { placement ${event} runaway ${event} csecIndicators ${event} } } } } } }`;
    refusedAsCost(await post(hub, 'sw-garcia', { query: nested, variables: { n: 100 } }));
    const small = await post(hub, 'sw-garcia', { query: nested, variables: { n: 2 } });
    expect(small.status).toBe(200);
    expect(small.json.data.youths.edges).toHaveLength(2);
  });

  it('adds up aliases of a page, however each gets its size', async () => {
    const six = `query ($a: Int!, $b: Int = 10) { ${[
      `a: ${page('(first: $a)')}`,
      `b: ${page('(first: $b)')}`,
      `c: ${page('(first: 10)')}`,
      `d: ${page('')}`,
      `e: ${page('(first: $a)')}`,
      `f: ${page('(first: $b)')}`,
    ].join(' ')} }`;
    refusedAsCost(await post(hub, 'sw-garcia', { query: six, variables: { a: 10 } }));
  });

  it('finds every page argument of the contract capped by the subgraph that serves it', async () => {
    // Whatever the gateway's cost lets through, a page is at most what its subgraph allows
    // (youths and the review queue 100, each accounting page 200, the member directory 500): one over and 0 are refused there,
    // naming the argument. Enumerated from the supergraph, so a new paged list is tried too.
    const schema = buildSchema(committedSupergraph());
    const tried: string[] = [];
    const paged: string[] = [];
    const wrong: string[] = [];
    // Each list asked by someone its rule lets read it (authority is checked before the page size).
    const ASKED_BY: Record<string, string> = {
      mdtReferralInbox: 'coord-ortiz',
      myMdtReferrals: 'sw-garcia',
      mdtMemberDirectory: 'coord-ortiz',
    };
    // Lists whose page may hold more than 200 (the roster's picker lists the whole directory at once).
    const OVER: Record<string, number> = { mdtMemberDirectory: 501 };
    const probe = async (
      label: string,
      query: string,
      variables: Record<string, unknown>,
      member: boolean | string = false,
      over = 201,
    ) => {
      const persona = typeof member === 'string' ? member : member ? 'sw-garcia' : 'privacy-shah';
      for (const first of [over, 0]) {
        const answer = await post(
          hub,
          persona,
          { query, variables: { ...variables, first } },
          persona === 'privacy-shah' ? { 'x-purpose-of-use': 'AUDIT' } : {},
        );
        const errors = (answer.json.errors ?? []) as { message: string; extensions: { code: string } }[];
        if (
          answer.status !== 200 ||
          errors.length !== 1 ||
          errors[0]!.extensions.code !== 'BAD_USER_INPUT' ||
          !/\bfirst\b/.test(errors[0]!.message)
        )
          wrong.push(`${label} first=${first}: ${answer.status} ${answer.text.slice(0, 200)}`);
      }
      tried.push(label);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields()))
        if (field.args.some((a) => a.name === 'first')) paged.push(`${type.name}.${field.name}`);
    }
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      if (!field.args.some((a) => a.name === 'first')) continue;
      await probe(
        `Query.${field.name}`,
        `query ($first: Int) { ${field.name}(first: $first) { __typename } }`,
        {},
        ASKED_BY[field.name] ?? false,
        OVER[field.name],
      );
    }
    const accounting = schema.getType('Accounting');
    if (isObjectType(accounting)) {
      for (const field of Object.values(accounting.getFields())) {
        if (!field.args.some((a) => a.name === 'first')) continue;
        await probe(
          `Accounting.${field.name}`,
          `query ($id: ID!, $first: Int) { accountingOfDisclosures(youthId: $id) { ${field.name}(first: $first) { __typename } } }`,
          { id: youthId },
        );
      }
    }
    // One viewer's rows in each agency (accessByViewer), as a privacy officer.
    const viewerAccess = schema.getType('ViewerAccess');
    if (isObjectType(viewerAccess)) {
      for (const field of Object.values(viewerAccess.getFields())) {
        if (!field.args.some((a) => a.name === 'first')) continue;
        await probe(
          `ViewerAccess.${field.name}`,
          `query ($first: Int) { accessByViewer(viewerSub: "sw-garcia") { ${field.name}(first: $first) { __typename } } }`,
          {},
        );
      }
    }
    // The youth's own paged lists (the registry's notes and action items), as a member of its team.
    const youth = schema.getType('Youth');
    if (isObjectType(youth)) {
      for (const field of Object.values(youth.getFields())) {
        if (!field.args.some((a) => a.name === 'first')) continue;
        await probe(
          `Youth.${field.name}`,
          `query ($id: ID!, $first: Int) { youth(id: $id) { ${field.name}(first: $first) { __typename } } }`,
          { id: youthId },
          true,
        );
      }
    }
    expect(paged.filter((p) => !tried.includes(p))).toEqual([]);
    expect(wrong.join('\n')).toBe('');
  });

  it("weighs the web app's caseload operation too (its page size is a variable)", async () => {
    // web/src/pages/Caseload.tsx's operation, as the app sends it.
    const caseload = `query Caseload($first: Int!, $after: String, $search: String) {
      youths(first: $first, after: $after, search: $search) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id displayName } } } }`;
    const sent = await post(hub, 'sw-garcia', { query: caseload, variables: { first: 20 } });
    expect(sent.json.errors).toBeUndefined();
    refusedAsCost(await post(hub, 'sw-garcia', { query: caseload, variables: { first: 100_000 } }));
  });

  it('counts aliases of __typename toward the alias limit', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `t${i}: __typename`).join(' ');
    expectRefused(
      await post(hub, 'sw-garcia', { query: `{ ${aliases} }` }),
      /^Aliases limit of 15 exceeded, found 16\.$/,
    );
  });

  it('says a directive-limit refusal once, not once per extra directive', async () => {
    const directives = Array.from({ length: 21 }, () => '@include(if: true)').join(' ');
    const answer = await post(hub, 'sw-garcia', { query: `{ me { sub ${directives} } }` });
    expectRefused(answer, /^Directives limit of 20 exceeded, found 21\.$/);
    expect(answer.json.errors).toHaveLength(1);
  });
});

// Issue 15: automatic persisted queries kept one cache for everyone, so a user could learn whether
// anyone had sent a given query text. They are off: every hash-only request gets the same refusal.
describe('automatic persisted queries', () => {
  const hashOnly = (query: string) => ({
    extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } },
  });

  it('tell a probe nothing about what another user sent', async () => {
    const text = `query Sent { youth(id: "${youthId}") { displayName } }`;
    await post(hub, 'sw-garcia', { query: text, ...hashOnly(text) });
    const probe = await post(hub, 'po-nguyen', hashOnly(text));
    const never = await post(hub, 'po-nguyen', hashOnly('query NeverSent { me { sub } }'));
    expect([probe.status, probe.json]).toEqual([never.status, never.json]);
    expect(probe.json).toEqual({
      errors: [{ message: 'PersistedQueryNotSupported', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } }],
    });
  });
});

// Issue 15: a NUL character reached Postgres, which refused it, and the answer read as an outage
// ("mdt is unavailable"). Every text argument of the contract is tried, each through the gateway;
// the subgraph that serves it refuses it as BAD_USER_INPUT naming the argument, before any resolver.
describe('a NUL character in every text argument', () => {
  const schema = buildSchema(committedSupergraph());
  const isText = (type: GraphQLInputType) => {
    const named = getNamedType(type);
    return isScalarType(named) && !['Int', 'Float', 'Boolean'].includes(named.name);
  };
  const hasText = (type: GraphQLInputType): boolean => {
    const named = getNamedType(type);
    return isText(type) || (isInputObjectType(named) && Object.values(named.getFields()).some((f) => hasText(f.type)));
  };
  const uuid = '00000000-0000-4000-8000-000000000001';
  /** A valid value of the type, every field of an input object filled. */
  const valid = (type: GraphQLInputType, name: string): unknown => {
    if (isNonNullType(type)) return valid(type.ofType, name);
    if (isListType(type)) return [valid(type.ofType, name)];
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (isInputObjectType(type))
      return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, valid(f.type, f.name)]));
    if (type.name === 'ID') return /youth/i.test(name) ? youthId : uuid;
    if (type.name === 'Int' || type.name === 'Float') return 1;
    if (type.name === 'Boolean') return false;
    if (/from|to$/i.test(name)) return new Date().toISOString();
    return 'x';
  };
  /** Each text position of an argument (itself, or its input object's text fields) with NUL in it. */
  const poisoned = (arg: GraphQLArgument): [string, unknown][] => {
    const named = getNamedType(arg.type);
    if (isInputObjectType(named)) {
      const base = valid(arg.type, arg.name) as Record<string, unknown>;
      return Object.values(named.getFields())
        .filter((f) => isText(f.type))
        .map((f) => [
          `${arg.name}.${f.name}`,
          {
            ...base,
            [f.name]: isListType(isNonNullType(f.type) ? f.type.ofType : f.type)
              ? ['\u0000']
              : `a\u0000${String(valid(f.type, f.name))}`,
          },
        ]);
    }
    const inner = `a\u0000b`;
    return [[arg.name, isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type) ? [inner] : inner]];
  };
  const selection = (field: GraphQLField<unknown, unknown>) =>
    isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  const call = (field: GraphQLField<unknown, unknown>) =>
    `${field.name}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})${selection(field)}`;
  const definitions = (field: GraphQLField<unknown, unknown>) =>
    field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');

  interface NulCase {
    label: string;
    query: string;
    variables: Record<string, unknown>;
    argument: string;
    persona: string;
    purpose?: string;
  }
  /** Built once the hub is up: the cases name a real youth. */
  function nulCases(): { cases: NulCase[]; covered: Set<string> } {
    const cases: NulCase[] = [];
    const covered = new Set<string>();
    for (const root of ['Query', 'Mutation'] as const) {
      const type = root === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args.filter((a) => hasText(a.type))) {
          for (const [argument, value] of poisoned(arg)) {
            const variables = Object.fromEntries(field.args.map((a) => [a.name, valid(a.type, a.name)]));
            variables[arg.name] = value;
            cases.push({
              label: `${root}.${field.name}(${argument})`,
              query: `${root === 'Query' ? 'query' : 'mutation'} (${definitions(field)}) { ${call(field)} }`,
              variables,
              argument,
              persona: 'sw-garcia',
            });
            covered.add(`${root}.${field.name}(${arg.name})`);
          }
        }
      }
    }
    // The accounting's pages, each served by its agency's subgraph, reached as a privacy officer.
    const accounting = schema.getType('Accounting');
    if (isObjectType(accounting)) {
      for (const field of Object.values(accounting.getFields())) {
        for (const arg of field.args.filter((a) => hasText(a.type))) {
          cases.push({
            label: `Accounting.${field.name}(${arg.name})`,
            query: `query ($id: ID!, $v: ${String(arg.type)}) { accountingOfDisclosures(youthId: $id) { ${field.name}(${arg.name}: $v) { totalCount } } }`,
            variables: { id: youthId, v: 'a\u0000b' },
            argument: arg.name,
            persona: 'privacy-shah',
            purpose: 'AUDIT',
          });
          covered.add(`Accounting.${field.name}(${arg.name})`);
        }
      }
    }
    // One viewer's rows in each agency (accessByViewer), reached as a privacy officer.
    const viewerAccess = schema.getType('ViewerAccess');
    if (isObjectType(viewerAccess)) {
      for (const field of Object.values(viewerAccess.getFields())) {
        for (const arg of field.args.filter((a) => hasText(a.type))) {
          cases.push({
            label: `ViewerAccess.${field.name}(${arg.name})`,
            query: `query ($v: ${String(arg.type)}) { accessByViewer(viewerSub: "sw-garcia") { ${field.name}(${arg.name}: $v) { totalCount } } }`,
            variables: { v: 'a\u0000b' },
            argument: arg.name,
            persona: 'privacy-shah',
            purpose: 'AUDIT',
          });
          covered.add(`ViewerAccess.${field.name}(${arg.name})`);
        }
      }
    }
    // Each agency's part of the youth (its timeline since a day), as a member of the youth's team.
    const youthType = schema.getType('Youth');
    if (isObjectType(youthType)) {
      for (const part of Object.values(youthType.getFields())) {
        const record = getNamedType(part.type);
        if (!isObjectType(record) || !record.name.endsWith('Record')) continue;
        for (const field of Object.values(record.getFields())) {
          for (const arg of field.args.filter((a) => hasText(a.type))) {
            cases.push({
              label: `${record.name}.${field.name}(${arg.name})`,
              query: `query ($id: ID!, $v: ${String(arg.type)}) { youth(id: $id) { ${part.name} { ${field.name}(${arg.name}: $v) { __typename } } } }`,
              variables: { id: youthId, v: 'a\u0000b' },
              argument: arg.name,
              persona: 'sw-garcia',
            });
            covered.add(`${record.name}.${field.name}(${arg.name})`);
          }
        }
      }
    }
    // The youth's own lists' text arguments (cursors), as a member of its team.
    const youth = schema.getType('Youth');
    if (isObjectType(youth)) {
      for (const field of Object.values(youth.getFields())) {
        for (const arg of field.args.filter((a) => hasText(a.type))) {
          cases.push({
            label: `Youth.${field.name}(${arg.name})`,
            query: `query ($id: ID!, $v: ${String(arg.type)}) { youth(id: $id) { ${field.name}(${arg.name}: $v) { __typename } } }`,
            variables: { id: youthId, v: 'a\u0000b' },
            argument: arg.name,
            persona: 'sw-garcia',
          });
          covered.add(`Youth.${field.name}(${arg.name})`);
        }
      }
    }
    return { cases, covered };
  }

  it('tries every text argument of the contract', () => {
    const { cases, covered } = nulCases();
    const all: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields()))
        for (const arg of field.args) if (hasText(arg.type)) all.push(`${type.name}.${field.name}(${arg.name})`);
    }
    expect(all.filter((a) => !covered.has(a))).toEqual([]);
    expect(cases.length).toBeGreaterThan(20);
  });

  it('refuses each as BAD_USER_INPUT naming the argument, never as an outage, and records nothing', async () => {
    const before = await consentCount();
    const wrong: string[] = [];
    for (const c of nulCases().cases) {
      const answer = await post(
        hub,
        c.persona,
        { query: c.query, variables: c.variables },
        c.purpose ? { 'x-purpose-of-use': c.purpose } : {},
      );
      const errors = (answer.json.errors ?? []) as { message: string; extensions: { code: string } }[];
      const named = errors.some(
        (e) =>
          e.extensions.code === 'BAD_USER_INPUT' &&
          e.message === `${c.argument} must not contain a NUL character (\\u0000)`,
      );
      const other = errors.filter((e) => e.extensions.code !== 'BAD_USER_INPUT');
      if (answer.status !== 200 || !named || other.length)
        wrong.push(`${c.label}: ${answer.status} ${answer.text.slice(0, 300)}`);
    }
    expect(wrong.join('\n')).toBe('');
    expect(await consentCount()).toBe(before);
  });
});

describe('CSRF', () => {
  it('refuses a mutation sent by GET, and nothing is recorded', async () => {
    const before = await consentCount();
    const answer = await send(hub, {
      method: 'GET',
      persona: 'sw-garcia',
      path: `/graphql?query=${encodeURIComponent(recordConsent('GET-1'))}`,
    });
    expect(answer.status).toBe(405);
    expect(answer.json.errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
    expect(await consentCount()).toBe(before);
  });

  it.each([
    ['application/x-www-form-urlencoded', (q: string) => `query=${encodeURIComponent(q)}`],
    ['text/plain', (q: string) => JSON.stringify({ query: q })],
    ['application/jsonfoo', (q: string) => JSON.stringify({ query: q })],
    [
      'multipart/form-data; boundary=x',
      (q: string) => `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${q}\r\n--x--`,
    ],
  ])(
    'refuses a mutation posted as %s (a simple request a foreign page can send), and nothing is recorded',
    async (type, body) => {
      const before = await consentCount();
      const answer = await send(hub, {
        method: 'POST',
        persona: 'sw-garcia',
        headers: { 'content-type': type },
        body: body(recordConsent('CSRF-1')),
      });
      expect(answer.status).toBe(415);
      expect(answer.json.errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(await consentCount()).toBe(before);
    },
  );

  it('records the same mutation sent properly (the refusals above are the transport, not the mutation)', async () => {
    const before = await consentCount();
    const answer = await post(hub, 'sw-garcia', { query: recordConsent('PROPER-1') });
    expect(answer.json.errors).toBeUndefined();
    expect(await consentCount()).toBe(before + 1);
  });
});

describe('unhandled-error disclosure', () => {
  const cursor = Buffer.from("' or 1=1 --").toString('base64url');
  it.each([
    [
      'a variable of the wrong shape',
      { query: 'query ($id: ID!) { youth(id: $id) { id } }', variables: { id: { $gt: '' } } },
      400,
      'BAD_USER_INPUT',
    ],
    ['a missing variable', { query: 'query ($id: ID!) { youth(id: $id) { id } }' }, 400, 'BAD_USER_INPUT'],
    [
      'an integer past 32 bits',
      { query: '{ youths(first: 99999999999) { totalCount } }' },
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'an unknown operation name',
      { query: 'query A { me { sub } }', operationName: 'B' },
      400,
      'OPERATION_RESOLUTION_FAILURE',
    ],
    [
      'two operations and no name',
      { query: 'query A { me { sub } } query B { me { name } }' },
      400,
      'OPERATION_RESOLUTION_FAILURE',
    ],
    ['a query that is not a string', { query: { '{ me { sub } }': 1 } }, 400, 'BAD_REQUEST'],
    ['a syntax error', { query: '{ me { sub }' }, 400, 'GRAPHQL_PARSE_FAILED'],
    ["graphql-cop's unhandled-error probe", { query: 'qwerty cop { abc }' }, 400, 'GRAPHQL_PARSE_FAILED'],
    ['SQL in a cursor', { query: `{ youths(first: 2, after: "${cursor}") { totalCount } }` }, 200, 'BAD_USER_INPUT'],
    ['a page past the maximum', { query: '{ youths(first: 1000) { totalCount } }' }, 200, 'BAD_USER_INPUT'],
    [
      'a page past the cost limit',
      { query: '{ youths(first: 100000) { totalCount } }' },
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
  ])('%s gets a plain error with no stack, trace, path, SQL or address', async (_label, body, status, code) => {
    const answer = await post(hub, 'sw-garcia', body);
    expect(answer.status).toBe(status);
    expect(answer.json.data ?? null).toBeNull();
    expect(answer.json.errors.length).toBeGreaterThan(0);
    for (const error of answer.json.errors) {
      expect(Object.keys(error.extensions)).toEqual(status === 200 ? ['code', 'serviceName'] : ['code']);
      expect(error.extensions.code).toBe(code);
    }
  });

  it('sends no tracing or timing extensions (graphql-cop trace mode)', async () => {
    const answer = await post(hub, 'sw-garcia', {
      query: `query cop { __typename youth(id: "${youthId}") { displayName } }`,
    });
    expect(answer.json.extensions).toBeUndefined();
    expect(answer.text).not.toMatch(/tracing|ftv1|duration/i);
  });

  it('finds nothing with SQL or wildcards in the caseload search', async () => {
    for (const search of ["%' or 1=1 --", '%', '_', "\\'; drop table youth; --"]) {
      const answer = await post(hub, 'sw-garcia', {
        query: 'query ($s: String) { youths(first: 50, search: $s) { totalCount } }',
        variables: { s: search },
      });
      expect(answer.json, search).toEqual({ data: { youths: { totalCount: 0 } } });
    }
  });
});

describe('identity comes from the verified token alone', () => {
  const spoofed = {
    'x-user-id': 'sw-garcia',
    'x-user': 'sw-garcia',
    'x-roles': 'CW_SOCIAL_WORKER,PRIVACY_OFFICER',
    'x-role': 'CW_SOCIAL_WORKER',
    'x-agency': 'CHILD_WELFARE',
    'x-viewer': JSON.stringify({ sub: 'sw-garcia', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' }),
    'x-forwarded-user': 'sw-garcia',
    'x-remote-user': 'sw-garcia',
    'x-hub-gateway-signature': 'forged.signature.value',
    'x-request-id': 'attacker-chosen-request-id',
  };

  it('ignores client-sent identity headers: a mentor stays a mentor, and the log says so', async () => {
    const answer = await post(
      hub,
      'mentor-lee',
      { query: `{ me { sub role agency } youth(id: "${youthId}") { childWelfare { placements { kind } } } }` },
      spoofed,
    );
    expect(answer.json.data).toEqual({
      me: { sub: 'mentor-lee', role: 'SURVIVOR_MENTOR', agency: 'COMMUNITY' },
      youth: { childWelfare: { placements: null } },
    });
    expect(answer.json.errors[0].extensions).toMatchObject({
      reason: 'CONSENT_REQUIRED',
      ruleId: 'placement.consent.mentor',
    });
    const requestId = answer.headers.get('x-request-id')!;
    expect(requestId).not.toBe('attacker-chosen-request-id');
    const rows = [];
    for await (const row of readChain(hub.databases['child-welfare']!)) if (row.requestId === requestId) rows.push(row);
    expect(rows.map((r) => [r.viewerSub, r.viewerRole, r.released, r.denied])).toEqual([
      ['mentor-lee', 'SURVIVOR_MENTOR', [], ['PLACEMENT']],
    ]);
    for await (const row of readChain(hub.databases['child-welfare']!))
      expect(row.requestId).not.toBe('attacker-chosen-request-id');
  });

  it('does not let identity headers stand in for a token', async () => {
    const answer = await post(hub, null, { query: '{ me { sub } }' }, spoofed);
    expect(answer.status).toBe(401);
    expect(answer.json.data).toBeUndefined();
  });

  it.each([
    [
      'signed with alg "none"',
      async () => {
        const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
        const exp = Math.floor(Date.now() / 1000) + 3600;
        return `${part({ alg: 'none' })}.${part({ sub: 'sw-garcia', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER', iss: hub.keys.issuer, aud: hub.keys.audience, exp })}.`;
      },
    ],
    [
      'signed with HS256 using the public key as the secret',
      () =>
        new SignJWT({ agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' })
          .setProtectedHeader({ alg: 'HS256', kid: 'test-1' })
          .setSubject('sw-garcia')
          .setIssuer(hub.keys.issuer)
          .setAudience(hub.keys.audience)
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(JSON.stringify(hub.keys.jwks.keys[0]))),
    ],
    [
      'expired an hour ago',
      () =>
        issueTestToken(
          hub.keys,
          { id: 'sw-garcia', name: 'Dana Garcia', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' },
          { expiresIn: Math.floor(Date.now() / 1000) - 3600 },
        ),
    ],
    [
      'issued for another audience',
      () =>
        issueTestToken(
          hub.keys,
          { id: 'sw-garcia', name: 'Dana Garcia', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' },
          { audience: 'another-app' },
        ),
    ],
    [
      'issued by another issuer',
      () =>
        issueTestToken(
          hub.keys,
          { id: 'sw-garcia', name: 'Dana Garcia', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' },
          { issuer: 'https://evil.invalid' },
        ),
    ],
    [
      'claiming a role its agency does not have',
      () => issueTestToken(hub.keys, { id: 'da-reyes', name: 'Luis Reyes', agency: 'HEALTH', role: 'PROSECUTOR' }),
    ],
  ])('refuses a user token %s with 401 and no data', async (_label, make) => {
    const token = await make();
    const answer = await post(hub, null, { query: '{ me { sub } }' }, { authorization: `Bearer ${token}` });
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual({
      errors: [{ message: 'Invalid or expired token', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });

  it('opens nothing with a purpose the role may not use (a mentor claiming AUDIT)', async () => {
    const answer = await post(
      hub,
      'mentor-lee',
      { query: `{ youth(id: "${youthId}") { displayName } }` },
      { 'x-purpose-of-use': 'AUDIT' },
    );
    expect(answer.json.data).toEqual({ youth: { displayName: null } });
    expect(answer.json.errors[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PURPOSE_NOT_PERMITTED',
      category: 'IDENTITY',
    });
  });
});

describe('youth enumeration', () => {
  // po-nguyen: not on these youths' teams, and probation does not serve them.
  const unlinked = () =>
    hub.world.youths.filter(
      (y) =>
        !y.localIds.PROBATION &&
        !hub.world.teams.find((t) => t.youthId === y.id)?.members.some((m) => m.personId === 'po-nguyen'),
    );
  const missing = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

  it('answers aliased look-ups of real and made-up youth ids alike: null, no error', async () => {
    const real = unlinked().slice(0, 7);
    expect(real.length).toBeGreaterThan(2);
    const ids = [...real.map((y) => y.id), ...real.map((_, i) => missing(i))];
    const query = `{ ${ids.map((id, i) => `y${i}: youth(id: "${id}") { id displayName health { substanceUse { status } } }`).join(' ')} }`;
    const answer = await post(hub, 'po-nguyen', { query });
    expect(answer.json).toEqual({ data: Object.fromEntries(ids.map((_, i) => [`y${i}`, null])) });
  });

  it('explains a real youth the viewer has no link to exactly as a made-up one', async () => {
    const q = 'query ($id: ID!) { accessExplanation(youthId: $id) { agency category allowed reason ruleId } }';
    const [real, fake] = await Promise.all([
      post(hub, 'po-nguyen', { query: q, variables: { id: unlinked()[0]!.id } }),
      post(hub, 'po-nguyen', { query: q, variables: { id: missing(99) } }),
    ]);
    expect(real.json).toEqual(fake.json);
    expect(real.json.data.accessExplanation.every((d: { allowed: boolean }) => !d.allowed)).toBe(true);
  });

  it('refuses more aliased look-ups than the alias limit', async () => {
    const query = `{ ${Array.from({ length: 16 }, (_, i) => `y${i}: youth(id: "${missing(i)}") { id }`).join(' ')} }`;
    expectRefused(await post(hub, 'po-nguyen', { query }), /Aliases limit of 15 exceeded/);
  });
});
