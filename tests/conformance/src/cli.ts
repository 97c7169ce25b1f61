// npm run conformance: checks from outside that a subgraph keeps the hub's contract. See README.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AGENCIES, type Agency } from '@hub/policies';
import { loadSupergraphConfig } from '@hub/schema';
import { generateWorld } from '@hub/synthetic';
import { postgresProbe } from './database.ts';
import { registryDatabase } from './registry.ts';
import { envFile, generateSuiteKeys, loadSuite, saveSuite, subgraphEnv } from './keys.ts';
import { formatReport } from './report.ts';
import { runConformance, startSuite } from './suite.ts';

const USAGE = `npm run conformance -- init [--dir .data/conformance] [--port 4999]
npm run conformance -- --url <subgraph url> --name <name> [--youth <id>]... [--keys <dir>/suite-keys.json]
npm run conformance -- --command "<start command>" --name <name> [--seed-youths 40] [--youth <id>]...
  common: [--agency <AGENCY>] [--seed-youths N] [--database-url <postgres url>] [--log-table disclosure_log] [--json]
  the registry (--name mdt): --database-url <its test database> is required (the suite enrols its youths there)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    command: { type: 'string' },
    name: { type: 'string' },
    agency: { type: 'string' },
    youth: { type: 'string', multiple: true, default: [] },
    'seed-youths': { type: 'string' },
    keys: { type: 'string' },
    dir: { type: 'string', default: '.data/conformance' },
    port: { type: 'string' },
    'database-url': { type: 'string' },
    'log-table': { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(`conformance: ${message}\n\n${USAGE}`);
  process.exit(2);
}

/** `init`: keys for a run against a subgraph the agency starts itself, and the environment to start it with. */
async function init() {
  const dir = resolve(values.dir);
  const port = Number(values.port ?? 4999);
  mkdirSync(dir, { recursive: true });
  const keys = await generateSuiteKeys();
  saveSuite(join(dir, 'suite-keys.json'), { keys, port });
  const env = subgraphEnv(keys, `http://127.0.0.1:${port}`);
  writeFileSync(join(dir, 'subgraph.env'), envFile(env), { mode: 0o600 });
  console.log(`Wrote ${join(dir, 'suite-keys.json')} (the suite's private keys) and ${join(dir, 'subgraph.env')}.
Start the subgraph under test with that environment, e.g.
  set -a; . ${join(values.dir, 'subgraph.env')}; set +a
  PORT=4010 DATA_DIR=memory SEED_YOUTHS=40 npm run dev -w @hub/subgraph-<name>
then run
  npm run conformance -- --url http://127.0.0.1:4010/graphql --name <name> --seed-youths 40
These keys are for testing only: never give a production subgraph this environment.`);
}

function agencyOf(name: string): Agency {
  const agency = values.agency ?? loadSupergraphConfig().find((s) => s.name === name)?.agency;
  if (!agency) fail(`${name} is not in schema/supergraph.config.json: give --agency`);
  if (!AGENCIES.includes(agency as Agency)) fail(`unknown agency ${agency}`);
  return agency as Agency;
}

/** Youths the subgraph may hold: those given, then the synthetic world's if it was seeded from it. */
function candidates(): string[] {
  const seeded = values['seed-youths'] ? generateWorld({ youths: Number(values['seed-youths']) }).youths : [];
  return [...values.youth, ...seeded.map((y) => y.id)];
}

const freePort = () =>
  new Promise<number>((res) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => res(port));
    });
  });

/** Waits until something answers HTTP at the URL (any status), or the child gives up. */
async function answering(url: string, child: ChildProcess | null, output: () => string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`the subgraph exited (code ${child.exitCode}):\n${output()}`);
    try {
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`nothing answered at ${url} within ${timeoutMs / 1000} s:\n${output()}`);
}

async function run() {
  const name = values.name ?? fail('--name is required');
  const agency = agencyOf(name);
  if (!values.url && !values.command) fail('give --url (a subgraph you started) or --command (the suite starts it)');
  const saved = values.command ? null : loadSuite(resolve(values.keys ?? join(values.dir, 'suite-keys.json')));
  const suite = await startSuite({ service: name, ...(saved ? { keys: saved.keys, port: saved.port } : {}) });
  let child: ChildProcess | null = null;
  let output = '';
  const database = values['database-url'] ? postgresProbe(values['database-url']) : null;
  // The registry decides from its own tables: the suite writes its scenario there, not to a stand-in.
  if (agency === 'HUB' && !values['database-url']) {
    fail("the registry's access facts are its own tables: give --database-url of its test database");
  }
  const registry = agency === 'HUB' ? await registryDatabase(values['database-url']!) : null;
  const unclassifiedTypes = loadSupergraphConfig().find((s) => s.name === name)?.unclassifiedTypes ?? [];
  try {
    let url = values.url;
    if (values.command) {
      const port = values.port ? Number(values.port) : await freePort();
      url ??= `http://127.0.0.1:${port}/graphql`;
      child = spawn(values.command, {
        shell: true,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          ...suite.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: 'memory',
          // The database the suite probes (and, for the registry, writes its scenario to) is the one it runs on.
          ...(values['database-url'] ? { DATABASE_URL: values['database-url'] } : {}),
          ...(values['seed-youths'] ? { SEED_YOUTHS: values['seed-youths'] } : {}),
        },
      });
      // Interrupted, the suite still stops what it started.
      const started = child;
      process.once('SIGINT', () => {
        if (started.pid && started.exitCode === null) process.kill(-started.pid, 'SIGTERM');
        process.exit(130);
      });
      const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
      child.stdout!.on('data', keep);
      child.stderr!.on('data', keep);
    }
    await answering(url!, child, () => output);
    const youths = candidates();
    if (!youths.length && !registry) fail('give --youth <id> of a youth the subgraph holds, or --seed-youths N');
    const report = await runConformance(
      {
        url: url!,
        name,
        agency,
        youths,
        unclassifiedTypes,
        ...(database ? { sql: database.sql } : {}),
        ...(registry ? { registry: registry.scenario } : {}),
        ...(values['log-table'] ? { logTable: values['log-table'] } : {}),
      },
      suite,
    );
    console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
    process.exitCode = report.ok ? 0 : 1;
  } finally {
    if (child?.pid && child.exitCode === null) {
      process.kill(-child.pid, 'SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
    }
    await database?.close();
    await registry?.close();
    await suite.close();
  }
}

if (values.help) console.log(USAGE);
else if (positionals[0] === 'init') await init();
else if (positionals.length) fail(`unknown command ${positionals[0]}`);
else await run();
