import { GENESIS_HASH, rowHash, type ChainedFields } from './chain.ts';

/** A chain head recorded in the registry: this log had reached `seq`, ending in `hash`. */
export interface Checkpoint {
  seq: number;
  hash: string;
}

export type ChainRow = ChainedFields & { hash: string };

export interface ChainBreak {
  /** The first row (by seq) at which the log stops being what was written. */
  seq: number;
  problem: string;
}

export interface ChainReport {
  rowsChecked: number;
  checkpointsChecked: number;
  head: Checkpoint | null;
  firstBroken: ChainBreak | null;
}

/**
 * Walks a log in seq order, row by row (so a log of millions streams through in pages), then
 * holds the end against the registry's checkpoints. It catches a modified row (its hash no longer
 * matches its content), a deleted or inserted row (a gap or a broken link), a truncated tail (a
 * checkpoint beyond the end) and a rewritten chain (consistent in itself, but not at a checkpoint).
 */
export class ChainVerifier {
  private rows = 0;
  private lastSeq = 0;
  private lastHash = GENESIS_HASH;
  private broken: ChainBreak | null = null;
  private readonly hashAt = new Map<number, string>();

  constructor(private readonly checkpoints: readonly Checkpoint[] = []) {
    for (const c of checkpoints) this.hashAt.set(c.seq, '');
  }

  push(row: ChainRow): void {
    this.rows++;
    if (this.hashAt.has(row.seq)) this.hashAt.set(row.seq, row.hash);
    if (!this.broken) {
      if (row.seq !== this.lastSeq + 1) {
        this.fail(
          Math.min(row.seq, this.lastSeq + 1),
          row.seq > this.lastSeq + 1
            ? `rows ${this.lastSeq + 1}..${row.seq - 1} are missing (deleted)`
            : `row ${row.seq} appears out of order (inserted)`,
        );
      } else if (row.prevHash !== this.lastHash) {
        this.fail(row.seq, `row ${row.seq} does not link to row ${this.lastSeq} (inserted or rewritten)`);
      } else if (rowHash(row) !== row.hash) {
        this.fail(row.seq, `row ${row.seq} was modified after it was written`);
      }
    }
    this.lastSeq = row.seq;
    this.lastHash = row.hash;
  }

  finish(): ChainReport {
    for (const c of [...this.checkpoints].sort((a, b) => a.seq - b.seq)) {
      const found = this.hashAt.get(c.seq);
      if (c.seq > this.lastSeq) {
        this.fail(
          this.lastSeq + 1,
          `the log ends at row ${this.lastSeq} but was checkpointed at row ${c.seq} (truncated)`,
        );
      } else if (c.seq > 0 && found !== c.hash) {
        this.fail(c.seq, `row ${c.seq} differs from its checkpoint (the chain was rewritten)`);
      }
    }
    return {
      rowsChecked: this.rows,
      checkpointsChecked: this.checkpoints.length,
      head: this.rows ? { seq: this.lastSeq, hash: this.lastHash } : null,
      firstBroken: this.broken,
    };
  }

  private fail(seq: number, problem: string) {
    if (!this.broken || seq < this.broken.seq) this.broken = { seq, problem };
  }
}

/** Verifies a whole chain held in memory (tests, small logs). */
export function verifyChain(rows: Iterable<ChainRow>, checkpoints: readonly Checkpoint[] = []): ChainReport {
  const verifier = new ChainVerifier(checkpoints);
  for (const row of rows) verifier.push(row);
  return verifier.finish();
}
