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
