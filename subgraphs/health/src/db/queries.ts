import { eq, inArray } from 'drizzle-orm';
import { crosswalkRows, isUuid, type Crosswalk, type Database } from '@hub/subgraph-kit';
import type { SyntheticWorld } from '@hub/synthetic';
import {
  appointment,
  medication,
  mentalHealthDiagnosis,
  mentalHealthTreatment,
  patient,
  psychotherapyNote,
  sudCounselingNote,
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

/** The patient table maps Health's local id (MRN) of a youth to the hub youth id. */
const PATIENTS: Crosswalk = { table: patient, localId: patient.localId, hubYouthId: patient.hubYouthId };

export const mentalHealthOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, PATIENTS, mentalHealthTreatment, ids, { orderBy: [mentalHealthTreatment.localId] });
export const diagnosesOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, PATIENTS, mentalHealthDiagnosis, ids, {
    orderBy: [mentalHealthDiagnosis.diagnosedOn, mentalHealthDiagnosis.id],
  });
/** The notes `authorId` wrote, or every author's for null (the loader asks the policy which). */
export const notesOf = (d: Database, ids: readonly string[], authorId: string | null) =>
  crosswalkRows(d, PATIENTS, psychotherapyNote, ids, {
    orderBy: [psychotherapyNote.writtenOn, psychotherapyNote.id],
    where: authorId === null ? undefined : eq(psychotherapyNote.authorId, authorId),
  });
/** The SUD counseling notes `authorId` wrote, or every author's for null (the loader asks the policy which). */
export const sudNotesOf = (d: Database, ids: readonly string[], authorId: string | null) =>
  crosswalkRows(d, PATIENTS, sudCounselingNote, ids, {
    orderBy: [sudCounselingNote.writtenOn, sudCounselingNote.id],
    where: authorId === null ? undefined : eq(sudCounselingNote.authorId, authorId),
  });
export const substanceUseOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, PATIENTS, substanceUseTreatment, ids, { orderBy: [substanceUseTreatment.localId] });
export const visitsOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, PATIENTS, sexualHealthVisit, ids, { orderBy: [sexualHealthVisit.visitOn, sexualHealthVisit.id] });
export const medicationsOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, PATIENTS, medication, ids, { orderBy: [medication.id] });
/** Booked appointments not yet attended (the clinic marks them fulfilled or missed), soonest first. */
export const upcomingAppointmentsOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, PATIENTS, appointment, ids, {
    orderBy: [appointment.scheduledOn, appointment.id],
    where: eq(appointment.status, 'BOOKED'),
  });

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
    const sudNotes = of((c) => c.sudCounselingNotes ?? []);
    const substanceUse = of((c) => (c.substanceUse ? [c.substanceUse] : []));
    const visits = of((c) => c.sexualHealthVisits);
    const medications = of((c) => c.medications);
    const appointments = of((c) => c.appointments);
    if (treatments.length) await db.insert(mentalHealthTreatment).values(treatments);
    if (diagnoses.length) await db.insert(mentalHealthDiagnosis).values(diagnoses);
    if (notes.length) await db.insert(psychotherapyNote).values(notes);
    if (substanceUse.length) await db.insert(substanceUseTreatment).values(substanceUse);
    if (sudNotes.length) await db.insert(sudCounselingNote).values(sudNotes);
    if (visits.length) await db.insert(sexualHealthVisit).values(visits);
    if (medications.length) await db.insert(medication).values(medications);
    if (appointments.length) await db.insert(appointment).values(appointments);
  }
  return true;
}
