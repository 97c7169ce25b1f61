import { rowPerYouth, rowsPerYouth } from '@hub/subgraph-kit';
import {
  diagnosesOf,
  medicationsOf,
  mentalHealthOf,
  notesOf,
  patientsByYouthIds,
  substanceUseOf,
  sudNotesOf,
  upcomingAppointmentsOf,
  visitsOf,
} from './db/queries.ts';

export const patientOf = rowPerYouth('patient', async (ctx, ids) =>
  (await patientsByYouthIds(ctx.database, ids)).map((p) => ({ ...p, youthId: p.hubYouthId })),
);
export const mentalHealth = rowPerYouth('mentalHealth', (ctx, ids) => mentalHealthOf(ctx.database, ids));
export const diagnoses = rowsPerYouth('diagnoses', (ctx, ids) => diagnosesOf(ctx.database, ids));
// The kit has decided the category; the policy's row rule (psychotherapy-notes.own-notes) then
// narrows it to the notes the viewer wrote: 45 CFR 164.508(a)(2)(i)(A), the originator's use.
export const notes = rowsPerYouth('notes', async (ctx, ids) => {
  const scope = await ctx.access.rowScope('read-psychotherapy-note');
  if (scope === 'NONE') return [];
  return notesOf(ctx.database, ids, scope === 'OWN' ? ctx.viewer.sub : null);
});
// SUD counseling notes (42 CFR 2.11, 2024): the same originator-only row rule as psychotherapy notes.
export const sudNotes = rowsPerYouth('sudNotes', async (ctx, ids) => {
  const scope = await ctx.access.rowScope('read-psychotherapy-note');
  if (scope === 'NONE') return [];
  return sudNotesOf(ctx.database, ids, scope === 'OWN' ? ctx.viewer.sub : null);
});
export const substanceUse = rowPerYouth('substanceUse', (ctx, ids) => substanceUseOf(ctx.database, ids));
export const visits = rowsPerYouth('visits', (ctx, ids) => visitsOf(ctx.database, ids));
export const medications = rowsPerYouth('medications', (ctx, ids) => medicationsOf(ctx.database, ids));
export const upcomingAppointments = rowsPerYouth('upcomingAppointments', (ctx, ids) =>
  upcomingAppointmentsOf(ctx.database, ids),
);
