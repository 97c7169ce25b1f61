import { groupBy, type SubgraphContext } from '@hub/subgraph-kit';
import {
  citationsOf,
  conditionsOf,
  delinquencyCaseOf,
  detentionsOf,
  screeningsOf,
  supervisionOf,
  violationsOf,
  youthsByHubIds,
} from './db/queries.ts';

type Query<R> = (ctx: SubgraphContext, ids: readonly string[]) => Promise<R[]>;

/** A per-request batch loader over one table: one statement for every youth of the request. */
function many<R extends { youthId: string }>(name: string, query: Query<R>) {
  return (youthId: string, ctx: SubgraphContext): Promise<R[]> =>
    ctx.loader<string, R[]>(name, async (ids) => groupBy(ids, await query(ctx, ids), (r) => r.youthId)).load(youthId);
}

/** The same, for a table with at most one row per youth. */
function one<R extends { youthId: string }>(name: string, query: Query<R>) {
  const load = many(name, query);
  return async (youthId: string, ctx: SubgraphContext): Promise<R | undefined> => (await load(youthId, ctx))[0];
}

export const youthOf = one('youth', async (ctx, ids) =>
  (await youthsByHubIds(ctx.database, ids)).map((y) => ({ ...y, youthId: y.hubYouthId })),
);
export const supervision = one('supervision', (ctx, ids) => supervisionOf(ctx.database, ids));
export const conditions = many('conditions', (ctx, ids) => conditionsOf(ctx.database, ids));
export const violations = many('violations', (ctx, ids) => violationsOf(ctx.database, ids));
export const delinquencyCase = one('delinquencyCase', (ctx, ids) => delinquencyCaseOf(ctx.database, ids));
export const citations = many('citations', (ctx, ids) => citationsOf(ctx.database, ids));
export const detentions = many('detentions', (ctx, ids) => detentionsOf(ctx.database, ids));
export const screenings = many('screenings', (ctx, ids) => screeningsOf(ctx.database, ids));
