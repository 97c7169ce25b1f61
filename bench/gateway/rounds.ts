import autocannon from 'autocannon';
import type { BenchChild } from '../src/process/parent.ts';
import { cpuMs, percentile, perRequest, round2, sleep } from '../src/stats.ts';
import type { Entry } from './probe.ts';
import { CONNECTIONS, KINDS, ROUNDS, SECONDS, WARMUP_ROUNDS, WARMUP_SECONDS, type Kind } from './settings.ts';
import { looksLikeFullAnswer } from './workload.ts';

export interface RoundResult {
  kind: Kind;
  round: number;
  warmup: boolean;
  seconds: number;
  requests: number;
  rps: number;
  /** Responses whose body was checked (all of them, or the run is not trustworthy). */
  checkedResponses: number;
  errors: { total: number; socket: number; timeouts: number; non2xx: number; badBody: number };
  latencyMs: { p50: number; p95: number; p99: number; mean: number; max: number };
  gatewayCpuMs: number;
  gatewayCpuMsPerRequest: number;
  subgraphsCpuMsPerRequest: number;
  loadGeneratorCpuMsPerRequest: number;
}

/** The subgraphs' CPU together: one sample from each, summed. */
async function subgraphsCpu(subgraphs: BenchChild[]) {
  const samples = await Promise.all(subgraphs.map((s) => s.stats()));
  return samples.reduce((a, b) => ({ user: a.user + b.user, system: a.system + b.system }), { user: 0, system: 0 });
}

/** One round of load on one gateway, every response checked, every process's CPU read before and after. */
async function runRound(
  kind: Kind,
  url: string,
  gateway: BenchChild,
  subgraphs: BenchChild[],
  order: Entry[],
  round: number,
  warmup: boolean,
): Promise<{ r: RoundResult; latencies: number[] }> {
  await sleep(1000);
  let next = round * 7919; // a different starting point each round
  let badBody = 0;
  let checked = 0;
  const latencies: number[] = [];
  const gatewayBefore = await gateway.stats();
  const subgraphsBefore = await subgraphsCpu(subgraphs);
  const selfBefore = process.cpuUsage();
  const instance = autocannon({
    url: `${url}/graphql`,
    connections: CONNECTIONS,
    duration: warmup ? WARMUP_SECONDS : SECONDS,
    pipelining: 1,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        setupRequest(request, context) {
          const e = order[next++ % order.length]!;
          context.youthId = e.youthId;
          return { ...request, method: 'POST', path: '/graphql', headers: { ...e.headers }, body: e.body };
        },
        onResponse(status, body, context) {
          checked++;
          if (status === 200 && !looksLikeFullAnswer(context.youthId as string, body)) {
            if (badBody++ < 3) console.error(`[bench] ${kind}: unexpected answer: ${body.slice(0, 400)}`);
          }
        },
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  const selfAfter = process.cpuUsage();
  await sleep(250); // let the gateway finish the requests cut off at the end before reading its CPU
  const gatewayAfter = await gateway.stats();
  const subgraphsAfter = await subgraphsCpu(subgraphs);
  latencies.sort((a, b) => a - b);
  const requests = latencies.length;
  if (checked !== requests) throw new Error(`${kind}: ${checked} of ${requests} responses were checked`);
  const gatewayCpu = cpuMs(gatewayBefore, gatewayAfter);
  const errors = {
    socket: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    badBody,
    total: result.errors + result.timeouts + result.non2xx + badBody,
  };
  const r: RoundResult = {
    kind,
    round,
    warmup,
    seconds: result.duration,
    requests,
    rps: round2(requests / result.duration),
    checkedResponses: checked,
    errors,
    latencyMs: {
      p50: round2(percentile(latencies, 50)),
      p95: round2(percentile(latencies, 95)),
      p99: round2(percentile(latencies, 99)),
      mean: round2(latencies.reduce((a, b) => a + b, 0) / Math.max(1, requests)),
      max: round2(latencies.at(-1) ?? NaN),
    },
    gatewayCpuMs: round2(gatewayCpu),
    gatewayCpuMsPerRequest: perRequest(gatewayCpu, requests),
    subgraphsCpuMsPerRequest: perRequest(cpuMs(subgraphsBefore, subgraphsAfter), requests),
    loadGeneratorCpuMsPerRequest: perRequest(cpuMs(selfBefore, selfAfter), requests),
  };
  console.error(
    `[bench] ${warmup ? `warm-up ${round + 1}/${WARMUP_ROUNDS}` : `round ${round + 1}/${ROUNDS}`} ${kind}: ${r.rps} req/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, gateway ${r.gatewayCpuMsPerRequest} CPU ms/req, errors ${errors.total}`,
  );
  return { r, latencies };
}

/**
 * Step 3: warm-up rounds, then timed rounds, alternating hive, apollo, hive, apollo, ... (the
 * subgraphs' JIT and PGlite warm up as much as the gateways do).
 */
export async function runRounds(
  urls: Record<Kind, string>,
  gateways: Record<Kind, BenchChild>,
  subgraphs: BenchChild[],
  order: Entry[],
) {
  const run = (kind: Kind, round: number, warmup: boolean) =>
    runRound(kind, urls[kind], gateways[kind], subgraphs, order, round, warmup);
  const warmups: RoundResult[] = [];
  for (let round = 0; round < WARMUP_ROUNDS; round++) {
    for (const kind of KINDS) warmups.push((await run(kind, round, true)).r);
  }
  const rounds: RoundResult[] = [];
  const latencies: Record<Kind, number[][]> = { hive: [], apollo: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const kind of KINDS) {
      const { r, latencies: l } = await run(kind, round, false);
      rounds.push(r);
      latencies[kind].push(l);
    }
  }
  return { warmups, rounds, latencies };
}
