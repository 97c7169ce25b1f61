import { groupBy, type SubgraphContext } from '@hub/subgraph-kit';
import {
  diagnosesOf,
  medicationsOf,
  mentalHealthOf,
  notesOf,
  patientsByYouthIds,
  substanceUseOf,
  upcomingAppointmentsOf,
  visitsOf,
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

export const patientOf = one('patient', async (ctx, ids) =>
  (await patientsByYouthIds(ctx.database, ids)).map((p) => ({ ...p, youthId: p.hubYouthId })),
);
export const mentalHealth = one('mentalHealth', (ctx, ids) => mentalHealthOf(ctx.database, ids));
export const diagnoses = many('diagnoses', (ctx, ids) => diagnosesOf(ctx.database, ids));
// The viewer's own notes only: the kit has decided the category, this narrows it to the originator.
export const notes = many('notes', (ctx, ids) => notesOf(ctx.database, ids, ctx.viewer.sub));
export const substanceUse = one('substanceUse', (ctx, ids) => substanceUseOf(ctx.database, ids));
export const visits = many('visits', (ctx, ids) => visitsOf(ctx.database, ids));
export const medications = many('medications', (ctx, ids) => medicationsOf(ctx.database, ids));
export const upcomingAppointments = many('upcomingAppointments', (ctx, ids) =>
  upcomingAppointmentsOf(ctx.database, ids),
);
