import { rowPerYouth, rowsPerYouth } from '@hub/subgraph-kit';
import { casesByYouthIds, indicatorsOf, placementsOf, referralsOf, runawaysOf, screeningsOf } from './db/queries.ts';

// Per-request batch loaders: every youth of the request in one statement per table.
export const caseOf = rowPerYouth('case', async (ctx, ids) =>
  (await casesByYouthIds(ctx.database, ids)).map((row) => ({ ...row, youthId: row.hubYouthId })),
);
export const referrals = rowsPerYouth('referrals', (ctx, ids) => referralsOf(ctx.database, ids));
export const placements = rowsPerYouth('placements', (ctx, ids) => placementsOf(ctx.database, ids));
export const runaways = rowsPerYouth('runaways', (ctx, ids) => runawaysOf(ctx.database, ids));
export const indicators = rowsPerYouth('indicators', (ctx, ids) => indicatorsOf(ctx.database, ids));
export const screenings = rowsPerYouth('screenings', (ctx, ids) => screeningsOf(ctx.database, ids));
