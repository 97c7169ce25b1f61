import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@hub/subgraph-kit';
import { openTestDatabase, TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { generateWorld } from '@hub/synthetic';
import { casesOf, chargesOf, protectiveOrdersOf, upcomingCourtDatesOf, victimsByYouthIds } from '../src/db/queries.ts';
import { MIGRATIONS, seedDistrictAttorney } from '../src/server.ts';

const world = generateWorld({ youths: 60 });
const ids = (n: number) => world.districtAttorney.slice(0, n).map((c) => c.youthId);

describe.each(TEST_ENGINES)('district-attorney queries on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine, MIGRATIONS);
    expect(await seedDistrictAttorney(db, world)).toBe(true);
  });
  afterAll(() => db?.close());

  it('seeds only an empty database', async () => {
    expect(await seedDistrictAttorney(db, world)).toBe(false);
  });

  it('finds victim files by hub youth id through the crosswalk, ignoring malformed ids', async () => {
    const rows = await victimsByYouthIds(db, [
      ...ids(5),
      "x'; drop table da_victim; --",
      '00000000-0000-4000-8000-000000000000',
    ]);
    expect(rows.map((r) => r.localId).sort()).toEqual(
      world.districtAttorney
        .slice(0, 5)
        .map((c) => c.localId)
        .sort(),
    );
    expect(rows.every((r) => /^DA-\d{6}$/.test(r.localId))).toBe(true);
  });

  it("tags every table's rows with their youth's hub id, one statement per table for many youths", async () => {
    const files = world.districtAttorney.slice(0, 10);
    const wanted = ids(10);
    const before = db.statementCount;
    const [victims, cases, charges, courtDates, orders] = await Promise.all([
      victimsByYouthIds(db, wanted),
      casesOf(db, wanted),
      chargesOf(db, wanted),
      upcomingCourtDatesOf(db, wanted),
      protectiveOrdersOf(db, wanted),
    ]);
    expect(db.statementCount - before).toBe(5);
    const of = <R extends { youthId: string }>(rows: R[], youthId: string) => rows.filter((r) => r.youthId === youthId);
    for (const f of files) {
      expect(victims.find((v) => v.hubYouthId === f.youthId)?.advocateId ?? null).toBe(f.advocate?.personId ?? null);
      expect(of(cases, f.youthId).map((c) => [c.caseNumber, c.role, c.status])).toEqual(
        f.cases.map((c) => [c.caseNumber, c.role, c.status]),
      );
      expect(of(charges, f.youthId).map((c) => [c.caseNumber, c.code])).toEqual(
        f.cases.flatMap((c) => c.charges.map((x) => [c.caseNumber, x.code])),
      );
      expect(of(courtDates, f.youthId).map((d) => [d.caseNumber, d.scheduledOn, d.kind])).toEqual(
        f.cases
          .flatMap((c) => c.courtDates.filter((d) => d.status === 'SCHEDULED').map((d) => ({ ...d, c })))
          .sort((a, b) => a.scheduledOn.localeCompare(b.scheduledOn))
          .map((d) => [d.c.caseNumber, d.scheduledOn, d.kind]),
      );
      expect(of(orders, f.youthId).map(({ caseNumber, terms, status }) => ({ caseNumber, terms, status }))).toEqual(
        f.protectiveOrders.map(({ caseNumber, terms, status }) => ({ caseNumber, terms, status })),
      );
    }
  });

  it('keeps only scheduled court dates as upcoming', async () => {
    const all = world.districtAttorney.flatMap((f) => f.cases.flatMap((c) => c.courtDates));
    expect(all.some((d) => d.status !== 'SCHEDULED')).toBe(true);
    const rows = await upcomingCourtDatesOf(
      db,
      world.districtAttorney.map((f) => f.youthId),
    );
    expect(rows).toHaveLength(all.filter((d) => d.status === 'SCHEDULED').length);
    expect(rows.every((d) => d.status === 'SCHEDULED')).toBe(true);
  });

  it('answers nothing, without a statement, for no valid id', async () => {
    const before = db.statementCount;
    expect(await casesOf(db, ['not-a-uuid'])).toEqual([]);
    expect(await chargesOf(db, [])).toEqual([]);
    expect(db.statementCount).toBe(before);
  });
});
