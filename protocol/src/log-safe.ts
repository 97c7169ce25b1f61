/**
 * What an internal error may say in the server's log. Operators need to know what failed and
 * where, not the record: a database error keeps its code, constraint, table and message, and
 * loses the query's parameters (drizzle puts them in its message) and Postgres's `detail`
 * ("Key (...)=(...) already exists", "Failing row contains (...)"), which carry row values.
 */
export function loggableError(error: unknown): unknown {
  const database = databaseError(error);
  if (!database) return error;
  const wrapper = error as { message?: unknown; stack?: unknown };
  const query = typeof wrapper.message === 'string' ? wrapper.message.split('\nparams:')[0] : undefined;
  return {
    name: 'DatabaseError',
    code: database.code,
    message: database.message,
    ...(database.constraint_name ? { constraint: database.constraint_name } : {}),
    ...(database.table_name ? { table: database.table_name } : {}),
    ...(database.column_name ? { column: database.column_name } : {}),
    ...(query && query !== database.message ? { query } : {}),
  };
}

interface PgError {
  code: string;
  message: string;
  constraint_name?: string;
  table_name?: string;
  column_name?: string;
}

/** The Postgres error in the cause chain (postgres.js and PGlite both carry a 5-character code). */
function databaseError(error: unknown): PgError | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const candidate = e as Partial<PgError> & { constraint?: string; table?: string; column?: string };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return {
        code: candidate.code,
        message: String(candidate.message ?? ''),
        constraint_name: candidate.constraint_name ?? candidate.constraint,
        table_name: candidate.table_name ?? candidate.table,
        column_name: candidate.column_name ?? candidate.column,
      };
    }
  }
  return undefined;
}
