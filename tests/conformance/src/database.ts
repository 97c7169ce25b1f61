import { sql as raw } from 'drizzle-orm';
import postgres from 'postgres';
import type { Database } from '@hub/subgraph-kit';

/** Thrown to roll a probe's transaction back, carrying what the statement returned. */
class RolledBack extends Error {
  constructor(readonly rows: unknown[]) {
    super('rolled back');
  }
}

async function probe(run: () => Promise<unknown>): Promise<unknown[]> {
  try {
    await run();
  } catch (error) {
    if (error instanceof RolledBack) return error.rows;
    throw error;
  }
  throw new Error('the transaction was not rolled back');
}

const rowsOf = (result: unknown): unknown[] =>
  Array.isArray(result) ? result : (((result as { rows?: unknown[] })?.rows ?? []) as unknown[]);

/** Statements against a kit subgraph's own database (in-process), each in a transaction rolled back. */
export function kitDatabaseProbe(database: Database): (statement: string) => Promise<unknown[]> {
  return (statement) =>
    probe(() =>
      database.db.transaction(async (tx) => {
        throw new RolledBack(rowsOf(await tx.execute(raw.raw(statement))));
      }),
    );
}

/** The same against any Postgres the agency points the suite at (`--database-url`). */
export function postgresProbe(url: string): { sql: (statement: string) => Promise<unknown[]>; close(): Promise<void> } {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  return {
    sql: (statement) =>
      probe(() =>
        client.begin(async (tx) => {
          throw new RolledBack([...(await tx.unsafe(statement))]);
        }),
      ),
    close: () => client.end(),
  };
}
