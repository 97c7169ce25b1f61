import { sql } from 'drizzle-orm';
import { loggableError, signServiceToken, type ServiceSigner } from '@hub/protocol';
import type { Database } from '../db/database.ts';
import type { DisclosureLog } from './log.ts';

/** The body a subgraph posts to the registry's `/checkpoints`: its chain head, under its own service token. */
export interface CheckpointBody {
  subgraph: string;
  seq: number;
  hash: string;
  rowAt: string;
}

export interface CheckpointPublisher {
  /** Sends the head now if it moved since the last one sent; resolves to the seq recorded, if any. */
  publish(): Promise<number | null>;
  /** Stops the schedule and sends the last head (the final checkpoint of a shutdown). */
  stop(): Promise<number | null>;
}

/** The default interval (CHECKPOINT_INTERVAL_SECONDS): at most this long between a write and its checkpoint. */
export const DEFAULT_CHECKPOINT_INTERVAL_SECONDS = 10;

/**
 * Records this subgraph's chain head in the registry, so that a rewrite of the whole log, or a
 * cut tail, no longer matches what the registry was told. Driven by the log's writes: after a
 * write, the head is sent once the interval since the last send has passed, so at most one
 * checkpoint per interval while the subgraph writes, and none while it is idle. `stop()` sends the
 * last head. A failure is reported (without row values) and retried an interval later; it never
 * holds up a request.
 */
export function startCheckpoints(opts: {
  log: DisclosureLog;
  registryUrl: string;
  subgraph: string;
  /** This subgraph's own service key: the registry accepts its checkpoint under no other. */
  signer: ServiceSigner;
  intervalMs: number;
  report?: (message: string, detail?: unknown) => void;
}): CheckpointPublisher {
  const url = new URL('/checkpoints', opts.registryUrl);
  let sent = 0;
  let running: Promise<number | null> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastAttempt = Date.now();
  let stopped = false;

  async function send(): Promise<number | null> {
    const head = await opts.log.head();
    if (!head || head.seq <= sent) return null;
    const body: CheckpointBody = {
      subgraph: opts.subgraph,
      seq: head.seq,
      hash: head.hash,
      rowAt: head.at.toISOString(),
    };
    const text = JSON.stringify(body);
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await signServiceToken(opts.signer, text)}`,
      },
      body: text,
      signal: AbortSignal.timeout(5000),
      // A redirect would carry the service token elsewhere.
      redirect: 'error',
    });
    if (!response.ok) {
      throw Object.assign(new Error(`the registry refused checkpoint ${head.seq}`), { status: response.status });
    }
    sent = head.seq;
    return head.seq;
  }

  const publish = (): Promise<number | null> => {
    if (running) return running;
    lastAttempt = Date.now();
    running = send()
      .catch((error: unknown) => {
        opts.report?.('checkpoint not recorded; will retry', loggableError(error));
        schedule();
        return null;
      })
      .finally(() => (running = null));
    return running;
  };

  /** A checkpoint once the interval since the last attempt has passed (at once if it has). */
  function schedule(): void {
    if (timer || stopped) return;
    timer = setTimeout(
      () => {
        timer = undefined;
        // A send still under way: the rows after it are sent by the next tick.
        if (running) return void running.then(schedule);
        void publish();
      },
      Math.max(0, lastAttempt + opts.intervalMs - Date.now()),
    );
    timer.unref();
  }

  const unsubscribe = opts.log.onWrite(schedule);
  // Rows written before this process started (a crash before its last checkpoint) are sent too.
  schedule();
  return {
    publish,
    stop: async () => {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
      timer = undefined;
      await running;
      return publish();
    },
  };
}

/** How far a log runs ahead of its last checkpoint, as `npm run audit:verify` reports it. */
export interface CheckpointLag {
  /** The last checkpoint the registry holds for the log, and how long ago it was received. */
  lastCheckpointSeq: number | null;
  lastCheckpointAgeSeconds: number | null;
  /** Rows after the last checkpoint, and the age of the oldest of them. */
  uncheckpointedRows: number;
  oldestUncheckpointedAgeSeconds: number | null;
  /**
   * Rows have waited longer than interval + margin without a checkpoint: the subgraph is not
   * checkpointing (or the registry refuses it), and those rows could be cut or rewritten unseen.
   */
  stale: boolean;
}

/**
 * The log's lag behind its last checkpoint. An idle log is not stale however old its last
 * checkpoint: a subgraph checkpoints only after it writes.
 */
export async function checkpointLag(
  database: Database,
  last: { seq: number; receivedAt: Date } | null,
  opts: { now?: Date; intervalMs: number; marginMs: number },
): Promise<CheckpointLag> {
  const now = (opts.now ?? new Date()).getTime();
  const after = last?.seq ?? 0;
  const [row] = await database.rows<{ head: string | number | null; first_at_ms: string | number | null }>(sql`
    select (select max(seq) from disclosure_log) as head,
      (select extract(epoch from at) * 1000 from disclosure_log where seq = ${after + 1}) as first_at_ms`);
  const head = Number(row?.head ?? 0);
  const firstAt = row?.first_at_ms == null ? null : Number(row.first_at_ms);
  const uncheckpointed = Math.max(0, head - after);
  const oldest = uncheckpointed && firstAt !== null ? (now - firstAt) / 1000 : null;
  return {
    lastCheckpointSeq: last?.seq ?? null,
    lastCheckpointAgeSeconds: last ? (now - last.receivedAt.getTime()) / 1000 : null,
    uncheckpointedRows: uncheckpointed,
    oldestUncheckpointedAgeSeconds: oldest,
    stale: oldest !== null && oldest * 1000 > opts.intervalMs + opts.marginMs,
  };
}
