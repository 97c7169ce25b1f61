// npm run audit:verify [-- --data-dir .data] [--url postgres://host/postgres --prefix hub_]
//                      [--database <subgraph>=<postgres url | PGlite dir>]... [--json]
//                      [--interval <s>] [--margin <s>] [--strict]
// Walks every subgraph's disclosure log against the checkpoints the registry holds for it and
// reports, per subgraph, the rows checked, the first broken link, the age of its last checkpoint
// and the rows written since. A log whose rows have waited longer than the checkpoint interval
// (--interval, default CHECKPOINT_INTERVAL_SECONDS or 10) plus --margin (default 20) without a
// checkpoint is STALE: its subgraph is not checkpointing, and those rows could be cut or rewritten
// unseen. Exit 0 when every log found is intact, 1 when any is broken (a log the registry holds
// checkpoints for but that cannot be found or read counts as broken) or, with --strict, stale; 2
// when it cannot run. Opens each database read-only in spirit:
// no migration, no write. A PGlite directory must not be open in a running hub at the same time.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase, type Database } from '@hub/subgraph-kit';
import {
  checkpointLag,
  DEFAULT_CHECKPOINT_INTERVAL_SECONDS,
  auditLog,
  databaseReason,
  unreadableLog,
  type ChainReport,
  type LogAudit,
  type CheckpointLag,
} from '@hub/subgraph-kit/audit';
import { checkpointsOf, MIGRATIONS as MDT_MIGRATIONS } from '@hub/subgraph-registry';
import { loadSupergraphConfig } from '@hub/schema';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: '.data' },
    url: { type: 'string' },
    prefix: { type: 'string', default: 'hub_' },
    database: { type: 'string', multiple: true, default: [] },
    json: { type: 'boolean', default: false },
    interval: {
      type: 'string',
      default: process.env.CHECKPOINT_INTERVAL_SECONDS || String(DEFAULT_CHECKPOINT_INTERVAL_SECONDS),
    },
    margin: { type: 'string', default: '20' },
    strict: { type: 'boolean', default: false },
  },
});
const say = (line: string) => {
  if (!values.json) console.log(line);
};
const fail = (message: string): never => {
  console.error(`audit:verify: ${message}`);
  process.exit(2);
};

const seconds = (name: 'interval' | 'margin') => {
  const value = Number(values[name]);
  if (!Number.isFinite(value) || value < 0) fail(`--${name} takes a number of seconds, got "${values[name]}"`);
  return value * 1000;
};
const lagOptions = { intervalMs: seconds('interval'), marginMs: seconds('margin') };

const names = loadSupergraphConfig().map((s) => s.name);
const explicit = new Map<string, string>();
for (const pair of values.database!) {
  const at = pair.indexOf('=');
  if (at < 1) fail(`--database takes <subgraph>=<url or dir>, got "${pair}"`);
  const name = pair.slice(0, at);
  if (!names.includes(name)) fail(`--database names an unknown subgraph "${name}" (known: ${names.join(', ')})`);
  explicit.set(name, pair.slice(at + 1));
}

/** Where a subgraph's database is: --database, <NAME>_DATABASE_URL, --url + prefix, or the PGlite dir. */
function locate(name: string): string | undefined {
  const env = process.env[`${name.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`];
  if (explicit.has(name)) return explicit.get(name);
  if (env) return env;
  if (values.url) {
    const url = new URL(values.url);
    url.pathname = `/${values.prefix}${name.replace(/-/g, '_')}`;
    return url.toString();
  }
  const dir = resolve(values['data-dir']!, name);
  return existsSync(dir) ? dir : undefined;
}

async function open(where: string): Promise<Database> {
  const postgresUrl = /^postgres(ql)?:\/\//.test(where);
  if (!postgresUrl && !existsSync(where)) fail(`no database at ${where}`);
  try {
    return await openDatabase({
      ...(postgresUrl ? { url: where } : { dataDir: where }),
      migrationsFolder: MDT_MIGRATIONS,
      migrate: false,
      maxConnections: 1,
    });
  } catch (error) {
    return fail(`cannot open ${where.replace(/\/\/[^@/]*@/, '//***@')}: ${(error as Error).message}`);
  }
}

const registryAt = locate('mdt') ?? fail('the registry (mdt) database was not found: its checkpoints are needed');
const registry = await open(registryAt);
const checkpoints = await checkpointsOf(registry).catch((error: Error) =>
  fail(`cannot read the registry's checkpoints: ${error.message}`),
);

interface Result extends Partial<ChainReport> {
  subgraph: string;
  status: 'intact' | 'broken' | 'missing';
  note?: string;
  checkpoint?: CheckpointLag;
}
const results: Result[] = [];
/** A log that cannot be read is missing, unless the registry was told it existed: then it is broken. */
function unreadable(name: string, checkpointed: number, why: string): Result {
  if (!checkpointed) return { subgraph: name, status: 'missing', note: why };
  return { subgraph: name, ...unreadableLog(checkpointed, why) };
}
for (const name of names) {
  const held = checkpoints.filter((c) => c.subgraph === name);
  const mine = held.map((c) => ({ seq: Number(c.seq), hash: c.hash }));
  const last = held.at(-1);
  const where = locate(name);
  if (!where) {
    results.push(unreadable(name, mine.length, 'database not found'));
    say(`[audit] ${name}: database not found (${mine.length} checkpoints held for it)${mine.length ? ': BROKEN' : ''}`);
    continue;
  }
  const database = name === 'mdt' ? registry : await open(where);
  const started = Date.now();
  // The same verdict rules as the console's live verification (auditLog, in the kit).
  let report: LogAudit;
  let lag: CheckpointLag;
  try {
    report = await auditLog(database, mine, {
      progress: (rows) => say(`[audit] ${name}: ${rows.toLocaleString('en-US')} rows checked...`),
    });
    lag = await checkpointLag(
      database,
      last ? { seq: Number(last.seq), receivedAt: last.receivedAt } : null,
      lagOptions,
    );
  } catch (error) {
    // The database's own reason (drizzle wraps it, with the whole query, as the cause).
    const reason = databaseReason(error);
    results.push(unreadable(name, mine.length, `cannot read the log: ${reason}`));
    say(`[audit] ${name}: cannot read the log: ${reason}${mine.length ? ': BROKEN' : ''}`);
    if (name !== 'mdt') await database.close();
    continue;
  }
  if (name !== 'mdt') await database.close();
  const took = ((Date.now() - started) / 1000).toFixed(1);
  const counts = `${report.rowsChecked.toLocaleString('en-US')} rows, ${report.checkpointsChecked} checkpoints, ${took} s`;
  const age = (s: number) =>
    s < 120 ? `${Math.round(s)} s` : s < 7200 ? `${Math.round(s / 60)} min` : `${Math.round(s / 3600)} h`;
  const lagLine =
    (lag.lastCheckpointAgeSeconds === null
      ? 'no checkpoint'
      : `last checkpoint ${age(lag.lastCheckpointAgeSeconds)} ago (row ${lag.lastCheckpointSeq})`) +
    (lag.uncheckpointedRows
      ? `; ${lag.uncheckpointedRows.toLocaleString('en-US')} rows since, the oldest ${age(lag.oldestUncheckpointedAgeSeconds ?? 0)} old`
      : '') +
    (lag.stale ? `: STALE (over ${age((lagOptions.intervalMs + lagOptions.marginMs) / 1000)})` : '');
  const note = report.note;
  if (report.firstBroken) {
    results.push({ subgraph: name, ...report, checkpoint: lag });
    say(`[audit] ${name}: BROKEN at row ${report.firstBroken.seq}: ${report.firstBroken.problem} (${counts})`);
  } else {
    results.push({ subgraph: name, ...report, checkpoint: lag });
    const head = report.head ? `, head ${report.head.seq} (${report.head.hash.slice(0, 12)}...)` : '';
    say(`[audit] ${name}: intact (${counts}${head})${note ? `; ${note}` : ''}`);
  }
  say(`[audit] ${name}: ${lagLine}`);
}
await registry.close();
if (values.json) console.log(JSON.stringify(results, null, 2));
const broken = results.filter((r) => r.status === 'broken').length;
const stale = results.filter((r) => r.checkpoint?.stale).length;
say(
  `[audit] ${broken ? `${broken} broken` : 'every log found is intact'}; ${results.filter((r) => r.status === 'missing').length} not found; ${stale} with a stale checkpoint${stale && !values.strict ? ' (--strict fails on it)' : ''}`,
);
process.exit(broken || (values.strict && stale) ? 1 : 0);
