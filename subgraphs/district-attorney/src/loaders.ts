import { groupBy, type SubgraphContext } from '@hub/subgraph-kit';
import { casesOf, chargesOf, protectiveOrdersOf, upcomingCourtDatesOf, victimsByYouthIds } from './db/queries.ts';

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

export const victimOf = one('victim', async (ctx, ids) =>
  (await victimsByYouthIds(ctx.database, ids)).map((v) => ({ ...v, youthId: v.hubYouthId })),
);
export const cases = many('cases', (ctx, ids) => casesOf(ctx.database, ids));
// Keyed by youth, not by case: one statement for all the cases of all the youths of the request.
export const charges = many('charges', (ctx, ids) => chargesOf(ctx.database, ids));
export const upcomingCourtDates = many('upcomingCourtDates', (ctx, ids) => upcomingCourtDatesOf(ctx.database, ids));
export const protectiveOrders = many('protectiveOrders', (ctx, ids) => protectiveOrdersOf(ctx.database, ids));
