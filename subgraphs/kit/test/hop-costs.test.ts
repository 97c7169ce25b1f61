import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyFacts } from '@hub/policies';
import { INTERNAL_KEEP_ALIVE } from '@hub/protocol';
import { createSubgraphServer, type Database, type SubgraphServer } from '../src/index.ts';
import {
  createTestKeys,
  gatewayRequest,
  issueTestToken,
  openTestDatabase,
  testDeps,
  type TestKeys,
} from '../src/testing/index.ts';

// What one subgraph hop costs before any work: the operation is parsed and validated once per document.
const typeDefs = /* GraphQL */ `
  type Query {
    ping: String
  }
`;

describe('a subgraph hop', () => {
  let keys: TestKeys;
  let database: Database;
  let server: SubgraphServer;
  let url: string;
  let token: string;

  beforeAll(async () => {
    keys = await createTestKeys();
    database = await openTestDatabase('pglite', fileURLToPath(new URL('./fixtures/migrations', import.meta.url)));
    server = await createSubgraphServer({
      name: 'probation',
      agency: 'PROBATION',
      typeDefs,
      resolvers: { Query: { ping: () => 'pong' } },
      database,
      ...(await testDeps(keys, { load: async (_v, ids) => ids.map((id) => emptyFacts(id)) })),
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

  const ask = (query: string) =>
    gatewayRequest(url, { query }, { token, key: keys.gatewayPrivate, audience: 'probation' });

  it('parses and validates a document once, and answers it again from the document store', async () => {
    const before = { hits: server.documents.cache.hits, size: server.documents.cache.size };
    expect((await ask('query Ping { ping }')).json).toEqual({ data: { ping: 'pong' } });
    expect((await ask('query Ping { ping }')).json).toEqual({ data: { ping: 'pong' } });
    expect((await ask('query Ping { ping }')).json).toEqual({ data: { ping: 'pong' } });
    expect(server.documents.cache.size).toBe(before.size + 1);
    expect(server.documents.cache.hits).toBe(before.hits + 2);
  });

  it('keeps an idle connection longer than the gateway and the other subgraphs keep theirs', () => {
    expect(server.http.keepAliveTimeout).toBe(INTERNAL_KEEP_ALIVE.serverKeepAliveTimeoutMs);
    expect(server.http.headersTimeout).toBe(INTERNAL_KEEP_ALIVE.serverHeadersTimeoutMs);
    expect(server.http.keepAliveTimeout).toBeGreaterThan(INTERNAL_KEEP_ALIVE.clientIdleTimeoutMs);
  });

  it('still refuses an invalid document every time (a refused document is not stored)', async () => {
    const size = server.documents.cache.size;
    for (let i = 0; i < 2; i++) {
      const { json } = await ask('{ nope }');
      expect(json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    expect(server.documents.cache.size).toBe(size);
  });
});
