import { and, asc, desc, eq } from 'drizzle-orm';
import type { Database } from '@hub/subgraph-kit';
import { logCheckpoint, type CheckpointRow } from './schema.ts';

// The disclosure-log checkpoints subgraphs report: the SQL of POST /checkpoints and of audit:verify.

export type { CheckpointRow };

export interface CheckpointInput {
  subgraph: string;
  seq: number;
  hash: string;
  rowAt: Date;
  signedAt: Date;
  token: string;
}

export type CheckpointOutcome =
  | { kind: 'recorded' }
  | { kind: 'unchanged' }
  | { kind: 'regression'; last: CheckpointRow }
  | { kind: 'conflict'; last: CheckpointRow };

/** Every checkpoint recorded, by subgraph then sequence number (one subgraph's only, if named). */
export async function checkpointsOf({ db }: Database, subgraph?: string): Promise<CheckpointRow[]> {
  return db
    .select()
    .from(logCheckpoint)
    .where(subgraph === undefined ? undefined : eq(logCheckpoint.subgraph, subgraph))
    .orderBy(asc(logCheckpoint.subgraph), asc(logCheckpoint.seq));
}

async function lastCheckpoint({ db }: Database, subgraph: string): Promise<CheckpointRow | undefined> {
  const [row] = await db
    .select()
    .from(logCheckpoint)
    .where(eq(logCheckpoint.subgraph, subgraph))
    .orderBy(desc(logCheckpoint.seq))
    .limit(1);
  return row;
}

/**
 * Records a chain head unless it contradicts what the subgraph reported before: a lower sequence
 * number than the last, or the same number with another hash, is a rewritten chain. The same
 * head twice is recorded once. (subgraph, seq) is unique, so a concurrent duplicate is caught too.
 */
export async function recordCheckpoint(database: Database, input: CheckpointInput): Promise<CheckpointOutcome> {
  const judge = (last: CheckpointRow | undefined): CheckpointOutcome | undefined => {
    if (!last || input.seq > last.seq) return undefined;
    if (input.seq < last.seq) return { kind: 'regression', last };
    return last.hash === input.hash ? { kind: 'unchanged' } : { kind: 'conflict', last };
  };
  const before = judge(await lastCheckpoint(database, input.subgraph));
  if (before) return before;
  const inserted = await database.db
    .insert(logCheckpoint)
    .values(input)
    .onConflictDoNothing({ target: [logCheckpoint.subgraph, logCheckpoint.seq] })
    .returning({ id: logCheckpoint.id });
  if (inserted.length) return { kind: 'recorded' };
  // Another request recorded this sequence number meanwhile: the same head, or a contradiction.
  const [same] = await database.db
    .select()
    .from(logCheckpoint)
    .where(and(eq(logCheckpoint.subgraph, input.subgraph), eq(logCheckpoint.seq, input.seq)));
  return same && same.hash === input.hash ? { kind: 'unchanged' } : { kind: 'conflict', last: same! };
}
