import type { RawSubgraphEntry } from '@hub/schema';
import type { Scaffold } from './names.ts';

/**
 * The one place a scaffold registers a subgraph: its entry in schema/supergraph.config.json, which
 * start-up, composition, docker-compose.yml, the lint rules, the test projects, the test hub and
 * seeding all read. The files derived from the list are regenerated, not edited.
 */
export const LIST = 'schema/supergraph.config.json';
/** Made from the list by the scaffold, as `npm run compose` and `npm run docker-compose` make them. */
export const DERIVED = ['schema/supergraph.graphql', 'schema/client-schema.graphql', 'docker-compose.yml'];

interface Config {
  subgraphs: RawSubgraphEntry[];
}
const write = (config: Config) => `${JSON.stringify(config, null, 2)}\n`;

export function addEntry(text: string, s: Scaffold): string {
  const config = JSON.parse(text) as Config;
  const entry: RawSubgraphEntry = {
    name: s.name,
    agency: s.agency,
    dir: `../subgraphs/${s.name}`,
    package: `@hub/subgraph-${s.name}`,
    schema: `../subgraphs/${s.name}/schema.graphql`,
    url: `http://127.0.0.1:${s.port}/graphql`,
    database: s.snake,
    unclassifiedTypes: [],
  };
  config.subgraphs.push(entry);
  return write(config);
}

export function removeEntry(text: string, name: string): string {
  const config = JSON.parse(text) as Config;
  config.subgraphs = config.subgraphs.filter((e) => e.name !== name);
  return write(config);
}
