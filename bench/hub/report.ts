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
import { Q1, Q2, Q3, Q4, Q5, Q5_VARIABLES, type QueryName } from './queries.ts';
import { both, pairedRounds, ratio, type Summaries } from './summary.ts';
import { MONO_FACTS } from './targets.ts';

/** What the run knew before the summaries: when it started, the log it filled, the pools, the probe. */
export interface RunFacts {
  started: Date;
  logRows: Record<string, number>;
  pool: number;
  correctness: Record<string, unknown>;
  /** os.loadavg() when the run started: the machine is shared, and this says how crowded it was. */
  loadAverage: number[];
}

/** Issue 21's targets, each met or missed on this run's figures (null: not measured in this run). */
export function issueTargets(summary: Record<string, any>, scale: unknown) {
  const s = (q: QueryName, t: TargetName) => summary[`${q}/${t}`];
  const verdict = (value: number | null | undefined, ok: (v: number) => boolean) =>
    value === null || value === undefined || Number.isNaN(value) ? null : { value, met: ok(value) };
  const scaleP95 = scale
    ? Object.fromEntries(
        Object.entries(scale as Record<string, any>)
          .filter(([k, v]) => k.endsWith('/hub') && v && typeof v === 'object')
          .map(([k, v]) => [k.split('/')[0], verdict(v.p95, (x) => x <= 1.2)]),
      )
    : null;
  return {
    'Q1 CPU ms/req, hub as shipped, <= 12': verdict(s('Q1', 'hub')?.cpuMsPerRequest, (v) => v <= 12),
    'Q1 CPU/req (d)/(c) <= 1.3': verdict(
      ratio(s('Q1', 'hub')?.cpuMsPerRequest, s('Q1', 'off')?.cpuMsPerRequest),
      (v) => v <= 1.3,
    ),
    'Q1 req/s (d)/(b) >= 0.5': verdict(ratio(s('Q1', 'hub')?.rps, s('Q1', 'mono')?.rps), (v) => v >= 0.5),
    'Q4 p95 / Q1 p95, hub as shipped, <= 2': verdict(
      ratio(s('Q4', 'hub')?.latencyMs.p95, s('Q1', 'hub')?.latencyMs.p95),
      (v) => v <= 2,
    ),
    'p95 against 10,000 youths, hub as shipped, <= 1.2 (per query)': scaleP95,
  };
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
  const targets = issueTargets(summary, scale);
  const targetLines = [
    '',
    "Issue 21's targets on this run (hub as shipped):",
    '',
    ...Object.entries(targets).map(([name, v]) =>
      v === null
        ? `- ${name}: not measured in this run`
        : 'met' in v
          ? `- ${name}: ${(v as { value: number }).value}, **${(v as { met: boolean }).met ? 'met' : 'missed'}**`
          : `- ${name}: ${Object.entries(v as Record<string, { value: number; met: boolean } | null>)
              .map(([q, x]) => (x ? `${q} ${x.value} ${x.met ? 'met' : 'missed'}` : `${q} -`))
              .join(', ')}`,
    ),
  ];
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
      )} disclosure rows; ${CONNECTIONS} connections, ${ROUNDS} x ${DURATION} s per cell after ${WARMUP} s warm-up, interleaved; ${run.pool} connections per database per target${TARGETS.includes('mono') ? `; the monolith reads access facts once per ${MONO_FACTS}` : ''}; ${machine.cpus} CPUs (${machine.cpuModel}), node ${machine.node}, Postgres ${machine.postgres}; load average at the start ${run.loadAverage.map((l) => l.toFixed(2)).join(', ')} (a shared machine); ${run.started.toISOString()}`,
    '',
    '| Q | target | req/s (median) | p50 ms | p95 ms | p99 ms | CPU ms/req (all processes) | SQL statements/op | subgraph requests/op | peak RSS MiB (max / sum) | failed / with errors / internal errors |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    ...versusMono,
    ...targetLines,
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
    queries: { Q1, Q2, Q3, Q4, Q5 },
    q5Variables: Q5_VARIABLES,
    loadAverage: { start: run.loadAverage, end: os.loadavg() },
    targets,
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
