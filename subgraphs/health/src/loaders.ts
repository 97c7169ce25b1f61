import { rowPerYouth, rowsPerYouth } from '@hub/subgraph-kit';
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

export const patientOf = rowPerYouth('patient', async (ctx, ids) =>
  (await patientsByYouthIds(ctx.database, ids)).map((p) => ({ ...p, youthId: p.hubYouthId })),
);
export const mentalHealth = rowPerYouth('mentalHealth', (ctx, ids) => mentalHealthOf(ctx.database, ids));
export const diagnoses = rowsPerYouth('diagnoses', (ctx, ids) => diagnosesOf(ctx.database, ids));
// The viewer's own notes only: the kit has decided the category, this narrows it to the originator.
export const notes = rowsPerYouth('notes', (ctx, ids) => notesOf(ctx.database, ids, ctx.viewer.sub));
export const substanceUse = rowPerYouth('substanceUse', (ctx, ids) => substanceUseOf(ctx.database, ids));
export const visits = rowsPerYouth('visits', (ctx, ids) => visitsOf(ctx.database, ids));
export const medications = rowsPerYouth('medications', (ctx, ids) => medicationsOf(ctx.database, ids));
export const upcomingAppointments = rowsPerYouth('upcomingAppointments', (ctx, ids) =>
  upcomingAppointmentsOf(ctx.database, ids),
);
