import { groupBy, type SubgraphContext } from './context.ts';

/** Rows for many youths at once, each tagged with the hub youth id it belongs to. */
export type YouthRowsQuery<R> = (ctx: SubgraphContext, youthIds: readonly string[]) => Promise<R[]>;

/**
 * A per-request batch loader over one table: every load in one tick becomes one query for every
 * youth of the request, answered per youth.
 */
export function rowsPerYouth<R extends { youthId: string }>(name: string, query: YouthRowsQuery<R>) {
  return (youthId: string, ctx: SubgraphContext): Promise<R[]> =>
    ctx.loader<string, R[]>(name, async (ids) => groupBy(ids, await query(ctx, ids), (r) => r.youthId)).load(youthId);
}

/** The same, for a table with at most one row per youth. */
export function rowPerYouth<R extends { youthId: string }>(name: string, query: YouthRowsQuery<R>) {
  const load = rowsPerYouth(name, query);
  return async (youthId: string, ctx: SubgraphContext): Promise<R | undefined> => (await load(youthId, ctx))[0];
}
