import { parseArgs } from 'node:util';
import { readChain, verifyLog } from '@hub/subgraph-kit/audit';
import { startHub, type Hub } from '../src/hub.ts';

// `npm run soak -- [--minutes 5] [--rate 12] [--youths 40] [--url postgres://...]`: mixed reads and
// consent changes at a fixed rate against the whole hub on a Postgres server, then: every answer
// has exactly its disclosure rows, every chain verifies, nothing failed that should have
// succeeded, and memory stayed flat. Not part of `npm test`.
const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '5' },
    rate: { type: 'string', default: '12' },
    youths: { type: 'string', default: '40' },
    url: { type: 'string' },
  },
});
const MINUTES = Number(values.minutes);
const RATE = Number(values.rate);
process.env.TEST_DATABASE_URL ??= values.url ?? 'postgres://postgres@127.0.0.1:5432/postgres';
if (values.url) process.env.TEST_DATABASE_URL = values.url;

const READS: { name: string; parts: string[]; query: string }[] = [
  {
    name: 'whole record',
    parts: [
      'child-welfare',
      'health',
      'probation',
      'education',
      'district-attorney',
      'public-defender',
      'law-enforcement',
    ],
    query: `query ($id: ID!) { youth(id: $id) { displayName consents { status } childWelfare { caseNumber placements { kind } } health { mentalHealth { treatmentStatus } substanceUse { status } } probation { supervision { status } } education { schoolOfRecord { schoolName } } districtAttorney { cases { role } } publicDefender { matters { kind } } lawEnforcement { investigations { status } } } }`,
  },
  {
    name: 'child welfare',
    parts: ['child-welfare'],
    query: `query ($id: ID!) { youth(id: $id) { displayName childWelfare { placements { kind startDate } runawayEpisodes { leftOn } csecIndicators { indicator } } } }`,
  },
  {
    name: 'health',
    parts: ['health'],
    query: `query ($id: ID!) { youth(id: $id) { health { physicalHealth { lastExamOn } sexualHealth { visits { visitOn } } } } }`,
  },
];
const CASELOAD = `{ youths(first: 5) { edges { node { id displayName childWelfare { caseNumber } } } } }`;
const RECORD = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id status } }`;
const REVOKE = `mutation ($id: ID!, $reason: String!) { revokeConsent(id: $id, reason: $reason) { id status } }`;
const PERSONAS = [
  'sw-garcia',
  'po-nguyen',
  'clin-okafor',
  'phn-silva',
  'school-park',
  'da-reyes',
  'va-mensah',
  'pd-cohen',
  'cbo-james',
  'mentor-lee',
  'coord-ortiz',
  'det-morales',
];

interface Sent {
  kind: string;
  requestId: string;
  /** Disclosure rows this answer must have left, by subgraph. */
  rows: Record<string, number>;
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

async function call(hub: Hub, persona: string, query: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.token(persona)}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, json, requestId: response.headers.get('x-request-id') ?? '' };
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
function heap() {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage();
}

async function main() {
  console.log(`[soak] starting the hub on ${process.env.TEST_DATABASE_URL!.replace(/\/\/[^@]*@/, '//')}`);
  const hub = await startHub({ engine: 'postgres', youths: Number(values.youths) });
  const garciaYouths = hub.world.teams
    .filter((t) => t.members.some((m) => m.personId === 'sw-garcia' && !m.toDate))
    .map((t) => t.youthId);
  const sent: Sent[] = [];
  const failures: string[] = [];
  const open: string[] = []; // consents recorded and not yet revoked
  const counts = { reads: 0, caseloads: 0, records: 0, revokes: 0 };
  const memory: { at: number; heapUsed: number; rss: number }[] = [];

  async function one() {
    const roll = Math.random();
    if (roll < 0.1 && garciaYouths.length) {
      const youthId = pick(garciaYouths);
      const input = {
        youthId,
        grantor: 'YOUTH',
        categories: pick([['PLACEMENT'], ['RUNAWAY', 'PLACEMENT'], ['EDUCATION'], ['SUBSTANCE_USE']]),
        recipientAgencies: pick([['COMMUNITY'], ['PROBATION'], ['EDUCATION', 'COMMUNITY']]),
        purposes: ['CARE_COORDINATION'],
        effectiveFrom: new Date(Date.now() - 3_600_000).toISOString(),
        formReference: `SOAK-${sent.length}`,
      };
      const r = await call(hub, 'sw-garcia', RECORD, { input });
      counts.records++;
      const recorded = r.status === 200 && !r.json.errors;
      // A consent recorded returns its terms to the recorder: one registry row.
      sent.push({ kind: 'record consent', requestId: r.requestId, rows: recorded ? { mdt: 1 } : {} });
      if (!recorded) failures.push(`record consent: ${r.status} ${JSON.stringify(r.json).slice(0, 300)}`);
      else open.push(r.json.data.recordConsent.id);
      return;
    }
    if (roll < 0.17 && open.length) {
      const id = open.splice(Math.floor(Math.random() * open.length), 1)[0]!;
      const r = await call(hub, 'sw-garcia', REVOKE, { id, reason: 'The youth withdrew it at the meeting' });
      counts.revokes++;
      const revoked = r.status === 200 && !r.json.errors;
      sent.push({ kind: 'revoke consent', requestId: r.requestId, rows: revoked ? { mdt: 1 } : {} });
      if (!revoked) failures.push(`revoke consent: ${r.status} ${JSON.stringify(r.json).slice(0, 300)}`);
      return;
    }
    const persona = pick(PERSONAS);
    if (roll < 0.25) {
      const r = await call(hub, persona, CASELOAD);
      counts.caseloads++;
      const n = r.json.data?.youths?.edges?.length ?? 0;
      sent.push({ kind: 'caseload', requestId: r.requestId, rows: n ? { mdt: n, 'child-welfare': n } : {} });
      check(r, `caseload as ${persona}`);
      return;
    }
    const read = pick(READS);
    const r = await call(hub, persona, read.query, { id: pick(hub.world.youths).id });
    counts.reads++;
    const rows: Record<string, number> = { mdt: 1 };
    if (r.json.data?.youth) for (const part of read.parts) rows[part] = 1;
    sent.push({ kind: read.name, requestId: r.requestId, rows });
    check(r, `${read.name} as ${persona}`);
  }

  function check(r: Awaited<ReturnType<typeof call>>, what: string) {
    const bad = (r.json.errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN');
    if (r.status !== 200 || !r.json.data || bad.length)
      failures.push(`${what}: ${r.status} ${JSON.stringify(bad).slice(0, 300)}`);
  }

  // Open loop: one request every 1/RATE s whatever the previous ones are doing.
  const started = Date.now();
  const end = started + MINUTES * 60_000;
  const inflight = new Set<Promise<void>>();
  let next = started;
  let maxInflight = 0;
  let lastSample = 0;
  while (Date.now() < end) {
    const p = one().catch((error: unknown) => void failures.push(`request threw: ${String(error)}`));
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
    maxInflight = Math.max(maxInflight, inflight.size);
    if (Date.now() - lastSample >= 10_000) {
      lastSample = Date.now();
      const m = heap();
      memory.push({ at: (Date.now() - started) / 1000, heapUsed: m.heapUsed, rss: m.rss });
    }
    next += 1000 / RATE;
    const wait = next - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await Promise.all(inflight);
  const elapsed = (Date.now() - started) / 1000;
  const final = heap();
  memory.push({ at: elapsed, heapUsed: final.heapUsed, rss: final.rss });

  // Disclosure rows: exactly the expected ones for each answer, in each subgraph's own log.
  const subgraphs = Object.keys(hub.databases);
  const actual = new Map<string, Record<string, number>>();
  let rowsWritten = 0;
  const chains: Record<string, number> = {};
  for (const name of subgraphs) {
    for await (const row of readChain(hub.databases[name]!)) {
      const byName = actual.get(row.requestId) ?? {};
      byName[name] = (byName[name] ?? 0) + 1;
      actual.set(row.requestId, byName);
      rowsWritten++;
    }
    const report = await verifyLog(hub.databases[name]!, []);
    chains[name] = report.rowsChecked;
    if (report.firstBroken)
      failures.push(`${name} chain broken at ${report.firstBroken.seq}: ${report.firstBroken.problem}`);
  }
  let rowsExpected = 0;
  let mismatched = 0;
  for (const s of sent) {
    const want = s.rows;
    const got = actual.get(s.requestId) ?? {};
    rowsExpected += Object.values(want).reduce((a, b) => a + b, 0);
    const keys = new Set([...Object.keys(want), ...Object.keys(got)]);
    if ([...keys].some((k) => (want[k] ?? 0) !== (got[k] ?? 0))) {
      mismatched++;
      if (mismatched <= 5)
        failures.push(`${s.kind} ${s.requestId}: rows ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    }
  }
  const orphans = [...actual.keys()].filter((id) => !sent.some((s) => s.requestId === id)).length;
  if (orphans) failures.push(`${orphans} request ids in the logs that no answer carried`);

  // Memory: the median of the last third of the samples against the first third after warm-up.
  const samples = memory.filter((m) => m.at >= 30);
  const third = Math.max(1, Math.floor(samples.length / 3));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const early = median(samples.slice(0, third).map((m) => m.heapUsed));
  const late = median(samples.slice(-third).map((m) => m.heapUsed));
  const growthMb = mb(late - early);
  const flat = growthMb < 40 && late < early * 1.3;
  if (!flat) failures.push(`heap grew from ${mb(early)} MB to ${mb(late)} MB`);

  const requests = sent.length;
  console.log(
    `[soak] ${(elapsed / 60).toFixed(1)} min at ${RATE}/s: ${requests} requests (${(requests / elapsed).toFixed(1)}/s achieved, at most ${maxInflight} in flight)`,
  );
  console.log(
    `[soak]   ${counts.reads} record reads, ${counts.caseloads} caseload pages, ${counts.records} consents recorded, ${counts.revokes} revoked`,
  );
  console.log(
    `[soak]   failed that should have succeeded: ${failures.filter((f) => !f.includes('rows') && !f.includes('chain') && !f.includes('heap')).length}`,
  );
  console.log(
    `[soak]   disclosure rows written ${rowsWritten}, expected ${rowsExpected}; answers whose rows differ: ${mismatched}; rows with no answer: ${orphans}`,
  );
  console.log(
    `[soak]   chains verified: ${Object.entries(chains)
      .map(([n, c]) => `${n} ${c}`)
      .join(', ')}`,
  );
  console.log(
    `[soak]   heap after GC: ${mb(early)} MB early, ${mb(late)} MB late (${growthMb >= 0 ? '+' : ''}${growthMb} MB), RSS ${mb(memory[0]!.rss)} -> ${mb(final.rss)} MB; ${flat ? 'flat' : 'GROWING'}`,
  );
  console.log(
    `[soak]   heap samples (s: MB): ${memory.map((m) => `${Math.round(m.at)}: ${mb(m.heapUsed)}`).join(', ')}`,
  );
  await hub.close();
  if (failures.length) {
    console.error(`[soak] FAILED:\n${failures.slice(0, 20).join('\n')}`);
    process.exit(1);
  }
  console.log('[soak] passed');
}

await main();
