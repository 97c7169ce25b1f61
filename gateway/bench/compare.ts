/**
 * Chooses the gateway library by measurement: the same committed supergraph, the same subgraphs, the
 * same work per request (user-token verification, forwarded headers, a signature per subgraph request),
 * served by (a) our Hive-based createHubGateway and (b) @apollo/gateway + @apollo/server.
 *
 *   npm run bench:gateway -w @hub/gateway
 *
 * Processes: this one (autocannon, the load); the registry and child welfare, each started from its own
 * entry point (subgraphs/<name>/src/index.ts, as `npm start` and docker-compose run them) with an
 * in-memory PGlite seeded from the synthetic world; one child per gateway (so each gateway's CPU time is
 * its own). After checking that both gateways give identical, correct answers,
 * each gets a warm-up, then timed rounds alternate A, B, A, B, ... Writes bench/results.json and prints a
 * markdown table. Settings: BENCH_ROUNDS (5), BENCH_SECONDS (10), BENCH_WARMUP_ROUNDS (2),
 * BENCH_WARMUP_SECONDS (10), BENCH_CONNECTIONS (16), BENCH_YOUTHS (200); BENCH_NODE_ARGS adds node flags
 * to the children (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { createTestKeys, issueTestToken } from '@hub/subgraph-kit/testing';
import { generateWorld, PERSONAS, persona } from '@hub/synthetic';
import { BenchChild, type CpuSample } from './ipc.ts';
import { subgraphEnv, toWire } from './keys.ts';
import {
  checkSocialWorkerAnswer,
  isFullAnswer,
  looksLikeFullAnswer,
  shuffled,
  SOCIAL_WORKER,
  socialWorkerYouths,
  YOUTH_SUMMARY,
} from './workload.ts';

const KINDS = ['hive', 'apollo'] as const;
type Kind = (typeof KINDS)[number];
const LABEL: Record<Kind, string> = {
  hive: 'Hive Gateway runtime (bench/hive-engine.ts)',
  apollo: '@apollo/gateway + @apollo/server',
};

function setting(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
}
const ROUNDS = setting('BENCH_ROUNDS', 5);
const SECONDS = setting('BENCH_SECONDS', 10);
const WARMUP_ROUNDS = setting('BENCH_WARMUP_ROUNDS', 2);
const WARMUP_SECONDS = setting('BENCH_WARMUP_SECONDS', 10);
const CONNECTIONS = setting('BENCH_CONNECTIONS', 16);
const YOUTHS = setting('BENCH_YOUTHS', 200);
const PURPOSE = 'CARE_COORDINATION';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cpuMs = (a: CpuSample | NodeJS.CpuUsage, b: CpuSample | NodeJS.CpuUsage) =>
  (b.user - a.user + (b.system - a.system)) / 1000;
const round2 = (n: number) => Math.round(n * 100) / 100;
const perRequest = (ms: number, requests: number) => Math.round((ms / requests) * 1000) / 1000;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function version(pkg: string): string {
  try {
    const file = new URL(`../../node_modules/${pkg}/package.json`, import.meta.url);
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

interface Entry {
  personaId: string;
  youthId: string;
  headers: Record<string, string>;
  body: string;
}

async function post(url: string, entry: Entry): Promise<{ status: number; json: any }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: entry.headers, body: entry.body });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = { unparsable: text.slice(0, 300) };
  }
  return { status: response.status, json };
}

interface RoundResult {
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

async function main() {
  const started = new Date();
  console.error(`[bench] ${os.availableParallelism()} CPUs, node ${process.version}; starting subgraphs and gateways`);
  const keys = await createTestKeys();
  const wire = await toWire(keys);
  const world = generateWorld({ youths: YOUTHS });

  const subgraphChildren: BenchChild[] = [];
  const gatewayChildren: BenchChild[] = [];
  const listening = /listening on (http:\/\/\S+)/;
  try {
    const mdt = BenchChild.start('mdt', new URL('../../subgraphs/mdt/src/index.ts', import.meta.url), {
      env: subgraphEnv(keys, { youths: YOUTHS }),
      stdout: true,
    });
    subgraphChildren.push(mdt);
    const mdtUrl = (await mdt.waitForLine(listening))[1]!;
    const cw = BenchChild.start(
      'child-welfare',
      new URL('../../subgraphs/child-welfare/src/index.ts', import.meta.url),
      {
        env: subgraphEnv(keys, { youths: YOUTHS, registryUrl: mdtUrl }),
        stdout: true,
      },
    );
    subgraphChildren.push(cw);
    const cwUrl = (await cw.waitForLine(listening))[1]!;
    const subgraphUrls = { mdt: mdtUrl, 'child-welfare': cwUrl };
    const subgraphs = {
      async cpu() {
        const [a, b] = await Promise.all([mdt.cpu(), cw.cpu()]);
        return { user: a.user + b.user, system: a.system + b.system };
      },
    };

    const gateways = {
      hive: BenchChild.start('hive', new URL('./serve-gateway.ts', import.meta.url), { args: ['hive'] }),
      apollo: BenchChild.start('apollo', new URL('./serve-gateway.ts', import.meta.url), { args: ['apollo'] }),
    };
    gatewayChildren.push(gateways.hive, gateways.apollo);
    const urls = {} as Record<Kind, string>;
    const pids = { mdt: mdt.process.pid, 'child-welfare': cw.process.pid } as Record<string, number | undefined>;
    for (const kind of KINDS) {
      // Both gateways get the same subgraph URLs and the same supergraph (committedSupergraph(), relocated).
      await gateways[kind].serving();
      const ready = await gateways[kind].ask<{ type: 'ready'; url: string; pid: number }>(
        { type: 'start', keys: wire, subgraphUrls },
        'ready',
      );
      urls[kind] = ready.url;
      pids[kind] = ready.pid;
    }
    console.error(
      `[bench] subgraphs ${JSON.stringify(subgraphUrls)}; hive ${urls.hive}; apollo ${urls.apollo}; pids ${JSON.stringify(pids)}`,
    );

    // --- The workload: every persona's token against every youth on sw-garcia's teams; keep the pairs
    // that get a full answer, after checking that both gateways give identical answers for all pairs.
    const youthIds = socialWorkerYouths(world);
    const tokenCache = new Map<string, string>();
    const tokenFor = async (personaId: string, variant = 0) => {
      const key = `${personaId}#${variant}`;
      let token = tokenCache.get(key);
      if (!token) {
        // Distinct expiries give distinct tokens for the same person.
        token = await issueTestToken(keys, persona(personaId), { expiresIn: `${60 + variant}m` });
        tokenCache.set(key, token);
      }
      return token;
    };
    const entry = async (personaId: string, youthId: string, variant = 0): Promise<Entry> => ({
      personaId,
      youthId,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await tokenFor(personaId, variant)}`,
        'x-purpose-of-use': PURPOSE,
      },
      body: JSON.stringify({ query: YOUTH_SUMMARY, variables: { id: youthId } }),
    });

    const probe = {
      pairs: 0,
      identical: 0,
      full: 0,
      differing: [] as { personaId: string; youthId: string; hive: unknown; apollo: unknown }[],
    };
    const fullPairs: { personaId: string; youthId: string }[] = [];
    for (const p of PERSONAS) {
      for (const youthId of youthIds) {
        const e = await entry(p.id, youthId);
        const [hive, apollo] = [await post(urls.hive, e), await post(urls.apollo, e)];
        probe.pairs++;
        if (isDeepStrictEqual(hive, apollo)) probe.identical++;
        else if (probe.differing.length < 5) probe.differing.push({ personaId: p.id, youthId, hive, apollo });
        if (p.id === SOCIAL_WORKER) {
          for (const [kind, answer] of [
            ['hive', hive],
            ['apollo', apollo],
          ] as const) {
            const problem =
              answer.status === 200 ? checkSocialWorkerAnswer(world, youthId, answer.json) : `status ${answer.status}`;
            if (problem) throw new Error(`${kind} answered ${SOCIAL_WORKER} wrongly for ${youthId}: ${problem}`);
          }
        }
        if (hive.status === 200 && isFullAnswer(youthId, hive.json) && isDeepStrictEqual(hive, apollo)) {
          probe.full++;
          fullPairs.push({ personaId: p.id, youthId });
        }
      }
    }
    console.error(
      `[bench] checked ${probe.pairs} persona x youth pairs on both gateways: ${probe.identical} identical answers, ${probe.full} full answers`,
    );
    for (const d of probe.differing) console.error('[bench] answers differ:', JSON.stringify(d).slice(0, 1500));
    const sample = await entry(SOCIAL_WORKER, youthIds[0]!);
    const sampleAnswer = { hive: await post(urls.hive, sample), apollo: await post(urls.apollo, sample) };
    console.error(
      `[bench] sample answer (both gateways identical: ${isDeepStrictEqual(sampleAnswer.hive, sampleAnswer.apollo)}):`,
    );
    console.error(JSON.stringify(sampleAnswer.hive));

    // The social worker's pairs four times over, with four different tokens of hers, and every other
    // persona's full-answer pair once; shuffled, so neighbouring requests differ in youth and token.
    const SW_TOKENS = 4;
    const entries: Entry[] = [];
    for (const { personaId, youthId } of fullPairs) {
      const variants = personaId === SOCIAL_WORKER ? SW_TOKENS : 1;
      for (let v = 0; v < variants; v++) entries.push(await entry(personaId, youthId, v));
    }
    const order = shuffled(entries);
    const mix = {
      requestsInCycle: order.length,
      distinctYouths: new Set(order.map((e) => e.youthId)).size,
      distinctTokens: new Set(order.map((e) => e.headers.authorization)).size,
      byPersona: Object.fromEntries(
        PERSONAS.map((p) => [p.id, order.filter((e) => e.personaId === p.id).length]).filter(([, n]) => n),
      ) as Record<string, number>,
    };
    console.error(`[bench] workload: ${JSON.stringify(mix)}`);

    // --- Load.
    async function runRound(
      kind: Kind,
      round: number,
      warmup: boolean,
    ): Promise<{ r: RoundResult; latencies: number[] }> {
      await sleep(1000);
      let next = round * 7919; // a different starting point each round
      let badBody = 0;
      let checked = 0;
      const latencies: number[] = [];
      const gatewayBefore = await gateways[kind].cpu();
      const subgraphsBefore = await subgraphs.cpu();
      const selfBefore = process.cpuUsage();
      const instance = autocannon({
        url: `${urls[kind]}/graphql`,
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
      const gatewayAfter = await gateways[kind].cpu();
      const subgraphsAfter = await subgraphs.cpu();
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

    // Warm-up rounds, interleaved too: the subgraphs' JIT and PGlite warm up as much as the gateways do.
    const warmups: RoundResult[] = [];
    for (let round = 0; round < WARMUP_ROUNDS; round++) {
      for (const kind of KINDS) warmups.push((await runRound(kind, round, true)).r);
    }
    const rounds: RoundResult[] = [];
    const latencies: Record<Kind, number[][]> = { hive: [], apollo: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const kind of KINDS) {
        const { r, latencies: l } = await runRound(kind, round, false);
        rounds.push(r);
        latencies[kind].push(l);
      }
    }

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
    const rss = { hive: (await gateways.hive.cpu()).rssBytes, apollo: (await gateways.apollo.cpu()).rssBytes };
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
      date: started.toISOString(),
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
      correctness: {
        pairsChecked: probe.pairs,
        identicalAnswers: probe.identical,
        fullAnswers: probe.full,
        differing: probe.differing,
        sample: sampleAnswer.hive.json,
      },
      summary,
      apolloOverHive,
      gatewayRssMiBAtEnd: { hive: round2(rss.hive / 2 ** 20), apollo: round2(rss.apollo / 2 ** 20) },
      warmups,
      rounds,
      table,
    };
    writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);

    const ratio = (a: number, b: number) => round2(a / b);
    console.log(table);
    console.log(
      `\napollo/hive: req/s ${ratio(summary.apollo.rpsMedian, summary.hive.rpsMedian)} (paired rounds: ${apolloOverHive.rpsPerRound.join(', ')}); ` +
        `gateway CPU per request ${ratio(summary.apollo.gatewayCpuMsPerRequest, summary.hive.gatewayCpuMsPerRequest)} (paired rounds: ${apolloOverHive.gatewayCpuPerRequestPerRound.join(', ')})`,
    );
    console.log(
      `machine: ${results.machine.cpus} CPUs (${results.machine.cpuModel}), node ${results.machine.node}; results in gateway/bench/results.json`,
    );
  } finally {
    for (const child of gatewayChildren) await child.stop('message');
    for (const child of subgraphChildren) await child.stop('signal');
  }
}

await main();
