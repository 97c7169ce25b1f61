import { asc, desc, gt, sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { GENESIS_HASH, rowHash, type ChainedFields } from './chain.ts';
import { disclosureLog, type DisclosureRow } from './table.ts';

/** What a request discloses about one youth, before it is numbered and chained. */
export type DisclosureEntry = Omit<ChainedFields, 'seq' | 'at' | 'prevHash'>;

/** The chain's last row: what a checkpoint signs. */
export interface ChainHead {
  seq: number;
  hash: string;
  at: Date;
}

const INSERT_CHUNK = 2000;

// Serializes writers across processes and replicas sharing one database ('hub-log' as a number).
const CHAIN_LOCK = 0x6875622d6c6f67;

interface Pending {
  entries: DisclosureEntry[];
  resolve: (rows: DisclosureRow[]) => void;
  reject: (error: unknown) => void;
}

/**
 * Appends to the data owner's disclosure log. Each request's rows are one INSERT; requests that
 * arrive while a write is under way are chained together in the next transaction (group commit),
 * so a busy subgraph does not queue one transaction per request. A caller's promise settles only
 * when its rows are committed, or rejects when they are not: then nothing may be released.
 */
export class DisclosureLog {
  private pending: Pending[] = [];
  private writing = false;

  constructor(private readonly database: Database) {}

  append(entries: readonly DisclosureEntry[]): Promise<DisclosureRow[]> {
    if (!entries.length) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.pending.push({ entries: [...entries], resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    while (this.pending.length) {
      const batch = this.pending;
      this.pending = [];
      try {
        const rows = await this.write(batch.flatMap((p) => p.entries));
        let offset = 0;
        for (const p of batch) {
          p.resolve(rows.slice(offset, offset + p.entries.length));
          offset += p.entries.length;
        }
      } catch (error) {
        for (const p of batch) p.reject(error);
      }
    }
    this.writing = false;
  }

  private write(entries: DisclosureEntry[]): Promise<DisclosureRow[]> {
    return this.database.logDb.transaction(
      async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
        const [head] = await tx
          .select({ seq: disclosureLog.seq, hash: disclosureLog.hash })
          .from(disclosureLog)
          .orderBy(desc(disclosureLog.seq))
          .limit(1);
        let seq = head?.seq ?? 0;
        let prevHash = head?.hash ?? GENESIS_HASH;
        const at = new Date();
        const rows: DisclosureRow[] = entries.map((entry) => {
          const fields: ChainedFields = { ...entry, seq: ++seq, at, prevHash };
          const row = { ...fields, released: [...entry.released], denied: [...entry.denied], hash: rowHash(fields) };
          prevHash = row.hash;
          return row;
        });
        // Postgres takes at most 65,535 parameters per statement: a large group commit is split.
        for (let i = 0; i < rows.length; i += INSERT_CHUNK)
          await tx.insert(disclosureLog).values(rows.slice(i, i + INSERT_CHUNK));
        return rows;
      },
      // Read committed whatever the server's default: the head must be read after the lock is held.
      { isolationLevel: 'read committed' },
    );
  }

  /** The last row, or null for an empty log. */
  async head(): Promise<ChainHead | null> {
    const [head] = await this.database.logDb
      .select({ seq: disclosureLog.seq, hash: disclosureLog.hash, at: disclosureLog.at })
      .from(disclosureLog)
      .orderBy(desc(disclosureLog.seq))
      .limit(1);
    return head ?? null;
  }
}

/** Every row in seq order, a page at a time: a log of millions is walked without holding it. */
export async function* readChain(database: Database, pageSize = 5000): AsyncGenerator<DisclosureRow> {
  let after = 0;
  for (;;) {
    const page = await database.logDb
      .select()
      .from(disclosureLog)
      .where(gt(disclosureLog.seq, after))
      .orderBy(asc(disclosureLog.seq))
      .limit(pageSize);
    yield* page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.seq;
  }
}
