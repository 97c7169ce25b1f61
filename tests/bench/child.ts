/**
 * The bench child's side: every measured process (each subgraph, each gateway, the SQL floor, the
 * monolith) runs one of the serve-*.ts files, alone in its own process, and answers the bench over IPC:
 * `stats` (its own process.cpuUsage(), RSS, peak RSS and its counters) and `stop`.
 */
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

export function serveChild(handlers: {
  start(): Promise<{ url: string }>;
  counters(): Record<string, number>;
  stop(): Promise<void>;
}): void {
  const send = (message: object) => process.send?.(message);
  process.on('message', (message: { type?: string }) => {
    void (async () => {
      try {
        if (message.type === 'stats') {
          const { user, system } = process.cpuUsage();
          send({
            type: 'stats',
            pid: process.pid,
            user,
            system,
            rssBytes: process.memoryUsage.rss(),
            maxRssKiB: process.resourceUsage().maxRSS,
            counters: handlers.counters(),
          } satisfies ChildStats);
        } else if (message.type === 'stop') {
          await handlers.stop();
          send({ type: 'stopped' });
          process.disconnect?.();
          process.exit(0);
        }
      } catch (error) {
        send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      }
    })();
  });
  process.on('disconnect', () => process.exit(0));
  handlers.start().then(
    ({ url }) => send({ type: 'ready', url }),
    (error: unknown) =>
      send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
}
