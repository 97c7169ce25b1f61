// Dev and demo entry (npm start, npm run dev): an empty database is first filled with SEED_YOUTHS
// synthetic youths. The only file of this subgraph that loads the synthetic world.
import { runSubgraph } from '@hub/subgraph-kit';
import { generateWorld } from '@hub/synthetic';
import { subgraph } from './server.ts';

await runSubgraph(subgraph, { seed: (database, youths) => subgraph.seed(database, generateWorld({ youths })) });
