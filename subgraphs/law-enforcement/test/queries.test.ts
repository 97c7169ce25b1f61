import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@hub/subgraph-kit';
import { openTestDatabase, TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { generateWorld } from '@hub/synthetic';
import { clientsByYouthIds, contactsOf, investigationsOf, missingPersonReportsOf } from '../src/db/queries.ts';
import { MIGRATIONS, seedLawEnforcement } from '../src/server.ts';

const world = generateWorld({ youths: 20 });
const held = world.lawEnforcement;

describe.each(TEST_ENGINES)('law-enforcement queries on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine, MIGRATIONS);
    expect(await seedLawEnforcement(db, world)).toBe(true);
  });
  afterAll(() => db?.close());

  it('seeds only an empty database', async () => {
    expect(await seedLawEnforcement(db, world)).toBe(false);
  });

  it('finds clients by hub youth id through the crosswalk, ignoring malformed ids', async () => {
    const rows = await clientsByYouthIds(db, [
      ...held.slice(0, 3).map((c) => c.youthId),
      'x; drop table law_enforcement_client',
      '00000000-0000-4000-8000-000000000000',
    ]);
    expect(rows.map((r) => r.localId).sort()).toEqual(
      held
        .slice(0, 3)
        .map((c) => c.localId)
        .sort(),
    );
  });

  it("reads every youth's contacts in one statement, oldest first, tagged with the hub id", async () => {
    const before = db.statementCount;
    const rows = await contactsOf(
      db,
      held.map((c) => c.youthId),
    );
    expect(db.statementCount - before).toBe(1);
    for (const c of held) {
      const mine = rows.filter((r) => r.youthId === c.youthId);
      expect(mine.map(({ occurredOn, kind, summary }) => ({ occurredOn, kind, summary }))).toEqual(c.contacts);
    }
  });

  it('holds the missing-person report each runaway episode points to, by number and time', async () => {
    const rows = await missingPersonReportsOf(
      db,
      held.map((c) => c.youthId),
    );
    const episodes = [...world.childWelfare, ...world.probation].flatMap((c) =>
      c.runaways
        .filter((r) => r.lawEnforcementReportNumber && held.some((h) => h.youthId === c.youthId))
        .map((r) => ({
          youthId: c.youthId,
          reportNumber: r.lawEnforcementReportNumber,
          reportedAt: r.lawEnforcementReportedAt,
        })),
    );
    expect(episodes.length).toBeGreaterThan(0);
    for (const e of episodes) {
      expect(rows.find((r) => r.reportNumber === e.reportNumber)).toMatchObject(e);
    }
  });

  it("records the youth only as a victim or a witness, and only the exploiter's offences", async () => {
    const rows = await investigationsOf(
      db,
      held.map((c) => c.youthId),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(['VICTIM', 'WITNESS']).toContain(r.youthRole);
      // Penal Code 647(b) (a minor's commercial sex conduct) is never an offence here (SB 1322).
      for (const o of r.suspectedOffenses) expect(o.code).not.toMatch(/647/);
    }
  });

  it('answers nothing, without a statement, for no valid id', async () => {
    const before = db.statementCount;
    expect(await contactsOf(db, ['not-a-uuid'])).toEqual([]);
    expect(await clientsByYouthIds(db, [])).toEqual([]);
    expect(db.statementCount).toBe(before);
  });
});
