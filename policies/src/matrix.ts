import { decidePoint } from './verify.ts';
import { LIMITED_CELLS } from './limited.ts';
import type { PolicySet } from './policy-set.ts';
import { ownersOf, type ConsentState, type OrderState } from './space.ts';
import { TABLE_ROLES, type CellKind, type TableRole } from './table.ts';
import {
  DATA_CATEGORIES,
  DEFAULT_PURPOSE,
  ROLE_AGENCY,
  type Agency,
  type DataCategory,
  type Role,
} from './vocabulary.ts';

/** The console's columns: the table's roles and the MDT coordinator, whose access the invariants set. */
export const MATRIX_ROLES = [...TABLE_ROLES, 'MDT_COORDINATOR'] as const satisfies readonly Role[];
export type MatrixRole = TableRole | 'MDT_COORDINATOR';

/**
 * Reads a table cell back out of the rules by asking them about a few situations: the viewer's
 * agency serves the youth, the viewer is on the team, with a consent, with a court order. Records
 * are taken from an owner other than the viewer's agency where one exists, since the table is
 * about sharing across agencies (own-agency reads are a rule of their own).
 */
export function cellFromRules(
  policy: PolicySet,
  role: MatrixRole,
  category: DataCategory,
): { kind: CellKind | '?'; inferred: boolean; ruleId: string } {
  const agency = ROLE_AGENCY[role];
  const owners = ownersOf(category);
  const owner: Agency = owners.find((o) => o !== agency) ?? owners[0]!;
  const ask = (onTeam: boolean, serves: boolean, consent: ConsentState, order: OrderState, inProgram = false) =>
    decidePoint(policy, {
      role,
      agency,
      category,
      owner,
      purpose: DEFAULT_PURPOSE,
      onTeam,
      serves,
      inProgram,
      consent,
      order,
      grant: 'none',
    });
  const serves = ask(false, true, 'none', 'none');
  const team = ask(true, false, 'none', 'none');
  const servesConsent = ask(false, true, 'active', 'none');
  const teamConsent = ask(true, false, 'active', 'none');
  const teamOrder = ask(true, false, 'none', 'active');
  // "In program": the viewer's agency serves the youth and the viewer works in its treating program.
  const program = ask(false, true, 'none', 'none', true);
  const deciding = [serves, program, team, teamConsent, teamOrder].find((d) => d.allowed) ?? team;
  const inferred = Boolean(policy.byId.get(deciding.ruleId)?.inferred);
  let kind: CellKind | '?' = '?';
  if (serves.allowed && team.allowed) kind = 'A';
  else if (team.allowed) kind = 'M';
  else if ((serves.allowed || program.allowed) && teamConsent.allowed) kind = 'A|C';
  else if (teamConsent.allowed && teamOrder.allowed) kind = 'C|O';
  else if (teamConsent.allowed && servesConsent.allowed) kind = 'C';
  else if (teamConsent.allowed) kind = 'M+C';
  else if (teamOrder.allowed) kind = 'O';
  else if (serves.allowed || program.allowed)
    kind = 'A'; // "A (treating)", "A (treating counsellor)": only where the viewer's own agency (program) treats the youth
  else if (team.reason === 'NEVER_SHARED') kind = 'N';
  return { kind, inferred, ruleId: deciding.ruleId };
}

const COLUMNS: { title: string; roles: TableRole[] }[] = [
  { title: 'CW worker', roles: ['CW_SOCIAL_WORKER'] },
  { title: 'Probation', roles: ['PROBATION_OFFICER'] },
  { title: 'Clinician', roles: ['CLINICIAN'] },
  { title: 'PH nurse', roles: ['PUBLIC_HEALTH_NURSE'] },
  { title: 'School', roles: ['SCHOOL_LIAISON'] },
  { title: 'DA / victim adv.', roles: ['PROSECUTOR', 'VICTIM_ADVOCATE'] },
  { title: 'Defender', roles: ['PUBLIC_DEFENDER'] },
  { title: 'CBO', roles: ['CBO_ADVOCATE'] },
  { title: 'Mentor', roles: ['SURVIVOR_MENTOR'] },
  { title: 'Detective', roles: ['LAW_ENFORCEMENT_OFFICER'] },
];

/** The role-by-category matrix, read from the rules, in docs/domain.md's layout and notation. */
export function policyMatrix(policy: PolicySet): string[][] {
  return DATA_CATEGORIES.map((category) => [
    category,
    ...COLUMNS.map(({ roles }) => {
      const cells = roles.map((r) => cellFromRules(policy, r, category));
      const text = (c: { kind: string; inferred: boolean }) =>
        `${c.kind.replace('M+C', 'M/C').replace('C|O', 'C/O')}${c.inferred ? '*' : ''}`;
      const texts = [...new Set(cells.map(text))];
      return texts.join(' / ');
    }),
  ]);
}

export function policyMatrixMarkdown(policy: PolicySet): string {
  const header = ['Category', ...COLUMNS.map((c) => c.title)];
  // "A|C" is one cell: its bar escaped as markdown (and prettier) write it.
  const rows = policyMatrix(policy).map((r) => r.map((cell) => cell.replace(/\|/g, '\\|')));
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

/**
 * The categories an active emergency grant opens, read back from the rules: those some team
 * member of some table role reads with the EMERGENCY purpose and a grant, and not without one.
 */
export function emergencyOpens(policy: PolicySet): DataCategory[] {
  return DATA_CATEGORIES.filter((category) =>
    TABLE_ROLES.some((role) =>
      ownersOf(category).some((owner) => {
        const point = {
          role,
          agency: ROLE_AGENCY[role],
          category,
          owner,
          purpose: 'EMERGENCY' as const,
          onTeam: true,
          serves: false,
          inProgram: false,
          consent: 'none' as const,
          order: 'none' as const,
        };
        return (
          decidePoint(policy, { ...point, grant: 'active' }).allowed &&
          !decidePoint(policy, { ...point, grant: 'none' }).allowed
        );
      }),
    ),
  );
}

/**
 * The limited cells as the rules encode them (rules with `fields`): category, roles, the fields
 * released, and why (`LIMITED_CELLS`). `npm run policy:matrix` prints it under the matrix.
 */
export function limitedCells(
  policy: PolicySet,
): { category: DataCategory; roles: string[]; released: string[]; why: string }[] {
  const byCell = new Map<string, { category: DataCategory; roles: string[]; released: string[]; why: string }>();
  for (const rule of policy.rules) {
    const category = (rule.conditions as { category?: unknown }).category;
    if (!rule.fields || typeof category !== 'string') continue;
    const key = `${category}|${rule.fields.join(',')}`;
    const known = LIMITED_CELLS.find((c) => c.category === category && c.released.join(',') === rule.fields!.join(','));
    const cell = byCell.get(key) ?? {
      category: category as DataCategory,
      roles: [],
      released: [...rule.fields],
      why: known?.why ?? rule.description,
    };
    if (rule.roles !== '*') for (const r of rule.roles) if (!cell.roles.includes(r)) cell.roles.push(r);
    byCell.set(key, cell);
  }
  return [...byCell.values()];
}

export function limitedCellsMarkdown(policy: PolicySet): string {
  const header = ['Category', 'Roles', 'Released fields', 'Why'];
  const rows = limitedCells(policy).map((c) => [
    `\`${c.category}\``,
    c.roles.join(', '),
    c.released.map((f) => `\`${f}\``).join(', '),
    c.why,
  ]);
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
