import type { Database, SubgraphServer } from '@hub/subgraph-kit';
import {
  createTestKeys,
  gatewayRequest,
  issueTestToken,
  openTestDatabase,
  testDeps,
  type Engine,
  type TestKeys,
} from '@hub/subgraph-kit/testing';
import { generateWorld, persona, type SyntheticWorld } from '@hub/synthetic';
import { buildRegistry, MIGRATIONS, seedRegistry, type RegistryOptions } from '../src/server.ts';

export interface TestRegistry {
  world: SyntheticWorld;
  keys: TestKeys;
  database: Database;
  base: string;
  /** A GraphQL request as the gateway sends it, for a persona and a purpose. */
  ask(
    personaId: string,
    query: string,
    variables?: Record<string, unknown>,
    purpose?: string,
  ): Promise<{ data?: any; errors?: any[] }>;
  /** Another registry server on the same database (other options); closed with this one. */
  sibling(options: RegistryOptions): Promise<TestRegistry['ask']>;
  close(): Promise<void>;
}

/** A seeded registry on a fresh database of the engine, listening on port 0. */
export async function startRegistry(engine: Engine, options: RegistryOptions = {}): Promise<TestRegistry> {
  const keys = await createTestKeys();
  const world = generateWorld({ youths: 10 });
  const database = await openTestDatabase(engine, MIGRATIONS);
  await seedRegistry(database, world);
  const deps = await testDeps(keys);
  const servers: SubgraphServer[] = [];
  const tokens = new Map<string, string>();
  const start = async (opts: RegistryOptions): Promise<TestRegistry['ask'] & { url: string }> => {
    const server = await buildRegistry(database, deps, opts);
    servers.push(server);
    const { url } = await server.listen(0);
    const ask = async (personaId: string, query: string, variables?: Record<string, unknown>, purpose?: string) => {
      let token = tokens.get(personaId);
      if (!token) tokens.set(personaId, (token = await issueTestToken(keys, persona(personaId))));
      const { json } = await gatewayRequest(
        url,
        { query, ...(variables ? { variables } : {}) },
        { token, key: keys.gatewayPrivate, audience: 'mdt', ...(purpose ? { purpose } : {}) },
      );
      return json as { data?: any; errors?: any[] };
    };
    return Object.assign(ask, { url });
  };
  const ask = await start(options);
  return {
    world,
    keys,
    database,
    base: ask.url.replace('/graphql', ''),
    ask,
    sibling: (opts) => start(opts),
    async close() {
      for (const server of servers) await server.close();
      await database.close();
    },
  };
}

/** The error codes and reasons of an answer, for whole-answer assertions. */
export const refusal = (answer: { data?: unknown; errors?: any[] }) => ({
  data: answer.data ?? null,
  errors: (answer.errors ?? []).map((e) => ({ message: e.message, ...e.extensions })),
});
