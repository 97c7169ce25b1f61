import {
  Kind,
  parse,
  print,
  type DefinitionNode,
  type DirectiveNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
} from 'graphql';

/** One field (or input field) of a supergraph type, as the schema check compares it. */
export interface FieldModel {
  /** The printed type, e.g. `[Placement!]`. */
  type: string;
  /** The field's own `@sensitive` category, if any. */
  ownCategory: string | null;
  /** Subgraphs that resolve it (`@join__field`, else the type's `@join__type`). */
  owners: string[];
  args: Map<string, { type: string; required: boolean }>;
  /** For input fields: non-null without a default. */
  required: boolean;
}

export type TypeKind = 'OBJECT' | 'INTERFACE' | 'INPUT_OBJECT' | 'ENUM' | 'UNION' | 'SCALAR';

export interface TypeModel {
  name: string;
  kind: TypeKind;
  /** The type's own `@sensitive` category (its fields are released with it). */
  category: string | null;
  owners: string[];
  fields: Map<string, FieldModel>;
  values: Set<string>;
  members: Set<string>;
}

export type SupergraphModel = Map<string, TypeModel>;

const KINDS: Partial<Record<DefinitionNode['kind'], TypeKind>> = {
  [Kind.OBJECT_TYPE_DEFINITION]: 'OBJECT',
  [Kind.INTERFACE_TYPE_DEFINITION]: 'INTERFACE',
  [Kind.INPUT_OBJECT_TYPE_DEFINITION]: 'INPUT_OBJECT',
  [Kind.ENUM_TYPE_DEFINITION]: 'ENUM',
  [Kind.UNION_TYPE_DEFINITION]: 'UNION',
  [Kind.SCALAR_TYPE_DEFINITION]: 'SCALAR',
};

/** Federation's own machinery, not part of the hub's contract. */
const isMachinery = (name: string) => name.startsWith('join__') || name.startsWith('link__') || name.startsWith('_');

function argValue(directive: DirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  if (value?.kind === Kind.ENUM || value?.kind === Kind.STRING) return value.value;
  return undefined;
}

function sensitive(directives: readonly DirectiveNode[] | undefined): string | null {
  const d = directives?.find((x) => x.name.value === 'sensitive');
  return (d && argValue(d, 'category')) ?? null;
}

function graphs(directives: readonly DirectiveNode[] | undefined, name: string, names: Map<string, string>) {
  return (directives ?? [])
    .filter((d) => d.name.value === name)
    .map((d) => argValue(d, 'graph'))
    .filter((g): g is string => Boolean(g))
    .map((g) => names.get(g) ?? g.toLowerCase());
}

function inputValue(v: InputValueDefinitionNode) {
  return { type: print(v.type), required: v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue };
}

/** Reads a composed supergraph SDL into the types, fields, categories and owners the check compares. */
export function readSupergraph(sdl: string): SupergraphModel {
  const document = parse(sdl);
  // join__Graph's values name each subgraph: CHILD_WELFARE @join__graph(name: "child-welfare", ...)
  const graphNames = new Map<string, string>();
  for (const def of document.definitions) {
    if (def.kind === Kind.ENUM_TYPE_DEFINITION && def.name.value === 'join__Graph') {
      for (const v of def.values ?? []) {
        const d = v.directives?.find((x) => x.name.value === 'join__graph');
        graphNames.set(v.name.value, (d && argValue(d, 'name')) ?? v.name.value);
      }
    }
  }
  const model: SupergraphModel = new Map();
  for (const def of document.definitions) {
    const kind = KINDS[def.kind];
    if (!kind || !('name' in def) || !def.name || isMachinery(def.name.value)) continue;
    const typeDirectives = 'directives' in def ? def.directives : undefined;
    const owners = graphs(typeDirectives, 'join__type', graphNames);
    const type: TypeModel = {
      name: def.name.value,
      kind,
      category: sensitive(typeDirectives),
      owners,
      fields: new Map(),
      values: new Set(),
      members: new Set(),
    };
    if (def.kind === Kind.ENUM_TYPE_DEFINITION) for (const v of def.values ?? []) type.values.add(v.name.value);
    if (def.kind === Kind.UNION_TYPE_DEFINITION) for (const m of def.types ?? []) type.members.add(m.name.value);
    const fields: readonly (FieldDefinitionNode | InputValueDefinitionNode)[] =
      def.kind === Kind.OBJECT_TYPE_DEFINITION ||
      def.kind === Kind.INTERFACE_TYPE_DEFINITION ||
      def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION
        ? (def.fields ?? [])
        : [];
    for (const field of fields) {
      const own = graphs(field.directives, 'join__field', graphNames);
      type.fields.set(field.name.value, {
        type: print(field.type),
        ownCategory: sensitive(field.directives),
        owners: own.length ? own : owners,
        args: new Map(
          field.kind === Kind.FIELD_DEFINITION ? (field.arguments ?? []).map((a) => [a.name.value, inputValue(a)]) : [],
        ),
        required: field.kind === Kind.INPUT_VALUE_DEFINITION && inputValue(field).required,
      });
    }
    model.set(type.name, type);
  }
  return model;
}

/** The named type under list and non-null wrappers: `[Placement!]` -> `Placement`. */
export function namedType(printed: string): string {
  return printed.replace(/[[\]!]/g, '');
}

/**
 * The category a field is decided under, as the kit decides it: its own `@sensitive`, else the
 * category of the object type it returns, else its parent type's (fields of a classified type
 * are released with it). Null for a field no category covers.
 */
export function effectiveCategory(model: SupergraphModel, type: TypeModel, field: FieldModel): string | null {
  return field.ownCategory ?? model.get(namedType(field.type))?.category ?? type.category ?? null;
}
