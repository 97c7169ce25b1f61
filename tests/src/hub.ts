import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK } from 'jose';
import { committedSupergraph } from '@hub/schema';
import type { ServiceSigner } from '@hub/protocol';
import { join } from 'node:path';
import { openDatabase, type Database, type SubgraphServer } from '@hub/subgraph-kit';
import { httpFactsSource } from '@hub/subgraph-kit/registry';
import {
  createTestKeys,
  issueTestToken,
  openTestDatabase,
  testDeps,
  testServiceSigner,
  type Engine,
  type TestKeys,
} from '@hub/subgraph-kit/testing';
import { buildRegistry, MIGRATIONS as MDT_MIGRATIONS, seedRegistry } from '@hub/subgraph-registry';
import {
  builtWebRoot,
  createHubGateway,
  type DemoIdentityProvider,
  type HubGateway,
  type QueryLimits,
} from '@hub/gateway';
import { createIdentityProvider, type IdentityAccount, type IdentityProvider } from '@hub/identity';
import { generateWorld, PERSONAS, persona, type SyntheticWorld } from '@hub/synthetic';
import { AGENCY_SUBGRAPHS } from './agencies.ts';

/** The web app's client at the embedded provider, and the hub's resource indicator there. */
const CLIENT_ID = 'csec-mdt-hub-web';
const RESOURCE = 'https://hub.test.invalid/';

export interface Hub {
  url: string;
  world: SyntheticWorld;
  keys: TestKeys;
  /** Each subgraph's own database, by subgraph name ('mdt', 'child-welfare', 'health', ...). */
  databases: Record<string, Database>;
  /** Each subgraph's URL, by subgraph name. */
  subgraphUrls: Record<string, string>;
  /** Each subgraph's server (its disclosure log among it), by subgraph name. */
  servers: Record<string, SubgraphServer>;
  /** A service's own signer (its key pair among `keys.services`), to call the registry as it would. */
  signer(service: string): Promise<ServiceSigner>;
  /** With `identity`: the embedded OpenID provider the web app signs in at. */
  identity?: IdentityProvider;
  token(personaId: string): Promise<string>;
  query(
    personaId: string | null,
    query: string,
    variables?: Record<string, unknown>,
    opts?: { purpose?: string; token?: string },
  ): Promise<{ status: number; json: any }>;
  close(): Promise<void>;
}

/**
 * The registry, every agency subgraph and the gateway, in this process, on port 0, each with its
 * own fresh database: in memory, on the test Postgres, or (`dataDir`) in PGlite directories laid
 * out as `npm start` lays them out, to be read again after `close`.
 */
export async function startHub(
  opts: {
    youths?: number;
    engine?: Engine;
    demo?: DemoIdentityProvider;
    /**
     * The demo's embedded OpenID provider (identity/) as npm start runs it: the gateway serves the
     * built web app in "oidc" mode pointing at it, and every part trusts its issuer. Its accounts
     * are the personas, and any given here besides (one without agency and role, say). It signs
     * with the test keys' user key, so `token()` stays valid.
     */
    identity?: true | { extraAccounts?: IdentityAccount[] };
    dataDir?: string;
    /** The gateway's limits, when a test needs other than the defaults (a slow operation on a loaded machine). */
    limits?: QueryLimits;
  } = {},
): Promise<Hub> {
  const keys = await createTestKeys();
  // The provider's address is its issuer, so it listens before anything trusts it.
  const identityServer = opts.identity ? createServer() : undefined;
  if (identityServer) {
    await new Promise<void>((resolve) => identityServer.listen(0, '127.0.0.1', resolve));
    keys.issuer = `http://127.0.0.1:${(identityServer.address() as AddressInfo).port}`;
  }
  const world = generateWorld({ youths: opts.youths ?? 40 });
  const engine = opts.engine ?? 'pglite';
  const deps = await testDeps(keys);
  const databases: Record<string, Database> = {};
  const subgraphUrls: Record<string, string> = {};
  const servers: Record<string, SubgraphServer> = {};
  const open = (name: string, migrationsFolder: string) =>
    opts.dataDir
      ? openDatabase({ dataDir: join(opts.dataDir, name), migrationsFolder })
      : openTestDatabase(engine, migrationsFolder);
  databases.mdt = await open('mdt', MDT_MIGRATIONS);
  await seedRegistry(databases.mdt, world);
  const registry = (servers.mdt = await buildRegistry(databases.mdt, deps));
  subgraphUrls.mdt = (await registry.listen(0)).url;
  for (const agency of AGENCY_SUBGRAPHS) {
    const database = (databases[agency.name] = await open(agency.name, agency.migrations));
    await agency.seed(database, world);
    // Each agency signs with its own key; the registry's assertions are verified with the registry's.
    const own = await testDeps(keys, undefined, agency.name);
    const facts = httpFactsSource({
      registryUrl: subgraphUrls.mdt,
      signer: own.serviceSigner,
      registryKeys: own.serviceKeys.keySet('mdt')!,
    });
    const server = (servers[agency.name] = await agency.build(database, { ...own, facts }));
    subgraphUrls[agency.name] = (await server.listen(0)).url;
  }
  const gateway: HubGateway = await createHubGateway({
    supergraphSdl: committedSupergraph(),
    subgraphUrls,
    signingKey: keys.gatewayPrivate,
    verifyUser: deps.verifyUser,
    ...(opts.demo ? { demo: opts.demo } : {}),
    ...(identityServer
      ? {
          web: {
            root: builtWebRoot()!,
            config: {
              mode: 'oidc' as const,
              demo: true,
              oidc: { issuer: keys.issuer, clientId: CLIENT_ID, scope: 'openid profile hub', resource: RESOURCE },
            },
          },
        }
      : {}),
    ...(opts.limits ? { limits: opts.limits } : {}),
    // As the shipped gateway runs: the registry's facts once per operation, checked by each subgraph.
    factsAssertions: true,
    log: () => {},
  });
  const { url } = await gateway.listen(0);
  let identity: IdentityProvider | undefined;
  if (identityServer) {
    const extra = opts.identity === true ? [] : (opts.identity?.extraAccounts ?? []);
    identity = await createIdentityProvider({
      issuer: keys.issuer,
      accounts: [...PERSONAS, ...extra],
      client: { clientId: CLIENT_ID, redirectUris: [`${url}/signin/callback`] },
      resource: RESOURCE,
      audience: keys.audience,
      signingKey: { ...(await exportJWK(keys.idpPrivate)), kid: keys.jwks.keys[0]!.kid, alg: 'ES256', use: 'sig' },
    });
    identityServer.on('request', identity.handle);
  }
  const tokens = new Map<string, string>();
  const token = async (id: string) => {
    let t = tokens.get(id);
    if (!t) tokens.set(id, (t = await issueTestToken(keys, persona(id))));
    return t;
  };
  return {
    url,
    world,
    keys,
    databases,
    subgraphUrls,
    servers,
    signer: (service) => testServiceSigner(keys, service),
    ...(identity ? { identity } : {}),
    token,
    async query(personaId, query, variables, qopts = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const bearer = qopts.token ?? (personaId ? await token(personaId) : undefined);
      if (bearer) headers.authorization = `Bearer ${bearer}`;
      if (qopts.purpose) headers['x-purpose-of-use'] = qopts.purpose;
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      return { status: response.status, json: JSON.parse(text) };
    },
    async close() {
      await gateway.close();
      if (identityServer) {
        identityServer.closeAllConnections();
        await new Promise<void>((resolve) => identityServer.close(() => resolve()));
      }
      for (const s of Object.values(servers)) await s.close();
      for (const database of Object.values(databases)) await database.close();
    },
  };
}
