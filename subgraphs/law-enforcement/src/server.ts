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
import { seedLawEnforcement } from './db/seed.ts';
import { resolvers } from './resolvers/index.ts';

export const NAME = 'law-enforcement';
export const AGENCY = 'LAW_ENFORCEMENT';
export const MIGRATIONS = fileURLToPath(new URL('../drizzle', import.meta.url));
const typeDefs = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');

/** Builds the law-enforcement subgraph; the caller listens. */
export function buildLawEnforcement(database: Database, deps: SubgraphDeps): Promise<SubgraphServer> {
  return createSubgraphServer({
    name: NAME,
    agency: AGENCY,
    typeDefs,
    resolvers,
    database,
    gatewayKey: deps.gatewayKey,
    verifyUser: deps.verifyUser,
    facts: deps.facts,
    ...(deps.policy ? { policy: deps.policy } : {}),
  });
}
export { seedLawEnforcement };

/** The law-enforcement subgraph as start-up, the test hub and seeding reach it (the kit's SubgraphModule). */
export const subgraph: SubgraphModule<SyntheticWorld> = {
  name: NAME,
  migrations: MIGRATIONS,
  build: buildLawEnforcement,
  seed: seedLawEnforcement,
};
