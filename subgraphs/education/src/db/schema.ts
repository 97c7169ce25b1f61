import { sql } from 'drizzle-orm';
import { check, date, index, integer, numeric, pgTable, serial, text, unique, uuid } from 'drizzle-orm/pg-core';

/**
 * The youth as the education agency knows them: the statewide student id, the crosswalk to the hub
 * id, the school liaison and the latest transcript's credit totals (null before high school).
 */
export const student = pgTable('edu_student', {
  localId: text('local_id').primaryKey(),
  hubYouthId: uuid('hub_youth_id').notNull().unique(),
  liaisonId: text('liaison_id').notNull(),
  liaisonName: text('liaison_name').notNull(),
  creditsEarned: numeric('credits_earned', { precision: 5, scale: 1, mode: 'number' }),
  creditsRequired: numeric('credits_required', { precision: 5, scale: 1, mode: 'number' }),
  creditsAsOf: date('credits_as_of'),
});

const studentRef = () =>
  text('local_id')
    .notNull()
    .references(() => student.localId);

export const enrollment = pgTable(
  'edu_enrollment',
  {
    id: serial('id').primaryKey(),
    localId: studentRef(),
    schoolName: text('school_name').notNull(),
    district: text('district').notNull(),
    gradeLevel: integer('grade_level').notNull(),
    enteredOn: date('entered_on').notNull(),
    exitedOn: date('exited_on'),
    exitReason: text('exit_reason'),
  },
  (t) => [index('edu_enrollment_student').on(t.localId)],
);

/** One row per student and school year, across every school the student attended that year. */
export const attendance = pgTable(
  'edu_attendance',
  {
    id: serial('id').primaryKey(),
    localId: studentRef(),
    schoolYear: text('school_year').notNull(),
    daysEnrolled: integer('days_enrolled').notNull(),
    daysAbsent: integer('days_absent').notNull(),
  },
  (t) => [
    unique('edu_attendance_student_year').on(t.localId, t.schoolYear),
    check('edu_attendance_days', sql`${t.daysAbsent} >= 0 and ${t.daysAbsent} <= ${t.daysEnrolled}`),
  ],
);

/** Special education (IDEA): one row per student ever referred. */
export const specialEducation = pgTable('edu_special_education', {
  localId: studentRef().primaryKey(),
  status: text('status').notNull(),
  eligibility: text('eligibility'),
  iepDate: date('iep_date'),
  nextReviewOn: date('next_review_on'),
  nextReevaluationOn: date('next_reevaluation_on'),
});

export type StudentRow = typeof student.$inferSelect;
export type EnrollmentRow = typeof enrollment.$inferSelect;
export type AttendanceRow = typeof attendance.$inferSelect;
export type SpecialEducationRow = typeof specialEducation.$inferSelect;
