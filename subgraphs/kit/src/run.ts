import type { PolicySet } from '@hub/policies';
import { loadSupergraphConfig, registryEntry } from '@hub/schema';
import { httpFactsSource, type AccessFactsSource } from './access/facts-source.ts';
import {
  createUserTokenVerifier,
  importGatewayPublicKey,
  importServiceSigner,
  loggableError,
  ServiceKeyDirectory,
  type KeyLike,
  type ServiceSigner,
  type UserTokenVerifier,
} from '@hub/protocol';
import { ConfigError, readSubgraphEnv, type SubgraphEnv } from './config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { startCheckpoints } from './disclosure/checkpoint.ts';
import type { SubgraphServer } from './server.ts';

/** What a subgraph's build function needs besides its database. */
export interface SubgraphDeps {
  gatewayKey: KeyLike;
  verifyUser: UserTokenVerifier;
  /** This service's own key (service tokens; the registry's facts assertions). */
  serviceSigner: ServiceSigner;
  /** Every service's public keys (the registry verifies service tokens with them, subgraphs its assertions). */
  serviceKeys: ServiceKeyDirectory;
  /** The registry's access facts (agency subgraphs). */
  facts: AccessFactsSource;
  policy?: PolicySet;
}

export async function depsFromEnv(name: string, env: SubgraphEnv): Promise<SubgraphDeps> {
  let signer: ServiceSigner;
  try {
    signer = await importServiceSigner(name, env.serviceSigningKey);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  const serviceKeys = new ServiceKeyDirectory(env.servicePublicKeys);
  const registry = registryEntry(loadSupergraphConfig()).name;
  const registryKeys = serviceKeys.keySet(registry);
  if (env.registryUrl && !registryKeys)
    throw new ConfigError(`SERVICE_PUBLIC_KEYS has no key for the registry (${registry})`);
  return {
    gatewayKey: await importGatewayPublicKey(env.gatewayPublicJwk),
    verifyUser: createUserTokenVerifier({ issuer: env.oidcIssuer, audience: env.oidcAudience, jwks: env.jwks }),
    serviceSigner: signer,
    serviceKeys,
    facts: env.registryUrl
      ? httpFactsSource({ registryUrl: env.registryUrl, signer, registryKeys: registryKeys! })
      : {
          load: () => Promise.reject(new Error('REGISTRY_URL is not set')),
        },
  };
}

/**
 * A subgraph as the hub's tools see it, exported as `subgraph` by its `src/server.ts`: start-up, the
 * test hub, `npm run seed` and the bench reach every subgraph through this one shape.
 */
export interface SubgraphModule<World = never> {
  /** Its served name, as in schema/supergraph.config.json. */
  name: string;
  /** Its drizzle migrations folder. */
  migrations: string;
  /** Builds the server on a migrated database; the caller listens. */
  build(database: Database, deps: SubgraphDeps): Promise<SubgraphServer>;
  /** Fills an empty database with synthetic rows (demo, tests, bench); false when it holds data already. */
  seed(database: Database, world: World): Promise<boolean>;
}

/** Where the subgraph listens unless PORT says otherwise: its port in schema/supergraph.config.json. */
function defaultPort(name: string): number {
  const entry = loadSupergraphConfig().find((e) => e.name === name);
  if (!entry) throw new ConfigError(`${name} is not in schema/supergraph.config.json; set PORT`);
  return entry.port;
}

/**
 * A subgraph's entry point in one call: read the environment, open and migrate, build, listen.
 * `src/index.ts` (production) passes no `seed`; only the dev entry (`src/dev.ts`) does, so the
 * synthetic world is never loaded where the hub serves real records.
 */
export function runSubgraph(
  subgraph: Pick<SubgraphModule, 'name' | 'migrations' | 'build'>,
  options: { seed?: (database: Database, youths: number) => Promise<boolean> } = {},
): Promise<void> {
  const { name } = subgraph;
  // What would otherwise reach Node's default printer (the whole error: a failed query's text,
  // parameters and detail, so row values) is logged as `loggableError` has it.
  // A configuration error's message is written for the operator and names no record.
  const fatal = (error: unknown) => {
    console.error(
      `[${name}] fatal error; exiting`,
      error instanceof ConfigError ? error.message : loggableError(error),
    );
    process.exit(1);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  return startSubgraph(subgraph, options).catch(fatal);
}

async function startSubgraph(
  subgraph: Pick<SubgraphModule, 'name' | 'migrations' | 'build'>,
  options: { seed?: (database: Database, youths: number) => Promise<boolean> },
): Promise<void> {
  const { name } = subgraph;
  const env = readSubgraphEnv(name, process.env.PORT ? 0 : defaultPort(name));
  const database = await openDatabase({
    url: env.databaseUrl,
    dataDir: env.dataDir,
    migrationsFolder: subgraph.migrations,
  });
  if (options.seed && env.seedYouths > 0 && (await options.seed(database, env.seedYouths))) {
    console.log(`[${name}] seeded ${env.seedYouths} synthetic youths`);
  } else if (!options.seed && env.seedYouths > 0) {
    console.error(`[${name}] SEED_YOUTHS is ignored here: synthetic data is seeded by src/dev.ts (npm run dev)`);
  }
  const deps = await depsFromEnv(name, env);
  const server = await subgraph.build(database, deps);
  const { url } = await server.listen(env.port, env.host);
  console.log(`[${name}] listening on ${url} (${database.kind})`);
  // The registry records every subgraph's chain head; the registry itself (no REGISTRY_URL) its own.
  const checkpoints = startCheckpoints({
    log: server.disclosureLog,
    registryUrl: env.registryUrl ?? new URL('/', url).toString(),
    subgraph: name,
    signer: deps.serviceSigner,
    intervalMs: env.checkpointIntervalMs,
    report: (message, detail) => console.error(`[${name}] ${message}`, detail ?? ''), // detail: loggableError
  });
  // The last head is sent at shutdown. An agency subgraph stops serving first, so no row follows
  // it; the registry records its own head through its own server, so it sends before closing.
  const stop = async () => {
    if (env.registryUrl) {
      await server.close();
      await checkpoints.stop();
    } else {
      await checkpoints.stop();
      await server.close();
    }
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
