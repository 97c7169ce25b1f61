/**
 * npm run bench -- [--youths 10000] [--warmup 10] [--duration 20] [--rounds 2] [--connections 16]
 *                  [--queries Q1,Q2,Q3] [--targets floor,mono,off,hub] [--log-rows 5] [--url postgres://...]
 *                  [--out results/10000]
 *
 * The hub against its own floors, side by side in one run (see tests/bench/README.md):
 *   floor  (a) the SQL floor: bare node:http, one statement per subgraph database (serve-sql-floor.ts)
 *   mono   (b) the monolith floor: the seven subgraphs' own schemas, resolvers, policies and disclosure
 *              writes in one process, no federation (monolith.ts, serve-monolith.ts)
 *   off    (c) the hub with enforcement and the disclosure log off (HUB_BENCH_UNSAFE_NO_ENFORCEMENT=1,
 *              NODE_ENV=benchmark: the kit's benchmark-only switch)
 *   hub    (d) the hub as shipped: gateway + seven subgraphs, each in its own process
 * Seeds BENCH_DATABASE_URL (one database per subgraph, prefix bench<N>k_) if it is not seeded yet and
 * fills each disclosure log to --log-rows rows per youth (hash-chained, as the kit writes them).
 * Interleaves: warm-up of every (query, target), then rounds of Q x target in turn.
 * Writes tests/bench/results/<youths>.json and .md (or --out <path>.json and .md: a short trial run
 * must not replace the committed results).
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { exportJWK } from 'jose';
import postgres from 'postgres';
import { GENESIS_HASH, rowHash, type ChainedFields } from '@hub/subgraph-kit/audit';
import { createTestKeys, issueTestToken } from '@hub/subgraph-kit/testing';
import { defaultPolicySet } from '@hub/policies';
import { PERSONAS, persona } from '@hub/synthetic';
import { Child } from './parent.ts';
import type { ChildStats } from './child.ts';
import { Q1, Q2, Q3, ACCOUNTING_PARTS, type QueryName } from './queries.ts';

const { values: flags } = parseArgs({
  options: {
    youths: { type: 'string', default: '10000' },
    url: { type: 'string', default: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    prefix: { type: 'string' },
    'log-rows': { type: 'string', default: '5' },
    warmup: { type: 'string', default: '10' },
    duration: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '16' },
    queries: { type: 'string', default: 'Q1,Q2,Q3' },
    targets: { type: 'string', default: 'floor,mono,off,hub' },
    persona: { type: 'string', default: 'sw-garcia' },
    baseline: { type: 'string' },
    out: { type: 'string' },
  },
});
const YOUTHS = Number(flags.youths);
const PREFIX = flags.prefix ?? `bench${YOUTHS >= 1000 ? `${YOUTHS / 1000}k` : YOUTHS}_`;
const LOG_ROWS = Number(flags['log-rows']);
const WARMUP = Number(flags.warmup);
const DURATION = Number(flags.duration);
const ROUNDS = Number(flags.rounds);
const CONNECTIONS = Number(flags.connections);
const QUERIES = flags.queries!.split(',') as QueryName[];
const TARGETS = flags.targets!.split(',') as TargetName[];
const VIEWER = flags.persona!;
const AUDITOR = 'privacy-shah';
const SUBGRAPHS = ['mdt', 'child-welfare', 'health', 'probation', 'education', 'district-attorney', 'public-defender'];
type TargetName = 'floor' | 'mono' | 'off' | 'hub';
const TARGET_LABEL: Record<TargetName, string> = {
  floor: '(a) SQL floor',
  mono: '(b) monolith floor',
  off: '(c) hub, enforcement + disclosure log off',
  hub: '(d) hub as shipped',
};

const log = (m: string) => console.error(`[bench] ${m}`);
const round2 = (n: number) => Math.round(n * 100) / 100;
const round3 = (n: number) => Math.round(n * 1000) / 1000;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]! : NaN;
const dbUrl = (name: string) => {
  const u = new URL(flags.url!);
  u.pathname = `/${PREFIX}${name.replace(/-/g, '_')}`;
  return u.toString();
};

// --- The queries (queries.ts). Q1 and Q2 select the same fields per youth, so Q2/Q1 is per youth.

// --- 1. Seed, and fill the disclosure logs.
async function ensureSeeded() {
  const admin = postgres(flags.url!, { max: 1, onnotice: () => {} });
  const [exists] = await admin`select 1 from pg_database where datname = ${`${PREFIX}public_defender`}`;
  await admin.end();
  let seeded = false;
  if (exists) {
    const mdt = postgres(dbUrl('mdt'), { max: 1, onnotice: () => {} });
    const [row] = await mdt`select count(*)::int as n from youth`;
    await mdt.end();
    seeded = row?.n === YOUTHS;
  }
  if (!seeded) {
    log(`seeding ${YOUTHS} youths into ${PREFIX}* (npm run seed)`);
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/seed.ts',
        '--youths',
        String(YOUTHS),
        '--prefix',
        PREFIX,
        '--url',
        flags.url!,
        '--fresh',
      ],
      {
        stdio: 'inherit',
        cwd: new URL('../..', import.meta.url).pathname,
      },
    );
    if (r.status !== 0) throw new Error('seeding failed');
  }
}

/**
 * Fills each disclosure log to LOG_ROWS rows per youth: synthetic accesses by the personas over the
 * last two years, hash-chained from the log's head exactly as the kit chains them.
 */
async function fillDisclosureLogs(youthIds: string[]) {
  const policyVersion = defaultPolicySet().version;
  const target = youthIds.length * LOG_ROWS;
  const categories = [
    'IDENTITY',
    'CHILD_WELFARE_CASE',
    'PLACEMENT',
    'MENTAL_HEALTH',
    'PROBATION',
    'EDUCATION',
    'VICTIM_WITNESS',
  ];
  let rand = 12345;
  const next = () => (rand = (rand * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const counts: Record<string, number> = {};
  for (const name of SUBGRAPHS) {
    const sql = postgres(dbUrl(name), { max: 1, onnotice: () => {} });
    const [head] = await sql`select seq::int as seq, hash from disclosure_log order by seq desc limit 1`;
    let seq = head?.seq ?? 0;
    let prevHash: string = head?.hash ?? GENESIS_HASH;
    const start = Date.now() - 2 * 365 * 86400_000;
    const t0 = Date.now();
    while (seq < target) {
      const batch: Record<string, unknown>[] = [];
      for (let i = 0; i < 5000 && seq < target; i++) {
        const p = PERSONAS[Math.floor(next() * PERSONAS.length)]!;
        const released = categories.filter(() => next() < 0.4);
        const fields: ChainedFields = {
          seq: ++seq,
          // Time advances with seq, as it does in a real log.
          at: new Date(start + Math.floor(((seq / target) * 2 * 365 - 1) * 86400_000)),
          requestId: randomUUID(),
          viewerSub: p.id,
          viewerName: p.name,
          viewerAgency: p.agency,
          viewerRole: p.role,
          purpose: next() < 0.9 ? 'CARE_COORDINATION' : 'AUDIT',
          access: 'RECORD',
          youthId: youthIds[Math.floor(next() * youthIds.length)]!,
          released,
          denied: categories.filter((c) => !released.includes(c) && next() < 0.2),
          policyVersion,
          emergencyGrantId: null,
          prevHash,
        };
        const hash = rowHash(fields);
        prevHash = hash;
        batch.push({
          seq: fields.seq,
          at: fields.at.toISOString(),
          request_id: fields.requestId,
          viewer_sub: fields.viewerSub,
          viewer_name: fields.viewerName,
          viewer_agency: fields.viewerAgency,
          viewer_role: fields.viewerRole,
          purpose: fields.purpose,
          access: fields.access,
          youth_id: fields.youthId,
          released: fields.released,
          denied: fields.denied,
          policy_version: fields.policyVersion,
          emergency_grant_id: null,
          prev_hash: fields.prevHash,
          hash,
        });
      }
      await sql`insert into disclosure_log select * from json_populate_recordset(null::disclosure_log, ${JSON.stringify(batch)}::text::json)`;
    }
    const [{ n }] = (await sql`select count(*)::int as n from disclosure_log`) as unknown as [{ n: number }];
    counts[name] = n;
    if (Date.now() - t0 > 1000)
      log(`filled ${name}'s disclosure log to ${n} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    // Every table, not only the log: freshly seeded tables have no statistics, and the planner's
    // guesses (99 rows for 33,751) made the 100,000-youth caseload count a 3 s plan.
    await sql`analyze`;
    await sql.end();
  }
  return counts;
}

// --- 2. Processes.
interface Group {
  target: TargetName;
  gateway?: Child;
  processes: Child[];
  url: string;
}

/**
 * Connections per database per target: every target holds one pool on each of the seven databases,
 * and together they must stay under the server's max_connections (100 by default: 4 targets x 7 x 3).
 * The same for every target, so the ratios stay fair; BENCH_POOL overrides.
 */
async function poolSize(targets: number): Promise<number> {
  if (process.env.BENCH_POOL) return Number(process.env.BENCH_POOL);
  const admin = postgres(flags.url!, { max: 1, onnotice: () => {} });
  const [row] = await admin`select current_setting('max_connections')::int as max,
    (select count(*)::int from pg_stat_activity) as used`;
  await admin.end();
  const free = (row?.max ?? 100) - (row?.used ?? 0) - 6;
  return Math.max(1, Math.min(4, Math.floor(free / (targets * SUBGRAPHS.length))));
}
let POOL = 4;
/** serve-monolith.ts reads BENCH_MONO_FACTS (inherited): facts once per operation, or per subgraph part. */
const MONO_FACTS = process.env.BENCH_MONO_FACTS === 'subgraph' ? 'subgraph part' : 'operation';

async function startHub(target: 'off' | 'hub', keys: Awaited<ReturnType<typeof createTestKeys>>): Promise<Group> {
  const env: Record<string, string> = {
    GATEWAY_PUBLIC_JWK: JSON.stringify(keys.gatewayPublicJwk),
    OIDC_ISSUER: keys.issuer,
    OIDC_AUDIENCE: keys.audience,
    JWKS_JSON: JSON.stringify(keys.jwks),
    JWKS_URL: '',
    SERVICE_TOKEN_SECRET: keys.serviceSecret,
    SEED_YOUTHS: '0',
    BENCH_POOL: String(POOL),
    DATA_DIR: '',
    ...(target === 'off'
      ? { NODE_ENV: 'benchmark', HUB_BENCH_UNSAFE_NO_ENFORCEMENT: '1' }
      : { HUB_BENCH_UNSAFE_NO_ENFORCEMENT: '' }),
  };
  const processes: Child[] = [];
  const registry = await Child.start(`${target}:mdt`, './serve-subgraph.ts', ['mdt'], {
    ...env,
    DATABASE_URL: dbUrl('mdt'),
    REGISTRY_URL: '',
  });
  processes.push(registry);
  const registryBase = new URL('/', registry.url).toString().replace(/\/$/, '');
  const urls: Record<string, string> = { mdt: registry.url };
  await Promise.all(
    SUBGRAPHS.slice(1).map(async (name) => {
      const c = await Child.start(`${target}:${name}`, './serve-subgraph.ts', [name], {
        ...env,
        DATABASE_URL: dbUrl(name),
        REGISTRY_URL: registryBase,
      });
      processes.push(c);
      urls[name] = c.url;
    }),
  );
  const gateway = await Child.start(`${target}:gateway`, './serve-gateway.ts', [], {
    ...env,
    BENCH_SUBGRAPH_URLS: JSON.stringify(urls),
    BENCH_GATEWAY_KEYS: JSON.stringify({
      gatewayPrivateJwk: await exportJWK(keys.gatewayPrivate),
      jwks: keys.jwks,
      issuer: keys.issuer,
      audience: keys.audience,
    }),
  });
  return { target, gateway, processes: [gateway, ...processes], url: gateway.url };
}

// --- 3. Load.
interface Request {
  path: string;
  headers: Record<string, string>;
  body: string;
}
interface Measured {
  query: QueryName;
  target: TargetName;
  round: number;
  warmup: boolean;
  requests: number;
  rps: number;
  non2xx: number;
  errorBodies: number;
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
    /** The monolith: subgraph parts executed in process, and its access-facts reads (no HTTP). */
    inProcessExecutions?: number;
    factsCalls?: number;
  };
}

const cpuMs = (a: ChildStats, b: ChildStats) => (b.user - a.user + (b.system - a.system)) / 1000;
const sum = (xs: ChildStats[], key: string) => xs.reduce((t, s) => t + (s.counters[key] ?? 0), 0);

async function measure(
  group: Group,
  query: QueryName,
  requests: Request[],
  round: number,
  warmup: boolean,
): Promise<{ m: Measured; latencies: number[] }> {
  await new Promise((r) => setTimeout(r, 500));
  const before = await Promise.all(group.processes.map((p) => p.stats()));
  const selfBefore = process.cpuUsage();
  let i = round * 7919;
  let errorBodies = 0;
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
        },
      },
    ],
  });
  instance.on('response', (_c, _s, _b, t) => latencies.push(t));
  const result = await instance;
  const self = process.cpuUsage(selfBefore);
  await new Promise((r) => setTimeout(r, 300));
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
      ...(group.target === 'mono'
        ? { inProcessExecutions: delta('inProcessExecutions'), factsCalls: delta('factsCalls') }
        : {}),
    },
  };
  const parts =
    group.target === 'mono'
      ? `in-process parts ${m.perOperation.inProcessExecutions}, facts reads ${m.perOperation.factsCalls}`
      : `subgraph req ${m.perOperation.subgraphRequests}`;
  log(
    `${warmup ? 'warm-up' : `round ${round + 1}/${ROUNDS}`} ${query} ${group.target}: ${m.rps} req/s, p50 ${m.latencyMs.p50} p95 ${m.latencyMs.p95} ms, CPU ${m.cpuMsPerRequestTotal} ms/req, SQL ${m.perOperation.statements}+${m.perOperation.logStatements} log, ${parts}, non2xx ${m.non2xx}, error bodies ${errorBodies}`,
  );
  return { m, latencies };
}

async function post(url: string, r: Request) {
  const res = await fetch(url + r.path, { method: 'POST', headers: r.headers, body: r.body });
  return { status: res.status, json: (await res.json()) as any };
}

async function main() {
  const started = new Date();
  log(
    `${os.availableParallelism()} CPUs (${os.cpus()[0]?.model}), node ${process.version}; ${YOUTHS} youths, prefix ${PREFIX}`,
  );
  await ensureSeeded();
  const mdt = postgres(dbUrl('mdt'), { max: 1, onnotice: () => {} });
  const youthIds = (await mdt`select id::text as id from youth order by id`).map((r) => r.id as string);
  await mdt.end();
  const logRows = await fillDisclosureLogs(youthIds);
  log(`disclosure log rows: ${JSON.stringify(logRows)}`);

  const keys = await createTestKeys();
  POOL = await poolSize(TARGETS.length);
  log(`${POOL} connections per database per target`);
  const groups: Partial<Record<TargetName, Group>> = {};
  const all: Child[] = [];
  const databaseUrls = JSON.stringify(Object.fromEntries(SUBGRAPHS.map((s) => [s, dbUrl(s)])));
  try {
    for (const t of TARGETS) {
      if (t === 'floor') {
        const floor = await Child.start('floor:sql-floor', './serve-sql-floor.ts', [], {
          BENCH_POOL: String(POOL),
          BENCH_DATABASE_URLS: databaseUrls,
        });
        groups.floor = { target: 'floor', processes: [floor], url: floor.url };
      } else if (t === 'mono') {
        const mono = await Child.start('mono:monolith', './serve-monolith.ts', [], {
          BENCH_POOL: String(POOL),
          BENCH_DATABASE_URLS: databaseUrls,
          BENCH_USER_KEYS: JSON.stringify({ jwks: keys.jwks, issuer: keys.issuer, audience: keys.audience }),
        });
        groups.mono = { target: 'mono', processes: [mono], url: `${mono.url}` };
      } else groups[t] = await startHub(t, keys);
      all.push(...groups[t]!.processes);
      log(`${t} up: ${groups[t]!.url}`);
    }
    const bearer = async (id: string, purpose = 'CARE_COORDINATION') => ({
      'content-type': 'application/json',
      authorization: `Bearer ${await issueTestToken(keys, persona(id), { expiresIn: '6h' })}`,
      'x-purpose-of-use': purpose,
    });
    const viewerHeaders = await bearer(VIEWER);
    const auditorHeaders = await bearer(AUDITOR, 'AUDIT');
    // The viewer's caseload, from the hub itself: Q1 and Q3 go through its youths in turn. The
    // monolith serves only Q1..Q3, so without a hub it is asked Q2 for a page of 100.
    const ref = groups.hub ?? groups.off ?? groups.mono!;
    const page = await post(ref.url, {
      path: '/graphql',
      headers: viewerHeaders,
      body: JSON.stringify(
        ref.target === 'mono'
          ? { query: Q2, variables: { first: 100 } }
          : { query: `{ youths(first: 100) { totalCount edges { node { id } } } }` },
      ),
    });
    if (!page.json.data?.youths) throw new Error(`caseload: ${JSON.stringify(page.json)}`);
    const caseload = (page.json.data.youths.edges as { node: { id: string } }[]).map((e) => e.node.id);
    log(
      `${VIEWER}'s caseload: ${page.json.data.youths.totalCount} youths; Q1/Q3 cycle through the first ${caseload.length}`,
    );
    const hubRequests: Record<QueryName, Request[]> = {
      Q1: caseload.map((id) => ({
        path: '/graphql',
        headers: viewerHeaders,
        body: JSON.stringify({ query: Q1, variables: { id } }),
      })),
      Q2: [{ path: '/graphql', headers: viewerHeaders, body: JSON.stringify({ query: Q2, variables: { first: 50 } }) }],
      Q3: caseload.map((id) => ({
        path: '/graphql',
        headers: auditorHeaders,
        body: JSON.stringify({ query: Q3, variables: { id } }),
      })),
    };
    const json = { 'content-type': 'application/json' };
    const floorRequests: Record<QueryName, Request[]> = {
      Q1: caseload.map((id) => ({ path: '/summary', headers: json, body: JSON.stringify({ ids: [id] }) })),
      Q2: [{ path: '/caseload', headers: json, body: JSON.stringify({ viewer: VIEWER, first: 50 }) }],
      Q3: caseload.map((id) => ({ path: '/accounting', headers: json, body: JSON.stringify({ youthId: id }) })),
    };
    const requestsFor = (t: TargetName, q: QueryName) => (t === 'floor' ? floorRequests : hubRequests)[q];

    // Correctness: the same answer from each target for a sample of each query (data only; the
    // monolith's errors too). Q3's entries grow with every request (each read of the accounting is
    // logged), so for Q3 only the youth and which parts answered are compared.
    const correctness: Record<string, unknown> = {};
    const q3Shape = (a: any) => {
      const acc = a?.json?.data?.accountingOfDisclosures;
      return acc
        ? {
            youthId: acc.youthId,
            parts: ['registry', ...ACCOUNTING_PARTS.map((p) => p.field)].map((p) => acc[p] === null),
          }
        : acc;
    };
    const errorSet = (a: any) =>
      ((a?.json?.errors ?? []) as any[])
        .map((e) => JSON.stringify({ message: e.message, path: e.path, extensions: e.extensions }))
        .sort();
    for (const q of QUERIES) {
      const answers: Partial<Record<TargetName, any>> = {};
      for (const t of TARGETS) answers[t] = await post(groups[t]!.url, requestsFor(t, q)[0]!);
      const strip = (a: any) =>
        q === 'Q3' ? { youthId: a?.json?.data?.accountingOfDisclosures?.youthId } : a?.json?.data;
      const monoView = (a: any) => (q === 'Q3' ? q3Shape(a) : a?.json?.data);
      correctness[q] = {
        monoEqualsHub:
          answers.mono && answers.hub ? isDeepStrictEqual(monoView(answers.mono), monoView(answers.hub)) : null,
        monoErrorsEqualHub:
          answers.mono && answers.hub ? isDeepStrictEqual(errorSet(answers.mono), errorSet(answers.hub)) : null,
        monoErrors: answers.mono?.json?.errors?.length ?? 0,
        hubErrors: answers.hub?.json?.errors?.length ?? 0,
        hubErrorCodes: [...new Set((answers.hub?.json?.errors ?? []).map((e: any) => e.extensions?.code))],
        offErrors: answers.off?.json?.errors?.length ?? 0,
        hubEqualsOff: answers.hub && answers.off ? isDeepStrictEqual(strip(answers.hub), strip(answers.off)) : null,
        floorEqualsOff:
          answers.floor && answers.off ? isDeepStrictEqual(answers.floor.json.data, answers.off.json.data) : null,
        floorEqualsHub:
          answers.floor && answers.hub ? isDeepStrictEqual(answers.floor.json.data, answers.hub.json.data) : null,
        sample: Object.fromEntries(Object.entries(answers).map(([t, a]) => [t, JSON.stringify(a.json).slice(0, 600)])),
      };
      log(`${q} correctness: ${JSON.stringify({ ...(correctness[q] as object), sample: undefined })}`);
    }

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
    const peak = Object.fromEntries(
      await Promise.all(all.map(async (p) => [p.name, Math.round((await p.stats()).maxRssKiB / 1024)])),
    );

    // Summaries.
    const summary: Record<string, any> = {};
    for (const q of QUERIES) {
      for (const t of TARGETS) {
        const mine = runs.filter((m) => m.query === q && m.target === t);
        const lat = pooled.get(`${q}/${t}`)!.sort((a, b) => a - b);
        const n = mine.reduce((a, m) => a + m.requests, 0);
        const perProcess: Record<string, number> = {};
        for (const m of mine)
          for (const [p, v] of Object.entries(m.cpuMsPerRequest)) perProcess[p] = (perProcess[p] ?? 0) + v * m.requests;
        for (const p of Object.keys(perProcess)) perProcess[p] = round3(perProcess[p]! / n);
        summary[`${q}/${t}`] = {
          query: q,
          target: t,
          rps: round2(median(mine.map((m) => m.rps))),
          rpsRounds: mine.map((m) => m.rps),
          latencyMs: {
            p50: round2(percentile(lat, 50)),
            p95: round2(percentile(lat, 95)),
            p99: round2(percentile(lat, 99)),
          },
          cpuMsPerRequest: round3(Object.values(perProcess).reduce((a, b) => a + b, 0)),
          cpuMsPerRequestRounds: mine.map((m) => m.cpuMsPerRequestTotal),
          cpuMsPerRequestByProcess: perProcess,
          perOperation: mine.at(-1)?.perOperation,
          errors: {
            non2xx: mine.reduce((a, m) => a + m.non2xx, 0),
            errorBodies: mine.reduce((a, m) => a + m.errorBodies, 0),
            socket: mine.reduce((a, m) => a + m.socketErrors, 0),
          },
          requests: n,
          peakRssMiB: Object.fromEntries(
            Object.entries(peak)
              .filter(([k]) => k.startsWith(`${t}:`))
              .map(([k, v]) => [k.split(':')[1], v]),
          ),
        };
      }
    }
    const s = (q: QueryName, t: TargetName) => summary[`${q}/${t}`];
    const ratio = (a: number | undefined, b: number | undefined) => (a && b ? round2(a / b) : null);
    const pairedRounds = (q: QueryName, a: TargetName, b: TargetName, key: 'rps' | 'cpuMsPerRequestTotal') =>
      runs
        .filter((m) => m.query === q && m.target === a)
        .map((m) => {
          const other = runs.find((o) => o.query === q && o.target === b && o.round === m.round);
          return other ? round2(m[key] / other[key]) : null;
        });
    const both = (a: TargetName, b: TargetName) => TARGETS.includes(a) && TARGETS.includes(b);
    const ratios: Record<string, unknown> = {};
    for (const q of QUERIES) {
      ratios[q] = {
        'rps hub/mono (d)/(b)': ratio(s(q, 'hub')?.rps, s(q, 'mono')?.rps),
        'rps hub/mono per round': both('hub', 'mono') ? pairedRounds(q, 'hub', 'mono', 'rps') : null,
        'CPU/req hub/mono (d)/(b)': ratio(s(q, 'hub')?.cpuMsPerRequest, s(q, 'mono')?.cpuMsPerRequest),
        'CPU/req hub/mono per round': both('hub', 'mono')
          ? pairedRounds(q, 'hub', 'mono', 'cpuMsPerRequestTotal')
          : null,
        'p95 hub/mono': ratio(s(q, 'hub')?.latencyMs.p95, s(q, 'mono')?.latencyMs.p95),
        'rps hub/floor (d)/(a)': ratio(s(q, 'hub')?.rps, s(q, 'floor')?.rps),
        'rps hub/off (d)/(c)': ratio(s(q, 'hub')?.rps, s(q, 'off')?.rps),
        'rps hub/off per round': both('hub', 'off') ? pairedRounds(q, 'hub', 'off', 'rps') : null,
        'CPU/req hub/floor (d)/(a)': ratio(s(q, 'hub')?.cpuMsPerRequest, s(q, 'floor')?.cpuMsPerRequest),
        'CPU/req hub/off (d)/(c)': ratio(s(q, 'hub')?.cpuMsPerRequest, s(q, 'off')?.cpuMsPerRequest),
        'CPU/req hub/off per round': both('hub', 'off') ? pairedRounds(q, 'hub', 'off', 'cpuMsPerRequestTotal') : null,
        'p95 hub/off': ratio(s(q, 'hub')?.latencyMs.p95, s(q, 'off')?.latencyMs.p95),
      };
    }
    if (QUERIES.includes('Q1') && QUERIES.includes('Q2')) {
      ratios['Q2/Q1'] = Object.fromEntries(
        TARGETS.map((t) => [
          t,
          {
            'CPU per page of 50 / CPU per single youth': ratio(
              s('Q2', t)?.cpuMsPerRequest,
              s('Q1', t)?.cpuMsPerRequest,
            ),
            'per youth': round3((s('Q2', t)?.cpuMsPerRequest ?? NaN) / 50 / (s('Q1', t)?.cpuMsPerRequest ?? NaN)),
          },
        ]),
      );
    }
    let scale: unknown = null;
    const baselineFile =
      flags.baseline ?? (YOUTHS !== 10000 ? new URL('./results/10000.json', import.meta.url).pathname : undefined);
    if (baselineFile && existsSync(baselineFile)) {
      const base = JSON.parse(readFileSync(baselineFile, 'utf8')) as {
        summary: Record<string, any>;
        date: string;
        youths: number;
      };
      scale = {
        note: `against ${baselineFile} (${base.youths} youths, ${base.date}): a separate run, not interleaved`,
        ...Object.fromEntries(
          Object.keys(summary)
            .filter((k) => base.summary[k])
            .map((k) => [
              k,
              {
                p95: ratio(summary[k].latencyMs.p95, base.summary[k].latencyMs.p95),
                rps: ratio(summary[k].rps, base.summary[k].rps),
                cpuMsPerRequest: ratio(summary[k].cpuMsPerRequest, base.summary[k].cpuMsPerRequest),
              },
            ]),
        ),
      };
    }

    const machine = {
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: round2(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      postgres: await (async () => {
        const a = postgres(flags.url!, { max: 1 });
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
              `| ${q} | ${s(q, 'hub')?.rps} | ${s(q, 'mono')?.rps} | ${ratio(s(q, 'hub')?.rps, s(q, 'mono')?.rps)} | ${pairedRounds(q, 'hub', 'mono', 'rps').join(', ')} | ${ratio(s(q, 'hub')?.cpuMsPerRequest, s(q, 'mono')?.cpuMsPerRequest)} |`,
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
      return `| ${x.query} | ${TARGET_LABEL[x.target as TargetName]} | ${x.rps} | ${x.latencyMs.p50} | ${x.latencyMs.p95} | ${x.latencyMs.p99} | ${x.cpuMsPerRequest} | ${po.statements ?? ''}${po.logStatements ? ` + ${po.logStatements} log` : ''} | ${subgraphCell(x.target as TargetName, po)} | ${Math.max(...rss)} / ${rss.reduce((a, b) => a + b, 0)} | ${x.errors.non2xx + x.errors.socket} / ${x.errors.errorBodies} |`;
    });
    const table = [
      `${YOUTHS.toLocaleString('en-US')} youths, ${Object.values(logRows)
        .reduce((a, b) => a + b, 0)
        .toLocaleString(
          'en-US',
        )} disclosure rows; ${CONNECTIONS} connections, ${ROUNDS} x ${DURATION} s per cell after ${WARMUP} s warm-up, interleaved; ${POOL} connections per database per target${TARGETS.includes('mono') ? `; the monolith reads access facts once per ${MONO_FACTS}` : ''}; ${machine.cpus} CPUs (${machine.cpuModel}), node ${machine.node}, Postgres ${machine.postgres}; ${started.toISOString()}`,
      '',
      '| Q | target | req/s (median) | p50 ms | p95 ms | p99 ms | CPU ms/req (all processes) | SQL statements/op | subgraph requests/op | peak RSS MiB (max / sum) | failed / with errors |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      ...versusMono,
    ].join('\n');
    const results = {
      date: started.toISOString(),
      youths: YOUTHS,
      disclosureRows: logRows,
      machine,
      settings: {
        warmup: WARMUP,
        duration: DURATION,
        rounds: ROUNDS,
        connections: CONNECTIONS,
        viewer: VIEWER,
        auditor: AUDITOR,
        prefix: PREFIX,
        poolPerDatabasePerTarget: POOL,
        ...(TARGETS.includes('mono') ? { monolithFacts: MONO_FACTS } : {}),
      },
      queries: { Q1, Q2, Q3 },
      correctness,
      summary,
      ratios,
      scale,
      runs,
      table,
    };
    const out = flags.out ? resolve(flags.out) : fileURLToPath(new URL(`./results/${YOUTHS}`, import.meta.url));
    writeFileSync(`${out}.json`, `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(
      `${out}.md`,
      `${table}\n\nRatios:\n\n\`\`\`json\n${JSON.stringify({ ratios, scale }, null, 2)}\n\`\`\`\n`,
    );
    console.log(table);
    console.log(JSON.stringify({ ratios, scale }, null, 2));
  } finally {
    await Promise.all(all.map((p) => p.stop()));
  }
}

await main();
