import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { round2 } from '../src/stats.ts';
import {
  AUDITOR,
  CONNECTIONS,
  DURATION,
  OUT,
  PREFIX,
  QUERIES,
  ROUNDS,
  SERVER_URL,
  TARGET_LABEL,
  TARGETS,
  VIEWER,
  WARMUP,
  YOUTHS,
  type TargetName,
} from './flags.ts';
import type { Measured } from './measure.ts';
import { Q1, Q2, Q3, type QueryName } from './queries.ts';
import { both, pairedRounds, ratio, type Summaries } from './summary.ts';
import { MONO_FACTS } from './targets.ts';

/** What the run knew before the summaries: when it started, the log it filled, the pools, the probe. */
export interface RunFacts {
  started: Date;
  logRows: Record<string, number>;
  pool: number;
  correctness: Record<string, unknown>;
}

/**
 * Step 7: the markdown table (every query x target, then the hub against the monolith floor and the
 * issue's target on Q1) and the results: results/<youths>.json (every run, per-process CPU, the
 * correctness probe) and .md, or --out's.
 */
export async function report(run: RunFacts, runs: Measured[], { summary, ratios, scale }: Summaries): Promise<void> {
  const s = (q: QueryName, t: TargetName) => summary[`${q}/${t}`];
  const machine = {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: round2(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    postgres: await (async () => {
      const a = postgres(SERVER_URL, { max: 1 });
      const [v] = await a`show server_version`;
      await a.end();
      return v?.server_version as string;
    })(),
  };
  const subgraphCell = (t: TargetName, po: Measured['perOperation']) =>
    t === 'floor'
      ? '-'
      : t === 'mono'
        ? `0 (${po.inProcessExecutions} in process, ${po.factsCalls} facts reads)`
        : `${po.subgraphRequests} (+${po.accessFactsRequests} facts)`;
  // The hub against the monolith floor, (d)/(b), and the issue's target on Q1.
  const versusMono = both('hub', 'mono')
    ? [
        '',
        '| Q | (d) hub req/s | (b) monolith req/s | req/s (d)/(b) | per round | CPU ms/req (d)/(b) |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        ...QUERIES.map(
          (q) =>
            `| ${q} | ${s(q, 'hub')?.rps} | ${s(q, 'mono')?.rps} | ${ratio(s(q, 'hub')?.rps, s(q, 'mono')?.rps)} | ${pairedRounds(runs, q, 'hub', 'mono', 'rps').join(', ')} | ${ratio(s(q, 'hub')?.cpuMsPerRequest, s(q, 'mono')?.cpuMsPerRequest)} |`,
        ),
        ...(QUERIES.includes('Q1')
          ? (() => {
              const r = ratio(s('Q1', 'hub')?.rps, s('Q1', 'mono')?.rps);
              return [
                '',
                `Target: the hub as shipped at least 0.5x the monolith floor's requests per second on Q1: **${r}x, ${r !== null && r >= 0.5 ? 'met' : 'missed'}**.`,
              ];
            })()
          : []),
      ]
    : [];
  const rows = Object.values(summary).map((x) => {
    const po = x.perOperation ?? {};
    const rss = Object.values(x.peakRssMiB as Record<string, number>);
    return `| ${x.query} | ${TARGET_LABEL[x.target as TargetName]} | ${x.rps} | ${x.latencyMs.p50} | ${x.latencyMs.p95} | ${x.latencyMs.p99} | ${x.cpuMsPerRequest} | ${po.statements ?? ''}${po.logStatements ? ` + ${po.logStatements} log` : ''} | ${subgraphCell(x.target as TargetName, po)} | ${Math.max(...rss)} / ${rss.reduce((a, b) => a + b, 0)} | ${x.errors.non2xx + x.errors.socket} / ${x.errors.errorBodies} / ${x.errors.internal ?? ''} |`;
  });
  const table = [
    `${YOUTHS.toLocaleString('en-US')} youths, ${Object.values(run.logRows)
      .reduce((a, b) => a + b, 0)
      .toLocaleString(
        'en-US',
      )} disclosure rows; ${CONNECTIONS} connections, ${ROUNDS} x ${DURATION} s per cell after ${WARMUP} s warm-up, interleaved; ${run.pool} connections per database per target${TARGETS.includes('mono') ? `; the monolith reads access facts once per ${MONO_FACTS}` : ''}; ${machine.cpus} CPUs (${machine.cpuModel}), node ${machine.node}, Postgres ${machine.postgres}; ${run.started.toISOString()}`,
    '',
    '| Q | target | req/s (median) | p50 ms | p95 ms | p99 ms | CPU ms/req (all processes) | SQL statements/op | subgraph requests/op | peak RSS MiB (max / sum) | failed / with errors / internal errors |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    ...versusMono,
  ].join('\n');
  const results = {
    date: run.started.toISOString(),
    youths: YOUTHS,
    disclosureRows: run.logRows,
    machine,
    settings: {
      warmup: WARMUP,
      duration: DURATION,
      rounds: ROUNDS,
      connections: CONNECTIONS,
      viewer: VIEWER,
      auditor: AUDITOR,
      prefix: PREFIX,
      poolPerDatabasePerTarget: run.pool,
      ...(TARGETS.includes('mono') ? { monolithFacts: MONO_FACTS } : {}),
    },
    queries: { Q1, Q2, Q3 },
    correctness: run.correctness,
    summary,
    ratios,
    scale,
    runs,
    table,
  };
  const out = OUT ?? fileURLToPath(new URL(`./results/${YOUTHS}`, import.meta.url));
  writeFileSync(`${out}.json`, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(
    `${out}.md`,
    `${table}\n\nRatios:\n\n\`\`\`json\n${JSON.stringify({ ratios, scale }, null, 2)}\n\`\`\`\n`,
  );
  console.log(table);
  console.log(JSON.stringify({ ratios, scale }, null, 2));
}
