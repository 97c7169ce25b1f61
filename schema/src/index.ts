export { contractSdl, CONTRACT_PATH } from './contract.ts';
export {
  committedSupergraph,
  CONFIG_PATH,
  loadSchemaEntries,
  loadSupergraphConfig,
  registryEntry,
  serviceSigningKeyVariable,
  subgraphUrlVariable,
  SUPERGRAPH_PATH,
} from './config.ts';
export type { RawSubgraphEntry, SchemaEntry, SubgraphEntry } from './config.ts';
export { composeSupergraph, subgraphSdl } from './compose.ts';
export type { ComposeResult } from './compose.ts';
export { classificationProblems } from './classification-check.ts';
export { subgraphSchema } from './check/subgraph.ts';
export type { SubgraphSchemaResult } from './check/subgraph.ts';
export { clientSchema, committedClientSchema, CLIENT_SCHEMA_PATH } from './client-schema.ts';
