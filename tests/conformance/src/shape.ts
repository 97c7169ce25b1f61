import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type DirectiveNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { DataCategory } from '@hub/policies';

/** A classified field under `Youth`, reached through unclassified containers. */
export interface ClassifiedField {
  /** From `Youth`, e.g. ['education', 'schoolOfRecord']. */
  path: string[];
  category: DataCategory;
  /** `Type.field`, as a limited cell of the policy names the fields it releases. */
  coordinate: string;
}

/** What the suite reads from a subgraph's SDL: its classified youth fields and its accounting field. */
export interface SubgraphShape {
  fields: ClassifiedField[];
  /** The `_entities` query asking for every classified field of one or more youths. */
  entitiesQuery: string;
  /** `Accounting.<field>`: this agency's part of the accounting of disclosures. */
  accountingField: string | null;
  /** Fields left out of the query (a required argument), with why. */
  skipped: string[];
}

function categoryOf(directives: readonly DirectiveNode[] | undefined): DataCategory | null {
  const arg = directives
    ?.find((d) => d.name.value === 'sensitive')
    ?.arguments?.find((a) => a.name.value === 'category');
  return arg?.value.kind === 'EnumValue' ? (arg.value.value as DataCategory) : null;
}

/** The category a field is decided under, as the kit decides it: its own, else its object type's. */
function fieldCategory(field: GraphQLField<unknown, unknown>): DataCategory | null {
  const named: GraphQLNamedType = getNamedType(field.type);
  return categoryOf(field.astNode?.directives) ?? (isObjectType(named) ? categoryOf(named.astNode?.directives) : null);
}

const MAX_DEPTH = 4;

/**
 * Walks `Youth` down through unclassified containers (`education`, `timeline`) to every classified
 * field, and builds one selection asking for all of them: leaves by name, objects as `{ __typename }`
 * (enough to see whether a value came back, which is all a check needs).
 */
export function readShape(schema: GraphQLSchema): SubgraphShape {
  const youth = schema.getType('Youth');
  const fields: ClassifiedField[] = [];
  const skipped: string[] = [];
  const walk = (type: GraphQLObjectType, path: string[], seen: Set<string>): string => {
    const parts: string[] = [];
    for (const field of Object.values(type.getFields())) {
      if (type.name === 'Youth' && field.name === 'id') continue;
      const at = [...path, field.name];
      if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) {
        skipped.push(`${type.name}.${field.name}: it has a required argument`);
        continue;
      }
      const named = getNamedType(field.type);
      const category = fieldCategory(field);
      if (category) {
        fields.push({ path: at, category, coordinate: `${type.name}.${field.name}` });
        parts.push(isLeafType(named) ? field.name : `${field.name} { __typename }`);
      } else if (isObjectType(named) && !seen.has(named.name) && at.length < MAX_DEPTH) {
        const inner = walk(named, at, new Set([...seen, named.name]));
        if (inner) parts.push(`${field.name} { ${inner} }`);
      } else if (isAbstractType(named) || isLeafType(named)) {
        skipped.push(`${type.name}.${field.name}: no category (the classification check reports it)`);
      }
    }
    return parts.join(' ');
  };
  const selection = isObjectType(youth) ? walk(youth, [], new Set(['Youth'])) : '';
  const accounting = schema.getType('Accounting');
  const accountingField = isObjectType(accounting)
    ? (Object.values(accounting.getFields()).find((f) => getNamedType(f.type).name === 'DisclosurePage')?.name ?? null)
    : null;
  return {
    fields,
    entitiesQuery: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { ${selection} } } }`,
    accountingField,
    skipped,
  };
}

/** The value at a field's path in one `_entities` item; undefined when a container on the way is missing. */
export function valueAt(entity: unknown, path: readonly string[]): unknown {
  let value: unknown = entity;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Whether a released value holds anything: not null, not an empty list. */
export const holdsData = (value: unknown) =>
  value !== null && value !== undefined && !(Array.isArray(value) && !value.length);
