import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  countyTimeZone,
  createSubgraphServer,
  type AccessFactsSource,
  type Database,
  type SubgraphDeps,
  type SubgraphServer,
} from '@hub/subgraph-kit';
import { accessFactsRoute } from './access-facts-route.ts';
import { accessFacts } from './db/queries.ts';
import { resolvers } from './resolvers/index.ts';

export const NAME = 'mdt';
export const MIGRATIONS = fileURLToPath(new URL('../drizzle', import.meta.url));
const typeDefs = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');

/** The registry decides from its own tables: no network hop for its own access facts. */
export function localFactsSource(database: Database, timeZone: string): AccessFactsSource {
  return { load: (viewer, ids) => accessFacts(database, viewer, ids, new Date(), timeZone) };
}

/** Builds the registry subgraph; the caller listens. */
export function buildRegistry(database: Database, deps: SubgraphDeps): Promise<SubgraphServer> {
  const timeZone = countyTimeZone();
  return createSubgraphServer({
    name: NAME,
    agency: 'HUB',
    typeDefs,
    resolvers,
    database,
    gatewayKey: deps.gatewayKey,
    verifyUser: deps.verifyUser,
    facts: localFactsSource(database, timeZone),
    timeZone,
    routes: { '/access-facts': accessFactsRoute(database, deps.serviceKey, timeZone) },
    ...(deps.policy ? { policy: deps.policy } : {}),
  });
}
export { seedRegistry } from './db/seed.ts';
