import { generateWorld } from '@hub/synthetic';
import { runSubgraph } from '@hub/subgraph-kit';
import { seedHealth } from './db/queries.ts';
import { buildHealth, MIGRATIONS, NAME } from './server.ts';

await runSubgraph({
  name: NAME,
  defaultPort: 4003,
  migrationsFolder: MIGRATIONS,
  seed: (database, youths) => seedHealth(database, generateWorld({ youths })),
  build: buildHealth,
});
