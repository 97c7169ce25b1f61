import { readFileSync } from 'node:fs';
import { Kind, parse, type DirectiveNode } from 'graphql';
import type { SchemaEntry } from '../config.ts';

/** What the policy set says each agency holds (`AGENCY_CATEGORIES`); the check's script passes it in. */
export type Holdings = (agency: string) => readonly string[] | undefined;

/** The categories one subgraph's SDL classifies under, each with where (`Type` or `Type.field`). */
export function categoriesOf(sdl: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const note = (directives: readonly DirectiveNode[] | undefined, where: string) => {
    const d = directives?.find((x) => x.name.value === 'sensitive');
    const value = d?.arguments?.find((a) => a.name.value === 'category')?.value;
    if (value?.kind === Kind.ENUM) found.set(value.value, [...(found.get(value.value) ?? []), where]);
  };
  for (const definition of parse(sdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    ) {
      continue;
    }
    note(definition.directives, definition.name.value);
    for (const field of definition.fields ?? []) note(field.directives, `${definition.name.value}.${field.name.value}`);
  }
  return found;
}

/**
 * A subgraph may classify only under categories its agency holds in the policy set: those are
 * the ones `accessExplanation` lists for it and `npm run policy:verify` walks. Anything else is
 * a policy change for a privacy officer before it is a schema change.
 */
export function holdingProblems(entries: readonly SchemaEntry[], holdings: Holdings): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    const held = holdings(entry.agency) ?? [];
    for (const [category, where] of categoriesOf(readFileSync(entry.schemaPath, 'utf8'))) {
      if (held.includes(category)) continue;
      problems.push(
        `${entry.name}: ${where.slice(0, 3).join(', ')}${where.length > 3 ? ` and ${where.length - 3} more` : ''} ` +
          `classified ${category}, which ${entry.agency} does not hold in the policy set ` +
          `(holds: ${held.join(', ') || 'nothing yet'}; AGENCY_CATEGORIES in policies/src/vocabulary.ts): ` +
          'a policy change for a privacy officer first (docs/publishing-a-subgraph.md, section 5)',
      );
    }
  }
  return problems;
}
