import {
  defaultFieldResolver,
  getNamedType,
  GraphQLError,
  isNonNullType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';
import { withheldField, type PolicySet } from '@hub/policies';
import { forbiddenError } from './errors.ts';
import { enforcementPoints, fieldCategory, typeCategory } from './classification.ts';
import type { SubgraphContext } from './context.ts';

/** The hub youth id a resolved object belongs to: `Youth.id`, or `youthId` on anything below it. */
function youthIdOf(typeName: string, parent: unknown): string | undefined {
  const record = parent as Record<string, unknown> | null;
  const id = typeName === 'Youth' ? record?.id : record?.youthId;
  return typeof id === 'string' ? id : undefined;
}

/**
 * A timeline list is released as its field's category, so every event in it must be of that
 * category; a resolver that slipped in another category's event fails closed.
 */
function assertTimelineCategory(value: unknown, category: string, where: string): void {
  if (!Array.isArray(value)) return;
  for (const event of value as { category?: unknown }[]) {
    if (event.category !== category) throw new GraphQLError(`${where} holds an event outside ${category}`);
  }
}

/**
 * Wraps every classified field so that nothing is read or returned before the policy allows it
 * for that youth and category. A denial is null plus docs/architecture.md's FORBIDDEN error.
 * A limited cell's decision releases only its named fields (`LIMITED_CELLS`): the other
 * classified fields of the category are withheld here, and so are the fields it leaves out of a
 * classified type it names some fields of (`enforceLimitedFields`).
 */
export function enforceClassifiedFields(schema: GraphQLSchema, policy: PolicySet): number {
  enforceLimitedFields(schema, policy);
  const points = enforcementPoints(schema);
  for (const point of points) {
    const type = schema.getType(point.type);
    if (!isObjectType(type)) continue;
    const field = type.getFields()[point.field]!;
    const resolve = field.resolve ?? defaultFieldResolver;
    const isTimeline = getNamedType(field.type).name === 'TimelineEvent';
    field.resolve = async (parent, args, context: SubgraphContext, info) => {
      const youthId = youthIdOf(point.type, parent);
      if (!youthId) throw new GraphQLError(`${point.type}.${point.field} resolved without a youth id`);
      const decision = await context.access.decide(youthId, point.category);
      if (!decision.allowed) throw forbiddenError(decision, context.viewer, info);
      const withheld = withheldField(decision, point.type, point.field, true);
      if (withheld) throw forbiddenError(withheld, context.viewer, info);
      const value: unknown = await resolve(parent, args, context, info);
      if (isTimeline) assertTimelineCategory(value, point.category, `${point.type}.${point.field}`);
      return value;
    };
  }
  return points.length;
}

/**
 * Inside a classified type that some limited rule names fields of, the fields it does not name are
 * checked one by one. Such a field must be nullable (a withheld non-null field would null its
 * whole parent): a rule set that would withhold one is refused when the subgraph starts.
 */
function enforceLimitedFields(schema: GraphQLSchema, policy: PolicySet): void {
  const named = new Map<string, Set<string>[]>();
  for (const rule of policy.rules) {
    if (!rule.fields) continue;
    const byType = new Map<string, Set<string>>();
    for (const coordinate of rule.fields) {
      const [type, field] = coordinate.split('.') as [string, string];
      if (!byType.has(type)) byType.set(type, new Set());
      byType.get(type)!.add(field);
    }
    for (const [type, fields] of byType) named.set(type, [...(named.get(type) ?? []), fields]);
  }
  for (const [typeName, lists] of named) {
    const type = schema.getType(typeName);
    const category = type ? typeCategory(type) : undefined;
    if (!isObjectType(type) || !category) continue; // a classified field's parent: checked as a point
    for (const field of Object.values(type.getFields())) {
      // A classified field is an enforcement point of its own, checked there.
      if (lists.every((fields) => fields.has(field.name)) || fieldCategory(field)) continue;
      if (isNonNullType(field.type)) {
        throw new Error(`a limited rule withholds ${typeName}.${field.name}, which is non-null: make it nullable`);
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = async (parent, args, context: SubgraphContext, info) => {
        const youthId = youthIdOf(typeName, parent);
        if (!youthId) throw new GraphQLError(`${typeName}.${field.name} resolved without a youth id`);
        const withheld = withheldField(await context.access.decide(youthId, category), typeName, field.name, false);
        if (withheld) throw forbiddenError(withheld, context.viewer, info);
        return resolve(parent, args, context, info);
      };
    }
  }
}
