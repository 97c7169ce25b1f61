import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import {
  getNamedType,
  getVariableValues,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  Kind,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/** The arguments graphql-armor's cost limit multiplies by: a page's size. */
const PAGE_ARGUMENTS = ['first', 'last'];

export interface CostOptions {
  maxCost: number;
  /** What a list without a page argument is assumed to hold (placements, diagnoses, timeline events). */
  listSize: number;
}

export type CostResult = { ok: true; cost: number } | { ok: false; cost: number; error: GraphQLError };

/**
 * The types a paged field returns (YouthConnection, DisclosurePage, ...): their lists (edges,
 * entries) are as long as the page, which the page argument already counts.
 */
function pageTypes(schema: GraphQLSchema): Set<string> {
  const pages = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields()))
      if (field.args.some((a) => PAGE_ARGUMENTS.includes(a.name))) pages.add(getNamedType(field.type).name);
  }
  return pages;
}
const pagesBySchema = new WeakMap<GraphQLSchema, Set<string>>();

const intValue = (n: number) => ({ kind: Kind.INT, value: String(Math.max(0, Math.trunc(n))) }) as const;
const pageArgument = (name: string, n: number): ArgumentNode => ({
  kind: Kind.ARGUMENT,
  name: { kind: Kind.NAME, value: name },
  value: intValue(n),
});

/** The value the resolver will see for a page argument: the literal, the coerced variable, or the default. */
function pageSize(arg: GraphQLArgument, node: FieldNode, variables: Record<string, unknown>): number | undefined {
  const given = node.arguments?.find((a) => a.name.value === arg.name)?.value;
  let value: unknown = arg.defaultValue;
  if (given?.kind === Kind.INT) value = Number(given.value);
  else if (given?.kind === Kind.VARIABLE) {
    // An unset variable leaves the argument at its default, as execution does.
    if (Object.prototype.hasOwnProperty.call(variables, given.name.value)) value = variables[given.name.value];
  } else if (given?.kind === Kind.NULL) value = undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * The document as graphql-armor's cost limit must see it for this request: every page argument
 * (`first`, `last`) written out as the number the resolver will receive (a literal, the coerced
 * variable, or the schema's default), and every list of objects without a page argument given
 * `first: listSize`. graphql-armor weighs only literal `first`/`last` and counts anything else as
 * one, so without this `first: $n` with `n = 100`, or a `first` left at its default, weighed as 1.
 */
export function weighableDocument(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  listSize: number,
): DocumentNode {
  let pages = pagesBySchema.get(schema);
  if (!pages) pagesBySchema.set(schema, (pages = pageTypes(schema)));
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const def = typeInfo.getFieldDef();
        if (!def || !node.selectionSet) return undefined;
        const paging = def.args.filter((a) => PAGE_ARGUMENTS.includes(a.name));
        const others = (node.arguments ?? []).filter((a) => !PAGE_ARGUMENTS.includes(a.name.value));
        if (paging.length) {
          const sizes = paging.flatMap((a) => {
            const n = pageSize(a, node, variables);
            return n === undefined ? [] : [pageArgument(a.name, n)];
          });
          // A page argument left unset with no default (a timeline's `last`) is the whole list:
          // weighed as a list without a page argument, never as one item.
          if (!sizes.length) sizes.push(pageArgument('first', listSize));
          return { ...node, arguments: [...others, ...sizes] };
        }
        const parent = typeInfo.getParentType();
        if (isListType(getNullableType(def.type)) && !(parent && pages.has(parent.name))) {
          return { ...node, arguments: [...others, pageArgument('first', listSize)] };
        }
        return undefined;
      },
    }),
  );
}

/**
 * Weighs one operation of a validated document with the request's variables, by graphql-armor's
 * cost rule (its formula and message) over `weighableDocument`. Variables that cannot be coerced
 * are left to execution, which refuses them before anything runs.
 */
export function weighOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
  options: CostOptions,
): CostResult {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  const variables = coerced.coerced ?? {};
  // Only this operation and the fragments: armor's rule weighs every operation it is shown.
  const single: DocumentNode = {
    ...document,
    definitions: document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d === operation),
  };
  let cost = 0;
  let error: GraphQLError | undefined;
  validate(schema, weighableDocument(schema, single, variables, options.listSize), [
    costLimitRule({
      maxCost: options.maxCost,
      exposeLimits: true,
      propagateOnRejection: false,
      onAccept: [(_ctx, { n }) => void (cost = n)],
      onReject: [(_ctx, e) => void (error = e)],
    }),
  ]);
  if (error) {
    cost = Number(/found (\d+(?:\.\d+)?)/.exec(error.message)?.[1] ?? Number.POSITIVE_INFINITY);
    return { ok: false, cost, error };
  }
  return { ok: true, cost };
}
