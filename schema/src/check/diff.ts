import { effectiveCategory, type FieldModel, type SupergraphModel, type TypeModel } from './model.ts';

export const BREAKING_KINDS = [
  'TYPE_REMOVED',
  'TYPE_KIND_CHANGED',
  'FIELD_REMOVED',
  'FIELD_TYPE_CHANGED',
  'ARGUMENT_REMOVED',
  'ARGUMENT_TYPE_CHANGED',
  'REQUIRED_ARGUMENT_ADDED',
  'REQUIRED_INPUT_FIELD_ADDED',
  'ENUM_VALUE_REMOVED',
  'UNION_MEMBER_REMOVED',
  /** A field or type moved to another category (or lost or gained one): who may read it changes. */
  'RECLASSIFIED',
  /** A field now resolved by other subgraphs only: another agency holds it, under another law. */
  'OWNER_CHANGED',
] as const;
export const ADDITIVE_KINDS = [
  'TYPE_ADDED',
  'FIELD_ADDED',
  'ARGUMENT_ADDED',
  'ENUM_VALUE_ADDED',
  'UNION_MEMBER_ADDED',
] as const;
export type ChangeKind = (typeof BREAKING_KINDS)[number] | (typeof ADDITIVE_KINDS)[number];

export interface Change {
  /** Stable and specific: what an acknowledgement names, e.g. `FIELD_REMOVED CourtRecord.caseNumber`. */
  id: string;
  kind: ChangeKind;
  /** `Type`, `Type.field`, `Type.field(arg:)` or `Enum.VALUE`. */
  coordinate: string;
  breaking: boolean;
  /** The subgraphs that resolve the coordinate (after the change; before, for a removal). */
  owners: string[];
  /** A type string, or for RECLASSIFIED a category (null: none). */
  before?: string | null;
  after?: string | null;
  /** For additions: the category the new field is decided under (null: none). */
  category?: string | null;
}

const breaking = new Set<ChangeKind>(BREAKING_KINDS);
const categoryName = (c: string | null | undefined) => c ?? 'UNCLASSIFIED';

function change(
  kind: ChangeKind,
  coordinate: string,
  owners: string[],
  extra: Pick<Change, 'before' | 'after' | 'category'> = {},
): Change {
  const suffix = kind === 'RECLASSIFIED' ? ` ${categoryName(extra.before)}->${categoryName(extra.after)}` : '';
  return { id: `${kind} ${coordinate}${suffix}`, kind, coordinate, breaking: breaking.has(kind), owners, ...extra };
}

function diffArgs(coordinate: string, before: FieldModel, after: FieldModel, owners: string[], out: Change[]) {
  for (const [name, arg] of before.args) {
    const next = after.args.get(name);
    const at = `${coordinate}(${name}:)`;
    if (!next) out.push(change('ARGUMENT_REMOVED', at, owners));
    else if (next.type !== arg.type)
      out.push(change('ARGUMENT_TYPE_CHANGED', at, owners, { before: arg.type, after: next.type }));
  }
  for (const [name, arg] of after.args) {
    if (before.args.has(name)) continue;
    out.push(change(arg.required ? 'REQUIRED_ARGUMENT_ADDED' : 'ARGUMENT_ADDED', `${coordinate}(${name}:)`, owners));
  }
}

function diffFields(before: SupergraphModel, after: SupergraphModel, was: TypeModel, is: TypeModel, out: Change[]) {
  for (const [name, field] of was.fields) {
    const coordinate = `${is.name}.${name}`;
    const next = is.fields.get(name);
    if (!next) {
      out.push(change('FIELD_REMOVED', coordinate, field.owners));
      continue;
    }
    if (next.type !== field.type) {
      out.push(change('FIELD_TYPE_CHANGED', coordinate, next.owners, { before: field.type, after: next.type }));
    }
    // A category change the field's own directive did not make is its type's, reported there once.
    const [from, to] = [effectiveCategory(before, was, field), effectiveCategory(after, is, next)];
    if (from !== to && field.ownCategory !== next.ownCategory) {
      out.push(change('RECLASSIFIED', coordinate, next.owners, { before: from, after: to }));
    }
    if (field.owners.length && next.owners.length && !field.owners.some((o) => next.owners.includes(o))) {
      out.push(
        change('OWNER_CHANGED', coordinate, next.owners, {
          before: field.owners.join(', '),
          after: next.owners.join(', '),
        }),
      );
    }
    diffArgs(coordinate, field, next, next.owners, out);
  }
  for (const [name, field] of is.fields) {
    if (was.fields.has(name)) continue;
    const coordinate = `${is.name}.${name}`;
    if (is.kind === 'INPUT_OBJECT' && field.required) {
      out.push(change('REQUIRED_INPUT_FIELD_ADDED', coordinate, field.owners));
    } else {
      out.push(change('FIELD_ADDED', coordinate, field.owners, { category: effectiveCategory(after, is, field) }));
    }
  }
}

function added(after: SupergraphModel, type: TypeModel, out: Change[]) {
  out.push(change('TYPE_ADDED', type.name, type.owners, { category: type.category }));
  for (const [name, field] of type.fields) {
    out.push(
      change('FIELD_ADDED', `${type.name}.${name}`, field.owners, { category: effectiveCategory(after, type, field) }),
    );
  }
}

/**
 * Every difference between two composed supergraphs that a client or a privacy officer would
 * care about: removals and retypings break clients, reclassifications change who may read what.
 * Descriptions and federation's own machinery are ignored.
 */
export function diffSupergraphs(before: SupergraphModel, after: SupergraphModel): Change[] {
  const out: Change[] = [];
  for (const [name, was] of before) {
    const is = after.get(name);
    if (!is) {
      out.push(change('TYPE_REMOVED', name, was.owners));
      continue;
    }
    if (is.kind !== was.kind) {
      out.push(change('TYPE_KIND_CHANGED', name, is.owners, { before: was.kind, after: is.kind }));
      continue;
    }
    if (was.category !== is.category) {
      out.push(change('RECLASSIFIED', name, is.owners, { before: was.category, after: is.category }));
    }
    for (const value of was.values)
      if (!is.values.has(value)) out.push(change('ENUM_VALUE_REMOVED', `${name}.${value}`, is.owners));
    for (const value of is.values)
      if (!was.values.has(value)) out.push(change('ENUM_VALUE_ADDED', `${name}.${value}`, is.owners));
    for (const m of was.members)
      if (!is.members.has(m)) out.push(change('UNION_MEMBER_REMOVED', `${name}.${m}`, is.owners));
    for (const m of is.members)
      if (!was.members.has(m)) out.push(change('UNION_MEMBER_ADDED', `${name}.${m}`, is.owners));
    diffFields(before, after, was, is, out);
  }
  for (const [name, is] of after) if (!before.has(name)) added(after, is, out);
  return out;
}
