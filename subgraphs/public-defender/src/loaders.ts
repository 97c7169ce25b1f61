import { rowPerYouth, rowsPerYouth } from '@hub/subgraph-kit';
import { clientsByYouthIds, communicationsOf, mattersOf } from './db/queries.ts';

export const clientOf = rowPerYouth('client', async (ctx, ids) =>
  (await clientsByYouthIds(ctx.database, ids)).map((c) => ({ ...c, youthId: c.hubYouthId })),
);
export const matters = rowsPerYouth('matters', (ctx, ids) => mattersOf(ctx.database, ids));
export const communications = rowsPerYouth('communications', (ctx, ids) => communicationsOf(ctx.database, ids));
