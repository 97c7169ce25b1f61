import { groupBy, type SubgraphContext } from '@hub/subgraph-kit';
import { clientsByYouthIds, communicationsOf, mattersOf } from './db/queries.ts';

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

export const clientOf = one('client', async (ctx, ids) =>
  (await clientsByYouthIds(ctx.database, ids)).map((c) => ({ ...c, youthId: c.hubYouthId })),
);
export const matters = many('matters', (ctx, ids) => mattersOf(ctx.database, ids));
export const communications = many('communications', (ctx, ids) => communicationsOf(ctx.database, ids));
