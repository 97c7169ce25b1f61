import {
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type DirectiveNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

const FEDERATION_TYPES = new Set(['_Service', 'Query', 'Mutation', 'Subscription']);
/**
 * The accounting of disclosures: log metadata (who, when, why, which categories), never a record.
 * No category decides it; each subgraph's kit authorizes it (privacy officers under AUDIT, or a
 * viewer's own accesses) and logs the read. AccountingSubject (the youth an accounting request is
 * about: initials and date of birth) is the registry's oversight root field's, privacy officers only.
 * ViewerAccess is the accounting by viewer (the same rows, the same decision); PrivacyAlerts,
 * PrivacyAlert and AlertFinding are counts of the logs and the officers' findings, naming no youth;
 * GrantSubject is AccountingSubject for a grant in the review queue, privacy officers only.
 */
const OVERSIGHT_TYPES = new Set([
  'ChainAudit',
  'LogCheckpoint',
  'ChainVerification',
  'Accounting',
  'Disclosure',
  'DisclosurePage',
  'DisclosureBasis',
  'AccountingSubject',
  'ViewerAccess',
  'PrivacyAlerts',
  'PrivacyAlert',
  'AlertFinding',
  'GrantSubject',
]);

function hasSensitive(directives: readonly DirectiveNode[] | undefined): boolean {
  return Boolean(directives?.some((d) => d.name.value === 'sensitive'));
}

function categoryArg(directives: readonly DirectiveNode[] | undefined): string | undefined {
  const arg = directives
    ?.find((d) => d.name.value === 'sensitive')
    ?.arguments?.find((a) => a.name.value === 'category');
  return arg?.value.kind === 'EnumValue' ? arg.value.value : undefined;
}

function keyFields(type: GraphQLObjectType): Set<string> {
  const keys = new Set<string>();
  for (const node of [type.astNode, ...(type.extensionASTNodes ?? [])]) {
    for (const d of node?.directives ?? []) {
      if (d.name.value !== 'key') continue;
      const fields = d.arguments?.find((a) => a.name.value === 'fields');
      if (fields?.value.kind === 'StringValue') fields.value.value.split(/\s+/).forEach((f) => keys.add(f));
    }
  }
  return keys;
}

/** Every field, in any type, that can return each object type (directly or through an abstract type). */
function referencesByType(schema: GraphQLSchema): Map<string, GraphQLField<unknown, unknown>[]> {
  const refs = new Map<string, GraphQLField<unknown, unknown>[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const targets = isAbstractType(named) ? schema.getPossibleTypes(named) : isObjectType(named) ? [named] : [];
      for (const target of targets) refs.set(target.name, [...(refs.get(target.name) ?? []), field]);
    }
  }
  return refs;
}

/**
 * A type with no category of its own whose every way in is a classified field (like the shared
 * `TimelineEvent`) is released or denied with that field, so its leaves need no category. A type
 * nothing returns is unreachable, unless it is an entity, which the gateway can reach by key.
 */
function classifiedByItsFields(type: GraphQLObjectType, refs: Map<string, GraphQLField<unknown, unknown>[]>): boolean {
  if (keyFields(type).size > 0) return false;
  return (refs.get(type.name) ?? []).every((field) => hasSensitive(field.astNode?.directives));
}

/**
 * Every field that carries youth data must say its category. Leaf fields need @sensitive (on the
 * field or its type, or on every field that returns the type); object fields are containers whose
 * own types are checked; key fields are identifiers. A classified field must be nullable, since a
 * denial is a null.
 */
export function classificationProblems(
  subgraph: string,
  schema: GraphQLSchema,
  unclassifiedTypes: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  const exempt = new Set([...FEDERATION_TYPES, ...OVERSIGHT_TYPES, ...unclassifiedTypes]);
  const refs = referencesByType(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || exempt.has(type.name)) continue;
    const typeClassified = hasSensitive(type.astNode?.directives) || classifiedByItsFields(type, refs);
    const keys = keyFields(type);
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const own = hasSensitive(field.astNode?.directives);
      const viaReturnType = isObjectType(named) && hasSensitive(named.astNode?.directives);
      const where = `${subgraph}: ${type.name}.${field.name}`;
      if (keys.has(field.name)) continue;
      if (isLeafType(named) && !own && !typeClassified) {
        problems.push(`${where} has no @sensitive category`);
      }
      // An interface or union could hold any of its types: the field itself must say its category.
      if (isAbstractType(named) && !own) {
        problems.push(`${where} returns an interface or union and must carry its own @sensitive category`);
      }
      const fieldCategory = categoryArg(field.astNode?.directives);
      const returnCategory = isObjectType(named) ? categoryArg(named.astNode?.directives) : undefined;
      if (fieldCategory && returnCategory && fieldCategory !== returnCategory) {
        problems.push(
          `${where} is classified ${fieldCategory} but returns ${named.name}, classified ${returnCategory}`,
        );
      }
      if ((own || viaReturnType) && !typeClassified && isNonNullType(field.type)) {
        problems.push(`${where} is classified but non-null: a denied field must be able to be null`);
      }
    }
  }
  return problems;
}
