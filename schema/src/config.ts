import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SubgraphEntry {
  name: string;
  agency: string;
  /** Absolute path of the subgraph's schema.graphql. */
  schemaPath: string;
  url: string;
  /** Types whose fields are not youth data (connections, the viewer): exempt from classification. */
  unclassifiedTypes: string[];
}

export const SCHEMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CONFIG_PATH = resolve(SCHEMA_DIR, 'supergraph.config.json');
export const SUPERGRAPH_PATH = resolve(SCHEMA_DIR, 'supergraph.graphql');

interface RawEntry extends Omit<SubgraphEntry, 'schemaPath'> {
  schema: string;
}

export function loadSupergraphConfig(path = CONFIG_PATH): SubgraphEntry[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { subgraphs: RawEntry[] };
  return raw.subgraphs.map(({ schema, ...entry }) => ({
    ...entry,
    unclassifiedTypes: entry.unclassifiedTypes ?? [],
    schemaPath: resolve(dirname(path), schema),
  }));
}

/** The committed supergraph SDL, as the gateway serves it. */
export function committedSupergraph(): string {
  return readFileSync(SUPERGRAPH_PATH, 'utf8');
}

/** SUBGRAPH_URL_CHILD_WELFARE for child-welfare. */
export function subgraphUrlVariable(name: string): string {
  return `SUBGRAPH_URL_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
