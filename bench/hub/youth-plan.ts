/**
 * The monolith floor's plan for a document rooted at Youth (the web app's youth summary, Q4, and
 * caseload page, Q5): what the gateway's query planner does for these shapes, written out once for
 * any such document so that the bench can import the app's operations as they are. From the
 * committed supergraph: every field of `Youth` belongs to one subgraph (`@join__field(graph:)`);
 * the registry answers the root field with its own fields of each youth (and `__typename id`); every
 * other subgraph answers its fields of the same youths as `_entities`, all at once.
 *
 * What it handles: one operation; Youth reached through fields (lists included, e.g. a connection's
 * `edges.node`); at the Youth level fragment spreads and inline fragments on Youth (flattened);
 * below it anything, fragments carried along with the part that uses them. What it refuses (throws
 * at start): a Youth selection under an agency's part, or an abstract type on the way to Youth.
 */
import {
  buildASTSchema,
  getNamedType,
  isObjectType,
  Kind,
  parse,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';
import { committedSupergraph } from '@hub/schema';

type Json = Record<string, unknown>;
type Path = (string | number)[];

export interface YouthPart {
  subgraph: string;
  /** The `_entities` query for this subgraph's fields of Youth. */
  query: string;
  /** Its response keys under each youth. */
  keys: string[];
  /** The operation's variables its fields use. */
  variables: string[];
}

export interface YouthPlan {
  registryQuery: string;
  typename: 'Youth';
  /** Response keys the client asked of the registry under Youth (so `id` and `__typename` stay only if asked). */
  registryFields: string[];
  parts: YouthPart[];
  locate(data: Json | null | undefined): { path: Path; object: Json }[];
}

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

let supergraph: { doc: DocumentNode; owner: Map<string, string>; registry: string } | undefined;
/** Each field of Youth and the subgraph that resolves it (the registry for a key shared by all). */
function youthOwners(registry: string) {
  if (supergraph) return supergraph;
  const doc = parse(committedSupergraph());
  const graphs = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const def of doc.definitions) {
    if (def.kind === Kind.ENUM_TYPE_DEFINITION && def.name.value === 'join__Graph') {
      for (const v of def.values ?? []) {
        const name = v.directives
          ?.find((d) => d.name.value === 'join__graph')
          ?.arguments?.find((a) => a.name.value === 'name')?.value;
        if (name?.kind === Kind.STRING) graphs.set(v.name.value, name.value);
      }
    }
  }
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION || def.name.value !== 'Youth') continue;
    for (const field of def.fields ?? []) {
      const graph = field.directives
        ?.find((d) => d.name.value === 'join__field')
        ?.arguments?.find((a) => a.name.value === 'graph')?.value;
      owner.set(field.name.value, graph?.kind === Kind.ENUM ? graphs.get(graph.value)! : registry);
    }
  }
  supergraph = { doc, owner, registry };
  return supergraph;
}

/** The plan of one document rooted at the registry's Youth, or an error saying why not. */
export function planYouthDocument(text: string, registry: string): YouthPlan {
  const { doc: superDoc, owner } = youthOwners(registry);
  const schema = buildASTSchema(superDoc, { assumeValidSDL: true });
  const document = parse(text);
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length !== 1) throw new Error('one operation per document');
  const op = operations[0]!;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const rootType = schema.getQueryType()!;
  const youthSets = new Map<SelectionSetNode, { path: string[]; fields: FieldNode[] }>();

  /** The fields of a selection at one type, fragments on that type flattened. */
  const flatten = (set: SelectionSetNode, type: string): FieldNode[] =>
    set.selections.flatMap((s: SelectionNode): FieldNode[] => {
      if (s.kind === Kind.FIELD) return [s];
      const fragment = s.kind === Kind.FRAGMENT_SPREAD ? fragments.get(s.name.value)! : s;
      const on = fragment.typeCondition?.name.value ?? type;
      if (on !== type) throw new Error(`a fragment on ${on} inside ${type} is not planned`);
      return flatten(fragment.selectionSet, type);
    });

  const walk = (set: SelectionSetNode, type: GraphQLObjectType, path: string[]) => {
    for (const field of flatten(set, type.name)) {
      if (!field.selectionSet) continue;
      const def = type.getFields()[field.name.value];
      if (!def) throw new Error(`no field ${type.name}.${field.name.value}`);
      const named = getNamedType(def.type);
      if (!isObjectType(named)) throw new Error(`${type.name}.${field.name.value} is abstract: not planned`);
      const at = [...path, field.alias?.value ?? field.name.value];
      if (named.name === 'Youth')
        youthSets.set(field.selectionSet, { path: at, fields: flatten(field.selectionSet, 'Youth') });
      else walk(field.selectionSet, named, at);
    }
  };
  walk(op.selectionSet, rootType, []);
  if (!youthSets.size) throw new Error('no Youth in the document');

  // Every Youth selection asks the same fields of each subgraph (the two documents have one each).
  const [first] = youthSets.values();
  const bySubgraph = new Map<string, FieldNode[]>();
  for (const field of first!.fields) {
    const sub = field.name.value === '__typename' ? registry : owner.get(field.name.value);
    if (!sub) throw new Error(`no subgraph resolves Youth.${field.name.value}`);
    bySubgraph.set(sub, [...(bySubgraph.get(sub) ?? []), field]);
  }
  const registryFieldNodes = bySubgraph.get(registry) ?? [];
  bySubgraph.delete(registry);

  const usedFragments = (nodes: readonly object[]): FragmentDefinitionNode[] => {
    const names = new Set<string>();
    const queue = [...nodes];
    while (queue.length) {
      visit(queue.pop() as never, {
        FragmentSpread(s) {
          if (!names.has(s.name.value)) {
            names.add(s.name.value);
            queue.push(fragments.get(s.name.value)!);
          }
        },
      });
    }
    return [...names].map((n) => fragments.get(n)!);
  };
  const usedVariables = (nodes: readonly object[]): VariableDefinitionNode[] => {
    const names = new Set<string>();
    for (const node of [...nodes, ...usedFragments(nodes)])
      visit(node as never, { Variable: (v) => void names.add(v.name.value) });
    return (op.variableDefinitions ?? []).filter((d) => names.has(d.variable.name.value));
  };
  const field = (name: string): FieldNode => ({ kind: Kind.FIELD, name: { kind: Kind.NAME, value: name } });
  const printDoc = (operation: OperationDefinitionNode, nodes: readonly object[]) =>
    [print(operation), ...usedFragments(nodes).map((f) => print(f))].join('\n');

  // The registry's query: the operation with each Youth selection cut to the registry's fields.
  const registryOp = visit(op, {
    SelectionSet(node) {
      if (!youthSets.has(node)) return undefined;
      const own = registryFieldNodes.filter((f) => f.name.value !== '__typename' && f.name.value !== 'id');
      return { ...node, selections: [field('__typename'), field('id'), ...own] };
    },
  }) as OperationDefinitionNode;
  const registryQuery = printDoc({ ...registryOp, variableDefinitions: usedVariables([registryOp.selectionSet]) }, [
    registryOp.selectionSet,
  ]);

  const parts: YouthPart[] = [...bySubgraph].map(([subgraph, fields]) => {
    const defs = usedVariables(fields);
    const vars = defs.map((d) => `${print(d.variable)}: ${print(d.type)}`);
    const selection = fields.map((f) => print(f)).join(' ');
    const head = ['$representations: [_Any!]!', ...vars].join(', ');
    const query = [
      `query (${head}) { _entities(representations: $representations) { ... on Youth { ${selection} } } }`,
      ...usedFragments(fields).map((f) => print(f)),
    ].join('\n');
    return {
      subgraph,
      query,
      keys: [...new Set(fields.map((f) => f.alias?.value ?? f.name.value))],
      variables: defs.map((d) => d.variable.name.value),
    };
  });

  const paths = [...youthSets.values()].map((s) => s.path);
  return {
    registryQuery,
    typename: 'Youth',
    registryFields: registryFieldNodes.map((f) => f.alias?.value ?? f.name.value),
    parts,
    locate(data) {
      const found: { path: Path; object: Json }[] = [];
      const go = (value: unknown, rest: string[], at: Path) => {
        if (Array.isArray(value)) return value.forEach((v, i) => go(v, rest, [...at, i]));
        if (!isObject(value)) return;
        if (!rest.length) return void found.push({ path: at, object: value });
        const [key, ...more] = rest;
        go(value[key!], more, [...at, key!]);
      };
      for (const path of paths) go(data, path, []);
      return found;
    },
  };
}
