import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyFacts } from '@hub/policies';
import { createSubgraphServer, type Database, type SubgraphServer } from '../src/index.ts';
import {
  createTestKeys,
  gatewayRequest,
  issueTestToken,
  openTestDatabase,
  TEST_ENGINES,
  testDeps,
  type TestKeys,
} from '../src/testing/index.ts';

// A subgraph whose resolvers hand their text arguments to the database, as a search or a mutation
// does. A NUL character is refused by the kit, naming the argument, before the database sees it
// (Postgres cannot hold one: its error read as "<subgraph> is unavailable").
const typeDefs = /* GraphQL */ `
  type Query {
    echo(search: String, tags: [String!]): String
    byId(id: ID!): String
  }
  input NoteInput {
    youthId: ID!
    text: String!
  }
  type Mutation {
    note(input: NoteInput!, reason: String!): String
  }
`;

describe.each(TEST_ENGINES)('text arguments with a NUL character, on %s', (engine) => {
  let keys: TestKeys;
  let database: Database;
  let server: SubgraphServer;
  let url: string;
  let token: string;
  const seen: string[] = [];
  const echo = async (text: string) => {
    seen.push(text);
    const [row] = await database.rows<{ s: string }>(sql`select ${text}::text as s`);
    return row!.s;
  };

  beforeAll(async () => {
    keys = await createTestKeys();
    database = await openTestDatabase(engine, fileURLToPath(new URL('./fixtures/migrations', import.meta.url)));
    server = await createSubgraphServer({
      name: 'probation',
      agency: 'PROBATION',
      typeDefs,
      resolvers: {
        Query: {
          echo: (_: unknown, a: { search?: string; tags?: string[] }) => echo([a.search, ...(a.tags ?? [])].join(' ')),
          byId: (_: unknown, a: { id: string }) => echo(a.id),
        },
        Mutation: {
          note: (_: unknown, a: { input: { text: string }; reason: string }) => echo(a.input.text + a.reason),
        },
      },
      database,
      ...(await testDeps(keys, { load: async (_v, ids) => ids.map((id) => emptyFacts(id)) })),
      log: () => {},
    });
    url = (await server.listen(0)).url;
    token = await issueTestToken(keys, { id: 'po-1', name: 'P. O.', agency: 'PROBATION', role: 'PROBATION_OFFICER' });
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });

  const send = (query: string, variables?: Record<string, unknown>) =>
    gatewayRequest(
      url,
      { query, ...(variables ? { variables } : {}) },
      { token, key: keys.gatewayPrivate, audience: 'probation' },
    );
  const refusal = (argument: string) => ({
    status: 200,
    json: {
      errors: [
        { message: `${argument} must not contain a NUL character (\\u0000)`, extensions: { code: 'BAD_USER_INPUT' } },
      ],
    },
  });

  it('answers text without one', async () => {
    const { json } = await send('query ($s: String) { echo(search: $s) }', { s: 'Rivera' });
    expect(json).toEqual({ data: { echo: 'Rivera' } });
  });

  it.each([
    ['a variable', 'query ($s: String) { echo(search: $s) }', { s: 'Riv\u0000era' }, 'search'],
    ['a literal', 'query { echo(search: "Riv\\u0000era") }', undefined, 'search'],
    ['a literal, escaped with braces', 'query { echo(search: "Riv\\u{0}era") }', undefined, 'search'],
    ['a literal, as the character itself', 'query { echo(search: "Riv\u0000era") }', undefined, 'search'],
    ['an item of a list', 'query ($t: [String!]) { echo(tags: $t) }', { t: ['ok', '\u0000'] }, 'tags'],
    ['an ID', 'query ($id: ID!) { byId(id: $id) }', { id: '\u0000' }, 'id'],
    [
      "an input object's field",
      'mutation ($i: NoteInput!) { note(input: $i, reason: "r") }',
      { i: { youthId: 'y', text: 'a\u0000' } },
      'input.text',
    ],
    [
      'the second argument of a mutation',
      'mutation ($r: String!) { note(input: { youthId: "y", text: "t" }, reason: $r) }',
      { r: '\u0000' },
      'reason',
    ],
  ])(
    'refuses one in %s as BAD_USER_INPUT naming it, before any resolver runs',
    async (_label, query, variables, arg) => {
      const before = seen.length;
      const answer = await send(query, variables);
      expect({ status: answer.status, json: answer.json }).toEqual(refusal(arg));
      expect(seen.length).toBe(before);
    },
  );
});
