import { asc, desc, gt, sql, type SQL } from 'drizzle-orm';
import type { Database, HubDb } from '../db/database.ts';
import { GENESIS_HASH, rowHash, type ChainedFields } from './chain.ts';
import { disclosureLog, type DisclosureRow } from './table.ts';

/** A transaction on a subgraph's database, as drizzle hands it to `db.transaction`'s callback. */
export type HubTx = Parameters<Parameters<HubDb['transaction']>[0]>[0];

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
  private readonly listeners = new Set<() => void>();

  /** Hears every committed write of this process (the checkpoint publisher); returns the unsubscribe. */
  onWrite(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells the listeners that rows were committed (`appendWithin`'s caller, once its transaction is). */
  written(): void {
    for (const listener of this.listeners) listener();
  }

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
        this.written();
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
   * ONE statement that takes the chain lock itself and inserts only if the remembered head is still
   * in the log as remembered. If another writer appended since, the first row's `seq` (the primary
   * key) is taken and the statement fails whole; if the database lost that head (a failover or a
   * restore behind it), nothing is inserted. Either way the rows go by the locked path, which reads
   * the true head. Since both paths hold the lock, the locked path is never overtaken.
   */
  private async write(entries: DisclosureEntry[]): Promise<DisclosureRow[]> {
    const known = this.knownHead;
    this.knownHead = undefined;
    if (known && entries.length <= INSERT_CHUNK) {
      const rows = chainRows(entries, known);
      try {
        const inserted = await this.execute(insertRows(rows, known));
        if (inserted.length === rows.length) {
          this.knownHead = rows[rows.length - 1]!;
          return rows;
        }
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    // A safety net: both paths take the lock, so a taken number here means a writer that does not.
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

  /** Runs a log statement; the rows it returns, the same shape on both engines. */
  private async execute(query: SQL): Promise<unknown[]> {
    const result = (await this.database.logDb.execute(query)) as unknown;
    return Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []);
  }

  private writeLocked(entries: DisclosureEntry[]): Promise<DisclosureRow[]> {
    return this.database.logDb.transaction(
      (tx) => appendLocked(tx, entries),
      // Read committed whatever the server's default: the head must be read after the lock is held.
      { isolationLevel: 'read committed' },
    );
  }

  /**
   * Appends inside the caller's transaction, so a change and its disclosure rows commit together
   * or not at all. It takes the same chain lock as `append` (held until the caller's transaction
   * ends) and reads the head under it, so the chain stays one sequence. The caller's transaction
   * must be read committed (a snapshot taken before the lock would miss the true head).
   */
  async appendWithin(tx: HubTx, entries: readonly DisclosureEntry[]): Promise<DisclosureRow[]> {
    // The head this process remembers is passed by these rows once they commit, or they roll back.
    this.knownHead = undefined;
    if (!entries.length) return [];
    return appendLocked(tx, entries);
  }

  /**
   * Appends rows written at given past instants (the demo's year of history, an import), chained
   * like any other under the chain lock. Instants must not go backwards (from the head on, and
   * within `entries`) nor lie ahead: the log stays in time order, and the chain verifies.
   */
  async appendHistory(entries: readonly (DisclosureEntry & { at: Date })[]): Promise<number> {
    if (!entries.length) return 0;
    const now = Date.now();
    for (let i = 0; i < entries.length; i++) {
      const at = entries[i]!.at.getTime();
      if (!Number.isFinite(at) || at > now) throw new Error('history rows cannot lie ahead');
      if (i > 0 && at < entries[i - 1]!.at.getTime()) throw new Error('history rows must be in time order');
    }
    this.knownHead = undefined;
    const rows = await this.database.logDb.transaction(
      async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
        const [head] = await tx
          .select({ seq: disclosureLog.seq, hash: disclosureLog.hash, at: disclosureLog.at })
          .from(disclosureLog)
          .orderBy(desc(disclosureLog.seq))
          .limit(1);
        if (head && entries[0]!.at.getTime() < head.at.getTime()) {
          throw new Error('history rows cannot go before the last row of the log');
        }
        const chained = chainRows(entries, head ?? { seq: 0, hash: GENESIS_HASH });
        for (let i = 0; i < chained.length; i += INSERT_CHUNK) {
          await tx.execute(insertRows(chained.slice(i, i + INSERT_CHUNK)));
        }
        return chained;
      },
      { isolationLevel: 'read committed' },
    );
    this.written();
    return rows.length;
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

/** Under the chain lock in `tx`: reads the true head and inserts the rows after it. */
async function appendLocked(tx: HubTx, entries: readonly DisclosureEntry[]): Promise<DisclosureRow[]> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [head] = await tx
    .select({ seq: disclosureLog.seq, hash: disclosureLog.hash })
    .from(disclosureLog)
    .orderBy(desc(disclosureLog.seq))
    .limit(1);
  const rows = chainRows(entries, head ?? { seq: 0, hash: GENESIS_HASH });
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await tx.execute(insertRows(rows.slice(i, i + INSERT_CHUNK)));
  return rows;
}

/** Numbers and chains entries after `head`. */
function chainRows(
  entries: readonly (DisclosureEntry & { at?: Date })[],
  head: { seq: number; hash: string },
): DisclosureRow[] {
  let seq = head.seq;
  let prevHash = head.hash;
  const now = new Date();
  return entries.map(({ at = now, ...entry }) => {
    const fields: ChainedFields = { ...entry, seq: ++seq, at, prevHash };
    const row = {
      ...fields,
      released: [...entry.released],
      denied: [...entry.denied],
      basis: entry.basis ? [...entry.basis] : null,
      hash: rowHash(fields),
    };
    prevHash = row.hash;
    return row;
  });
}

/**
 * One INSERT with one parameter, the rows as JSON: no per-value statement building (drizzle's
 * insert builder was the largest CPU cost of a 50-youth write) and no 65,535-parameter limit.
 */
function insertRows(rows: readonly DisclosureRow[], after?: { seq: number; hash: string }): SQL {
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
      basis: r.basis,
      prev_hash: r.prevHash,
      hash: r.hash,
    })),
  );
  const columns = sql.raw(`seq, at, request_id, viewer_sub, viewer_name, viewer_agency, viewer_role,
      purpose, access, youth_id, released, denied, policy_version, emergency_grant_id, basis, prev_hash, hash`);
  const source = sql`json_to_recordset(${json}::json) as r(seq bigint, at timestamptz, request_id text,
      viewer_sub text, viewer_name text, viewer_agency text, viewer_role text, purpose text, access text,
      youth_id text, released text[], denied text[], policy_version text, emergency_grant_id text,
      basis jsonb, prev_hash text, hash text)`;
  if (!after) return sql`insert into ${disclosureLog} (${columns}) select ${columns} from ${source} order by seq`;
  // The lock first, then the remembered head, then the rows: no row without both.
  return sql`with chain_lock as materialized (select pg_advisory_xact_lock(${CHAIN_LOCK}) as locked),
      head as materialized (select l.seq from chain_lock, ${disclosureLog} l
        where l.seq = ${after.seq} and l.hash = ${after.hash})
    insert into ${disclosureLog} (${columns})
    select ${sql.raw('r.seq, r.at, r.request_id, r.viewer_sub, r.viewer_name, r.viewer_agency, r.viewer_role, r.purpose, r.access, r.youth_id, r.released, r.denied, r.policy_version, r.emergency_grant_id, r.basis, r.prev_hash, r.hash')}
    from head, ${source} order by r.seq
    returning seq`;
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
