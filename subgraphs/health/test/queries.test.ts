import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@hub/subgraph-kit';
import { openTestDatabase, TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { generateWorld } from '@hub/synthetic';
import {
  diagnosesOf,
  medicationsOf,
  mentalHealthOf,
  notesOf,
  patientsByYouthIds,
  substanceUseOf,
  upcomingAppointmentsOf,
  visitsOf,
} from '../src/db/queries.ts';
import { MIGRATIONS, seedHealth } from '../src/server.ts';

const world = generateWorld({ youths: 30 });
const ids = (n: number) => world.health.slice(0, n).map((c) => c.youthId);

describe.each(TEST_ENGINES)('health queries on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine, MIGRATIONS);
    expect(await seedHealth(db, world)).toBe(true);
  });
  afterAll(() => db?.close());

  it('seeds only an empty database', async () => {
    expect(await seedHealth(db, world)).toBe(false);
  });

  it('finds patients by hub youth id through the crosswalk, ignoring malformed ids', async () => {
    const rows = await patientsByYouthIds(db, [
      ...ids(5),
      'x; drop table health_patient',
      '00000000-0000-4000-8000-000000000000',
    ]);
    expect(rows.map((r) => r.localId).sort()).toEqual(
      world.health
        .slice(0, 5)
        .map((c) => c.localId)
        .sort(),
    );
    expect(rows.every((r) => /^MRN-\d{6}$/.test(r.localId))).toBe(true);
  });

  it("tags every table's rows with their youth's hub id, one statement per table for many youths", async () => {
    const cases = world.health.slice(0, 10);
    const wanted = ids(10);
    const before = db.statementCount;
    const [treatments, diagnoses, notes, substanceUse, visits, medications, appointments] = await Promise.all([
      mentalHealthOf(db, wanted),
      diagnosesOf(db, wanted),
      notesOf(db, wanted, 'clin-okafor'),
      substanceUseOf(db, wanted),
      visitsOf(db, wanted),
      medicationsOf(db, wanted),
      upcomingAppointmentsOf(db, wanted),
    ]);
    expect(db.statementCount - before).toBe(7);
    const of = <R extends { youthId: string }>(rows: R[], youthId: string) => rows.filter((r) => r.youthId === youthId);
    for (const c of cases) {
      expect(of(treatments, c.youthId).map((t) => t.treatmentStatus)).toEqual(
        c.mentalHealth ? [c.mentalHealth.treatmentStatus] : [],
      );
      expect(of(diagnoses, c.youthId).map((d) => d.code)).toEqual(c.mentalHealth?.diagnoses.map((d) => d.code) ?? []);
      expect(of(notes, c.youthId).map((n) => n.writtenOn)).toEqual(
        c.psychotherapyNotes.filter((n) => n.authorId === 'clin-okafor').map((n) => n.writtenOn),
      );
      expect(of(substanceUse, c.youthId).map((s) => s.programName)).toEqual(
        c.substanceUse ? [c.substanceUse.programName] : [],
      );
      expect(of(visits, c.youthId).map((v) => v.service)).toEqual(c.sexualHealthVisits.map((v) => v.service));
      expect(of(medications, c.youthId).map((m) => m.name)).toEqual(c.medications.map((m) => m.name));
      expect(of(appointments, c.youthId).map((a) => a.scheduledOn)).toEqual(
        c.appointments.filter((a) => a.status === 'BOOKED').map((a) => a.scheduledOn),
      );
    }
  });

  it('reads only the notes the asking clinician wrote', async () => {
    const other = world.health.find((c) => c.psychotherapyNotes.some((n) => n.authorId !== 'clin-okafor'))!;
    const author = other.psychotherapyNotes[0]!.authorId;
    expect((await notesOf(db, [other.youthId], author)).map((n) => n.text)).toEqual(
      other.psychotherapyNotes.map((n) => n.text),
    );
    expect(await notesOf(db, [other.youthId], 'clin-okafor')).toEqual([]);
  });

  it('answers nothing, without a statement, for no valid id', async () => {
    const before = db.statementCount;
    expect(await substanceUseOf(db, ['not-a-uuid'])).toEqual([]);
    expect(db.statementCount).toBe(before);
  });
});
