import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@hub/subgraph-kit';
import { openTestDatabase, TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { generateWorld } from '@hub/synthetic';
import { clientsByYouthIds, communicationsOf, mattersOf } from '../src/db/queries.ts';
import { MIGRATIONS, seedPublicDefender } from '../src/server.ts';

const world = generateWorld({ youths: 40 });
const ids = (n: number) => world.publicDefender.slice(0, n).map((c) => c.youthId);

describe.each(TEST_ENGINES)('public-defender queries on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine, MIGRATIONS);
    expect(await seedPublicDefender(db, world)).toBe(true);
  });
  afterAll(() => db?.close());

  it('seeds only an empty database', async () => {
    expect(await seedPublicDefender(db, world)).toBe(false);
  });

  it('finds clients by hub youth id through the crosswalk, ignoring malformed ids', async () => {
    const rows = await clientsByYouthIds(db, [
      ...ids(5),
      'x; drop table pd_client',
      '00000000-0000-4000-8000-000000000000',
    ]);
    expect(rows.map((r) => r.localId).sort()).toEqual(
      world.publicDefender
        .slice(0, 5)
        .map((c) => c.localId)
        .sort(),
    );
    expect(rows.every((r) => /^PD-\d{6}$/.test(r.localId))).toBe(true);
  });

  it("tags every table's rows with their youth's hub id, one statement per table for many youths", async () => {
    const cases = world.publicDefender.slice(0, 10);
    const wanted = ids(10);
    const before = db.statementCount;
    const [clients, matters, communications] = await Promise.all([
      clientsByYouthIds(db, wanted),
      mattersOf(db, wanted),
      communicationsOf(db, wanted),
    ]);
    expect(db.statementCount - before).toBe(3);
    const of = <R extends { youthId: string }>(rows: R[], youthId: string) => rows.filter((r) => r.youthId === youthId);
    for (const c of cases) {
      expect(clients.find((r) => r.hubYouthId === c.youthId)?.defenderId).toBe(c.defenderId);
      // Oldest first, as the generator lists them.
      expect(of(matters, c.youthId).map(({ id: _, localId: __, youthId: ___, ...m }) => m)).toEqual(
        c.matters.filter((m) => m.kind === 'DELINQUENCY'),
      );
      expect(of(communications, c.youthId).map(({ id: _, localId: __, youthId: ___, ...m }) => m)).toEqual(
        c.communications,
      );
    }
  });

  it('answers nothing, without a statement, for no valid id', async () => {
    const before = db.statementCount;
    expect(await mattersOf(db, ['not-a-uuid'])).toEqual([]);
    expect(await communicationsOf(db, [])).toEqual([]);
    expect(await clientsByYouthIds(db, ['PD-100000'])).toEqual([]);
    expect(db.statementCount).toBe(before);
  });
});
