import { createServer } from 'node:net';

// The suites that run `npm start` give it a base port; the hub takes the ports after it for its
// subgraphs and base + 100 for the demo's provider. A random base inside the kernel's ephemeral
// range (32768-60999 on Linux) loses races to any other suite's listen(0) or outgoing connection
// running at the same time (CI saw probation fail with EADDRINUSE that way), so the block is drawn
// below that range, from a range of the suite's own, and each of its ports is checked free first.

const canListen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

/**
 * A base port in [from, to) such that base .. base + span and base + 100 are all free now.
 * Suites running at once pass ranges that do not overlap, counting the + 100 (from .. to + 112).
 */
export async function freePortBlock(from: number, to: number, span = 12): Promise<number> {
  if (to + 100 > 32768) throw new Error(`keep the block below the ephemeral range (32768): ${from}-${to}`);
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = from + Math.floor(Math.random() * (to - from - span));
    const ports = [...Array.from({ length: span + 1 }, (_, i) => base + i), base + 100];
    let free = true;
    for (const port of ports) if (!(await canListen(port))) free = false;
    if (free) return base;
  }
  throw new Error(`no free block of ${span} ports in ${from}-${to}`);
}
