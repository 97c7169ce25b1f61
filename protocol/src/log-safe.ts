/**
 * What an error may say in a server log: enough for an operator to know what failed and where,
 * nothing of the record. Message text is never kept: a database error's message, its `detail`
 * ("Key (...)=(...) already exists", "Failing row contains (...)"), drizzle's wrapper (the query
 * and its `params`) and postgres.js's `parameters` and `query` all carry row values, and so may
 * any other message (`invalid input syntax for type uuid: "..."`). Kept: the class name, the
 * error's code, the SQLSTATE, the constraint, table and column names (schema, not data), an HTTP
 * status, the request id when the caller knows it, the stack frames (never the stack's first
 * line, which repeats the message), and the same of each cause.
 */
export interface LoggedError {
  class: string;
  /** A code that is not a SQLSTATE: `ECONNREFUSED`, `CONNECTION_ENDED`, a GraphQL error's code. */
  code?: string;
  /** Postgres's five-character error code (`23505` unique violation, `P0001` raised by a function). */
  sqlstate?: string;
  constraint?: string;
  table?: string;
  column?: string;
  status?: number;
  requestId?: string;
  frames?: string[];
  cause?: LoggedError;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
/** A code is an identifier, never free text: anything else is dropped. */
const CODE = /^[A-Za-z0-9_.:-]{1,64}$/;
/** An identifier as Postgres names one: a schema name, never a value. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_$]{0,62}$/;
const MAX_FRAMES = 8;
const MAX_DEPTH = 4;

export function loggableError(error: unknown, context: { requestId?: string | undefined } = {}): LoggedError {
  const logged = describe(error, 0);
  if (context.requestId && CODE.test(context.requestId)) logged.requestId = context.requestId;
  return logged;
}

function describe(error: unknown, depth: number): LoggedError {
  if (error === null || typeof error !== 'object') return { class: error === null ? 'null' : typeof error };
  const e = error as Record<string, unknown> & { constructor?: { name?: unknown } };
  const name = typeof e.constructor?.name === 'string' && e.constructor.name ? e.constructor.name : 'Object';
  const logged: LoggedError = { class: IDENTIFIER.test(name) ? name : 'Object' };
  const code = typeof e.code === 'string' ? e.code : codeOf(e.extensions);
  if (code && SQLSTATE.test(code) && typeof e.code === 'string' && isDatabaseError(e)) logged.sqlstate = code;
  else if (code && CODE.test(code)) logged.code = code;
  const constraint = e.constraint_name ?? e.constraint;
  const table = e.table_name ?? e.table;
  const column = e.column_name ?? e.column;
  if (typeof constraint === 'string' && IDENTIFIER.test(constraint)) logged.constraint = constraint;
  if (typeof table === 'string' && IDENTIFIER.test(table)) logged.table = table;
  if (typeof column === 'string' && IDENTIFIER.test(column)) logged.column = column;
  const status = e.status ?? e.statusCode;
  if (typeof status === 'number' && Number.isInteger(status)) logged.status = status;
  if (typeof e.stack === 'string') {
    const frames = e.stack
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .slice(0, MAX_FRAMES)
      .map((line) => line.trim());
    if (frames.length) logged.frames = frames;
  }
  const cause = e.cause ?? e.originalError;
  if (cause !== undefined && cause !== error && depth < MAX_DEPTH) logged.cause = describe(cause, depth + 1);
  return logged;
}

function codeOf(extensions: unknown): string | undefined {
  const code = (extensions as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** postgres.js's PostgresError and PGlite's DatabaseError carry a SQLSTATE; so might others. */
function isDatabaseError(e: Record<string, unknown>): boolean {
  return (
    'severity' in e || 'routine' in e || 'file' in e || 'sqlstate' in e || /Postgres|Database/.test(String(e.name))
  );
}
