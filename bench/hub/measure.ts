import autocannon from 'autocannon';
import type { ChildStats } from '../src/process/child.ts';
import { cpuMs, percentile, round2, round3, sleep } from '../src/stats.ts';
import { CONNECTIONS, DURATION, log, QUERIES, ROUNDS, TARGETS, WARMUP, type TargetName } from './flags.ts';
import type { QueryName } from './queries.ts';
import type { Request } from './requests.ts';
import { INTERNAL_CODE, internalErrorSample } from './internal-errors.ts';
import type { Group } from './targets.ts';

export interface Measured {
  query: QueryName;
  target: TargetName;
  round: number;
  warmup: boolean;
  requests: number;
  rps: number;
  non2xx: number;
  errorBodies: number;
  /**
   * Responses the hub failed rather than refused: a 5xx, or an error whose code is one of
   * INTERNAL_CODES (an internal error, a subgraph unavailable, a disclosure not recorded). A denial
   * (FORBIDDEN) is the hub working; under load with nothing broken this is 0.
   */
  internalErrors: number;
  /** Up to five distinct internal errors as the client saw them (status, code, path, message), to find their cause. */
  internalErrorSamples: string[];
  socketErrors: number;
  latencyMs: { p50: number; p95: number; p99: number };
  cpuMsPerRequest: Record<string, number>;
  cpuMsPerRequestTotal: number;
  loadGeneratorCpuMsPerRequest: number;
  perOperation: {
    statements: number;
    logStatements: number;
    subgraphRequests: number;
    accessFactsRequests: number;
    /** The registry's signed facts, asked by the gateway once per operation (and set of youths). */
    factsAssertionRequests: number;
    /** The monolith: subgraph parts executed in process, and its access-facts reads (no HTTP). */
    inProcessExecutions?: number;
    factsCalls?: number;
  };
}

const sum = (xs: ChildStats[], key: string) => xs.reduce((t, s) => t + (s.counters[key] ?? 0), 0);

async function measure(
  group: Group,
  query: QueryName,
  requests: Request[],
  round: number,
  warmup: boolean,
): Promise<{ m: Measured; latencies: number[] }> {
  await sleep(500);
  const before = await Promise.all(group.processes.map((p) => p.stats()));
  const selfBefore = process.cpuUsage();
  let i = round * 7919;
  let errorBodies = 0;
  let internalErrors = 0;
  const samples = new Set<string>();
  const latencies: number[] = [];
  const instance = autocannon({
    url: group.url,
    connections: CONNECTIONS,
    duration: warmup ? WARMUP : DURATION,
    timeout: 20,
    requests: [
      {
        method: 'POST',
        setupRequest(request) {
          const r = requests[i++ % requests.length]!;
          return { ...request, method: 'POST', path: r.path, headers: r.headers, body: r.body };
        },
        onResponse(status, body) {
          if (status === 200 && body.includes('"errors"')) errorBodies++;
          if (status >= 500 || (body.includes('"errors"') && INTERNAL_CODE.test(body))) {
            internalErrors++;
            const sample = internalErrorSample(status, body);
            if (samples.size < 5) samples.add(sample);
          }
        },
      },
    ],
  });
  instance.on('response', (_c, _s, _b, t) => latencies.push(t));
  const result = await instance;
  const self = process.cpuUsage(selfBefore);
  await sleep(300);
  const after = await Promise.all(group.processes.map((p) => p.stats()));
  latencies.sort((a, b) => a - b);
  const n = latencies.length;
  const cpu: Record<string, number> = {};
  group.processes.forEach((p, k) => (cpu[p.name.split(':')[1]!] = round3(cpuMs(before[k]!, after[k]!) / n)));
  const delta = (key: string) => round2((sum(after, key) - sum(before, key)) / n);
  const m: Measured = {
    query,
    target: group.target,
    round,
    warmup,
    requests: n,
    rps: round2(n / result.duration),
    non2xx: result.non2xx,
    errorBodies,
    internalErrors,
    internalErrorSamples: [...samples],
    socketErrors: result.errors + result.timeouts,
    latencyMs: {
      p50: round2(percentile(latencies, 50)),
      p95: round2(percentile(latencies, 95)),
      p99: round2(percentile(latencies, 99)),
    },
    cpuMsPerRequest: cpu,
    cpuMsPerRequestTotal: round3(Object.values(cpu).reduce((a, b) => a + b, 0)),
    loadGeneratorCpuMsPerRequest: round3((self.user + self.system) / 1000 / n),
    perOperation: {
      statements: delta('statements'),
      logStatements: delta('logStatements'),
      subgraphRequests: delta('graphqlRequests'),
      accessFactsRequests: delta('accessFactsRequests'),
      factsAssertionRequests: delta('factsAssertionRequests'),
      ...(group.target === 'mono'
        ? { inProcessExecutions: delta('inProcessExecutions'), factsCalls: delta('factsCalls') }
        : {}),
    },
  };
  const parts =
    group.target === 'mono'
      ? `in-process parts ${m.perOperation.inProcessExecutions}, facts reads ${m.perOperation.factsCalls}`
      : `subgraph req ${m.perOperation.subgraphRequests}, facts calls ${m.perOperation.accessFactsRequests}, facts assertions ${m.perOperation.factsAssertionRequests}`;
  log(
    `${warmup ? 'warm-up' : `round ${round + 1}/${ROUNDS}`} ${query} ${group.target}: ${m.rps} req/s, p50 ${m.latencyMs.p50} p95 ${m.latencyMs.p95} ms, CPU ${m.cpuMsPerRequestTotal} ms/req, SQL ${m.perOperation.statements}+${m.perOperation.logStatements} log, ${parts}, non2xx ${m.non2xx}, error bodies ${errorBodies}, internal errors ${internalErrors}`,
  );
  for (const sample of samples) log(`  internal error: ${sample}`);
  return { m, latencies };
}

/**
 * Step 5: a warm-up of every (query, target), then ROUNDS rounds of every query on every target in
 * turn, so that a slow drift of the machine falls on all of them alike.
 */
export async function runRounds(
  groups: Partial<Record<TargetName, Group>>,
  requestsFor: (target: TargetName, query: QueryName) => Request[],
): Promise<{ runs: Measured[]; pooled: Map<string, number[]> }> {
  const runs: Measured[] = [];
  const pooled = new Map<string, number[]>();
  for (const q of QUERIES) for (const t of TARGETS) await measure(groups[t]!, q, requestsFor(t, q), 0, true);
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of QUERIES) {
      for (const t of TARGETS) {
        const { m, latencies } = await measure(groups[t]!, q, requestsFor(t, q), r, false);
        runs.push(m);
        const key = `${q}/${t}`;
        pooled.set(key, [...(pooled.get(key) ?? []), ...latencies]);
      }
    }
  }
  return { runs, pooled };
}
