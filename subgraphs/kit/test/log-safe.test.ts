import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { loggableError } from '../src/log-safe.ts';
import { openTestDatabase, TEST_ENGINES } from '../src/testing/index.ts';

const migrations = fileURLToPath(new URL('./fixtures/migrations', import.meta.url));

describe.each(TEST_ENGINES)('an internal database error in the server log, on %s', (engine) => {
  let database: Database;
  beforeEach(async () => {
    database = await openTestDatabase(engine, migrations);
  });
  afterEach(() => database.close());

  it('keeps the code, constraint and table, and loses the row values and the parameters', async () => {
    await database.rows(sql`create table person (name text primary key)`);
    await database.rows(sql`insert into person values (${'Synthetic Youth Alpha'})`);
    const error = await database.rows(sql`insert into person values (${'Synthetic Youth Alpha'})`).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error as object))).toContain('Synthetic Youth Alpha');
    const logged = loggableError(error);
    expect(logged).toMatchObject({ name: 'DatabaseError', code: '23505', constraint: 'person_pkey' });
    expect(JSON.stringify(logged)).not.toContain('Synthetic Youth Alpha');
  });

  it('passes any other error through as it is', () => {
    const error = new Error('the registry did not answer');
    expect(loggableError(error)).toBe(error);
  });
});
