import { generateWorld } from '@hub/synthetic';
import { runSubgraph } from '@hub/subgraph-kit';
import { seedProbation } from './db/queries.ts';
import { buildProbation, MIGRATIONS, NAME } from './server.ts';

await runSubgraph({
  name: NAME,
  defaultPort: 4004,
  migrationsFolder: MIGRATIONS,
  seed: (database, youths) => seedProbation(database, generateWorld({ youths })),
  build: buildProbation,
});
