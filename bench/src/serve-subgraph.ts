/**
 * Bench child: one subgraph of schema/supergraph.config.json (argv[2], e.g. `health`), built as its
 * entry point builds it (the kit's depsFromEnv, the same environment), on the seeded Postgres database
 * in DATABASE_URL. Counts its SQL statements (agency reads and disclosure-log writes apart), its
 * GraphQL requests and, for the registry, the access-facts calls it serves.
 */
import { depsFromEnv, openDatabase, readSubgraphEnv, type SubgraphServer } from '@hub/subgraph-kit';
import { HUB_SUBGRAPHS } from '@hub/tests/agencies';
import { serveChild } from './process/child.ts';

const name = process.argv[2]!;
const subgraph = HUB_SUBGRAPHS.find((s) => s.name === name);
if (!subgraph) throw new Error(`${name} is not in schema/supergraph.config.json`);
const env = readSubgraphEnv(name, 0);
const database = await openDatabase({
  url: env.databaseUrl,
  migrationsFolder: subgraph.migrations,
  maxConnections: Number(process.env.BENCH_POOL ?? 10),
});
const requests = { graphql: 0, accessFacts: 0, factsAssertions: 0 };
let server: SubgraphServer | undefined;

serveChild({
  async start() {
    server = await subgraph.build(database, await depsFromEnv(name, env));
    server.http.on('request', (req: { url?: string }) => {
      if (req.url?.startsWith('/graphql')) requests.graphql++;
      else if (req.url?.startsWith('/access-facts')) requests.accessFacts++;
      else if (req.url?.startsWith('/facts-assertion')) requests.factsAssertions++;
    });
    return server.listen(0, '127.0.0.1');
  },
  counters: () => ({
    statements: database.statementCount,
    logStatements: database.logStatementCount,
    graphqlRequests: requests.graphql,
    accessFactsRequests: requests.accessFacts,
    factsAssertionRequests: requests.factsAssertions,
  }),
  async stop() {
    await server?.close();
    await database.close();
  },
});
