import { asc, desc, gt, sql, type SQL } from 'drizzle-orm';
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

const LOCKED_ATTEMPTS = 10;

/** Rows per INSERT: bounds one statement's size in a very large group commit. */
const INSERT_CHUNK = 5000;

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
  /** The head as of this process's last write; undefined when it may have moved. */
  private knownHead: { seq: number; hash: string } | undefined;

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

  /**
   * While this process knows the head (it wrote it, or read it under the lock), the next rows are
   * one INSERT with no transaction: `seq` is the primary key, so if another writer appended in the
   * meantime the first row's number is taken, the INSERT fails whole and the rows go again by the
   * locked path. The chain cannot fork either way.
   */
  private async write(entries: DisclosureEntry[]): Promise<DisclosureRow[]> {
    const known = this.knownHead;
    if (known && entries.length <= INSERT_CHUNK) {
      const rows = chainRows(entries, known);
      try {
        await this.database.logDb.execute(insertRows(rows));
        this.knownHead = rows[rows.length - 1]!;
        return rows;
      } catch (error) {
        this.knownHead = undefined;
        if (!isUniqueViolation(error)) throw error;
      }
    }
    // Under the lock, only a writer on the one-INSERT path can still take a number first: then
    // the transaction fails whole and is tried again with the new head.
    for (let attempt = 1; ; attempt++) {
      try {
        const rows = await this.writeLocked(entries);
        this.knownHead = rows[rows.length - 1]!;
        return rows;
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= LOCKED_ATTEMPTS) throw error;
      }
    }
  }

  private writeLocked(entries: DisclosureEntry[]): Promise<DisclosureRow[]> {
    return this.database.logDb.transaction(
      async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
        const [head] = await tx
          .select({ seq: disclosureLog.seq, hash: disclosureLog.hash })
          .from(disclosureLog)
          .orderBy(desc(disclosureLog.seq))
          .limit(1);
        const rows = chainRows(entries, head ?? { seq: 0, hash: GENESIS_HASH });
        for (let i = 0; i < rows.length; i += INSERT_CHUNK)
          await tx.execute(insertRows(rows.slice(i, i + INSERT_CHUNK)));
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

/** Numbers and chains entries after `head`. */
function chainRows(entries: readonly DisclosureEntry[], head: { seq: number; hash: string }): DisclosureRow[] {
  let seq = head.seq;
  let prevHash = head.hash;
  const at = new Date();
  return entries.map((entry) => {
    const fields: ChainedFields = { ...entry, seq: ++seq, at, prevHash };
    const row = { ...fields, released: [...entry.released], denied: [...entry.denied], hash: rowHash(fields) };
    prevHash = row.hash;
    return row;
  });
}

/**
 * One INSERT with one parameter, the rows as JSON: no per-value statement building (drizzle's
 * insert builder was the largest CPU cost of a 50-youth write) and no 65,535-parameter limit.
 */
function insertRows(rows: readonly DisclosureRow[]): SQL {
  const json = JSON.stringify(
    rows.map((r) => ({
      seq: r.seq,
      at: r.at.toISOString(),
      request_id: r.requestId,
      viewer_sub: r.viewerSub,
      viewer_name: r.viewerName,
      viewer_agency: r.viewerAgency,
      viewer_role: r.viewerRole,
      purpose: r.purpose,
      access: r.access,
      youth_id: r.youthId,
      released: r.released,
      denied: r.denied,
      policy_version: r.policyVersion,
      emergency_grant_id: r.emergencyGrantId,
      prev_hash: r.prevHash,
      hash: r.hash,
    })),
  );
  return sql`insert into ${disclosureLog} (seq, at, request_id, viewer_sub, viewer_name, viewer_agency, viewer_role,
      purpose, access, youth_id, released, denied, policy_version, emergency_grant_id, prev_hash, hash)
    select seq, at, request_id, viewer_sub, viewer_name, viewer_agency, viewer_role,
      purpose, access, youth_id, released, denied, policy_version, emergency_grant_id, prev_hash, hash
    from json_to_recordset(${json}::json) as r(seq bigint, at timestamptz, request_id text, viewer_sub text,
      viewer_name text, viewer_agency text, viewer_role text, purpose text, access text, youth_id text,
      released text[], denied text[], policy_version text, emergency_grant_id text, prev_hash text, hash text)
    order by seq`;
}

/** Postgres's unique_violation, as postgres.js and PGlite report it, whether or not drizzle wraps it. */
function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
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
