/**
 * npm run bench -- [--youths 10000] [--duration 20] ... (--help lists them; bench/README.md explains)
 *
 * The hub against its own floors, side by side in one run: (a) the SQL floor, (b) the monolith floor,
 * (c) the hub with enforcement and the disclosure log off, (d) the hub as shipped. Each step is a
 * file of its own: seed.ts and disclosure-logs.ts (the data), targets.ts (the processes),
 * requests.ts (what each target is asked), correctness.ts (the same answers?), measure.ts (the
 * interleaved rounds), summary.ts (medians and ratios), report.ts (the table and the results files).
 */
import os from 'node:os';
import postgres from 'postgres';
import { createTestKeys } from '@hub/subgraph-kit/testing';
import type { BenchChild } from '../src/process/parent.ts';
import { checkCorrectness } from './correctness.ts';
import { fillDisclosureLogs } from './disclosure-logs.ts';
import { checkFlags, dbUrl, HELP, log, PREFIX, REGISTRY, TARGETS, USAGE, YOUTHS } from './flags.ts';
import { runRounds } from './measure.ts';
import { report } from './report.ts';
import { requests } from './requests.ts';
import { ensureSeeded } from './seed.ts';
import { summarize } from './summary.ts';
import { poolSize, startTargets } from './targets.ts';

async function main() {
  const started = new Date();
  const loadAverage = os.loadavg();
  log(`load average ${loadAverage.map((l) => l.toFixed(2)).join(', ')}`);
  log(
    `${os.availableParallelism()} CPUs (${os.cpus()[0]?.model}), node ${process.version}; ${YOUTHS} youths, prefix ${PREFIX}`,
  );
  await ensureSeeded();
  const registry = postgres(dbUrl(REGISTRY), { max: 1, onnotice: () => {} });
  const youthIds = (await registry`select id::text as id from youth order by id`).map((r) => r.id as string);
  await registry.end();
  const logRows = await fillDisclosureLogs(youthIds);
  log(`disclosure log rows: ${JSON.stringify(logRows)}`);

  const keys = await createTestKeys();
  const pool = await poolSize(TARGETS.length);
  log(`${pool} connections per database per target`);
  const all: BenchChild[] = [];
  try {
    const groups = await startTargets(keys, pool, all);
    const requestsFor = await requests(keys, groups);
    const correctness = await checkCorrectness(groups, requestsFor);
    const { runs, pooled } = await runRounds(groups, requestsFor);
    const peak = Object.fromEntries(
      await Promise.all(all.map(async (p) => [p.name, Math.round((await p.stats()).maxRssKiB / 1024)])),
    );
    await report({ started, logRows, pool, correctness, loadAverage }, runs, summarize(runs, pooled, peak));
  } finally {
    await Promise.all(all.map((p) => p.stop()));
  }
}

const problem = checkFlags();
if (HELP) console.log(USAGE);
else if (problem) {
  console.error(`bench: ${problem}\n\n${USAGE}`);
  process.exitCode = 2;
} else await main();
