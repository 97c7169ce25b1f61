/**
 * Who may read a category, as the policy matrix says (`npm run policy:matrix`): one cell per role
 * column, in docs/domain.md's notation. The schema package does not depend on the policies; the
 * check's script builds this view from `@hub/policies` and passes it in.
 */
export interface PolicyView {
  version: string;
  /** Role columns, e.g. `CW worker`, `Probation`. */
  columns: readonly string[];
  /** Cells for a category (A, M, C, O, N, A|C, M/C, C/O, `*` inferred), undefined for an unknown one. */
  cells(category: string): readonly string[] | undefined;
  /** The categories an agency holds in the policy set; without it, holdings are not checked. */
  holds?(agency: string): readonly string[] | undefined;
}

export const MATRIX_LEGEND =
  'A: allowed when the viewer is on the team or their agency serves the youth · M: on the team · ' +
  'C: with the youth’s consent · O: with a court order · N: never · A|C: their agency serves, else consent · ' +
  'M/C: on the team and a consent · C/O: a consent or a court order · *: inferred';

/** How openly a cell releases, most closed first; an unclassified field goes to anyone signed in. */
const RANK: Record<string, number> = { N: 0, T: 1, O: 2, 'M/C': 3, C: 4, 'C/O': 5, 'A|C': 6, M: 7, A: 8 };
const UNCLASSIFIED = 'anyone';
const OPEN = 9;

function rank(cell: string): number {
  if (cell === UNCLASSIFIED) return OPEN;
  const parts = cell.split(' / ').map((p) => RANK[p.replace(/[*~]/g, '').trim()] ?? 0);
  return Math.min(...parts);
}

export function cellsOf(view: PolicyView, category: string | null): readonly string[] {
  if (category === null) return view.columns.map(() => UNCLASSIFIED);
  return view.cells(category) ?? view.columns.map(() => '?');
}

export interface CellChange {
  column: string;
  before: string;
  after: string;
}

export interface Reclassification {
  /** MORE_SENSITIVE: on balance fewer may read it; LESS_SENSITIVE: more may; MIXED: as many gain as lose. */
  direction: 'MORE_SENSITIVE' | 'LESS_SENSITIVE' | 'MIXED' | 'SAME_READERS';
  /** Columns that read it more easily after the change. */
  opened: CellChange[];
  /** Columns that read it less easily after the change. */
  closed: CellChange[];
}

/** What moving from one category to another does to each role column. */
export function reclassification(view: PolicyView, from: string | null, to: string | null): Reclassification {
  const [before, after] = [cellsOf(view, from), cellsOf(view, to)];
  const opened: CellChange[] = [];
  const closed: CellChange[] = [];
  view.columns.forEach((column, i) => {
    const change = { column, before: before[i]!, after: after[i]! };
    if (rank(change.after) > rank(change.before)) opened.push(change);
    else if (rank(change.after) < rank(change.before)) closed.push(change);
  });
  // The net of every column's move: a few roles gaining while more lose is still more sensitive.
  const net = view.columns.reduce((sum, _c, i) => sum + rank(after[i]!) - rank(before[i]!), 0);
  const direction = net < 0 ? 'MORE_SENSITIVE' : net > 0 ? 'LESS_SENSITIVE' : opened.length ? 'MIXED' : 'SAME_READERS';
  return { direction, opened, closed };
}

/** `CW worker A · Probation C* · ...`: who may read a category. */
export function readers(view: PolicyView, category: string | null): string {
  const cells = cellsOf(view, category);
  return view.columns.map((c, i) => `${c} ${cells[i]}`).join(' · ');
}
