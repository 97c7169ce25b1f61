// Dev and demo entry (npm start, npm run dev): an empty database is first filled with SEED_YOUTHS
// synthetic youths, and its disclosure log with a year of the personas' access history (issue 18,
// item 7): their look-ups, and one emergency grant found not justified, with its rows, all written
// through the kit's log so the chain verifies. The only file of this subgraph that loads the
// synthetic world.
import { defaultPolicySet } from '@hub/policies';
import { runSubgraph } from '@hub/subgraph-kit';
import { DisclosureLog } from '@hub/subgraph-kit/audit';
import { accessHistory, generateWorld, historyGrant } from '@hub/synthetic';
import { recordReviewedGrant } from './db/history.ts';
import { subgraph } from './server.ts';

await runSubgraph(subgraph, {
  seed: async (database, youths) => {
    const world = generateWorld({ youths });
    if (!(await subgraph.seed(database, world))) return false;
    const grantRows = await recordReviewedGrant(database, historyGrant(world), defaultPolicySet().version);
    const rows = [...accessHistory(world, 'HUB'), ...grantRows].sort((a, b) => a.at.getTime() - b.at.getTime());
    await new DisclosureLog(database).appendHistory(rows);
    return true;
  },
});
