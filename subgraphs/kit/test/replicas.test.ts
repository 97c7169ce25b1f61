import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyFacts } from '@hub/policies';
import { createSubgraphServer, type Database, DatabaseReplayGuard, type SubgraphServer } from '../src/index.ts';
import {
  createTestKeys,
  gatewayRequest,
  issueTestToken,
  openTestDatabase,
  TEST_ENGINES,
  testDeps,
  type TestKeys,
} from '../src/testing/index.ts';

// Issue 15, item 7: a county runs two replicas of one subgraph on one database behind one key, for
// availability. A signed request captured on its way to one replica must not replay on the other.
const typeDefs = /* GraphQL */ `
  type Query {
    ping: String
  }
`;

describe.each(TEST_ENGINES)('two replicas of a subgraph on one database, on %s', (engine) => {
  let keys: TestKeys;
  let database: Database;
  const replicas: SubgraphServer[] = [];
  const urls: string[] = [];
  let token: string;

  beforeAll(async () => {
    keys = await createTestKeys();
    database = await openTestDatabase(engine, fileURLToPath(new URL('./fixtures/migrations', import.meta.url)));
    for (let i = 0; i < 2; i++) {
      // Each replica is its own server with its own memory; all they share is the database.
      const server = await createSubgraphServer({
        name: 'probation',
        agency: 'PROBATION',
        typeDefs,
        resolvers: { Query: { ping: () => 'pong' } },
        database,
        ...(await testDeps(keys, { load: async (_v, ids) => ids.map((id) => emptyFacts(id)) })),
        log: () => {},
      });
      replicas.push(server);
      urls.push((await server.listen(0)).url);
    }
    token = await issueTestToken(keys, { id: 'po-1', name: 'P. O.', agency: 'PROBATION', role: 'PROBATION_OFFICER' });
  });
  afterAll(async () => {
    for (const server of replicas) await server.close();
    await database?.close();
  });

  const send = (url: string, signature?: string | null) =>
    gatewayRequest(
      url,
      { query: '{ ping }' },
      { token, key: keys.gatewayPrivate, audience: 'probation', ...(signature ? { signature } : {}) },
    );

  it('answers a signed request on either replica', async () => {
    for (const url of urls) expect((await send(url)).json.data.ping).toBe('pong');
  });

  it('refuses on the second replica a signature the first one already accepted, and the other way round', async () => {
    const [a, b] = urls as [string, string];
    const first = await send(a);
    expect(first.status).toBe(200);
    expect((await send(b, first.signature)).status).toBe(401);
    const second = await send(b);
    expect(second.status).toBe(200);
    expect((await send(a, second.signature)).status).toBe(401);
    // And on the same replica, as before.
    expect((await send(b, second.signature)).status).toBe(401);
  });

  it('keeps a one-time id until it expires, then sweeps it', async () => {
    const one = new DatabaseReplayGuard(database);
    const other = new DatabaseReplayGuard(database);
    const now = Date.now();
    expect(await one.claim('jti-a', now + 60_000, now)).toBe(true);
    expect(await other.claim('jti-a', now + 60_000, now)).toBe(false);
    expect(await one.claim('jti-b', now + 1_000, now)).toBe(true);
    // A fresh guard sweeps on its first claim: jti-b has expired by then, jti-a has not.
    const later = new DatabaseReplayGuard(database);
    expect(await later.claim('jti-c', now + 120_000, now + 5_000)).toBe(true);
    const left = await database.rows<{ jti: string }>(
      sql`select jti from hub_seen_one_time_ids where jti like 'jti-%' order by jti`,
    );
    expect(left.map((r) => r.jti)).toEqual(['jti-a', 'jti-c']);
  });
});
