import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { SQL } from 'drizzle-orm';
import postgres from 'postgres';

export type HubDb = PgDatabase<PgQueryResultHKT, Record<string, never>>;

export interface Database {
  db: HubDb;
  /** The same connection, for the kit's disclosure log, counted apart from the agency's own reads. */
  logDb: HubDb;
  /** The same connection, for the kit's own bookkeeping (one-time ids seen), counted in neither. */
  serviceDb: HubDb;
  kind: 'pglite' | 'postgres';
  /** Runs raw SQL and returns rows, the same shape on both engines. */
  rows<T = Record<string, unknown>>(query: SQL): Promise<T[]>;
  /** The agency's SQL statements sent since start (the N+1 tests read it); log writes excluded. */
  readonly statementCount: number;
  /** The disclosure log's statements since start. */
  readonly logStatementCount: number;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL; when absent, embedded PGlite is used. */
  url?: string | undefined;
  /** PGlite data directory, or 'memory'. */
  dataDir?: string | undefined;
  /** Folder of drizzle-kit generated migrations, applied at open (then the kit's own). */
  migrationsFolder: string;
  /** false to open as is, without migrating (an auditor's read of a log it must not change). */
  migrate?: boolean;
  /** Connection pool size for postgres.js. */
  maxConnections?: number;
}

/** The kit's own tables (the disclosure log), migrated in every subgraph database. */
const KIT_MIGRATIONS = {
  migrationsFolder: fileURLToPath(new URL('../../drizzle', import.meta.url)),
  migrationsTable: '__hub_kit_migrations',
};

/** Opens the agency's own database (PGlite by default, Postgres with a URL) and migrates it. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let count = 0;
  let logCount = 0;
  const logger = { logQuery: () => void count++ };
  const logLogger = { logQuery: () => void logCount++ };
  if (options.url) {
    const client = postgres(options.url, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      // JIT compiles for costly plans, costing hundreds of milliseconds per statement for the short
      // queries a hub answers (measured on a 100,000-youth caseload count: 1.2 s of JIT, 0.16 s of work).
      connection: { application_name: 'csec-mdt-hub', jit: 'off' },
    });
    const db = drizzlePostgres(client, { logger });
    if (options.migrate !== false) {
      await migratePostgres(db, { migrationsFolder: options.migrationsFolder });
      await migratePostgres(db, KIT_MIGRATIONS);
    }
    return {
      db: db as unknown as HubDb,
      logDb: drizzlePostgres(client, { logger: logLogger }) as unknown as HubDb,
      serviceDb: drizzlePostgres(client) as unknown as HubDb,
      kind: 'postgres',
      rows: async <T>(query: SQL) => (await db.execute(query)) as unknown as T[],
      get statementCount() {
        return count;
      },
      get logStatementCount() {
        return logCount;
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dir = options.dataDir && options.dataDir !== 'memory' ? options.dataDir : undefined;
  if (dir) mkdirSync(dir, { recursive: true });
  const client = new PGlite(dir);
  const db = drizzlePglite(client, { logger });
  if (options.migrate !== false) {
    await migratePglite(db, { migrationsFolder: options.migrationsFolder });
    await migratePglite(db, KIT_MIGRATIONS);
  }
  return {
    db: db as unknown as HubDb,
    logDb: drizzlePglite(client, { logger: logLogger }) as unknown as HubDb,
    serviceDb: drizzlePglite(client) as unknown as HubDb,
    kind: 'pglite',
    rows: async <T>(query: SQL) => ((await db.execute(query)) as unknown as { rows: T[] }).rows,
    get statementCount() {
      return count;
    },
    get logStatementCount() {
      return logCount;
    },
    close: () => client.close(),
  };
}
