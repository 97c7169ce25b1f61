import fc from 'fast-check';
import type { FieldNode } from './schema-model.ts';

/** One field of a generated query: maybe aliased, with its own sub-selection. */
export interface Selection {
  field: FieldNode;
  alias: string | null;
  children: Selection[];
}

export const responseKey = (s: Selection) => s.alias ?? s.field.name;

/** A random non-empty sub-selection of a field (every field of the record is reachable). */
function selectionArb(field: FieldNode): fc.Arbitrary<Selection> {
  const alias = fc.oneof(
    { arbitrary: fc.constant(null), weight: 7 },
    { arbitrary: fc.constant(`a_${field.name}`), weight: 1 },
  );
  if (!field.children.length) return alias.map((a) => ({ field, alias: a, children: [] }));
  return fc
    .record({ alias, children: childrenArb(field.children, 1, 1) })
    .map(({ alias: a, children }) => ({ field, alias: a, children }));
}

/** Each field kept with odds keep : skip; never empty. */
function childrenArb(fields: FieldNode[], keep: number, skip: number): fc.Arbitrary<Selection[]> {
  return fc
    .tuple(
      fc.nat(fields.length - 1),
      ...fields.map((f) =>
        fc.oneof({ arbitrary: fc.constant(null), weight: skip }, { arbitrary: selectionArb(f), weight: keep }),
      ),
    )
    .chain(([first, ...picked]) => {
      const chosen = picked.filter((s): s is Selection => s !== null);
      if (chosen.length) return fc.constant(chosen);
      return selectionArb(fields[first]!).map((s) => [s]);
    });
}

/** A random valid selection on `Youth`: some agencies' parts, some fields of each. */
export function youthSelectionArb(model: FieldNode[]): fc.Arbitrary<Selection[]> {
  return childrenArb(model, 1, 2).map((selections) => capAliases(selections, MAX_ALIASES_PER_YOUTH));
}

/** A run's youths, their explanations and this many aliases each stay within the gateway's alias limit. */
const MAX_ALIASES_PER_YOUTH = 1;

function capAliases(selections: Selection[], max: number): Selection[] {
  let left = max;
  const cap = (list: Selection[]): Selection[] =>
    list.map((s) => {
      const alias = s.alias && left > 0 ? (left--, s.alias) : null;
      return { field: s.field, alias, children: cap(s.children) };
    });
  return cap(selections);
}

export function render(selections: Selection[]): string {
  return selections
    .map((s) => {
      const head = s.alias ? `${s.alias}: ${s.field.name}` : s.field.name;
      return s.children.length ? `${head} { ${render(s.children)} }` : head;
    })
    .join(' ');
}
