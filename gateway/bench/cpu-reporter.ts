/**
 * Preloaded (`node --import`) into every bench child, the subgraphs' own entry points included: answers
 * the bench's `{ type: 'cpu' }` with this process's CPU time and memory, and exits with the bench.
 */
if (process.send) {
  process.on('message', (message: { type?: string }) => {
    if (message?.type !== 'cpu') return;
    const { user, system } = process.cpuUsage();
    process.send?.({ type: 'cpu', user, system, rssBytes: process.memoryUsage.rss() });
  });
  // The bench went away: do not linger.
  process.on('disconnect', () => process.exit(0));
}

export {};
