import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { date, integer, pgTable, serial, text, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crosswalkRows, type Crosswalk, type Database } from '../src/index.ts';
import { openTestDatabase, TEST_ENGINES } from '../src/testing/index.ts';

const migrations = fileURLToPath(new URL('./fixtures/migrations', import.meta.url));
const person = pgTable('cw_person', { localId: text('local_id').primaryKey(), hubYouthId: uuid('hub_youth_id') });
const visit = pgTable('cw_visit', { id: serial('id').primaryKey(), localId: text('local_id'), on: date('on') });
const matter = pgTable('cw_matter', {
  id: serial('id').primaryKey(),
  localId: text('local_id'),
  number: text('number'),
});
const hearing = pgTable('cw_hearing', {
  id: serial('id').primaryKey(),
  matterId: integer('matter_id'),
  on: date('on'),
});
const PEOPLE: Crosswalk = { table: person, localId: person.localId, hubYouthId: person.hubYouthId };
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

describe.each(TEST_ENGINES)('crosswalkRows on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine, migrations);
    await database.rows(sql`create table cw_person (local_id text primary key, hub_youth_id uuid)`);
    await database.rows(sql`create table cw_visit (id serial primary key, local_id text, "on" date)`);
    await database.rows(sql`create table cw_matter (id serial primary key, local_id text, number text)`);
    await database.rows(sql`create table cw_hearing (id serial primary key, matter_id integer, "on" date)`);
    await database.db.insert(person).values([
      { localId: 'L-A', hubYouthId: A },
      { localId: 'L-B', hubYouthId: B },
    ]);
    await database.db.insert(visit).values([
      { localId: 'L-B', on: '2026-02-01' },
      { localId: 'L-A', on: '2026-03-01' },
      { localId: 'L-A', on: '2026-01-01' },
    ]);
    await database.db.insert(matter).values([{ localId: 'L-A', number: 'M-1' }]);
    await database.db.insert(hearing).values([{ matterId: 1, on: '2026-04-01' }]);
  });
  afterAll(() => database?.close());

  it('tags each row with its hub youth id, in order, in one statement, for ids in any case', async () => {
    const before = database.statementCount;
    const rows = await crosswalkRows(database, PEOPLE, visit, [A.toUpperCase(), B, A], { orderBy: [visit.on] });
    expect(database.statementCount - before).toBe(1);
    expect(rows.map((r) => [r.youthId, r.localId, r.on])).toEqual([
      [A, 'L-A', '2026-01-01'],
      [B, 'L-B', '2026-02-01'],
      [A, 'L-A', '2026-03-01'],
    ]);
  });

  it('filters, and reaches the crosswalk through a table in between, tagging its columns', async () => {
    const some = await crosswalkRows(database, PEOPLE, visit, [A], {
      orderBy: [visit.on],
      where: eq(visit.on, '2026-03-01'),
    });
    expect(some.map((r) => r.on)).toEqual(['2026-03-01']);
    const hearings = await crosswalkRows(database, PEOPLE, hearing, [A, B], {
      orderBy: [hearing.on],
      through: { table: matter, on: eq(hearing.matterId, matter.id), localId: matter.localId },
      extra: { matterNumber: matter.number },
    });
    expect(hearings).toEqual([{ id: 1, matterId: 1, on: '2026-04-01', matterNumber: 'M-1', youthId: A }]);
  });

  it('answers nothing, without a statement, for no valid id; refuses a table with no local id', async () => {
    const before = database.statementCount;
    expect(await crosswalkRows(database, PEOPLE, visit, ['not-a-uuid'], { orderBy: [visit.on] })).toEqual([]);
    expect(database.statementCount).toBe(before);
    await expect(crosswalkRows(database, PEOPLE, hearing, [A], { orderBy: [hearing.on] })).rejects.toThrow(/localId/);
  });
});
