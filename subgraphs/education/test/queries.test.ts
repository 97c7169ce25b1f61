import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@hub/subgraph-kit';
import { openTestDatabase, TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { generateWorld } from '@hub/synthetic';
import { attendanceOf, enrollmentsOf, specialEducationOf, studentsByYouthIds } from '../src/db/queries.ts';
import { attendance } from '../src/db/schema.ts';
import { MIGRATIONS, seedEducation } from '../src/server.ts';

const world = generateWorld({ youths: 30 });
const ids = (n: number) => world.education.slice(0, n).map((c) => c.youthId);

describe.each(TEST_ENGINES)('education queries on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine, MIGRATIONS);
    expect(await seedEducation(db, world)).toBe(true);
  });
  afterAll(() => db?.close());

  it('seeds only an empty database', async () => {
    expect(await seedEducation(db, world)).toBe(false);
  });

  it('finds students by hub youth id through the crosswalk, ignoring malformed ids', async () => {
    const rows = await studentsByYouthIds(db, [
      ...ids(5),
      'x; drop table edu_student',
      '00000000-0000-4000-8000-000000000000',
    ]);
    expect(rows.map((r) => r.localId).sort()).toEqual(
      world.education
        .slice(0, 5)
        .map((c) => c.localId)
        .sort(),
    );
    expect(rows.every((r) => /^SSID-\d{6}$/.test(r.localId))).toBe(true);
  });

  it('reads credits back as numbers, half credits included, and null before high school', async () => {
    const rows = await studentsByYouthIds(db, ids(world.education.length));
    for (const c of world.education) {
      const row = rows.find((r) => r.hubYouthId === c.youthId)!;
      expect({ earned: row.creditsEarned, required: row.creditsRequired, asOf: row.creditsAsOf }).toEqual(
        c.credits ?? { earned: null, required: null, asOf: null },
      );
    }
    expect(world.education.some((c) => c.credits && !Number.isInteger(c.credits.earned))).toBe(true);
    expect(world.education.some((c) => c.credits === null)).toBe(true);
  });

  it("tags every table's rows with their youth's hub id, one statement per table for many youths", async () => {
    const cases = world.education.slice(0, 10);
    const wanted = ids(10);
    const before = db.statementCount;
    const [enrollments, years, special] = await Promise.all([
      enrollmentsOf(db, wanted),
      attendanceOf(db, wanted),
      specialEducationOf(db, wanted),
    ]);
    expect(db.statementCount - before).toBe(3);
    const of = <R extends { youthId: string }>(rows: R[], youthId: string) => rows.filter((r) => r.youthId === youthId);
    for (const c of cases) {
      expect(
        of(enrollments, c.youthId).map(({ schoolName, district, gradeLevel, enteredOn, exitedOn, exitReason }) => ({
          schoolName,
          district,
          gradeLevel,
          enteredOn,
          exitedOn,
          exitReason,
        })),
      ).toEqual(c.enrollments);
      expect(
        of(years, c.youthId).map(({ schoolYear, daysEnrolled, daysAbsent }) => ({
          schoolYear,
          daysEnrolled,
          daysAbsent,
        })),
      ).toEqual(c.attendance);
      expect(
        of(special, c.youthId).map(({ status, eligibility, iepDate, nextReviewOn, nextReevaluationOn }) => ({
          status,
          eligibility,
          iepDate,
          nextReviewOn,
          nextReevaluationOn,
        })),
      ).toEqual(c.specialEducation ? [c.specialEducation] : []);
    }
  });

  it('refuses more days absent than days enrolled', async () => {
    const { localId } = world.education[0]!;
    const row = { localId, schoolYear: '1999-00', daysEnrolled: 10, daysAbsent: 11 };
    await expect(db.db.insert(attendance).values(row)).rejects.toThrow();
  });

  it('answers nothing, without a statement, for no valid id', async () => {
    const before = db.statementCount;
    expect(await enrollmentsOf(db, ['not-a-uuid'])).toEqual([]);
    expect(await studentsByYouthIds(db, [])).toEqual([]);
    expect(db.statementCount).toBe(before);
  });
});
