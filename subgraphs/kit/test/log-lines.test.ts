import { fileURLToPath } from 'node:url';
import { formatWithOptions } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyFacts } from '@hub/policies';
import { createSubgraphServer, type Database, type SubgraphContext, type SubgraphServer } from '../src/index.ts';
import {
  createTestKeys,
  gatewayRequest,
  issueTestToken,
  openTestDatabase,
  TEST_ENGINES,
  testDeps,
  type Engine,
  type TestKeys,
} from '../src/testing/index.ts';

// Issue 15, item 13: what a subgraph prints when something fails names no youth, viewer, category
// or token. A failed postgres.js or PGlite query carries its text, parameters and `detail`, and a
// message may embed a value; the server logs `loggableError` of it only. Everything the process
// writes (console and the standard streams) is captured and searched.

const typeDefs = /* GraphQL */ `
  type Query {
    ping: String
  }
  type Youth @key(fields: "id") {
    id: ID!
    probation: ProbationRecord
  }
  type ProbationRecord {
    officer: String @sensitive(category: PROBATION)
    petition: String @sensitive(category: DELINQUENCY)
    treatment: String @sensitive(category: SUBSTANCE_USE)
    "Reads a table with the youth's id as a number: the database refuses, naming the value."
    broken: String @sensitive(category: PROBATION)
  }
`;
const YOUTH = '3f6b1c2e-8a4d-4e7b-9c1a-5d2e7f9a0b13';
const SUB = 'viewer-sub-7q2x';
const CATEGORIES = ['PROBATION', 'DELINQUENCY', 'SUBSTANCE_USE'];
const MIGRATIONS = fileURLToPath(new URL('./fixtures/migrations', import.meta.url));

describe.each(TEST_ENGINES)('what a subgraph logs when something fails, on %s', (engine: Engine) => {
  let keys: TestKeys;
  let database: Database;
  let server: SubgraphServer;
  let url: string;
  let token: string;
  let lines: string[];
  let closed: boolean;

  beforeEach(async () => {
    lines = [];
    closed = false;
    const capture = (...args: unknown[]) => void lines.push(formatWithOptions({ depth: Infinity }, ...args));
    for (const method of ['error', 'warn', 'log', 'info', 'debug'] as const)
      vi.spyOn(console, method).mockImplementation(capture);
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return true;
      });
    }
    keys = await createTestKeys();
    database = await openTestDatabase(engine, MIGRATIONS);
    server = await createSubgraphServer({
      name: 'probation',
      agency: 'PROBATION',
      typeDefs,
      resolvers: {
        Query: { ping: () => 'pong' },
        Youth: {
          __resolveReference: (r: { id: string }) => ({ id: r.id }),
          probation: (y: { id: string }) => ({ youthId: y.id }),
        },
        ProbationRecord: {
          officer: () => 'Officer Quill',
          petition: () => 'J-2026-0042',
          treatment: () => 'outpatient',
          broken: async (r: { youthId: string }, _args: unknown, ctx: SubgraphContext) => {
            await ctx.database.rows(sql`select count(*) from note where id = ${r.youthId}::int`);
            return 'never';
          },
        },
      },
      database,
      // The registry would say: the viewer's agency serves the youth.
      ...(await testDeps(keys, {
        load: async (_v, ids) => ids.map((id) => ({ ...emptyFacts(id), servedBy: ['PROBATION'] })),
      })),
      // No `log`: the kit's own default, the console, as a deployed subgraph has it.
    });
    url = (await server.listen(0)).url;
    token = await issueTestToken(keys, { id: SUB, name: 'Pat Dee', agency: 'PROBATION', role: 'PROBATION_OFFICER' });
  });
  afterEach(async () => {
    if (!closed) {
      await server.close();
      await database.close();
    }
    vi.restoreAllMocks();
  });

  const ask = (fields: string) =>
    gatewayRequest(
      url,
      {
        query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { probation { ${fields} } } } }`,
        variables: { r: [{ __typename: 'Youth', id: YOUTH }] },
      },
      { token, key: keys.gatewayPrivate, audience: 'probation' },
    );

  /** The log says what failed, and nothing of the youth, the viewer, the categories or the token. */
  function expectClean(expected: RegExp) {
    const text = lines.join('\n');
    expect(text).toMatch(expected);
    for (const secret of [YOUTH, SUB, token, 'Pat Dee', ...CATEGORIES]) expect(text).not.toContain(secret);
  }

  /** Disclosure-log inserts fail with a message and detail that name the row's values. */
  async function refuseLog(delaySeconds = 0) {
    await database.rows(
      sql.raw(`create or replace function refuse_log() returns trigger language plpgsql as $$
      begin
        perform pg_sleep(${delaySeconds});
        raise exception 'cannot log % for % (%)', new.youth_id, new.viewer_sub, new.released
          using detail = 'Failing row contains (' || new.youth_id || ', ' || new.viewer_sub || ')';
      end $$`),
    );
    await database.rows(
      sql`create trigger refuse_log before insert on disclosure_log for each row execute function refuse_log()`,
    );
  }

  it('a failed disclosure write', async () => {
    await refuseLog();
    const { json } = await ask('officer petition treatment');
    expect(json.errors[0].extensions.code).toBe('DISCLOSURE_NOT_RECORDED');
    expectClean(/disclosure log write failed; nothing released[\s\S]*sqlstate: 'P0001'/);
  });

  it('a failed query', async () => {
    const { json } = await ask('officer broken');
    expect(json.errors.map((e: any) => e.extensions.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    expectClean(/internal error[\s\S]*sqlstate: '22P02'/);
  });

  it('a shutdown in the middle of a disclosure write', async () => {
    await refuseLog(0.5);
    // The write is under way (slowed by the trigger) when the subgraph shuts down and closes its
    // database under it.
    const appending = new Promise<void>((resolve) => {
      const append = server.disclosureLog.append.bind(server.disclosureLog);
      vi.spyOn(server.disclosureLog, 'append').mockImplementation((entries) => (resolve(), append(entries)));
    });
    const answer = ask('officer petition');
    await appending;
    await new Promise((resolve) => setTimeout(resolve, 100));
    closed = true;
    await Promise.allSettled([answer, server.close().then(() => database.close())]);
    await vi.waitFor(() => expect(lines.join('\n')).toMatch(/disclosure log write failed/), { timeout: 10_000 });
    expectClean(/disclosure log write failed; nothing released/);
  });
});
