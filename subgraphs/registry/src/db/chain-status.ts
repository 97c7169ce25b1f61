import { asc, desc } from 'drizzle-orm';
import type { Database } from '@hub/subgraph-kit';
import { logCheckpoint, type CheckpointRow } from './schema.ts';

/** The latest checkpoint of each subgraph that has reported one: one row per subgraph. */
export async function latestCheckpoints({ db }: Database): Promise<CheckpointRow[]> {
  return db
    .selectDistinctOn([logCheckpoint.subgraph])
    .from(logCheckpoint)
    .orderBy(asc(logCheckpoint.subgraph), desc(logCheckpoint.seq));
}
