import { defaultFieldResolver, getNamedType, GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
import { forbiddenError } from './errors.ts';
import { enforcementPoints } from './classification.ts';
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
 */
export function enforceClassifiedFields(schema: GraphQLSchema): number {
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
      const value: unknown = await resolve(parent, args, context, info);
      if (isTimeline) assertTimelineCategory(value, point.category, `${point.type}.${point.field}`);
      return value;
    };
  }
  return points.length;
}
