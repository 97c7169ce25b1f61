import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm start` as a user runs it: separate processes, the demo identity provider, seeded PGlite.
const root = fileURLToPath(new URL('../..', import.meta.url));
const port = 41000 + Math.floor(Math.random() * 2000);
const base = `http://127.0.0.1:${port}`;
let child: ChildProcess;
let output = '';

beforeAll(async () => {
  child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/start.ts', '--memory', '--youths', '40', '--port', String(port)],
    {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 150_000;
  while (!output.includes('The hub is up')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}, 180_000);

afterAll(async () => {
  if (child?.pid) process.kill(-child.pid, 'SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
});

describe('npm start', () => {
  it('prints the URL, the personas and how to get a token', () => {
    expect(output).toContain(`The hub is up`);
    expect(output).toContain(base);
    expect(output).toMatch(/sw-garcia\s+Dana Garcia\s+CW_SOCIAL_WORKER/);
    expect(output).toContain('/auth/demo/token');
  });

  it('serves the demo personas, a token, and a federated youth record', async () => {
    const personas = (await (await fetch(`${base}/auth/demo/personas`)).json()) as { id: string }[];
    expect(personas.map((p) => p.id)).toContain('sw-garcia');
    const { token } = (await (
      await fetch(`${base}/auth/demo/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ persona: 'sw-garcia' }),
      })
    ).json()) as { token: string };
    const jwks = (await (await fetch(`${base}/.well-known/jwks.json`)).json()) as { keys: unknown[] };
    expect(jwks.keys).toHaveLength(1);
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: '{ youths(first: 1) { totalCount edges { node { displayName childWelfare { caseNumber } } } } }',
      }),
    });
    const json = (await response.json()) as any;
    expect(json.errors).toBeUndefined();
    expect(json.data.youths.totalCount).toBeGreaterThan(0);
    expect(json.data.youths.edges[0].node.childWelfare.caseNumber).toMatch(/^CW-\d+$/);
  });

  it('refuses an unknown persona clearly', async () => {
    const response = await fetch(`${base}/auth/demo/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ persona: 'nobody' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].message).toMatch(/Unknown persona/);
  });
});
