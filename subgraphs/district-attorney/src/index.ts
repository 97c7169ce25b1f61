import { generateWorld } from '@hub/synthetic';
import { runSubgraph } from '@hub/subgraph-kit';
import { seedDistrictAttorney } from './db/queries.ts';
import { buildDistrictAttorney, MIGRATIONS, NAME } from './server.ts';

await runSubgraph({
  name: NAME,
  defaultPort: 4006,
  migrationsFolder: MIGRATIONS,
  seed: (database, youths) => seedDistrictAttorney(database, generateWorld({ youths })),
  build: buildDistrictAttorney,
});
