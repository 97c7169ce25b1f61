import type { Database } from '../db/database.ts';
import { readChain } from './log.ts';
import { ChainVerifier, type ChainReport, type Checkpoint } from './verify.ts';

/**
 * Walks one database's disclosure log against the checkpoints the registry holds for it,
 * a page at a time; `progress` hears every `every` rows.
 */
export async function verifyLog(
  database: Database,
  checkpoints: readonly Checkpoint[],
  options: { progress?: (rows: number) => void; every?: number; pageSize?: number } = {},
): Promise<ChainReport> {
  const verifier = new ChainVerifier(checkpoints);
  const every = options.every ?? 100_000;
  let rows = 0;
  for await (const row of readChain(database, options.pageSize)) {
    verifier.push(row);
    if (++rows % every === 0) options.progress?.(rows);
  }
  return verifier.finish();
}

/** A log's verdict, as `npm run audit:verify` and the console's live verification give it. */
export interface LogAudit extends ChainReport {
  status: 'intact' | 'broken';
  /** Why an intact log is still weakly anchored (no checkpoint yet). */
  note?: string;
}

/**
 * verifyLog with the verdict rules both the command line and the server apply: a log that cannot
 * be read is broken when the registry holds checkpoints for it (it was known to exist), and an
 * intact log with rows but no checkpoint is noted (a rewrite of the whole log could not be told).
 * Throws only when the log cannot be read and nothing was ever checkpointed.
 */
export async function auditLog(
  database: Database,
  checkpoints: readonly Checkpoint[],
  options: Parameters<typeof verifyLog>[2] = {},
): Promise<LogAudit> {
  let report: ChainReport;
  try {
    report = await verifyLog(database, checkpoints, options);
  } catch (error) {
    if (!checkpoints.length) throw error;
    return unreadableLog(checkpoints.length, `cannot read the log: ${databaseReason(error)}`);
  }
  if (report.firstBroken) return { status: 'broken', ...report };
  const unanchored = report.rowsChecked > 0 && checkpoints.length === 0;
  return {
    status: 'intact',
    ...report,
    ...(unanchored
      ? { note: 'no checkpoint yet: a rewrite of the whole log could not be told from the original' }
      : {}),
  };
}

/** A log the registry was told of (it holds checkpoints for it) that cannot be found or read: broken. */
export function unreadableLog(checkpointed: number, why: string): LogAudit {
  return {
    status: 'broken',
    rowsChecked: 0,
    checkpointsChecked: checkpointed,
    head: null,
    firstBroken: { seq: 1, problem: `${why}, but the registry holds ${checkpointed} checkpoints for this log` },
  };
}

/** The database's own reason (drizzle wraps it, with the whole query, as the cause). */
export function databaseReason(error: unknown): string {
  return ((error as Error & { cause?: Error }).cause ?? (error as Error)).message.split('\n')[0]!;
}
