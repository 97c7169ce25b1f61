// Dev and demo entry (npm start, npm run dev): an empty database is first filled with SEED_YOUTHS
// synthetic youths, and its disclosure log with a year of the personas' access history (issue 18,
// item 7), written through the kit's log so the chain verifies. The only file of this subgraph that
// loads the synthetic world.
import { runSubgraph } from '@hub/subgraph-kit';
import { DisclosureLog } from '@hub/subgraph-kit/audit';
import { accessHistory, generateWorld } from '@hub/synthetic';
import { subgraph } from './server.ts';

await runSubgraph(subgraph, {
  seed: async (database, youths) => {
    const world = generateWorld({ youths });
    if (!(await subgraph.seed(database, world))) return false;
    await new DisclosureLog(database).appendHistory(accessHistory(world, 'PUBLIC_DEFENDER'));
    return true;
  },
});
