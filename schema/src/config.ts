import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * One subgraph of the hub, as schema/supergraph.config.json lists it: the one list that start-up,
 * composition, docker-compose.yml, the lint rules, the test projects, the test hub, seeding and the
 * scaffold all read.
 */
export interface SubgraphEntry {
  /** The served name: what gateway signatures name, `SUBGRAPH_URL_<NAME>`, the disclosure log's subgraph. */
  name: string;
  agency: string;
  /** The hub's own subgraph (the registry), which every other one asks for access facts. */
  registry: boolean;
  /** Absolute path of the workspace that builds it (may differ from `name`). */
  dir: string;
  /** Its npm package: `src/server.ts`, exporting `subgraph` (the kit's SubgraphModule). */
  package: string;
  /** Absolute path of the subgraph's schema.graphql. */
  schemaPath: string;
  /** Where it listens by default. */
  url: string;
  /** The port of `url`: where `npm start -w <package>` listens unless PORT says otherwise. */
  port: number;
  /** Its own Postgres database (docker-compose.yml, npm run seed). */
  database: string;
  /** Types whose fields are not youth data (connections, the viewer): exempt from classification. */
  unclassifiedTypes: string[];
}

export const SCHEMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CONFIG_PATH = resolve(SCHEMA_DIR, 'supergraph.config.json');
export const SUPERGRAPH_PATH = resolve(SCHEMA_DIR, 'supergraph.graphql');

/** An entry as written in the file: paths relative to it, the derived fields absent. */
export interface RawSubgraphEntry {
  name: string;
  agency: string;
  registry?: boolean;
  dir: string;
  package: string;
  schema: string;
  url: string;
  database: string;
  unclassifiedTypes?: string[];
}

const readEntries = (path: string) =>
  (JSON.parse(readFileSync(path, 'utf8')) as { subgraphs: RawSubgraphEntry[] }).subgraphs;

/** The hub's subgraphs, every field checked: what start-up, the tests and the scaffold read. */
export function loadSupergraphConfig(path = CONFIG_PATH): SubgraphEntry[] {
  return readEntries(path).map((entry) => {
    for (const field of ['name', 'agency', 'dir', 'package', 'schema', 'url', 'database'] as const) {
      if (typeof entry[field] !== 'string' || !entry[field]) throw new Error(`${path}: ${entry.name} has no ${field}`);
    }
    return {
      ...loadSchemaEntry(path, entry),
      registry: entry.registry === true,
      dir: resolve(dirname(path), entry.dir),
      package: entry.package,
      port: Number(new URL(entry.url).port),
      database: entry.database,
    };
  });
}

/** What composition and the schema checks read: enough for a config of fixtures (schema:check --config). */
export function loadSchemaEntries(path = CONFIG_PATH): SchemaEntry[] {
  return readEntries(path).map((entry) => loadSchemaEntry(path, entry));
}
function loadSchemaEntry(path: string, entry: RawSubgraphEntry): SchemaEntry {
  return {
    name: entry.name,
    agency: entry.agency,
    schemaPath: resolve(dirname(path), entry.schema),
    url: entry.url,
    unclassifiedTypes: entry.unclassifiedTypes ?? [],
  };
}

/** The registry's entry: there is exactly one. */
export function registryEntry(entries: SubgraphEntry[] = loadSupergraphConfig()): SubgraphEntry {
  const registries = entries.filter((e) => e.registry);
  if (registries.length !== 1)
    throw new Error(`the supergraph config must mark one registry, not ${registries.length}`);
  return registries[0]!;
}

/** What composition and the schema checks read of an entry (a test composes fixtures with just this). */
export type SchemaEntry = Pick<SubgraphEntry, 'name' | 'agency' | 'schemaPath' | 'url' | 'unclassifiedTypes'>;

/** The committed supergraph SDL, as the gateway serves it. */
export function committedSupergraph(): string {
  return readFileSync(SUPERGRAPH_PATH, 'utf8');
}

/** SUBGRAPH_URL_CHILD_WELFARE for child-welfare. */
export function subgraphUrlVariable(name: string): string {
  return `SUBGRAPH_URL_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** The .env variable docker-compose gives a service as its SERVICE_SIGNING_KEY: CHILD_WELFARE_SIGNING_KEY. */
export function serviceSigningKeyVariable(name: string): string {
  return `${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_SIGNING_KEY`;
}
