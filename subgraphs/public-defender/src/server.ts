import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createSubgraphServer,
  type Database,
  type SubgraphDeps,
  type SubgraphModule,
  type SubgraphServer,
} from '@hub/subgraph-kit';
import type { SyntheticWorld } from '@hub/synthetic';
import { seedPublicDefender } from './db/queries.ts';
import { resolvers } from './resolvers/index.ts';

export const NAME = 'public-defender';
export const MIGRATIONS = fileURLToPath(new URL('../drizzle', import.meta.url));
const typeDefs = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');

/** Builds the public-defender subgraph; the caller listens. */
export function buildPublicDefender(database: Database, deps: SubgraphDeps): Promise<SubgraphServer> {
  return createSubgraphServer({
    name: NAME,
    agency: 'PUBLIC_DEFENDER',
    typeDefs,
    resolvers,
    database,
    gatewayKey: deps.gatewayKey,
    verifyUser: deps.verifyUser,
    facts: deps.facts,
    ...(deps.policy ? { policy: deps.policy } : {}),
  });
}
export { seedPublicDefender };

/** The public-defender subgraph as start-up, the test hub and seeding reach it (the kit's SubgraphModule). */
export const subgraph: SubgraphModule<SyntheticWorld> = {
  name: NAME,
  migrations: MIGRATIONS,
  build: buildPublicDefender,
  seed: seedPublicDefender,
};
