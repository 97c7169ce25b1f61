import type { PolicySet } from '@hub/policies';
import { httpFactsSource, type AccessFactsSource } from './access/facts-source.ts';
import {
  createUserTokenVerifier,
  importGatewayPublicKey,
  serviceKey,
  type KeyLike,
  type UserTokenVerifier,
} from '@hub/protocol';
import { readSubgraphEnv, type SubgraphEnv } from './config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { startCheckpoints } from './disclosure/checkpoint.ts';
import type { SubgraphServer } from './server.ts';

/** What a subgraph's build function needs besides its database. */
export interface SubgraphDeps {
  gatewayKey: KeyLike;
  verifyUser: UserTokenVerifier;
  serviceKey: Uint8Array;
  /** The registry's access facts (agency subgraphs). */
  facts: AccessFactsSource;
  policy?: PolicySet;
}

export async function depsFromEnv(name: string, env: SubgraphEnv): Promise<SubgraphDeps> {
  const key = serviceKey(env.serviceTokenSecret);
  return {
    gatewayKey: await importGatewayPublicKey(env.gatewayPublicJwk),
    verifyUser: createUserTokenVerifier({ issuer: env.oidcIssuer, audience: env.oidcAudience, jwks: env.jwks }),
    serviceKey: key,
    facts: env.registryUrl
      ? httpFactsSource({ registryUrl: env.registryUrl, service: name, key })
      : {
          load: () => Promise.reject(new Error('REGISTRY_URL is not set')),
        },
  };
}

/** A subgraph's index.ts in one call: read the environment, open and migrate, seed, build, listen. */
export async function runSubgraph(options: {
  name: string;
  defaultPort: number;
  migrationsFolder: string;
  seed?: (database: Database, youths: number) => Promise<boolean>;
  build: (database: Database, deps: SubgraphDeps) => Promise<SubgraphServer>;
}): Promise<void> {
  const env = readSubgraphEnv(options.name, options.defaultPort);
  const database = await openDatabase({
    url: env.databaseUrl,
    dataDir: env.dataDir,
    migrationsFolder: options.migrationsFolder,
  });
  if (options.seed && env.seedYouths > 0 && (await options.seed(database, env.seedYouths))) {
    console.log(`[${options.name}] seeded ${env.seedYouths} synthetic youths`);
  }
  const deps = await depsFromEnv(options.name, env);
  const server = await options.build(database, deps);
  const { url } = await server.listen(env.port, env.host);
  console.log(`[${options.name}] listening on ${url} (${database.kind})`);
  // The registry records every subgraph's chain head; the registry itself (no REGISTRY_URL) its own.
  const checkpoints = startCheckpoints({
    log: server.disclosureLog,
    registryUrl: env.registryUrl ?? new URL('/', url).toString(),
    subgraph: options.name,
    key: deps.serviceKey,
    intervalMs: env.checkpointIntervalMs,
    report: (message, detail) => console.error(`[${options.name}] ${message}`, detail ?? ''),
  });
  const stop = async () => {
    await checkpoints.publish();
    await checkpoints.stop();
    await server.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
