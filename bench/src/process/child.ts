/**
 * The child's side of a bench process: every measured process the bench writes (a subgraph, a
 * gateway, the SQL floor, the monolith) runs one serve-*.ts file, alone in its process, which calls
 * serveChild: it starts, says `ready` with its URL (or `error`), and stops when asked. Its stats,
 * with the counters given here, are answered by reporter.ts (preloaded into every child).
 */
export type ChildMessage = { type: string; [key: string]: unknown };

export interface ChildStats {
  type: 'stats';
  pid: number;
  /** process.cpuUsage(), microseconds. */
  user: number;
  system: number;
  rssBytes: number;
  /** process.resourceUsage().maxRSS, in KiB: the peak since the process started. */
  maxRssKiB: number;
  counters: Record<string, number>;
}

/** Where reporter.ts finds this process's counters (a global: the preload is a module of its own). */
export const COUNTERS = Symbol.for('hub.bench.counters');

const failure = (error: unknown): ChildMessage => ({
  type: 'error',
  message: error instanceof Error ? (error.stack ?? error.message) : String(error),
});

export function serveChild(handlers: {
  start(): Promise<{ url: string }>;
  counters?(): Record<string, number>;
  stop(): Promise<void>;
}): void {
  const send = (message: ChildMessage) => process.send?.(message);
  (globalThis as Record<symbol, unknown>)[COUNTERS] = handlers.counters;
  process.on('message', (message: ChildMessage) => {
    if (message.type !== 'stop') return;
    void handlers.stop().then(
      () => {
        send({ type: 'stopped' });
        process.disconnect?.();
        process.exit(0);
      },
      (error: unknown) => send(failure(error)),
    );
  });
  handlers.start().then(
    ({ url }) => send({ type: 'ready', url }),
    (error: unknown) => send(failure(error)),
  );
}
