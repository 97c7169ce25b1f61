import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@hub/subgraph-kit';
import { openTestDatabase, TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { generateWorld } from '@hub/synthetic';
import { casesByYouthIds, placementsOf, runawaysOf } from '../src/db/queries.ts';
import { MIGRATIONS, seedChildWelfare } from '../src/server.ts';

const world = generateWorld({ youths: 30 });

describe.each(TEST_ENGINES)('child-welfare queries on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine, MIGRATIONS);
    expect(await seedChildWelfare(db, world)).toBe(true);
  });
  afterAll(() => db?.close());

  it('finds cases by hub youth id through the crosswalk, ignoring malformed ids', async () => {
    const ids = world.childWelfare.slice(0, 5).map((c) => c.youthId);
    const rows = await casesByYouthIds(db, [...ids, 'x; drop table cw_case', '00000000-0000-4000-8000-000000000000']);
    expect(rows.map((r) => r.localId).sort()).toEqual(
      world.childWelfare
        .slice(0, 5)
        .map((c) => c.localId)
        .sort(),
    );
  });

  it("tags child rows with their youth's hub id, in one statement for many youths", async () => {
    const cases = world.childWelfare.slice(0, 8);
    const before = db.statementCount;
    const [placements, runaways] = await Promise.all([
      placementsOf(
        db,
        cases.map((c) => c.youthId),
      ),
      runawaysOf(
        db,
        cases.map((c) => c.youthId),
      ),
    ]);
    expect(db.statementCount - before).toBe(2);
    for (const c of cases) {
      expect(placements.filter((p) => p.youthId === c.youthId).map((p) => p.kind)).toEqual(
        c.placements.map((p) => p.kind),
      );
      expect(runaways.filter((r) => r.youthId === c.youthId)).toHaveLength(c.runaways.length);
    }
  });
});
