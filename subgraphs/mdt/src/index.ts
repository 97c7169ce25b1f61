import { generateWorld } from '@hub/synthetic';
import { runSubgraph } from '@hub/subgraph-kit';
import { seedRegistry } from './db/seed.ts';
import { buildRegistry, MIGRATIONS, NAME } from './server.ts';

await runSubgraph({
  name: NAME,
  defaultPort: 4001,
  migrationsFolder: MIGRATIONS,
  seed: (database, youths) => seedRegistry(database, generateWorld({ youths })),
  build: buildRegistry,
});
