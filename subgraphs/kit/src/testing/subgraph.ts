import { afterAll, beforeAll } from 'vitest';
import type { Viewer, YouthFacts } from '@hub/policies';
import type { Database } from '../db/database.ts';
import type { SubgraphDeps } from '../run.ts';
import type { SubgraphServer } from '../server.ts';
import { openTestDatabase } from './databases.ts';
import { createTestKeys, issueTestToken, testDeps, type TestKeys, type TestPerson } from './keys.ts';
import { gatewayRequest, type GatewayAnswer, type GatewayRequestOptions, type GraphQLBody } from './requests.ts';

export interface TestSubgraphOptions {
  /** The subgraph's name: the audience the gateway signs its requests for. */
  name: string;
  migrations: string;
  seed: (database: Database) => Promise<unknown>;
  build: (database: Database, deps: SubgraphDeps) => Promise<SubgraphServer>;
  /** The registry stand-in: what the registry would tell this subgraph of a youth, for a viewer. */
  facts: (viewer: Viewer, youthId: string) => YouthFacts;
  /** Whose token a request carries unless it names another. */
  viewer: TestPerson;
}

/** A subgraph started for one test file; its fields are set once the file's `beforeAll` has run. */
export interface TestSubgraph {
  url: string;
  keys: TestKeys;
  database: Database;
  /** The youth ids of every call to the registry stand-in, in order. */
  factsCalls: string[][];
  /** A request as the gateway sends it: the viewer's token, signed for this subgraph, unless told otherwise. */
  send(body: GraphQLBody, opts?: Partial<GatewayRequestOptions>): Promise<GatewayAnswer>;
}

/**
 * Builds the subgraph over a fresh, seeded PGlite database with test keys and the given registry
 * stand-in, listening on port 0, before the file's tests (`beforeAll`); closes both after them.
 */
export function startTestSubgraph(options: TestSubgraphOptions): TestSubgraph {
  let server: SubgraphServer | undefined;
  let token: string;
  const subgraph: TestSubgraph = {
    url: '',
    keys: undefined as unknown as TestKeys,
    database: undefined as unknown as Database,
    factsCalls: [],
    send: (body, opts = {}) =>
      gatewayRequest(subgraph.url, body, {
        token,
        key: subgraph.keys.gatewayPrivate,
        audience: options.name,
        ...opts,
      }),
  };
  beforeAll(async () => {
    subgraph.keys = await createTestKeys();
    subgraph.database = await openTestDatabase('pglite', options.migrations);
    await options.seed(subgraph.database);
    const facts = {
      load: async (viewer: Viewer, ids: readonly string[]) => {
        subgraph.factsCalls.push([...ids]);
        return ids.map((id) => options.facts(viewer, id));
      },
    };
    server = await options.build(subgraph.database, await testDeps(subgraph.keys, facts));
    subgraph.url = (await server.listen(0)).url;
    token = await issueTestToken(subgraph.keys, options.viewer);
  });
  afterAll(async () => {
    await server?.close();
    await subgraph.database?.close();
  });
  return subgraph;
}
