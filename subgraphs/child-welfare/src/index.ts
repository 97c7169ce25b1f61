import { generateWorld } from '@hub/synthetic';
import { runSubgraph } from '@hub/subgraph-kit';
import { seedChildWelfare } from './db/queries.ts';
import { buildChildWelfare, MIGRATIONS, NAME } from './server.ts';

await runSubgraph({
  name: NAME,
  defaultPort: 4002,
  migrationsFolder: MIGRATIONS,
  seed: (database, youths) => seedChildWelfare(database, generateWorld({ youths })),
  build: buildChildWelfare,
});
