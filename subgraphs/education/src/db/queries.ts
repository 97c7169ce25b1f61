import { inArray } from 'drizzle-orm';
import { crosswalkRows, isUuid, type Crosswalk, type Database } from '@hub/subgraph-kit';
import type { SyntheticWorld } from '@hub/synthetic';
import { attendance, enrollment, specialEducation, student, type StudentRow } from './schema.ts';

const valid = (ids: readonly string[]) => [...new Set(ids.filter(isUuid))];

/** One statement for all the youths of an operation. */
export async function studentsByYouthIds({ db }: Database, ids: readonly string[]): Promise<StudentRow[]> {
  const wanted = valid(ids);
  if (!wanted.length) return [];
  return db.select().from(student).where(inArray(student.hubYouthId, wanted));
}

/** The student table maps the district's local id of a youth to the hub youth id. */
const STUDENTS: Crosswalk = { table: student, localId: student.localId, hubYouthId: student.hubYouthId };

/** Oldest first; the id breaks a tie between two enrolments entered the same day. */
export const enrollmentsOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, STUDENTS, enrollment, ids, { orderBy: [enrollment.enteredOn, enrollment.id] });
export const attendanceOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, STUDENTS, attendance, ids, { orderBy: [attendance.schoolYear] });
export const specialEducationOf = (d: Database, ids: readonly string[]) =>
  crosswalkRows(d, STUDENTS, specialEducation, ids, { orderBy: [specialEducation.localId] });

/** Fills an empty education database with its part of the synthetic world. */
export async function seedEducation(database: Database, world: SyntheticWorld): Promise<boolean> {
  const { db } = database;
  const [first] = await db.select({ id: student.localId }).from(student).limit(1);
  if (first) return false;
  for (let i = 0; i < world.education.length; i += 500) {
    const chunk = world.education.slice(i, i + 500);
    await db.insert(student).values(
      chunk.map((c) => ({
        localId: c.localId,
        hubYouthId: c.youthId,
        liaisonId: c.liaison.personId,
        liaisonName: c.liaison.name,
        creditsEarned: c.credits?.earned ?? null,
        creditsRequired: c.credits?.required ?? null,
        creditsAsOf: c.credits?.asOf ?? null,
      })),
    );
    const of = <R>(rows: (c: (typeof chunk)[number]) => R[]) =>
      chunk.flatMap((c) => rows(c).map((r) => ({ ...r, localId: c.localId })));
    const enrollments = of((c) => c.enrollments);
    const years = of((c) => c.attendance);
    const special = of((c) => (c.specialEducation ? [c.specialEducation] : []));
    if (enrollments.length) await db.insert(enrollment).values(enrollments);
    if (years.length) await db.insert(attendance).values(years);
    if (special.length) await db.insert(specialEducation).values(special);
  }
  return true;
}
