/**
 * The gateway library, chosen by measurement: the same committed supergraph, the same subgraphs, the
 * same work per request (user-token verification, forwarded headers, a signature per subgraph
 * request), served by the hub's own gateway (createHubGateway) with (a) the Hive Gateway runtime as its
 * engine (hive-engine.ts, kept for this comparison only) and (b) @apollo/gateway + @apollo/server, the
 * engine the hub ships (gateway/src/apollo-engine.ts). The HTTP layer, the checks before the engine and
 * the signing are the same code for both; only the engine differs.
 *
 *   npm run bench:gateway -w @hub/bench
 *
 * Processes: this one (autocannon, the load); the registry and child welfare, each started from its own
 * dev entry point (src/dev.ts, as `npm start` runs them) with an in-memory PGlite seeded from the
 * synthetic world; one child per gateway (serve-gateway.ts, so each gateway's CPU time is its own).
 * After checking that both gateways give identical, correct answers (probe.ts), each gets a warm-up,
 * then timed rounds alternate hive, apollo, hive, apollo, ... (rounds.ts). Writes
 * bench/gateway/results.json and prints a markdown table (report.ts). Settings: BENCH_ROUNDS (5),
 * BENCH_SECONDS (10), BENCH_WARMUP_ROUNDS (2), BENCH_WARMUP_SECONDS (10), BENCH_CONNECTIONS (16),
 * BENCH_YOUTHS (200); BENCH_OUT writes the results elsewhere (a trial run); BENCH_NODE_ARGS adds node
 * flags to the children (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
 */
import os from 'node:os';
import { createTestKeys } from '@hub/subgraph-kit/testing';
import { generateWorld } from '@hub/synthetic';
import type { BenchChild } from '../src/process/parent.ts';
import { startProcesses } from './processes.ts';
import { probe } from './probe.ts';
import { report } from './report.ts';
import { runRounds } from './rounds.ts';
import { KINDS, YOUTHS, type Kind } from './settings.ts';

async function main() {
  const started = new Date();
  console.error(`[bench] ${os.availableParallelism()} CPUs, node ${process.version}; starting subgraphs and gateways`);
  const keys = await createTestKeys();
  const world = generateWorld({ youths: YOUTHS });
  const all: BenchChild[] = [];
  try {
    const { subgraphs, subgraphUrls, gateways } = await startProcesses(keys, all);
    const urls = Object.fromEntries(KINDS.map((k) => [k, gateways[k].url])) as Record<Kind, string>;
    const pids = Object.fromEntries(all.map((c) => [c.name, c.process.pid]));
    console.error(
      `[bench] subgraphs ${JSON.stringify(subgraphUrls)}; gateways ${JSON.stringify(urls)}; pids ${JSON.stringify(pids)}`,
    );
    const { order, mix, correctness } = await probe(keys, world, urls);
    const measured = await runRounds(urls, gateways, subgraphs, order);
    await report({ started, gateways, mix, correctness }, measured);
  } finally {
    for (const child of all) await child.stop(fromEntryPoint(child) ? 'signal' : 'message');
  }
}

/** A subgraph started from its entry point stops on SIGTERM; a bench child when asked. */
const fromEntryPoint = (child: BenchChild) => !(KINDS as readonly string[]).includes(child.name);

await main();
