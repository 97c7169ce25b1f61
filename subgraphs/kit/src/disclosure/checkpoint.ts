import { loggableError, signServiceToken, type ServiceSigner } from '@hub/protocol';
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
  stop(): Promise<void>;
}

/**
 * Periodically records this subgraph's chain head in the registry, so that a rewrite of the whole
 * log, or a cut tail, no longer matches what the registry was told. A failure is reported and
 * retried at the next tick; it never holds up a request.
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

  const publish = () => {
    running ??= send()
      .catch((error: unknown) => {
        opts.report?.('checkpoint not recorded; will retry', loggableError(error));
        return null;
      })
      .finally(() => (running = null));
    return running;
  };
  const timer = setInterval(() => void publish(), opts.intervalMs);
  timer.unref();
  return {
    publish,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
