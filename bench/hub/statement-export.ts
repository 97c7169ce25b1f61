// The statement export on a long history (issue 18): one youth with ROWS disclosure rows in each of
// the seven logs, exported through the gateway's /export/statement.{csv,pdf} as a privacy officer,
// the file read as it streams (never held). Prints rows, bytes, seconds and the process's peak RSS
// over its RSS before the export, and the rows every log gained meanwhile (its STATEMENT rows and
// the youth look-up's). Not part of `npm run bench`:
//   npx tsx bench/hub/statement-export.ts [--rows 20000] [--formats csv,pdf] (TEST_DATABASE_URL=postgres://... for Postgres)
import { startHub } from '@hub/tests/hub';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROWS = arg('rows', 20_000);
const formatsAt = process.argv.indexOf('--formats');
const FORMATS = (formatsAt > 0 ? process.argv[formatsAt + 1]!.split(',') : ['csv', 'pdf']) as ('csv' | 'pdf')[];
const BATCH = 2_000;
const CATEGORIES = ['IDENTITY', 'CHILD_WELFARE_CASE', 'PLACEMENT', 'MENTAL_HEALTH', 'PROBATION', 'EDUCATION'] as const;

const engine = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
const hub = await startHub({ youths: 4, engine });
const youthId = hub.world.youths[1]!.id;
const t0 = Date.now();
for (const [name, server] of Object.entries(hub.servers)) {
  for (let done = 0; done < ROWS; done += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, ROWS - done) }, (_, i) => {
      const released = CATEGORIES.filter((_, k) => (done + i + k) % 3 === 0);
      return {
        requestId: `bench-${name}-${done + i}`,
        viewerSub: 'clin-okafor',
        viewerName: 'Ada Okafor',
        viewerAgency: 'HEALTH',
        viewerRole: 'CLINICIAN',
        purpose: 'CARE_COORDINATION',
        access: 'RECORD',
        youthId,
        released: [...released],
        denied: (done + i) % 5 === 0 ? ['PSYCHOTHERAPY_NOTES'] : [],
        policyVersion: 'bench',
        emergencyGrantId: null,
      };
    });
    await server.disclosureLog.append(rows as never);
  }
}
console.log(
  `${engine}: ${ROWS} rows in each of ${Object.keys(hub.servers).length} logs, written in ${Date.now() - t0} ms`,
);

const token = await hub.token('privacy-shah');
const logRows = async () => {
  let n = 0;
  for (const server of Object.values(hub.servers)) n += (await server.disclosureLog.head())?.seq ?? 0;
  return n;
};
for (const format of FORMATS) {
  global.gc?.();
  const before = process.memoryUsage().rss;
  const logBefore = await logRows();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = Date.now();
  const res = await fetch(`${hub.url}/export/statement.${format}?youthId=${youthId}&denials=APART`, {
    headers: { authorization: `Bearer ${token}`, 'x-purpose-of-use': 'AUDIT' },
  });
  let bytes = 0;
  let lines = 0;
  let firstByte = 0;
  const reader = res.body!.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    if (!firstByte) firstByte = Date.now() - started;
    bytes += part.value.length;
    for (const byte of part.value) if (byte === 10) lines++;
  }
  const seconds = (Date.now() - started) / 1000;
  clearInterval(sampler);
  const written = (await logRows()) - logBefore;
  const mb = (n: number) => (n / 1e6).toFixed(1);
  // A CSV record is one line here (no field holds a newline); the header is the first.
  const rows = format === 'csv' ? `${lines - 1} rows (${Math.round((lines - 1) / seconds)} rows/s), ` : '';
  console.log(
    `${format}: status ${res.status}, ${rows}${mb(bytes)} MB in ${seconds.toFixed(1)} s ` +
      `(first byte ${firstByte} ms), peak RSS +${mb(peak - before)} MB over ${mb(before)} MB, ` +
      `${written} log rows written`,
  );
}
await hub.close();
