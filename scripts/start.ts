// npm start: every subgraph of schema/supergraph.config.json and the gateway on this machine, each
// in its own process with its own embedded PGlite database under .data/ (or in memory with --memory),
// seeded with synthetic youths (each subgraph's dev entry, src/dev.ts), and the demo's embedded OpenID
// provider (identity/, its own process) with the synthetic personas as its accounts: the web app signs
// in there by the code flow with PKCE and every part verifies its tokens by its JWKS, as in production.
//
// npm start -- --production (or HUB_MODE=production): no embedded provider and no demo: tokens from
// the provider at OIDC_ISSUER, verified with JWKS_URL (both required), introspection off, and no
// synthetic youths unless --seed.
//
// npm start -- --database-url postgres://user@host:5432/ (or HUB_DATABASE_URL): the same hub with
// every subgraph on that Postgres server instead, one database each (<prefix><its database>:
// hub_mdt, hub_child_welfare, ...; --database-prefix or HUB_DATABASE_PREFIX), created if missing
// and migrated by the subgraph at start; seeded with synthetic youths only with --seed.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportJWK, generateKeyPair } from 'jose';
import postgres from 'postgres';
import { generateServiceKeyPair, loggableError } from '@hub/protocol';
import { loadSupergraphConfig, registryEntry, subgraphUrlVariable } from '@hub/schema';
import { PERSONAS } from '@hub/synthetic';
import { ensureWebBuilt } from '../web/scripts/ensure-built.ts';

const { values } = parseArgs({
  options: {
    memory: { type: 'boolean', default: false },
    youths: { type: 'string', default: process.env.SEED_YOUTHS ?? '300' },
    port: { type: 'string', default: process.env.PORT ?? '4000' },
    quiet: { type: 'boolean', default: false },
    'database-url': { type: 'string', default: process.env.HUB_DATABASE_URL || undefined },
    'database-prefix': { type: 'string', default: process.env.HUB_DATABASE_PREFIX || 'hub_' },
    seed: { type: 'boolean', default: false },
    production: { type: 'boolean', default: process.env.HUB_MODE === 'production' },
    'identity-port': { type: 'string', default: process.env.IDENTITY_PORT || undefined },
    'start-timeout': { type: 'string', default: process.env.HUB_START_TIMEOUT || '300' },
  },
});
const production = values.production;
// A typo must not start the demo where production was meant.
if (process.env.HUB_MODE && !['production', 'demo'].includes(process.env.HUB_MODE)) {
  console.error(`[start] HUB_MODE must be production or demo, not ${JSON.stringify(process.env.HUB_MODE)}`);
  process.exit(2);
}
if (production) {
  const missing = ['OIDC_ISSUER', 'JWKS_URL'].filter((name) => !process.env[name]);
  if (missing.length) {
    console.error(
      `[start] production mode needs your OpenID provider: set ${missing.join(' and ')} ` +
        '(e.g. OIDC_ISSUER=https://login.county.example JWKS_URL=https://login.county.example/jwks); ' +
        'docs/identity.md gives the token contract and two worked setups',
    );
    process.exit(2);
  }
}
// Seconds each part may take to answer its health check (a busy machine can need minutes).
const startTimeoutS = Number(values['start-timeout']);
if (!Number.isInteger(startTimeoutS) || startTimeoutS < 1) {
  console.error(
    `[start] --start-timeout must be a whole number of seconds, not ${JSON.stringify(values['start-timeout'])}`,
  );
  process.exit(2);
}
const databaseUrl = values['database-url'];
const prefix = values['database-prefix'];
if (databaseUrl !== undefined) {
  let fail = '';
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) fail = '--database-url must be a postgres:// URL of the server';
  else if (values.memory) fail = '--memory and --database-url cannot be used together';
  else if (!/^[a-z_][a-z0-9_]*$/.test(prefix))
    fail = '--database-prefix may hold only lower-case letters, digits and underscores';
  if (fail) {
    console.error(`[start] ${fail}`);
    process.exit(2);
  }
}
/** Where the data lives, for the start-up line (a server URL without its password). */
const dataLabel = () => {
  if (databaseUrl === undefined) return values.memory ? 'in memory' : 'data in .data/';
  const u = new URL(databaseUrl);
  return `on Postgres at ${u.host}, databases ${prefix}*`;
};
// Synthetic youths by default only in the embedded demo; on a server or in production only when asked.
const seedYouths = (databaseUrl === undefined && !production) || values.seed ? values.youths : '0';
const root = resolve(import.meta.dirname, '..');
const gatewayPort = Number(values.port);
const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
// The demo's provider: its own port (the subgraphs take the ports after the gateway's).
const identityPort = Number(values['identity-port'] ?? gatewayPort + 100);
const identityUrl = `http://127.0.0.1:${identityPort}`;
const issuer = production ? process.env.OIDC_ISSUER! : identityUrl;
const jwksUrl = production ? process.env.JWKS_URL! : `${identityUrl}/jwks`;
/** How the demo's provider and the gateway describe the hub to each other (identity/README.md). */
const demoOidc = {
  OIDC_CLIENT_ID: 'csec-mdt-hub-web',
  OIDC_SCOPE: 'openid profile hub',
  OIDC_RESOURCE: `${gatewayUrl}/`,
};
const started = Date.now();

const { privateKey, publicKey } = await generateKeyPair('EdDSA', { extractable: true });
const common = {
  GATEWAY_PUBLIC_JWK: JSON.stringify(await exportJWK(publicKey)),
  OIDC_ISSUER: issuer,
  JWKS_URL: jwksUrl,
  SEED_YOUTHS: seedYouths,
};

const subgraphs = loadSupergraphConfig().map((s, i) => ({ ...s, port: gatewayPort + 1 + i }));
// Each service its own key pair, made afresh for this run: its private half to it alone, every
// public half to all (the registry verifies tokens with them, the subgraphs the registry's assertions).
const serviceKeys = new Map(
  await Promise.all(subgraphs.map(async (s) => [s.name, await generateServiceKeyPair(s.name)] as const)),
);
const servicePublicKeys = JSON.stringify(
  Object.fromEntries([...serviceKeys].map(([name, pair]) => [name, [pair.publicJwk]])),
);
const registry = registryEntry(subgraphs);
const children: ChildProcess[] = [];

function run(name: string, file: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(root, file)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const print = (chunk: Buffer) => {
    if (values.quiet) return;
    for (const line of chunk.toString().split('\n'))
      if (line.trim()) console.log(line.startsWith('[') ? line : `[${name}] ${line}`);
  };
  child.stdout!.on('data', print);
  child.stderr!.on('data', print);
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[start] ${name} exited with code ${code}; stopping the hub`);
      void stop(1);
    }
  });
  children.push(child);
}

/**
 * Waits until each part answers its health check, saying every 30 s which are still starting (on a
 * busy machine eight databases being created and seeded take a while); stops the hub when one has not
 * answered within --start-timeout seconds.
 */
async function healthy(parts: { name: string; url: string }[]) {
  const started = Date.now();
  const deadline = started + startTimeoutS * 1000;
  let nextReport = started + 30_000;
  const waiting = new Set(parts);
  while (waiting.size > 0 && Date.now() < deadline && !stopping) {
    await Promise.all(
      [...waiting].map(async (part) => {
        try {
          if ((await fetch(part.url, { signal: AbortSignal.timeout(5000) })).ok) waiting.delete(part);
        } catch {
          // not up yet
        }
      }),
    );
    if (waiting.size === 0) return;
    if (Date.now() >= nextReport) {
      const names = [...waiting].map((p) => p.name).join(', ');
      console.log(`[start] still starting after ${Math.round((Date.now() - started) / 1000)} s: ${names}`);
      nextReport += 30_000;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  // Stopping, not throwing: a throw here left the subgraphs already started running.
  if (stopping || waiting.size === 0) return;
  const names = [...waiting].map((p) => `${p.name} (${p.url})`).join(', ');
  console.error(
    `[start] not healthy within ${startTimeoutS} s: ${names}; stopping the hub ` +
      '(--start-timeout gives a slow machine longer)',
  );
  await stop(1);
}

let stopping = false;
async function stop(code = 0) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  process.exit(code);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());

// The gateway serves web/dist at /: built on a fresh clone, rebuilt when its sources changed.
try {
  ensureWebBuilt((line) => console.log(`[start] ${line}`));
} catch {
  // Vite has printed why above; nothing has started yet.
  console.error('[start] the web app did not build (see above); fix it, or run `npm run build -w @hub/web` to retry');
  process.exit(1);
}
/**
 * On a Postgres server: each subgraph's database, created if missing (its subgraph migrates it when
 * it starts), as the URL each subgraph is given. Fails naming the server when it cannot be reached.
 */
async function serverDatabases(serverUrl: string): Promise<Map<string, string>> {
  const admin = new URL(serverUrl);
  // No database named: the server's maintenance database, not one named for the user.
  if (admin.pathname === '' || admin.pathname === '/') admin.pathname = '/postgres';
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {}, connect_timeout: 10 });
  const urls = new Map<string, string>();
  try {
    for (const s of subgraphs) {
      const name = `${prefix}${s.database}`;
      const [exists] = await sql`select 1 from pg_database where datname = ${name}`;
      if (!exists) {
        await sql.unsafe(`create database ${name}`);
        console.log(`[start] created database ${name}`);
      }
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      urls.set(s.name, url.toString());
    }
  } catch (error) {
    console.error(`[start] cannot prepare the databases on ${admin.host}:`, loggableError(error));
    process.exit(1);
  } finally {
    await sql.end({ timeout: 5 });
  }
  return urls;
}
const databaseUrls = databaseUrl === undefined ? undefined : await serverDatabases(databaseUrl);

const seeding = seedYouths === '0' ? 'not seeded: --seed adds synthetic youths' : `${seedYouths} synthetic youths`;
console.log(
  `[start] starting ${subgraphs.length} subgraphs and the gateway (${dataLabel()}, ${seeding}), ` +
    (production ? `production mode: tokens from ${issuer}` : `demo mode: the embedded OpenID provider at ${issuer}`),
);
if (!production) {
  run('identity', 'identity/src/main.ts', {
    PORT: String(identityPort),
    OIDC_ISSUER: identityUrl,
    HUB_URL: gatewayUrl,
    DEMO_PERSONAS: JSON.stringify(PERSONAS),
    ...demoOidc,
  });
  await healthy([{ name: 'identity', url: `${identityUrl}/.well-known/openid-configuration` }]);
}
for (const s of subgraphs) {
  run(s.name, relative(root, join(s.dir, 'src', 'dev.ts')), {
    ...common,
    SERVICE_SIGNING_KEY: JSON.stringify(serviceKeys.get(s.name)!.privateJwk),
    SERVICE_PUBLIC_KEYS: servicePublicKeys,
    PORT: String(s.port),
    // One or the other: a DATABASE_URL left in the shell must not take over the embedded default.
    ...(databaseUrls
      ? { DATABASE_URL: databaseUrls.get(s.name)! }
      : { DATABASE_URL: '', DATA_DIR: values.memory ? 'memory' : resolve(root, '.data', s.name) }),
    ...(s.registry ? {} : { REGISTRY_URL: `http://127.0.0.1:${registry.port}` }),
  });
}
await healthy(subgraphs.map((s) => ({ name: s.name, url: `http://127.0.0.1:${s.port}/healthz` })));
run('gateway', 'gateway/src/index.ts', {
  PORT: String(gatewayPort),
  // Demo mode allows introspection; production mode takes OIDC_* as the caller's shell gives them.
  OIDC_ISSUER: issuer,
  JWKS_URL: jwksUrl,
  ...(production ? { DEMO_MODE: '' } : { DEMO_MODE: '1', ...demoOidc }),
  GATEWAY_SIGNING_KEY: JSON.stringify(await exportJWK(privateKey)),
  ...Object.fromEntries(subgraphs.map((s) => [subgraphUrlVariable(s.name), `http://127.0.0.1:${s.port}/graphql`])),
});
await healthy([{ name: 'gateway', url: `${gatewayUrl}/healthz` }]);

const graphqlHelp = `  GraphQL: POST ${gatewayUrl}/graphql  (Authorization: Bearer <token>, X-Purpose-Of-Use: CARE_COORDINATION)`;
const queryHelp = `    curl -s ${gatewayUrl}/graphql -H 'content-type: application/json' -H "authorization: Bearer $TOKEN" \\
      -d '{"query":"{ youths(first: 5) { totalCount edges { node { id displayName } } } }"}'`;
if (production) {
  console.log(`
The hub is up in ${((Date.now() - started) / 1000).toFixed(1)} s: ${gatewayUrl} (production mode)
  Web app: ${gatewayUrl}/ (signs in at ${issuer}, client ${process.env.OIDC_CLIENT_ID || 'csec-mdt-hub-web'})
${graphqlHelp}
  With an access token from your provider (docs/identity.md, checking a provider's token):
${queryHelp}
Press Ctrl+C to stop.`);
} else {
  console.log(`
The hub is up in ${((Date.now() - started) / 1000).toFixed(1)} s: ${gatewayUrl}
  Web app: ${gatewayUrl}/ (sign in at the demo OpenID provider as a persona below)
${graphqlHelp}
  Personas (the embedded OpenID provider at ${identityUrl}):
${PERSONAS.map((p) => `    ${p.id.padEnd(14)} ${p.name.padEnd(15)} ${p.role} (${p.agency})`).join('\n')}
  Get a token:
    TOKEN=$(curl -s -X POST ${identityUrl}/demo/token -H 'content-type: application/json' -d '{"persona":"sw-garcia"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).token')
  Then:
${queryHelp}
Press Ctrl+C to stop.`);
}
