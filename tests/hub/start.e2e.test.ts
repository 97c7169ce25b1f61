import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityProvider, type RunningIdentityProvider } from '@hub/identity';
import { PERSONAS } from '@hub/synthetic';
import { freePortBlock } from '../src/ports.ts';

// `npm start` as a user runs it: separate processes, the embedded OpenID provider, seeded PGlite;
// and `npm start -- --production` against a provider of the caller's (here oidc-provider, started
// by the test as a county would run theirs).
const root = fileURLToPath(new URL('../..', import.meta.url));
// Below start-postgres's block (26000-32000), its provider's port (base + 100) included.
const port = await freePortBlock(20000, 25800);
const base = `http://127.0.0.1:${port}`;
const idp = `http://127.0.0.1:${port + 100}`;
const README_QUERY =
  '{ youths(first: 3) { totalCount edges { node { id displayName childWelfare { currentPlacement { kind } } } } } }';

function startHub(args: string[], env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/start.ts', '--memory', '--port', String(port), ...args],
    {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const up = async () => {
    const deadline = Date.now() + 400_000;
    while (!output.includes('The hub is up')) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`npm start did not come up:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  return { child, output: () => output, exited, up };
}

async function stop(child: ChildProcess) {
  if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
}

const demoToken = async (persona: string) =>
  fetch(`${idp}/demo/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });

const graphql = async (token: string, query: string) =>
  (await (
    await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    })
  ).json()) as any;

describe('npm start (the demo)', () => {
  let hub: ReturnType<typeof startHub>;
  beforeAll(async () => {
    hub = startHub(['--youths', '40']);
    await hub.up();
  }, 420_000);
  afterAll(() => stop(hub.child));

  it('prints the URL, the personas and how to get a token from the embedded provider', () => {
    const output = hub.output();
    expect(output).toContain(`The hub is up`);
    expect(output).toContain(base);
    expect(output).toMatch(/sw-garcia\s+Dana Garcia\s+CW_SOCIAL_WORKER/);
    expect(output).toContain(`curl -s -X POST ${idp}/demo/token`);
    expect(output).toContain(`[identity] the demo OpenID provider is at ${idp}`);
  });

  it('tells the web app to sign in at the embedded provider, and has no demo routes of its own', async () => {
    expect(await (await fetch(`${base}/config.json`)).json()).toMatchObject({
      mode: 'oidc',
      oidc: { issuer: idp, clientId: 'csec-mdt-hub-web', scope: 'openid profile hub', resource: `${base}/` },
    });
    const discovery = (await (await fetch(`${idp}/.well-known/openid-configuration`)).json()) as { issuer: string };
    expect(discovery.issuer).toBe(idp);
    for (const path of ['/auth/demo/personas', '/.well-known/jwks.json']) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
  });

  it("answers the README's query with the provider's token, verified by its JWKS", async () => {
    const personas = (await (await fetch(`${idp}/demo/personas`)).json()) as { id: string }[];
    expect(personas.map((p) => p.id)).toEqual(PERSONAS.map((p) => p.id));
    const { token } = (await (await demoToken('sw-garcia')).json()) as { token: string };
    const jwks = (await (await fetch(`${idp}/jwks`)).json()) as { keys: unknown[] };
    expect(jwks.keys).toHaveLength(1);
    const json = await graphql(token, README_QUERY);
    expect(json.errors).toBeUndefined();
    expect(json.data.youths.totalCount).toBeGreaterThan(0);
    expect(json.data.youths.edges).toHaveLength(3);
    // Introspection: the demo allows it.
    expect((await graphql(token, '{ __schema { queryType { name } } }')).data.__schema.queryType.name).toBe('Query');
  });

  it('refuses an unknown persona clearly', async () => {
    const response = await demoToken('nobody');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/Unknown persona/);
  });
});

describe('npm start -- --production', () => {
  it('refuses to start without the provider, naming what is missing, and on an unknown HUB_MODE', async () => {
    for (const [args, env] of [
      [['--production'], {}],
      [[], { HUB_MODE: 'production', OIDC_ISSUER: 'https://login.county.example' }],
    ] as const) {
      const hub = startHub([...args], { OIDC_ISSUER: '', JWKS_URL: '', ...env });
      expect(await hub.exited).toBe(2);
      expect(hub.output()).toMatch(
        env.OIDC_ISSUER
          ? /production mode needs your OpenID provider: set JWKS_URL \(/
          : /set OIDC_ISSUER and JWKS_URL/,
      );
    }
    // A typo must not start the demo where production was meant.
    const typo = startHub([], { HUB_MODE: 'prod' });
    expect(await typo.exited).toBe(2);
    expect(typo.output()).toContain('HUB_MODE must be production or demo, not "prod"');
    const timeout = startHub(['--start-timeout', 'soon']);
    expect(await timeout.exited).toBe(2);
    expect(timeout.output()).toContain('--start-timeout must be a whole number of seconds, not "soon"');
  });

  describe('with a provider of the county', () => {
    let provider: RunningIdentityProvider;
    let hub: ReturnType<typeof startHub>;
    beforeAll(async () => {
      provider = await startIdentityProvider({
        accounts: PERSONAS,
        client: { clientId: 'county-web', redirectUris: [`${base}/signin/callback`] },
        resource: 'https://hub.county.example/',
        audience: 'https://hub.county.example/',
      });
      hub = startHub(['--production', '--seed', '--youths', '12'], {
        OIDC_ISSUER: provider.issuer,
        JWKS_URL: `${provider.issuer}/jwks`,
        OIDC_AUDIENCE: 'https://hub.county.example/',
        OIDC_CLIENT_ID: 'county-web',
        OIDC_SCOPE: 'openid profile hub',
      });
      await hub.up();
    }, 420_000);
    afterAll(async () => {
      await stop(hub.child);
      await provider?.close();
    });

    it('runs no embedded provider and no demo routes, and says so', async () => {
      expect(hub.output()).toContain('production mode: tokens from');
      expect(hub.output()).not.toContain('[identity]');
      expect(hub.output()).not.toMatch(/sw-garcia\s+Dana Garcia/);
      await expect(fetch(`${idp}/.well-known/openid-configuration`)).rejects.toThrow();
      expect((await fetch(`${base}/auth/demo/personas`)).status).toBe(404);
      expect(await (await fetch(`${base}/config.json`)).json()).toMatchObject({
        mode: 'oidc',
        oidc: {
          issuer: provider.issuer,
          clientId: 'county-web',
          scope: 'openid profile hub',
          resource: 'https://hub.county.example/',
        },
      });
    });

    it("answers with the county provider's token, refuses introspection and another issuer's token", async () => {
      const token = await provider.issueAccessToken('sw-garcia');
      const json = await graphql(token, README_QUERY);
      expect(json.errors).toBeUndefined();
      expect(json.data.youths.totalCount).toBeGreaterThan(0);
      const introspection = await graphql(token, '{ __schema { queryType { name } } }');
      expect(introspection.data).toBeUndefined();
      const other = await startIdentityProvider({
        accounts: PERSONAS,
        client: { clientId: 'county-web', redirectUris: [`${base}/signin/callback`] },
        resource: 'https://hub.county.example/',
        audience: 'https://hub.county.example/',
      });
      try {
        const refused = await graphql(await other.issueAccessToken('sw-garcia'), README_QUERY);
        expect(refused.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      } finally {
        await other.close();
      }
    });
  });
});
