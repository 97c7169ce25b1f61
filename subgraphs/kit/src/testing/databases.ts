import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type Database } from '../db/database.ts';

export type Engine = 'pglite' | 'postgres';

/** PGlite always; the Postgres server too when TEST_DATABASE_URL is set (CI sets it). */
export const TEST_ENGINES: Engine[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A fresh, migrated database for one test: in-memory PGlite, or a new database on the server. */
export async function openTestDatabase(engine: Engine, migrationsFolder: string): Promise<Database> {
  if (engine === 'pglite') return openDatabase({ dataDir: 'memory', migrationsFolder });
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const name = `hub_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), migrationsFolder, maxConnections: 4 });
  return {
    ...database,
    rows: database.rows,
    get statementCount() {
      return database.statementCount;
    },
    get logStatementCount() {
      return database.logStatementCount;
    },
    close: async () => {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
