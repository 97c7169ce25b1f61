import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { isInterfaceType, isObjectType, printSchema } from 'graphql';
import { namedType, readSupergraph } from './check/model.ts';
import { SCHEMA_DIR } from './config.ts';

/** The committed client schema: what an agency or a vendor points its codegen at. */
export const CLIENT_SCHEMA_PATH = resolve(SCHEMA_DIR, 'client-schema.graphql');

const HEADER = `# The CSEC MDT hub's client schema: the API a client sees through the gateway, without federation's
# machinery. Generated from supergraph.graphql by \`npm run compose\`; do not edit (\`npm run
# schema:check\` fails when it is stale). Every classified field says its data category in its
# description: a viewer the policy does not allow that category gets null there and a FORBIDDEN
# error at that path (docs/clients.md).
`;

const append = (description: string | null | undefined, line: string) =>
  description ? `${description}\n\n${line}` : line;

/**
 * The client schema of a composed supergraph: the API schema (no `join__`/`link__` types, no
 * `_entities`, no federation directives, no `@sensitive`) with each classified field's category
 * written into its description, as the subgraphs decide it (the kit's `fieldCategory`): a field's
 * own `@sensitive`, else that of the object type it returns; a field of a classified type is
 * released with the field that returned its object.
 */
export function clientSchema(supergraphSdl: string): string {
  const model = readSupergraph(supergraphSdl);
  const api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  for (const type of Object.values(api.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    const typeModel = model.get(type.name);
    if (!typeModel) continue;
    if (typeModel.category) {
      type.description = append(
        type.description,
        `Data category: ${typeModel.category}. Released or denied as a whole, at the field that returns it.`,
      );
    }
    for (const field of Object.values(type.getFields())) {
      const fieldModel = typeModel.fields.get(field.name);
      if (!fieldModel) continue;
      const decided = fieldModel.ownCategory ?? model.get(namedType(fieldModel.type))?.category;
      if (decided) {
        field.description = append(
          field.description,
          `Data category: ${decided}. A viewer the policy does not allow it gets null here and a FORBIDDEN error at this path.`,
        );
      } else if (typeModel.category) {
        field.description = append(
          field.description,
          `Data category: ${typeModel.category}, released with the ${type.name} that holds it.`,
        );
      }
    }
  }
  // printSchema indents the blank line inside a description; the blank is all the same to GraphQL.
  return `${HEADER}\n${printSchema(api).replace(/^[ \t]+$/gm, '')}\n`;
}

/** The client schema as committed. */
export function committedClientSchema(): string {
  return readFileSync(CLIENT_SCHEMA_PATH, 'utf8');
}
