import { rowPerYouth, rowsPerYouth } from '@hub/subgraph-kit';
import {
  clientsByYouthIds,
  contactsOf,
  investigationsOf,
  missingPersonReportsOf,
  protectiveOrdersOf,
} from './db/queries.ts';

// One statement per table for every youth of a request, however many it carries.
export const clientOf = rowPerYouth('client', async (ctx, ids) =>
  (await clientsByYouthIds(ctx.database, ids)).map((c) => ({ ...c, youthId: c.hubYouthId })),
);
export const investigations = rowsPerYouth('investigations', (ctx, ids) => investigationsOf(ctx.database, ids));
export const missingPersonReports = rowsPerYouth('missingPersonReports', (ctx, ids) =>
  missingPersonReportsOf(ctx.database, ids),
);
export const protectiveOrders = rowsPerYouth('protectiveOrders', (ctx, ids) => protectiveOrdersOf(ctx.database, ids));
export const contacts = rowsPerYouth('contacts', (ctx, ids) => contactsOf(ctx.database, ids));
