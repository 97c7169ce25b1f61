import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultPolicySet } from '@hub/policies';
import {
  ConfigError,
  countyTimeZone,
  createSubgraphServer,
  type AccessFactsSource,
  type Database,
  type SubgraphDeps,
  type SubgraphModule,
  type SubgraphServer,
} from '@hub/subgraph-kit';
import { DELIVERY_FAILURE_PATH, FACTS_ASSERTION_PATH } from '@hub/protocol';
import type { SyntheticWorld } from '@hub/synthetic';
import { accessFactsRoute } from './access-facts-route.ts';
import { factsAssertionRoute } from './facts-assertion-route.ts';
import { deliveryFailureRoute } from './delivery-failure-route.ts';
import { checkpointsRoute } from './checkpoints-route.ts';
import { accessFacts } from './db/queries.ts';
import { seedRegistry } from './db/seed.ts';
import { identifierSystems } from './fhir/systems.ts';
import { PolicyDiffPool } from './policy-diff/pool.ts';
import { buildResolvers } from './resolvers/index.ts';

export const NAME = 'mdt';
export const MIGRATIONS = fileURLToPath(new URL('../drizzle', import.meta.url));
const typeDefs = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');

export const DEFAULT_EMERGENCY_ACCESS_HOURS = 4;
const MAX_EMERGENCY_ACCESS_HOURS = 72;

/** EMERGENCY_ACCESS_HOURS: how long an emergency grant lasts (default 4; fractions allowed; at most 72). */
export function emergencyAccessHours(value: string | number | undefined): number {
  if (value === undefined || value === '') return DEFAULT_EMERGENCY_ACCESS_HOURS;
  const hours = Number(value);
  if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_EMERGENCY_ACCESS_HOURS) {
    throw new ConfigError(
      `EMERGENCY_ACCESS_HOURS must be a number of hours above 0 and at most ${MAX_EMERGENCY_ACCESS_HOURS}`,
    );
  }
  return hours;
}

export interface RegistryOptions {
  /** How long an emergency grant lasts, in hours; default EMERGENCY_ACCESS_HOURS, else 4. */
  emergencyAccessHours?: number;
  /** FHIR_IDENTIFIER_SYSTEMS: agency -> URI of its patient identifiers (JSON); defaults under the hub's namespace. */
  fhirIdentifierSystems?: string;
  log?: (message: string, detail?: unknown) => void;
}

/** The registry decides from its own tables: no network hop for its own access facts. */
export function localFactsSource(database: Database, timeZone: string): AccessFactsSource {
  return { load: (viewer, ids) => accessFacts(database, viewer, ids, new Date(), timeZone) };
}

/** Builds the registry subgraph; the caller listens. Its close also ends the policy comparison's thread. */
export async function buildRegistry(
  database: Database,
  deps: SubgraphDeps,
  options: RegistryOptions = {},
): Promise<SubgraphServer> {
  const timeZone = countyTimeZone();
  const policy = deps.policy ?? defaultPolicySet();
  const hours = emergencyAccessHours(options.emergencyAccessHours ?? process.env.EMERGENCY_ACCESS_HOURS);
  const log =
    options.log ?? ((message: string, detail?: unknown) => console.error(`[${NAME}] ${message}`, detail ?? ''));
  const policyDiffs = new PolicyDiffPool();
  const server = await createSubgraphServer({
    name: NAME,
    agency: 'HUB',
    typeDefs,
    resolvers: buildResolvers({
      policy,
      emergencyAccessMs: Math.round(hours * 3_600_000),
      fhirSystems: identifierSystems(options.fhirIdentifierSystems ?? process.env.FHIR_IDENTIFIER_SYSTEMS),
      policyDiffs,
    }),
    database,
    gatewayKey: deps.gatewayKey,
    verifyUser: deps.verifyUser,
    facts: localFactsSource(database, timeZone),
    timeZone,
    routes: {
      '/access-facts': accessFactsRoute(database, deps.serviceKeys, timeZone),
      [FACTS_ASSERTION_PATH]: factsAssertionRoute(database, deps, timeZone),
      '/checkpoints': checkpointsRoute(database, deps.serviceKeys, log),
      [DELIVERY_FAILURE_PATH]: deliveryFailureRoute(database, deps),
    },
    policy,
    log,
  });
  const close = server.close;
  server.close = async () => {
    await close();
    await policyDiffs.close();
  };
  return server;
}
export { seedRegistry };

/** The registry as start-up, the test hub and seeding reach it (the kit's SubgraphModule). */
export const subgraph: SubgraphModule<SyntheticWorld> = {
  name: NAME,
  migrations: MIGRATIONS,
  build: (database, deps) => buildRegistry(database, deps),
  seed: seedRegistry,
};
export { checkpointsOf } from './db/checkpoints.ts';
export type { CheckpointRow } from './db/checkpoints.ts';
export { recordReviewedGrant } from './db/history.ts';
export type { ReviewedGrant } from './db/history.ts';
