import { and, asc, eq, getTableColumns, inArray, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { isUuid, type Database } from '@hub/subgraph-kit';
import type { SyntheticWorld } from '@hub/synthetic';
import {
  appointment,
  medication,
  mentalHealthDiagnosis,
  mentalHealthTreatment,
  patient,
  psychotherapyNote,
  sexualHealthVisit,
  substanceUseTreatment,
  type PatientRow,
} from './schema.ts';

const valid = (ids: readonly string[]) => [...new Set(ids.filter(isUuid))];

/** One statement for all the youths of an operation. */
export async function patientsByYouthIds({ db }: Database, ids: readonly string[]): Promise<PatientRow[]> {
  const wanted = valid(ids);
  if (!wanted.length) return [];
  return db.select().from(patient).where(inArray(patient.hubYouthId, wanted));
}

type PatientTable =
  | typeof mentalHealthTreatment
  | typeof mentalHealthDiagnosis
  | typeof psychotherapyNote
  | typeof substanceUseTreatment
  | typeof sexualHealthVisit
  | typeof medication
  | typeof appointment;

/** Rows of a patient's table for many youths at once, each tagged with its hub youth id, in `order`. */
async function patientRows<T extends PatientTable>(
  { db }: Database,
  table: T,
  ids: readonly string[],
  order: Parameters<typeof asc>[0][],
  where?: SQL,
): Promise<(T['$inferSelect'] & { youthId: string })[]> {
  const wanted = valid(ids);
  if (!wanted.length) return [];
  const rows = await db
    .select({ row: getTableColumns(table as PgTable) as never, youthId: patient.hubYouthId })
    .from(table as PgTable)
    .innerJoin(patient, eq(table.localId, patient.localId))
    .where(and(inArray(patient.hubYouthId, wanted), where))
    .orderBy(...order.map((c) => asc(c)));
  return rows.map((r: { row: T['$inferSelect']; youthId: string }) => ({ ...r.row, youthId: r.youthId }));
}

export const mentalHealthOf = (d: Database, ids: readonly string[]) =>
  patientRows(d, mentalHealthTreatment, ids, [mentalHealthTreatment.localId]);
export const diagnosesOf = (d: Database, ids: readonly string[]) =>
  patientRows(d, mentalHealthDiagnosis, ids, [mentalHealthDiagnosis.diagnosedOn, mentalHealthDiagnosis.id]);
/** Only the notes `authorId` wrote: 45 CFR 164.508(a)(2)(i)(A) lets the originator use them for treatment. */
export const notesOf = (d: Database, ids: readonly string[], authorId: string) =>
  patientRows(
    d,
    psychotherapyNote,
    ids,
    [psychotherapyNote.writtenOn, psychotherapyNote.id],
    eq(psychotherapyNote.authorId, authorId),
  );
export const substanceUseOf = (d: Database, ids: readonly string[]) =>
  patientRows(d, substanceUseTreatment, ids, [substanceUseTreatment.localId]);
export const visitsOf = (d: Database, ids: readonly string[]) =>
  patientRows(d, sexualHealthVisit, ids, [sexualHealthVisit.visitOn, sexualHealthVisit.id]);
export const medicationsOf = (d: Database, ids: readonly string[]) => patientRows(d, medication, ids, [medication.id]);
/** Booked appointments not yet attended (the clinic marks them fulfilled or missed), soonest first. */
export const upcomingAppointmentsOf = (d: Database, ids: readonly string[]) =>
  patientRows(d, appointment, ids, [appointment.scheduledOn, appointment.id], eq(appointment.status, 'BOOKED'));

/** Fills an empty health database with its part of the synthetic world. */
export async function seedHealth(database: Database, world: SyntheticWorld): Promise<boolean> {
  const { db } = database;
  const [first] = await db.select({ id: patient.localId }).from(patient).limit(1);
  if (first) return false;
  for (let i = 0; i < world.health.length; i += 500) {
    const chunk = world.health.slice(i, i + 500);
    await db.insert(patient).values(
      chunk.map((c) => ({
        localId: c.localId,
        hubYouthId: c.youthId,
        primaryClinician: c.primaryClinician,
        lastExamOn: c.lastExamOn,
      })),
    );
    const of = <R>(rows: (c: (typeof chunk)[number]) => R[]) =>
      chunk.flatMap((c) => rows(c).map((r) => ({ ...r, localId: c.localId })));
    const treatments = of((c) => (c.mentalHealth ? [c.mentalHealth] : [])).map(
      ({ diagnoses: _diagnoses, ...treatment }) => treatment,
    );
    const diagnoses = of((c) => c.mentalHealth?.diagnoses ?? []);
    const notes = of((c) => c.psychotherapyNotes);
    const substanceUse = of((c) => (c.substanceUse ? [c.substanceUse] : []));
    const visits = of((c) => c.sexualHealthVisits);
    const medications = of((c) => c.medications);
    const appointments = of((c) => c.appointments);
    if (treatments.length) await db.insert(mentalHealthTreatment).values(treatments);
    if (diagnoses.length) await db.insert(mentalHealthDiagnosis).values(diagnoses);
    if (notes.length) await db.insert(psychotherapyNote).values(notes);
    if (substanceUse.length) await db.insert(substanceUseTreatment).values(substanceUse);
    if (visits.length) await db.insert(sexualHealthVisit).values(visits);
    if (medications.length) await db.insert(medication).values(medications);
    if (appointments.length) await db.insert(appointment).values(appointments);
  }
  return true;
}
