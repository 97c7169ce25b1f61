import { generateWorld } from '@hub/synthetic';
import { runSubgraph } from '@hub/subgraph-kit';
import { seedPublicDefender } from './db/queries.ts';
import { buildPublicDefender, MIGRATIONS, NAME } from './server.ts';

await runSubgraph({
  name: NAME,
  defaultPort: 4007,
  migrationsFolder: MIGRATIONS,
  seed: (database, youths) => seedPublicDefender(database, generateWorld({ youths })),
  build: buildPublicDefender,
});
