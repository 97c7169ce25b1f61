import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildASTSchema, getNamedType, isObjectType, parse, type DirectiveNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LIMITED_CELLS } from '@hub/policies';

// The limited cells name schema coordinates: each must exist, belong to its cell's category, and
// (inside a classified type) leave out only nullable fields, or the kit refuses to start.
const supergraph = buildASTSchema(
  parse(readFileSync(fileURLToPath(new URL('../supergraph.graphql', import.meta.url)), 'utf8')),
  { assumeValidSDL: true },
);
const category = (directives: readonly DirectiveNode[] | undefined) => {
  const arg = directives?.find((d) => d.name.value === 'sensitive')?.arguments?.[0]?.value;
  return arg?.kind === 'EnumValue' ? arg.value : undefined;
};

describe('limited cells', () => {
  it.each(LIMITED_CELLS.flatMap((c) => c.released.map((coordinate) => [coordinate, c.category] as const)))(
    '%s exists and is of %s',
    (coordinate, expected) => {
      const [typeName, fieldName] = coordinate.split('.') as [string, string];
      const type = supergraph.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type of the supergraph`);
      const field = type.getFields()[fieldName];
      if (!field) throw new Error(`${coordinate} is not a field of the supergraph`);
      const own =
        category(field.astNode?.directives) ??
        category(getNamedType(field.type).astNode?.directives as DirectiveNode[] | undefined) ??
        category(type.astNode?.directives);
      expect(own).toBe(expected);
    },
  );
});
