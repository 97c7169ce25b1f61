import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSupergraphConfig } from '@hub/schema';
import { freePortBlock } from '../src/ports.ts';

// `npm start -- --database-url <server>` as a county IT team runs it without Docker: every subgraph
// on one Postgres server, one database each, created if missing, seeded only with --seed. Databases
// are named with a prefix of their own and dropped after, so other runs on the server are untouched.
const root = fileURLToPath(new URL('../..', import.meta.url));
const server = process.env.TEST_DATABASE_URL;
const port = Number(process.env.HUB_TEST_PORT) || (await freePortBlock(26000, 32000));
const base = `http://127.0.0.1:${port}`;
const prefix = `start_${randomBytes(4).toString('hex')}_`;
const databases = loadSupergraphConfig().map((s) => `${prefix}${s.database}`);

// The README's query, as its curl sends it.
const README_QUERY =
  '{ youths(first: 3) { totalCount edges { node { id displayName childWelfare { currentPlacement { kind } } } } } }';

async function start(extra: string[]): Promise<{ child: ChildProcess; output: () => string }> {
  const serverRoot = new URL(server!);
  serverRoot.pathname = '/';
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/start.ts',
      '--database-url',
      serverRoot.toString(),
      '--database-prefix',
      prefix,
      '--port',
      String(port),
      ...extra,
    ],
    { cwd: root, env: { ...process.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 400_000;
  while (!output.includes('The hub is up')) {
    if (Date.now() > deadline || child.exitCode !== null) {
      stop(child);
      throw new Error(`npm start did not come up:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, output: () => output };
}

function stop(child: ChildProcess) {
  if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    setTimeout(resolve, 10_000);
  });
}

/** The README's curl path: a token from the embedded OpenID provider (the gateway's port + 100), then the query. */
async function readmeQuery() {
  const { token } = (await (
    await fetch(`http://127.0.0.1:${port + 100}/demo/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ persona: 'sw-garcia' }),
    })
  ).json()) as { token: string };
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: README_QUERY }),
  });
  return (await response.json()) as {
    data: { youths: { totalCount: number; edges: { node: { id: string; displayName: string | null } }[] } };
    errors?: unknown[];
  };
}

afterAll(async () => {
  if (!server) return;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  const left = await admin`select datname from pg_database where datname like ${prefix + '%'}`;
  for (const { datname } of left) await admin.unsafe(`drop database if exists ${datname} with (force)`);
  await admin.end();
});

describe.skipIf(!server)('npm start -- --database-url (every subgraph on one Postgres server)', () => {
  it('creates and migrates one database per subgraph, seeds nothing unless asked, and answers the README query', async () => {
    const first = await start([]);
    try {
      const out = first.output();
      for (const name of databases) expect(out).toContain(`[start] created database ${name}`);
      expect(out).toContain(`on Postgres at ${new URL(server!).host}, databases ${prefix}*`);
      expect(out).toContain('not seeded: --seed adds synthetic youths');
      expect(out.match(/listening on http:\/\/\S+ \(postgres\)/g)).toHaveLength(databases.length);
      expect(out).toMatch(/sw-garcia\s+Dana Garcia\s+CW_SOCIAL_WORKER/);
      // Migrated, empty: the query is answered, with no youth.
      const empty = await readmeQuery();
      expect(empty.errors).toBeUndefined();
      expect(empty.data.youths).toEqual({ totalCount: 0, edges: [] });
    } finally {
      await stop(first.child);
    }

    const second = await start(['--seed', '--youths', '40']);
    try {
      const out = second.output();
      expect(out).not.toContain('created database');
      expect(out).toContain('40 synthetic youths');
      expect(out.match(/seeded 40 synthetic youths/g)).toHaveLength(databases.length);
      const seeded = await readmeQuery();
      expect(seeded.errors).toBeUndefined();
      expect(seeded.data.youths.totalCount).toBeGreaterThan(0);
      expect(seeded.data.youths.edges).toHaveLength(3);
      expect(seeded.data.youths.edges[0]!.node.displayName).toMatch(/^[A-Z]\. [A-Z]\.$/);
    } finally {
      await stop(second.child);
    }
    const admin = postgres(server!, { max: 1, onnotice: () => {} });
    const found = await admin`select datname from pg_database where datname like ${prefix + '%'} order by datname`;
    await admin.end();
    expect(found.map((r) => r.datname)).toEqual([...databases].sort());
  }, 600_000);
});
