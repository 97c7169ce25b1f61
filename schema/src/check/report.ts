import type { Acknowledged } from './acknowledge.ts';
import type { Change } from './diff.ts';
import { MATRIX_LEGEND, readers, reclassification, type PolicyView } from './exposure.ts';

/** The contract's own enums: a new value there needs the policy's attention, not just a client's. */
const CONTRACT_ENUMS = new Set(['DataCategory', 'Agency', 'Role', 'PurposeOfUse', 'DenialReason']);

const held = (c: Change) => (c.owners.length ? ` (${c.owners.join(', ')})` : '');
const cells = (list: { column: string; before: string; after: string }[]) =>
  list.map((x) => `${x.column} ${x.before} -> ${x.after}`).join(', ');

const WHAT_BREAKS: Partial<Record<Change['kind'], string>> = {
  TYPE_REMOVED: 'queries naming it stop validating',
  TYPE_KIND_CHANGED: 'queries against it stop validating',
  FIELD_REMOVED: 'queries asking for it stop validating',
  FIELD_TYPE_CHANGED: 'clients reading it get another shape',
  ARGUMENT_REMOVED: 'queries passing it stop validating',
  ARGUMENT_TYPE_CHANGED: 'queries passing it may stop validating',
  REQUIRED_ARGUMENT_ADDED: 'queries without it stop validating',
  REQUIRED_INPUT_FIELD_ADDED: 'inputs without it stop validating',
  ENUM_VALUE_REMOVED: 'clients sending or expecting it break; stored values may no longer be served',
  UNION_MEMBER_REMOVED: 'clients expecting it break',
};

function breakingLines(change: Change, view: PolicyView): string[] {
  if (change.kind === 'RECLASSIFIED') {
    const r = reclassification(view, change.before ?? null, change.after ?? null);
    const direction = {
      MORE_SENSITIVE: 'more sensitive (on balance fewer may read it)',
      LESS_SENSITIVE: 'less sensitive (on balance more may read it)',
      MIXED: 'as many roles gain as lose',
      SAME_READERS: 'the same roles may read it',
    }[r.direction];
    const lines = [`${change.id}${held(change)}: ${direction}`];
    if (r.opened.length) lines.push(`    now exposed to: ${cells(r.opened)}`);
    if (r.closed.length) lines.push(`    now withheld from: ${cells(r.closed)}`);
    return lines;
  }
  if (change.kind === 'OWNER_CHANGED') {
    return [
      `${change.id}: now held by ${change.after} instead of ${change.before}; its disclosures are logged and decided there`,
    ];
  }
  const retyped = change.before ? ` (${change.before} -> ${change.after})` : '';
  return [`${change.id}${retyped}${held(change)}: ${WHAT_BREAKS[change.kind] ?? 'breaks clients'}`];
}

function additionLines(additions: Change[], view: PolicyView): string[] {
  const lines: string[] = [];
  const types = additions.filter((c) => c.kind === 'TYPE_ADDED').map((c) => c.coordinate);
  if (types.length) lines.push(`  new types: ${types.join(', ')}`);
  const byCategory = new Map<string, Change[]>();
  for (const c of additions.filter((x) => x.kind === 'FIELD_ADDED' && x.category)) {
    byCategory.set(c.category!, [...(byCategory.get(c.category!) ?? []), c]);
  }
  for (const [category, fields] of [...byCategory].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`  ${category}: ${fields.map((f) => `${f.coordinate}${held(f)}`).join(', ')}`);
    lines.push(`    exposes ${category} to: ${readers(view, category)}`);
  }
  const plain = additions.filter((c) => c.kind === 'FIELD_ADDED' && !c.category).map((c) => c.coordinate);
  if (plain.length) {
    lines.push(`  no category (not youth data, or a container whose fields carry their own): ${plain.join(', ')}`);
  }
  const others = additions.filter((c) => !['TYPE_ADDED', 'FIELD_ADDED'].includes(c.kind));
  for (const c of others) {
    const enumName = c.coordinate.split('.')[0]!;
    // A new category is read as its row of the policy says (denied everywhere until a privacy
    // officer adds one); a new role or agency as the matrix's column and AGENCY_CATEGORIES say.
    const value = c.coordinate.split('.')[1] ?? '';
    const note = !(c.kind === 'ENUM_VALUE_ADDED' && CONTRACT_ENUMS.has(enumName))
      ? ''
      : enumName === 'DataCategory'
        ? `: a contract value; read by: ${readers(view, value)}`
        : ": a contract value; what it reads is the policy's (npm run policy:matrix), denied wherever no rule names it";
    lines.push(`  ${c.id}${note}`);
  }
  return lines;
}

/** The change report: readable by a privacy officer, precise enough for a reviewer to acknowledge from. */
export function renderReport(opts: {
  baseline: string;
  subgraphs: number;
  changes: readonly Change[];
  acknowledged: Acknowledged;
  view: PolicyView;
  acknowledgementsFile: string;
}): string {
  const { changes, acknowledged, view } = opts;
  const additions = changes.filter((c) => !c.breaking);
  const out = [
    `Schema check: ${opts.subgraphs} subgraphs compose, every field classified; compared with ${opts.baseline}.`,
    `Who may read each category comes from the policy rules (version ${view.version.slice(0, 12)}, npm run policy:matrix).`,
    '',
  ];
  if (!changes.length) return [...out, 'No contract changes.'].join('\n');
  const { unacknowledged } = acknowledged;
  const breaking = unacknowledged.length + acknowledged.acknowledged.length;
  out.push(
    breaking
      ? `Breaking changes: ${unacknowledged.length} to acknowledge, ${acknowledged.acknowledged.length} acknowledged`
      : 'Breaking changes: none',
  );
  for (const change of unacknowledged) {
    const [first, ...rest] = breakingLines(change, view);
    out.push(`  ✗ ${first}`, ...rest.map((l) => `  ${l}`));
  }
  for (const { change, by } of acknowledged.acknowledged) {
    const [first, ...rest] = breakingLines(change, view);
    out.push(`  ✓ ${first}`, ...rest.map((l) => `  ${l}`), `      acknowledged: ${by.reason} (${by.reviewedBy})`);
  }
  out.push('', `Additions: ${additions.length} (break nothing; what they expose)`, ...additionLines(additions, view));
  out.push('', `Legend: ${MATRIX_LEGEND}.`);
  if (unacknowledged.length) {
    out.push(
      '',
      `To make a breaking change anyway, add each id above to ${opts.acknowledgementsFile} with the reason and who`,
      'reviewed it (a privacy officer for every RECLASSIFIED), or pass --acknowledge "<id>" for a local run.',
    );
  }
  return out.join('\n');
}
