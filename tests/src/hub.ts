import { committedSupergraph } from '@hub/schema';
import { buildChildWelfare, MIGRATIONS as CW_MIGRATIONS, seedChildWelfare } from '@hub/subgraph-child-welfare';
import { buildHealth, MIGRATIONS as HEALTH_MIGRATIONS, seedHealth } from '@hub/subgraph-health';
import { httpFactsSource, type Database, type SubgraphServer } from '@hub/subgraph-kit';
import {
  createTestKeys,
  issueTestToken,
  openTestDatabase,
  testDeps,
  type Engine,
  type TestKeys,
} from '@hub/subgraph-kit/testing';
import { buildRegistry, MIGRATIONS as MDT_MIGRATIONS, seedRegistry } from '@hub/subgraph-mdt';
import { createHubGateway, type DemoIdentityProvider, type HubGateway } from '@hub/gateway';
import { generateWorld, persona, type SyntheticWorld } from '@hub/synthetic';

export interface Hub {
  url: string;
  world: SyntheticWorld;
  keys: TestKeys;
  databases: { mdt: Database; childWelfare: Database; health: Database };
  subgraphUrls: { mdt: string; 'child-welfare': string; health: string };
  token(personaId: string): Promise<string>;
  query(
    personaId: string | null,
    query: string,
    variables?: Record<string, unknown>,
    opts?: { purpose?: string; token?: string },
  ): Promise<{ status: number; json: any }>;
  close(): Promise<void>;
}

/** The registry, child welfare, health and the gateway, in this process, on port 0, each with its own fresh database. */
export async function startHub(
  opts: { youths?: number; engine?: Engine; demo?: DemoIdentityProvider } = {},
): Promise<Hub> {
  const keys = await createTestKeys();
  const world = generateWorld({ youths: opts.youths ?? 40 });
  const engine = opts.engine ?? 'pglite';
  const mdtDb = await openTestDatabase(engine, MDT_MIGRATIONS);
  const cwDb = await openTestDatabase(engine, CW_MIGRATIONS);
  const healthDb = await openTestDatabase(engine, HEALTH_MIGRATIONS);
  await seedRegistry(mdtDb, world);
  await seedChildWelfare(cwDb, world);
  await seedHealth(healthDb, world);
  const deps = await testDeps(keys);
  const servers: SubgraphServer[] = [];
  const registry = await buildRegistry(mdtDb, deps);
  servers.push(registry);
  const mdtUrl = (await registry.listen(0)).url;
  const facts = httpFactsSource({ registryUrl: mdtUrl, service: 'child-welfare', key: deps.serviceKey });
  const cw = await buildChildWelfare(cwDb, { ...deps, facts });
  servers.push(cw);
  const cwUrl = (await cw.listen(0)).url;
  const healthFacts = httpFactsSource({ registryUrl: mdtUrl, service: 'health', key: deps.serviceKey });
  const health = await buildHealth(healthDb, { ...deps, facts: healthFacts });
  servers.push(health);
  const healthUrl = (await health.listen(0)).url;
  const gateway: HubGateway = await createHubGateway({
    supergraphSdl: committedSupergraph(),
    subgraphUrls: { mdt: mdtUrl, 'child-welfare': cwUrl, health: healthUrl },
    signingKey: keys.gatewayPrivate,
    verifyUser: deps.verifyUser,
    ...(opts.demo ? { demo: opts.demo } : {}),
    log: () => {},
  });
  const { url } = await gateway.listen(0);
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
    databases: { mdt: mdtDb, childWelfare: cwDb, health: healthDb },
    subgraphUrls: { mdt: mdtUrl, 'child-welfare': cwUrl, health: healthUrl },
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
      for (const s of servers) await s.close();
      await mdtDb.close();
      await cwDb.close();
      await healthDb.close();
    },
  };
}
