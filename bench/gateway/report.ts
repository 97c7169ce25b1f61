import { writeFileSync } from 'node:fs';
import os from 'node:os';
import type { BenchChild } from '../src/process/parent.ts';
import { median, percentile, perRequest, round2 } from '../src/stats.ts';
import type { probe } from './probe.ts';
import type { RoundResult } from './rounds.ts';
import {
  CONNECTIONS,
  KINDS,
  LABEL,
  OUT,
  ROUNDS,
  SECONDS,
  version,
  WARMUP_ROUNDS,
  WARMUP_SECONDS,
  YOUTHS,
  type Kind,
} from './settings.ts';
import { YOUTH_SUMMARY } from './workload.ts';

/**
 * Step 4: per gateway, the median req/s, pooled latencies, CPU per request (the gateway's, the
 * subgraphs'), RSS at the end; apollo over hive paired round by round; the table; results.json.
 */
export async function report(
  run: { started: Date; gateways: Record<Kind, BenchChild> } & Omit<Awaited<ReturnType<typeof probe>>, 'order'>,
  {
    warmups,
    rounds,
    latencies,
  }: { warmups: RoundResult[]; rounds: RoundResult[]; latencies: Record<Kind, number[][]> },
): Promise<void> {
  const { gateways, mix, correctness } = run;
  const summary = Object.fromEntries(
    KINDS.map((kind) => {
      const mine = rounds.filter((r) => r.kind === kind);
      const pooled = latencies[kind].flat().sort((a, b) => a - b);
      const requests = mine.reduce((a, r) => a + r.requests, 0);
      const cpu = mine.reduce((a, r) => a + r.gatewayCpuMs, 0);
      return [
        kind,
        {
          label: LABEL[kind],
          rounds: mine.length,
          rpsMedian: round2(median(mine.map((r) => r.rps))),
          rpsRounds: mine.map((r) => r.rps),
          requests,
          latencyMs: {
            p50: round2(percentile(pooled, 50)),
            p95: round2(percentile(pooled, 95)),
            p99: round2(percentile(pooled, 99)),
          },
          gatewayCpuMsPerRequest: perRequest(cpu, requests),
          gatewayCpuMsPerRequestRounds: mine.map((r) => r.gatewayCpuMsPerRequest),
          subgraphsCpuMsPerRequest: median(mine.map((r) => r.subgraphsCpuMsPerRequest)),
          errors: mine.reduce((a, r) => a + r.errors.total, 0),
        },
      ];
    }),
  ) as Record<
    Kind,
    {
      label: string;
      rpsMedian: number;
      rpsRounds: number[];
      requests: number;
      latencyMs: { p50: number; p95: number; p99: number };
      gatewayCpuMsPerRequest: number;
      gatewayCpuMsPerRequestRounds: number[];
      subgraphsCpuMsPerRequest: number;
      errors: number;
      rounds: number;
    }
  >;
  const rss = { hive: (await gateways.hive.stats()).rssBytes, apollo: (await gateways.apollo.stats()).rssBytes };
  // Paired per round (apollo's round r against hive's round r), which cancels slow drift of the machine.
  const paired = rounds
    .filter((r) => r.kind === 'apollo')
    .map((a) => {
      const h = rounds.find((r) => r.kind === 'hive' && r.round === a.round)!;
      return { rps: round2(a.rps / h.rps), cpu: round2(a.gatewayCpuMsPerRequest / h.gatewayCpuMsPerRequest) };
    });
  const apolloOverHive = {
    rpsPerRound: paired.map((p) => p.rps),
    rpsMedian: median(paired.map((p) => p.rps)),
    gatewayCpuPerRequestPerRound: paired.map((p) => p.cpu),
    gatewayCpuPerRequestMedian: median(paired.map((p) => p.cpu)),
  };

  const table = [
    `| Gateway | req/s (median of ${ROUNDS}) | p50 ms | p95 ms | p99 ms | gateway CPU ms/req | subgraphs CPU ms/req | gateway RSS MiB | errors |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...KINDS.map((kind) => {
      const s = summary[kind];
      const mib = Math.round(rss[kind] / 2 ** 20);
      return `| ${s.label} | ${s.rpsMedian} | ${s.latencyMs.p50} | ${s.latencyMs.p95} | ${s.latencyMs.p99} | ${s.gatewayCpuMsPerRequest} | ${s.subgraphsCpuMsPerRequest} | ${mib} | ${s.errors} |`;
    }),
  ].join('\n');

  const results = {
    date: run.started.toISOString(),
    machine: {
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      memoryGiB: round2(os.totalmem() / 2 ** 30),
    },
    versions: {
      '@graphql-hive/gateway-runtime': version('@graphql-hive/gateway-runtime'),
      '@apollo/gateway': version('@apollo/gateway'),
      '@apollo/server': version('@apollo/server'),
      autocannon: version('autocannon'),
    },
    settings: {
      rounds: ROUNDS,
      seconds: SECONDS,
      warmupRounds: WARMUP_ROUNDS,
      warmupSeconds: WARMUP_SECONDS,
      connections: CONNECTIONS,
      youths: YOUTHS,
      order: 'hive, apollo, hive, apollo, ... (warm-up rounds first, then the timed rounds)',
    },
    query: YOUTH_SUMMARY,
    workload: mix,
    correctness,
    summary,
    apolloOverHive,
    gatewayRssMiBAtEnd: { hive: round2(rss.hive / 2 ** 20), apollo: round2(rss.apollo / 2 ** 20) },
    warmups,
    rounds,
    table,
  };
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);

  const ratio = (a: number, b: number) => round2(a / b);
  console.log(table);
  console.log(
    `\napollo/hive: req/s ${ratio(summary.apollo.rpsMedian, summary.hive.rpsMedian)} (paired rounds: ${apolloOverHive.rpsPerRound.join(', ')}); ` +
      `gateway CPU per request ${ratio(summary.apollo.gatewayCpuMsPerRequest, summary.hive.gatewayCpuMsPerRequest)} (paired rounds: ${apolloOverHive.gatewayCpuPerRequestPerRound.join(', ')})`,
  );
  console.log(
    `machine: ${results.machine.cpus} CPUs (${results.machine.cpuModel}), node ${results.machine.node}; results in ${OUT}`,
  );
}
