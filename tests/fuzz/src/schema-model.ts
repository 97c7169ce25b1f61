import {
  buildASTSchema,
  getNamedType,
  isObjectType,
  Kind,
  parse,
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLObjectType,
} from 'graphql';
import { committedSupergraph, loadSupergraphConfig } from '@hub/schema';
import type { Agency, DataCategory } from '@hub/policies';

/**
 * The youth record as the committed supergraph declares it: every field under `Youth`, which
 * agency's subgraph owns it and the category its `@sensitive` (on the field or on the type it
 * returns) gives it. Read from the contract alone, never from the subgraphs' code.
 */
export interface FieldNode {
  name: string;
  /** `ParentType.field`, as the policy's limited cells name fields. */
  coordinate: string;
  /** The agency whose subgraph resolves the field (the registry's are HUB). */
  owner: Agency;
  /** Where the policy is applied: the field's own category, or that of the type it returns. */
  category: DataCategory | null;
  /** Sub-fields of an object type; empty for a scalar or an enum. */
  children: FieldNode[];
}

// The supergraph's join__Graph name of each subgraph (its name in upper snake case) -> its agency,
// from the one list of subgraphs: a newly published subgraph is part of the record without an edit here.
const GRAPH_AGENCY: Record<string, Agency> = Object.fromEntries(
  loadSupergraphConfig().map((e) => [e.name.toUpperCase().replace(/-/g, '_'), e.agency as Agency]),
);

function sensitive(directives: readonly ConstDirectiveNode[] | undefined): DataCategory | null {
  const arg = directives?.find((d) => d.name.value === 'sensitive')?.arguments?.[0]?.value;
  return arg?.kind === Kind.ENUM ? (arg.value as DataCategory) : null;
}

function graphOf(field: GraphQLField<unknown, unknown>): string | undefined {
  const join = field.astNode?.directives?.find((d) => d.name.value === 'join__field');
  const graph = join?.arguments?.find((a) => a.name.value === 'graph')?.value;
  return graph?.kind === Kind.ENUM ? graph.value : undefined;
}

function node(field: GraphQLField<unknown, unknown>, owner: Agency, depth: number, parent: string): FieldNode {
  const type = getNamedType(field.type);
  const category =
    sensitive(field.astNode?.directives) ?? (isObjectType(type) ? sensitive(type.astNode?.directives) : null);
  if (depth > 6) throw new Error(`the youth record nests deeper than expected at ${field.name}`);
  // A way back to the youth (a meeting's agenda entry names its youth) is the record again: not walked.
  const children = isObjectType(type)
    ? Object.values(type.getFields())
        .filter((f) => getNamedType(f.type).name !== 'Youth')
        .map((f) => node(f as GraphQLField<unknown, unknown>, owner, depth + 1, type.name))
    : [];
  return { name: field.name, coordinate: `${parent}.${field.name}`, owner, category, children };
}

/**
 * Fields of the youth that reach other youths' records: a meeting's agenda lists every youth the
 * viewer is shown, each decided and logged under its own id, which this one-youth oracle does not
 * model. tests/hub/mdt-cycle.test.ts checks those answers and their rows.
 */
const OTHER_YOUTHS = ['mdtMeetings'];

export function youthRecordModel(sdl = committedSupergraph()): FieldNode[] {
  const schema = buildASTSchema(parse(sdl), { assumeValidSDL: true });
  const youth = schema.getType('Youth') as GraphQLObjectType;
  return Object.values(youth.getFields())
    .filter((f) => f.name !== 'id' && !OTHER_YOUTHS.includes(f.name))
    .map((f) => {
      const graph = graphOf(f as GraphQLField<unknown, unknown>);
      const owner = graph ? GRAPH_AGENCY[graph] : undefined;
      if (!owner) throw new Error(`Youth.${f.name} has no owning subgraph`);
      return node(f as GraphQLField<unknown, unknown>, owner, 0, 'Youth');
    });
}

/** Every (owner, category) a field of the model can be decided under. */
export function decidedPairs(model: FieldNode[]): Set<string> {
  const out = new Set<string>();
  const walk = (n: FieldNode) => {
    if (n.category) out.add(`${n.owner}:${n.category}`);
    n.children.forEach(walk);
  };
  model.forEach(walk);
  return out;
}
