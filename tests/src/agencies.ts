import { loadSupergraphConfig, type SubgraphEntry } from '@hub/schema';
import type { SubgraphModule } from '@hub/subgraph-kit';
import type { SyntheticWorld } from '@hub/synthetic';

/** A subgraph of the hub: its entry in schema/supergraph.config.json, and how to build and seed it. */
export interface HubSubgraph extends SubgraphModule<SyntheticWorld> {
  entry: SubgraphEntry;
}
/** An agency subgraph (every one but the registry). */
export type AgencySubgraph = HubSubgraph;

/** Each package's `subgraph` export (src/server.ts), reached through the list rather than by name. */
async function load(entry: SubgraphEntry): Promise<HubSubgraph> {
  const { subgraph } = (await import(entry.package)) as { subgraph?: SubgraphModule<SyntheticWorld> };
  if (subgraph?.name !== entry.name) {
    throw new Error(`${entry.package} must export \`subgraph\` (the kit's SubgraphModule) named ${entry.name}`);
  }
  return { ...subgraph, entry };
}

/** Every subgraph schema/supergraph.config.json lists, the registry first. */
export const HUB_SUBGRAPHS: HubSubgraph[] = (await Promise.all(loadSupergraphConfig().map(load))).sort(
  (a, b) => Number(b.entry.registry) - Number(a.entry.registry),
);

/** The agency subgraphs the test hub starts beside the registry, and the conformance suite runs against. */
export const AGENCY_SUBGRAPHS: AgencySubgraph[] = HUB_SUBGRAPHS.filter((s) => !s.entry.registry);
