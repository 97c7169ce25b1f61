import { asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { isUuid, type Database } from '@hub/subgraph-kit';
import type { SyntheticWorld } from '@hub/synthetic';
import { attendance, enrollment, specialEducation, student, type StudentRow } from './schema.ts';

const valid = (ids: readonly string[]) => [...new Set(ids.filter(isUuid))];

/** One statement for all the youths of an operation. */
export async function studentsByYouthIds({ db }: Database, ids: readonly string[]): Promise<StudentRow[]> {
  const wanted = valid(ids);
  if (!wanted.length) return [];
  return db.select().from(student).where(inArray(student.hubYouthId, wanted));
}

type StudentTable = typeof enrollment | typeof attendance | typeof specialEducation;

/** Rows of a student's table for many youths at once, each tagged with its hub youth id, in `order`. */
async function studentRows<T extends StudentTable>(
  { db }: Database,
  table: T,
  ids: readonly string[],
  order: Parameters<typeof asc>[0][],
): Promise<(T['$inferSelect'] & { youthId: string })[]> {
  const wanted = valid(ids);
  if (!wanted.length) return [];
  const rows = await db
    .select({ row: getTableColumns(table as PgTable) as never, youthId: student.hubYouthId })
    .from(table as PgTable)
    .innerJoin(student, eq(table.localId, student.localId))
    .where(inArray(student.hubYouthId, wanted))
    .orderBy(...order.map((c) => asc(c)));
  return rows.map((r: { row: T['$inferSelect']; youthId: string }) => ({ ...r.row, youthId: r.youthId }));
}

/** Oldest first; the id breaks a tie between two enrolments entered the same day. */
export const enrollmentsOf = (d: Database, ids: readonly string[]) =>
  studentRows(d, enrollment, ids, [enrollment.enteredOn, enrollment.id]);
export const attendanceOf = (d: Database, ids: readonly string[]) =>
  studentRows(d, attendance, ids, [attendance.schoolYear]);
export const specialEducationOf = (d: Database, ids: readonly string[]) =>
  studentRows(d, specialEducation, ids, [specialEducation.localId]);

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
