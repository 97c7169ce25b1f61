import { Kind, parse, print, visit, type DirectiveNode } from 'graphql';

export interface SubgraphLocation {
  name: string;
  url: string;
}

function arg(node: DirectiveNode, name: string): string | undefined {
  const value = node.arguments?.find((a) => a.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

/**
 * The committed supergraph with each subgraph's URL taken from `urlFor(name)` when it returns one
 * (SUBGRAPH_URL_<NAME> in production, the local ports in `npm start`, port 0 in tests).
 */
export function locateSubgraphs(
  supergraphSdl: string,
  urlFor: (name: string) => string | undefined,
): { sdl: string; subgraphs: SubgraphLocation[] } {
  const subgraphs: SubgraphLocation[] = [];
  const doc = visit(parse(supergraphSdl), {
    Directive(node) {
      if (node.name.value !== 'join__graph') return undefined;
      const name = arg(node, 'name');
      const url = name ? (urlFor(name) ?? arg(node, 'url')) : undefined;
      if (!name || !url) return undefined;
      subgraphs.push({ name, url });
      return {
        ...node,
        arguments: node.arguments?.map((a) =>
          a.name.value === 'url' ? { ...a, value: { kind: Kind.STRING, value: url } } : a,
        ),
      };
    },
  });
  return { sdl: print(doc), subgraphs };
}
