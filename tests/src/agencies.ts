import { buildChildWelfare, MIGRATIONS as CW_MIGRATIONS, seedChildWelfare } from '@hub/subgraph-child-welfare';
import {
  buildDistrictAttorney,
  MIGRATIONS as DA_MIGRATIONS,
  seedDistrictAttorney,
} from '@hub/subgraph-district-attorney';
import { buildEducation, MIGRATIONS as EDUCATION_MIGRATIONS, seedEducation } from '@hub/subgraph-education';
import { buildHealth, MIGRATIONS as HEALTH_MIGRATIONS, seedHealth } from '@hub/subgraph-health';
import { buildProbation, MIGRATIONS as PROBATION_MIGRATIONS, seedProbation } from '@hub/subgraph-probation';
import { buildPublicDefender, MIGRATIONS as PD_MIGRATIONS, seedPublicDefender } from '@hub/subgraph-public-defender';
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
  { name: 'probation', migrations: PROBATION_MIGRATIONS, seed: seedProbation, build: buildProbation },
  { name: 'education', migrations: EDUCATION_MIGRATIONS, seed: seedEducation, build: buildEducation },
  { name: 'district-attorney', migrations: DA_MIGRATIONS, seed: seedDistrictAttorney, build: buildDistrictAttorney },
  { name: 'public-defender', migrations: PD_MIGRATIONS, seed: seedPublicDefender, build: buildPublicDefender },
];
