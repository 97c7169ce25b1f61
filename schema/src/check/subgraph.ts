import { buildSubgraph } from '@apollo/federation-internals';
import { parse, type GraphQLSchema } from 'graphql';
import { classificationProblems } from '../classification-check.ts';

export type SubgraphSchemaResult =
  { ok: true; schema: GraphQLSchema; problems: string[] } | { ok: false; error: string };

/**
 * A running subgraph's SDL (its `_service { sdl }`), built as Federation 2 builds it, with the
 * classification problems composition would refuse. The conformance suite reads a subgraph,
 * whatever it was built with, through this.
 */
export function subgraphSchema(
  name: string,
  sdl: string,
  unclassifiedTypes: readonly string[] = [],
): SubgraphSchemaResult {
  try {
    const schema = buildSubgraph(name, `http://${name}.invalid/graphql`, parse(sdl)).schema.toGraphQLJSSchema();
    return { ok: true, schema, problems: classificationProblems(name, schema, unclassifiedTypes) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
