import { rowPerYouth, rowsPerYouth } from '@hub/subgraph-kit';
import {
  citationsOf,
  conditionsOf,
  delinquencyCaseOf,
  detentionsOf,
  runawaysOf,
  screeningsOf,
  supervisionOf,
  violationsOf,
  youthsByHubIds,
} from './db/queries.ts';

export const youthOf = rowPerYouth('youth', async (ctx, ids) =>
  (await youthsByHubIds(ctx.database, ids)).map((y) => ({ ...y, youthId: y.hubYouthId })),
);
export const supervision = rowPerYouth('supervision', (ctx, ids) => supervisionOf(ctx.database, ids));
export const conditions = rowsPerYouth('conditions', (ctx, ids) => conditionsOf(ctx.database, ids));
export const violations = rowsPerYouth('violations', (ctx, ids) => violationsOf(ctx.database, ids));
export const delinquencyCase = rowPerYouth('delinquencyCase', (ctx, ids) =>
  delinquencyCaseOf(ctx.database, ids, ctx.access.seesSealed),
);
export const citations = rowsPerYouth('citations', (ctx, ids) => citationsOf(ctx.database, ids, ctx.access.seesSealed));
export const detentions = rowsPerYouth('detentions', (ctx, ids) =>
  detentionsOf(ctx.database, ids, ctx.access.seesSealed),
);
export const screenings = rowsPerYouth('screenings', (ctx, ids) => screeningsOf(ctx.database, ids));
export const runaways = rowsPerYouth('runaways', (ctx, ids) => runawaysOf(ctx.database, ids));
