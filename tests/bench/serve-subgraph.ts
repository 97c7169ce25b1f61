/**
 * Bench child: one subgraph (argv[2], e.g. `health`), built as its entry point builds it (the kit's
 * depsFromEnv, the same environment), on the seeded Postgres database in DATABASE_URL. Counts its SQL
 * statements (agency reads and disclosure-log writes apart), its GraphQL requests and, for the
 * registry, the access-facts calls it serves.
 */
import { depsFromEnv, openDatabase, readSubgraphEnv, type SubgraphServer } from '@hub/subgraph-kit';
import { buildRegistry, MIGRATIONS as MDT_MIGRATIONS } from '@hub/subgraph-mdt';
import { AGENCY_SUBGRAPHS } from '../src/agencies.ts';
import { serveChild } from './child.ts';

const name = process.argv[2]!;
const agency = AGENCY_SUBGRAPHS.find((a) => a.name === name);
if (name !== 'mdt' && !agency) throw new Error(`unknown subgraph ${name}`);
const env = readSubgraphEnv(name, 0);
const database = await openDatabase({
  url: env.databaseUrl,
  migrationsFolder: agency?.migrations ?? MDT_MIGRATIONS,
  maxConnections: Number(process.env.BENCH_POOL ?? 10),
});
const requests = { graphql: 0, accessFacts: 0 };
let server: SubgraphServer | undefined;

serveChild({
  async start() {
    const deps = await depsFromEnv(name, env);
    server = agency ? await agency.build(database, deps) : await buildRegistry(database, deps);
    server.http.on('request', (req: { url?: string }) => {
      if (req.url?.startsWith('/graphql')) requests.graphql++;
      else if (req.url?.startsWith('/access-facts')) requests.accessFacts++;
    });
    const { url } = await server.listen(0, '127.0.0.1');
    return { url };
  },
  counters: () => ({
    statements: database.statementCount,
    logStatements: database.logStatementCount,
    graphqlRequests: requests.graphql,
    accessFactsRequests: requests.accessFacts,
  }),
  async stop() {
    await server?.close();
    await database.close();
  },
});
