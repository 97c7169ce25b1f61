import { generateWorld } from '@hub/synthetic';
import { runSubgraph } from '@hub/subgraph-kit';
import { seedEducation } from './db/queries.ts';
import { buildEducation, MIGRATIONS, NAME } from './server.ts';

await runSubgraph({
  name: NAME,
  defaultPort: 4005,
  migrationsFolder: MIGRATIONS,
  seed: (database, youths) => seedEducation(database, generateWorld({ youths })),
  build: buildEducation,
});
