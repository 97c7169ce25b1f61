/**
 * Preloaded (`node --import`) into every bench child, a subgraph started from its own entry point
 * included: answers the bench's `{ type: 'stats' }` with this process's CPU time, memory and the
 * counters its serveChild registered, and exits with the bench.
 */
import { COUNTERS, type ChildStats } from './child.ts';

if (process.send) {
  process.on('message', (message: { type?: string }) => {
    if (message?.type !== 'stats') return;
    const { user, system } = process.cpuUsage();
    const counters = (globalThis as Record<symbol, (() => Record<string, number>) | undefined>)[COUNTERS];
    process.send?.({
      type: 'stats',
      pid: process.pid,
      user,
      system,
      rssBytes: process.memoryUsage.rss(),
      maxRssKiB: process.resourceUsage().maxRSS,
      counters: counters?.() ?? {},
    } satisfies ChildStats);
  });
  // The bench went away: do not linger.
  process.on('disconnect', () => process.exit(0));
}
