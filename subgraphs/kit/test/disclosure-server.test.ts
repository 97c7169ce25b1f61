import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyFacts, type YouthFacts } from '@hub/policies';
import { accountingId, readChain, verifyChain } from '../src/audit.ts';
import { accountingPage, createSubgraphServer, type Database, type SubgraphServer } from '../src/index.ts';
import {
  createTestKeys,
  gatewayRequest,
  issueTestToken,
  openTestDatabase,
  TEST_ENGINES,
  testDeps,
  type TestKeys,
} from '../src/testing/index.ts';

// A tiny agency subgraph, to watch what the kit writes to the log for each request.
const typeDefs = /* GraphQL */ `
  type Query {
    ping: String
  }
  type Accounting @key(fields: "id") {
    id: ID!
    probation(first: Int = 50, after: String): DisclosurePage
  }
  type Youth @key(fields: "id") {
    id: ID!
    probation: ProbationRecord
  }
  type ProbationRecord {
    officer: String @sensitive(category: PROBATION)
    petition: String @sensitive(category: DELINQUENCY)
    treatment: String @sensitive(category: SUBSTANCE_USE)
  }
`;
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const SECRET = 'Officer Quill, Tuesdays';

describe.each(TEST_ENGINES)('disclosure records written by the kit, on %s', (engine) => {
  let facts: (id: string) => YouthFacts;
  let keys: TestKeys;
  let database: Database;
  let server: SubgraphServer;
  let url: string;
  let token: string;
  let auditor: string;

  beforeAll(async () => {
    keys = await createTestKeys();
    database = await openTestDatabase(engine, fileURLToPath(new URL('./fixtures/migrations', import.meta.url)));
    server = await createSubgraphServer({
      name: 'probation',
      agency: 'PROBATION',
      typeDefs,
      resolvers: {
        Query: { ping: () => 'pong' },
        Accounting: { __resolveReference: (r: { id: string }) => r, probation: accountingPage },
        Youth: {
          __resolveReference: (r: { id: string }) => ({ id: r.id }),
          probation: (y: { id: string }) => ({ youthId: y.id }),
        },
        ProbationRecord: {
          officer: () => SECRET,
          petition: () => 'J-2026-0042',
          treatment: () => 'outpatient, weekly',
        },
      },
      database,
      ...(await testDeps(keys, { load: async (_v, ids) => ids.map((id) => facts(id)) })),
      log: () => {},
    });
    url = (await server.listen(0)).url;
    token = await issueTestToken(keys, {
      id: 'pd-1',
      name: 'P. D.',
      agency: 'PUBLIC_DEFENDER',
      role: 'PUBLIC_DEFENDER',
    });
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });
  beforeEach(() => {
    // The defender's agency serves A; B is a stranger to the defender.
    facts = (id) => ({ ...emptyFacts(id), servedBy: id === A ? ['PUBLIC_DEFENDER'] : [] });
  });

  const ask = (fields: string, ids: string[], purpose?: string) =>
    gatewayRequest(
      url,
      {
        query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { probation { ${fields} } } } }`,
        variables: { r: ids.map((id) => ({ __typename: 'Youth', id })) },
      },
      { token, key: keys.gatewayPrivate, audience: 'probation', ...(purpose ? { purpose } : {}) },
    );

  async function rowsSince(seq: number) {
    const rows = [];
    for await (const row of readChain(database)) if (row.seq > seq) rows.push(row);
    return rows;
  }

  it('writes one row per youth with the categories released and denied, in one INSERT per request', async () => {
    const start = (await server.disclosureLog.head())?.seq ?? 0;
    const statements = database.logStatementCount;
    const { json } = await ask('officer petition treatment', [A, B]);
    expect(json.data._entities[0].probation).toMatchObject({ officer: SECRET, treatment: null });
    const rows = await rowsSince(start);
    expect(
      rows.map((r) => [r.youthId, [...r.released].sort(), [...r.denied].sort(), r.viewerSub, r.viewerRole, r.purpose]),
    ).toEqual([
      [A, ['DELINQUENCY', 'PROBATION'], ['SUBSTANCE_USE'], 'pd-1', 'PUBLIC_DEFENDER', 'CARE_COORDINATION'],
      [B, [], ['DELINQUENCY', 'PROBATION', 'SUBSTANCE_USE'], 'pd-1', 'PUBLIC_DEFENDER', 'CARE_COORDINATION'],
    ]);
    expect(new Set(rows.map((r) => r.requestId)).size).toBe(1);
    expect(rows.every((r) => r.policyVersion.length > 0 && r.access === 'RECORD')).toBe(true);
    // One transaction (a lock, the chain head, one INSERT): the same for one youth or fifty.
    expect(database.logStatementCount - statements).toBeLessThanOrEqual(5);
    expect(verifyChain(await rowsSince(0)).firstBroken).toBeNull();
  });

  it('logs a request that was denied everything', async () => {
    const start = (await server.disclosureLog.head())?.seq ?? 0;
    await ask('officer', [B]);
    expect((await rowsSince(start)).map((r) => [r.youthId, r.released, r.denied])).toEqual([[B, [], ['PROBATION']]]);
  });

  it('writes nothing for a request that touches no youth', async () => {
    const start = (await server.disclosureLog.head())?.seq ?? 0;
    const { json } = await gatewayRequest(
      url,
      { query: '{ ping }' },
      { token, key: keys.gatewayPrivate, audience: 'probation' },
    );
    expect(json.data.ping).toBe('pong');
    expect(await rowsSince(start)).toEqual([]);
  });

  it('releases nothing when the record cannot be written, and says so', async () => {
    await database.rows(sql`create or replace function refuse_log() returns trigger language plpgsql as $$
      begin raise exception 'tablespace full'; end $$`);
    await database.rows(sql`create trigger refuse_log before insert on disclosure_log execute function refuse_log()`);
    try {
      const { status, json } = await ask('officer petition treatment', [A]);
      expect(status).toBe(200);
      expect(json).toEqual({
        data: null,
        errors: [
          {
            message: 'The disclosure could not be recorded, so nothing was released',
            extensions: { code: 'DISCLOSURE_NOT_RECORDED', subgraph: 'probation' },
          },
        ],
      });
      expect(JSON.stringify(json)).not.toContain('Quill');
      expect(JSON.stringify(json)).not.toContain('tablespace');
    } finally {
      await database.rows(sql`drop trigger refuse_log on disclosure_log`);
    }
    const { json } = await ask('officer', [A]);
    expect(json.data._entities[0].probation.officer).toBe(SECRET);
  });
});

describe.each(TEST_ENGINES)('the accounting of disclosures, on %s', (engine) => {
  // A log with known rows: two viewers, two youths, then the accounting read back.
  let keys: TestKeys;
  let database: Database;
  let server: SubgraphServer;
  let url: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    keys = await createTestKeys();
    database = await openTestDatabase(engine, fileURLToPath(new URL('./fixtures/migrations', import.meta.url)));
    server = await createSubgraphServer({
      name: 'probation',
      agency: 'PROBATION',
      typeDefs,
      resolvers: {
        Accounting: { __resolveReference: (r: { id: string }) => r, probation: accountingPage },
        Youth: { __resolveReference: (r: { id: string }) => r, probation: (y: { id: string }) => ({ youthId: y.id }) },
        ProbationRecord: { officer: () => SECRET },
      },
      database,
      ...(await testDeps(keys, {
        load: async (_v, ids) => ids.map((id) => ({ ...emptyFacts(id), servedBy: ['PROBATION'] })),
      })),
      log: () => {},
    });
    url = (await server.listen(0)).url;
    tokens.po = await issueTestToken(keys, {
      id: 'po-nguyen',
      name: 'PO',
      agency: 'PROBATION',
      role: 'PROBATION_OFFICER',
    });
    tokens.other = await issueTestToken(keys, {
      id: 'po-other',
      name: 'PO2',
      agency: 'PROBATION',
      role: 'PROBATION_OFFICER',
    });
    tokens.shah = await issueTestToken(keys, {
      id: 'privacy-shah',
      name: 'PS',
      agency: 'HUB',
      role: 'PRIVACY_OFFICER',
    });
    const read = (who: string, id: string) =>
      gatewayRequest(
        url,
        {
          query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { probation { officer } } } }`,
          variables: { r: [{ __typename: 'Youth', id }] },
        },
        { token: tokens[who]!, key: keys.gatewayPrivate, audience: 'probation' },
      );
    for (const [who, id] of [
      ['po', A],
      ['other', A],
      ['po', B],
      ['po', A],
      ['other', A],
    ] as const)
      await read(who, id);
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  const accounting = (who: string, filter: Parameters<typeof accountingId>[0], args = '', purpose?: string) =>
    gatewayRequest(
      url,
      {
        query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Accounting {
          probation${args} { totalCount hasNextPage endCursor entries { seq agency viewerSub purpose access youthId released denied hash } } } } }`,
        variables: { r: [{ __typename: 'Accounting', id: accountingId(filter) }] },
      },
      { token: tokens[who]!, key: keys.gatewayPrivate, audience: 'probation', ...(purpose ? { purpose } : {}) },
    );

  it('gives a privacy officer under AUDIT every access to the youth, newest first, metadata only', async () => {
    const { json } = await accounting('shah', { youthId: A }, '', 'AUDIT');
    const page = json.data._entities[0].probation;
    expect(page.totalCount).toBe(4);
    expect(page.entries.map((e: any) => e.viewerSub)).toEqual(['po-other', 'po-nguyen', 'po-other', 'po-nguyen']);
    expect(page.entries[0]).toMatchObject({
      agency: 'PROBATION',
      access: 'RECORD',
      released: ['PROBATION'],
      denied: [],
    });
    expect(JSON.stringify(json)).not.toContain('Quill');
  });

  it('filters by viewer and by dates, and pages with a cursor', async () => {
    const mine = await accounting('shah', { youthId: A, viewerSub: 'po-nguyen' }, '(first: 1)', 'AUDIT');
    const first = mine.json.data._entities[0].probation;
    expect(first).toMatchObject({ totalCount: 2, hasNextPage: true });
    const next = await accounting(
      'shah',
      { youthId: A, viewerSub: 'po-nguyen' },
      `(first: 1, after: "${first.endCursor}")`,
      'AUDIT',
    );
    const second = next.json.data._entities[0].probation;
    expect(second).toMatchObject({ totalCount: 2, hasNextPage: false });
    expect(second.entries[0].seq).toBeLessThan(first.entries[0].seq);
    const future = await accounting('shah', { youthId: A, from: '2999-01-01' }, '', 'AUDIT');
    expect(future.json.data._entities[0].probation).toMatchObject({ totalCount: 0, entries: [] });
    const past = await accounting('shah', { youthId: A, to: '2000-01-01' }, '', 'AUDIT');
    expect(past.json.data._entities[0].probation.totalCount).toBe(0);
  });

  it('shows anyone else only their own accesses, whatever filter they send', async () => {
    const own = await accounting('po', { youthId: A });
    expect(own.json.data._entities[0].probation.entries.map((e: any) => e.viewerSub)).toEqual([
      'po-nguyen',
      'po-nguyen',
    ]);
    const someoneElse = await accounting('po', { youthId: A, viewerSub: 'po-other' });
    expect(someoneElse.json.data._entities[0].probation).toMatchObject({ totalCount: 0, entries: [] });
    // A privacy officer outside the AUDIT purpose is an ordinary viewer here: only their own reads.
    const notAudit = await accounting('shah', { youthId: A });
    const entries = notAudit.json.data._entities[0].probation.entries;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e: any) => e.viewerSub === 'privacy-shah' && e.access === 'ACCOUNTING')).toBe(true);
  });

  it("logs each read of the accounting in the agency's own log", async () => {
    const before = (await server.disclosureLog.head())!.seq;
    await accounting('shah', { youthId: B }, '', 'AUDIT');
    const rows = [];
    for await (const row of readChain(database)) if (row.seq > before) rows.push(row);
    expect(rows.map((r) => [r.viewerSub, r.purpose, r.access, r.youthId, r.released, r.denied])).toEqual([
      ['privacy-shah', 'AUDIT', 'ACCOUNTING', B, [], []],
    ]);
  });

  it('pages a statement up to 1,000 rows and any other accounting read up to 200, refused to others', async () => {
    const statement = await accounting('shah', { youthId: A, statement: true }, '(first: 1000)', 'AUDIT');
    expect(statement.json.errors).toBeUndefined();
    expect(statement.json.data._entities[0].probation.totalCount).toBeGreaterThan(0);
    const tooMany = await accounting('shah', { youthId: A, statement: true }, '(first: 1001)', 'AUDIT');
    expect(tooMany.json.errors[0]).toMatchObject({
      message: 'first must be between 1 and 1000',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const screen = await accounting('shah', { youthId: A }, '(first: 201)', 'AUDIT');
    expect(screen.json.errors[0].message).toBe('first must be between 1 and 200');
    // A statement's larger page is for privacy officers under AUDIT only, as the statement is.
    const worker = await accounting('po', { youthId: A, statement: true }, '(first: 1000)');
    expect(worker.json.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(worker.json.data._entities[0].probation).toBeNull();
  });

  it('counts the rows only when totalCount is asked, and reads a later page by the youth and seq alone', async () => {
    const page = (fields: string, args = '(first: 1)') =>
      gatewayRequest(
        url,
        {
          query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Accounting { probation${args} { ${fields} } } } }`,
          variables: { r: [{ __typename: 'Accounting', id: accountingId({ youthId: A, statement: true }) }] },
        },
        { token: tokens.shah!, key: keys.gatewayPrivate, audience: 'probation', purpose: 'AUDIT' },
      );
    const statements = async (fields: string) => {
      const before = database.logStatementCount;
      const { json } = await page(fields);
      expect(json.errors).toBeUndefined();
      return { n: database.logStatementCount - before, json };
    };
    const withCount = await statements('totalCount entries { seq }');
    const without = await statements('entries { seq }');
    expect(withCount.n - without.n).toBe(1);
    // The next page through the cursor: the keyset on (youth_id, seq), newest first, no row twice.
    const first = (await page('endCursor entries { seq }')).json.data._entities[0].probation;
    const next = (await page('entries { seq }', `(first: 1000, after: "${first.endCursor}")`)).json.data._entities[0]
      .probation;
    expect(next.entries.every((e: { seq: number }) => e.seq < first.entries[0].seq)).toBe(true);
    const seqs = next.entries.map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
  });

  it('refuses a malformed filter or cursor clearly', async () => {
    const bad = await accounting('shah', { youthId: A }, '(first: 1, after: "nope")', 'AUDIT');
    expect(bad.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(() => accountingId({ youthId: A, from: 'yesterday' })).toThrow(/ISO 8601/);
  });
});
