import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loggableError } from '../src/log-safe.ts';

/** The errors the subgraphs meet: drizzle over PGlite always, over a Postgres server when TEST_DATABASE_URL is set. */
interface Engine {
  execute(query: SQL): Promise<unknown>;
  close(): Promise<void>;
}
const ENGINES: Record<string, () => Promise<Engine>> = {
  // Started in the hook: PGlite's first start can take seconds on a busy machine.
  pglite: async () => {
    const client = await PGlite.create();
    const db = drizzlePglite(client);
    return { execute: (query) => db.execute(query), close: () => client.close() };
  },
  // One connection, so the temporary table lives as long as the test and leaves nothing behind.
  postgres: async () => {
    const client = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
    const db = drizzlePostgres(client);
    return { execute: (query) => db.execute(query), close: () => client.end({ timeout: 5 }) };
  },
};
const engines = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

describe.each(engines)('an internal database error in the server log, on %s', (engine) => {
  let database: Engine;
  beforeEach(async () => {
    database = await ENGINES[engine]!();
  });
  afterEach(() => database.close());

  it('keeps the code, constraint and table, and loses the row values and the parameters', async () => {
    await database.execute(sql`create temporary table person (name text primary key)`);
    await database.execute(sql`insert into person values (${'Synthetic Youth Alpha'})`);
    const error = await database.execute(sql`insert into person values (${'Synthetic Youth Alpha'})`).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error as object))).toContain('Synthetic Youth Alpha');
    const logged = loggableError(error, { requestId: 'req-42' });
    // drizzle's wrapper, with the database's error as its cause.
    expect(logged).toMatchObject({ requestId: 'req-42', cause: { sqlstate: '23505', constraint: 'person_pkey' } });
    expect(JSON.stringify(logged)).not.toContain('Synthetic Youth Alpha');
    expect(JSON.stringify(logged)).not.toMatch(/insert into|params|duplicate key/i);
  });

  it('keeps no message text of any error, only its class, code and stack frames', () => {
    const error = Object.assign(new TypeError('invalid input syntax for type uuid: "Synthetic Youth Alpha"'), {
      code: 'ERR_INVALID_ARG_VALUE',
      cause: new Error('viewer sw-garcia asked for PLACEMENT'),
    });
    const logged = loggableError(error);
    expect(logged).toMatchObject({ class: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', cause: { class: 'Error' } });
    expect(logged.frames?.[0]).toMatch(/^at /);
    expect(JSON.stringify(logged)).not.toMatch(/Synthetic|sw-garcia|PLACEMENT|invalid input/);
    // A "code" that is free text is no code.
    expect(loggableError(Object.assign(new Error('x'), { code: 'value: Synthetic Youth Alpha' }))).not.toHaveProperty(
      'code',
    );
  });
});
