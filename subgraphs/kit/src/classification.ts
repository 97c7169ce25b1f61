import {
  getNamedType,
  isObjectType,
  type DirectiveNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { DATA_CATEGORIES, type DataCategory } from '@hub/policies';

function categoryOf(directives: readonly DirectiveNode[] | undefined): DataCategory | undefined {
  const node = directives?.find((d) => d.name.value === 'sensitive');
  const arg = node?.arguments?.find((a) => a.name.value === 'category');
  if (!arg) return undefined;
  if (arg.value.kind !== 'EnumValue' || !DATA_CATEGORIES.includes(arg.value.value as DataCategory)) {
    throw new Error(`@sensitive on ${node?.loc?.source.name ?? 'a field'} has an unknown category`);
  }
  return arg.value.value as DataCategory;
}

export function typeCategory(type: GraphQLNamedType): DataCategory | undefined {
  return isObjectType(type) ? categoryOf(type.astNode?.directives) : undefined;
}

/**
 * The category a field is checked under, where it is checked: its own @sensitive, or the
 * @sensitive of the object type it returns (the field is the way into that type). Fields inside a
 * classified type are released with their parent and not checked again.
 */
export function fieldCategory(field: GraphQLField<unknown, unknown>): DataCategory | undefined {
  return categoryOf(field.astNode?.directives) ?? typeCategory(getNamedType(field.type));
}

export interface EnforcementPoint {
  type: string;
  field: string;
  category: DataCategory;
}

/**
 * Root fields are not enforcement points: they carry no youth of their own, so each authorizes
 * itself (the registry's `youth` checks the viewer's link, its mutations the viewer's role).
 */
export function enforcementPoints(schema: GraphQLSchema): EnforcementPoint[] {
  const points: EnforcementPoint[] = [];
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || roots.has(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const category = fieldCategory(field);
      if (category) points.push({ type: type.name, field: field.name, category });
    }
  }
  return points;
}
