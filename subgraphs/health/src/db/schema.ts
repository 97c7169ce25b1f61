import { date, index, pgTable, serial, text, uuid } from 'drizzle-orm/pg-core';

/** The youth as the health agency knows them: its medical record number, and the crosswalk to the hub id. */
export const patient = pgTable('health_patient', {
  localId: text('local_id').primaryKey(),
  hubYouthId: uuid('hub_youth_id').notNull().unique(),
  primaryClinician: text('primary_clinician').notNull(),
  lastExamOn: date('last_exam_on'),
});

const patientRef = () =>
  text('local_id')
    .notNull()
    .references(() => patient.localId);

/** The current mental-health treatment episode: one per patient. */
export const mentalHealthTreatment = pgTable('mental_health_treatment', {
  localId: patientRef().primaryKey(),
  provider: text('provider').notNull(),
  clinicianName: text('clinician_name').notNull(),
  treatmentStatus: text('treatment_status').notNull(),
  nextAppointmentOn: date('next_appointment_on'),
});

export const mentalHealthDiagnosis = pgTable(
  'mental_health_diagnosis',
  {
    id: serial('id').primaryKey(),
    localId: patientRef(),
    code: text('code').notNull(),
    text: text('text').notNull(),
    diagnosedOn: date('diagnosed_on').notNull(),
  },
  (t) => [index('mental_health_diagnosis_patient').on(t.localId)],
);

/** Separate from the record, as 45 CFR 164.501 defines psychotherapy notes. */
export const psychotherapyNote = pgTable(
  'psychotherapy_note',
  {
    id: serial('id').primaryKey(),
    localId: patientRef(),
    writtenOn: date('written_on').notNull(),
    /** The clinician's person id (the token's `sub`): only the author reads the note. */
    authorId: text('author_id').notNull(),
    author: text('author').notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('psychotherapy_note_patient').on(t.localId, t.authorId)],
);

/**
 * SUD counseling notes (42 CFR 2.11, 2024): the Part 2 counsellor's own notes, kept apart from the
 * record like psychotherapy notes; only their author, working in the program, reads them.
 */
export const sudCounselingNote = pgTable(
  'sud_counseling_note',
  {
    id: serial('id').primaryKey(),
    localId: patientRef(),
    writtenOn: date('written_on').notNull(),
    authorId: text('author_id').notNull(),
    author: text('author').notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('sud_counseling_note_patient').on(t.localId, t.authorId)],
);

/** A 42 CFR Part 2 program's record: the current or latest admission, one per patient. */
export const substanceUseTreatment = pgTable('substance_use_treatment', {
  localId: patientRef().primaryKey(),
  programName: text('program_name').notNull(),
  levelOfCare: text('level_of_care').notNull(),
  admittedOn: date('admitted_on').notNull(),
  dischargedOn: date('discharged_on'),
  status: text('status').notNull(),
});

export const sexualHealthVisit = pgTable(
  'sexual_health_visit',
  {
    id: serial('id').primaryKey(),
    localId: patientRef(),
    visitOn: date('visit_on').notNull(),
    service: text('service').notNull(),
  },
  (t) => [index('sexual_health_visit_patient').on(t.localId)],
);

export const medication = pgTable(
  'medication',
  {
    id: serial('id').primaryKey(),
    localId: patientRef(),
    name: text('name').notNull(),
    dose: text('dose').notNull(),
  },
  (t) => [index('medication_patient').on(t.localId)],
);

export const appointment = pgTable(
  'appointment',
  {
    id: serial('id').primaryKey(),
    localId: patientRef(),
    scheduledOn: date('scheduled_on').notNull(),
    kind: text('kind').notNull(),
    clinic: text('clinic').notNull(),
    /** BOOKED, FULFILLED or NO_SHOW (FHIR Appointment.status, abridged). */
    status: text('status').notNull(),
  },
  (t) => [index('appointment_patient').on(t.localId)],
);

export type PatientRow = typeof patient.$inferSelect;
export type MentalHealthRow = typeof mentalHealthTreatment.$inferSelect;
export type DiagnosisRow = typeof mentalHealthDiagnosis.$inferSelect;
export type NoteRow = typeof psychotherapyNote.$inferSelect;
export type SudNoteRow = typeof sudCounselingNote.$inferSelect;
export type SubstanceUseRow = typeof substanceUseTreatment.$inferSelect;
export type VisitRow = typeof sexualHealthVisit.$inferSelect;
export type MedicationRow = typeof medication.$inferSelect;
export type AppointmentRow = typeof appointment.$inferSelect;
