import { rowPerYouth, rowsPerYouth } from '@hub/subgraph-kit';
import { casesOf, chargesOf, protectiveOrdersOf, upcomingCourtDatesOf, victimsByYouthIds } from './db/queries.ts';

export const victimOf = rowPerYouth('victim', async (ctx, ids) =>
  (await victimsByYouthIds(ctx.database, ids)).map((v) => ({ ...v, youthId: v.hubYouthId })),
);
export const cases = rowsPerYouth('cases', (ctx, ids) => casesOf(ctx.database, ids));
// Keyed by youth, not by case: one statement for all the cases of all the youths of the request.
export const charges = rowsPerYouth('charges', (ctx, ids) => chargesOf(ctx.database, ids));
export const upcomingCourtDates = rowsPerYouth('upcomingCourtDates', (ctx, ids) =>
  upcomingCourtDatesOf(ctx.database, ids),
);
export const protectiveOrders = rowsPerYouth('protectiveOrders', (ctx, ids) => protectiveOrdersOf(ctx.database, ids));
