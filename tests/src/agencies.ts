import { buildChildWelfare, MIGRATIONS as CW_MIGRATIONS, seedChildWelfare } from '@hub/subgraph-child-welfare';
import { buildHealth, MIGRATIONS as HEALTH_MIGRATIONS, seedHealth } from '@hub/subgraph-health';
import type { Database, SubgraphDeps, SubgraphServer } from '@hub/subgraph-kit';
import type { SyntheticWorld } from '@hub/synthetic';

/** Every agency subgraph the test hub starts: its name in the supergraph and how to build and seed it. */
export interface AgencySubgraph {
  name: string;
  migrations: string;
  seed(database: Database, world: SyntheticWorld): Promise<boolean>;
  build(database: Database, deps: SubgraphDeps): Promise<SubgraphServer>;
}

export const AGENCY_SUBGRAPHS: AgencySubgraph[] = [
  { name: 'child-welfare', migrations: CW_MIGRATIONS, seed: seedChildWelfare, build: buildChildWelfare },
  { name: 'health', migrations: HEALTH_MIGRATIONS, seed: seedHealth, build: buildHealth },
];
