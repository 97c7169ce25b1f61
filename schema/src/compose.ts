import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { buildSubgraph } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { classificationProblems } from './classification-check.ts';
import { loadSupergraphConfig, type SchemaEntry } from './config.ts';
import { contractSdl } from './contract.ts';

export type ComposeResult = { ok: true; supergraphSdl: string } | { ok: false; errors: string[] };

/** The full SDL of one subgraph: the shared contract, then its own schema.graphql. */
export function subgraphSdl(entry: Pick<SchemaEntry, 'schemaPath'>): string {
  return `${contractSdl()}\n${readFileSync(entry.schemaPath, 'utf8')}`;
}

/** Composes the supergraph, refusing any subgraph with an unclassified youth field. */
export function composeSupergraph(entries: SchemaEntry[] = loadSupergraphConfig()): ComposeResult {
  const errors: string[] = [];
  const services = entries.map((entry) => {
    const typeDefs = parse(subgraphSdl(entry));
    try {
      const subgraph = buildSubgraph(entry.name, entry.url, typeDefs);
      const schema = subgraph.schema.toGraphQLJSSchema();
      errors.push(...classificationProblems(entry.name, schema, entry.unclassifiedTypes));
    } catch (error) {
      errors.push(`${entry.name}: ${(error as Error).message}`);
    }
    return { name: entry.name, url: entry.url, typeDefs };
  });
  if (errors.length) return { ok: false, errors };
  const result = composeServices(services);
  if (result.errors) return { ok: false, errors: result.errors.map((e: Error) => e.message) };
  return { ok: true, supergraphSdl: result.supergraphSdl };
}
