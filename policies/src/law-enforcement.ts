import type { DataCategory } from './vocabulary.ts';

/**
 * Law enforcement on the MDT (issue 19, item 1): the need-to-know table's column for the county
 * detective (`LAW_ENFORCEMENT_OFFICER`) and its row for what the detective brings
 * (`LAW_ENFORCEMENT_RECORDS`), each cell with the statute that settles it. Kept apart from
 * `table.ts` so the law for this agency reads in one place; `table.ts` takes its cells from here.
 *
 * The column never opens health, education or attorney-client records without a court order
 * (psychotherapy notes and attorney-client never), and the detective may not use the
 * `PROSECUTION` purpose at all (`purposes.ts`); under `PROSECUTION` nobody reads the row
 * (`invariant.no-exploitation-for-prosecution`): a minor's commercial sex conduct is
 * victimisation, never an offence (Penal Code 647(b)(5), SB 1322; WIC 300(b)(2)).
 *
 * Notation as in `table.ts`; '*' = inferred (no statute settles the cell, the basis says why the
 * reading is reasonable).
 */
export interface LawCell {
  cell: string;
  basis: string;
}

/** The detective's column: what a law-enforcement officer on the MDT reads of each category. */
export const LAW_ENFORCEMENT_COLUMN: Record<DataCategory, LawCell> = {
  IDENTITY: { cell: 'M', basis: 'Penal Code 13753; WIC 830; WIC 18951(e)' },
  CHILD_WELFARE_CASE: { cell: 'M*', basis: 'WIC 830; Penal Code 11166.3; Penal Code 13753' },
  PLACEMENT: { cell: 'M*', basis: 'WIC 830; Penal Code 13753; Penal Code 293' },
  RUNAWAY: { cell: 'M', basis: 'WIC 830; Penal Code 14205; 42 USC 671(a)(35)(B)' },
  CSEC_INDICATORS: { cell: 'M', basis: 'Penal Code 13753; WIC 16501.35; WIC 830' },
  SAFETY_PLAN: { cell: 'M*', basis: 'WIC 830; WIC 832; Penal Code 13753' },
  MENTAL_HEALTH: { cell: 'O', basis: 'WIC 5328; Civil Code 56.10(b)(1) (court order)' },
  PSYCHOTHERAPY_NOTES: { cell: 'N', basis: '45 CFR 164.508(a)(2); WIC 5328' },
  SUD_COUNSELING_NOTES: { cell: 'N', basis: "42 CFR 2.11, 2.31(b) (the treating counsellor's own notes)" },
  SUBSTANCE_USE: { cell: 'O', basis: '42 CFR 2.64 (court order; never 2.65, the youth is not investigated)' },
  SEXUAL_HEALTH: { cell: 'O', basis: 'Family Code 6925-6926; Civil Code 56.10(b)(1) (court order)' },
  PHYSICAL_HEALTH: { cell: 'O', basis: 'Civil Code 56.10(b)(1); 45 CFR 164.512(e) (court order)' },
  EDUCATION: { cell: 'O', basis: '20 USC 1232g(b)(2)(B); 34 CFR 99.31(a)(9) (court order)' },
  PROBATION: { cell: 'M*', basis: 'WIC 827; WIC 830; Penal Code 13753' },
  DELINQUENCY: { cell: 'O', basis: 'WIC 827 (JV-570 court order)' },
  VICTIM_WITNESS: { cell: 'M*', basis: 'Penal Code 13753; Penal Code 293; Evidence Code 1038' },
  ATTORNEY_CLIENT: { cell: 'N', basis: 'Evidence Code 954; Business and Professions Code 6068(e)' },
  MDT_NOTES: {
    cell: 'M',
    basis: 'Penal Code 13753 (discussions confidential, testimony inadmissible); WIC 830, 830.1',
  },
  LAW_ENFORCEMENT_RECORDS: { cell: 'A', basis: 'Penal Code 13753; WIC 830' },
};

/** The row of law-enforcement records, in the table's column order (the detective's own cell is the column's). */
export const LAW_ENFORCEMENT_ROW: readonly LawCell[] = [
  { cell: 'M', basis: 'Penal Code 13753; Penal Code 11166.3; WIC 830' }, // CW worker
  { cell: 'M*', basis: 'Penal Code 13753; WIC 830' }, // Probation
  { cell: 'M*', basis: 'Penal Code 13753; WIC 830' }, // Clinician
  { cell: 'M*', basis: 'Penal Code 13753; WIC 830' }, // PH nurse
  { cell: 'C*', basis: "Penal Code 293; Cal. Const. art. I, 28(b)(4) (the youth's consent)" }, // School
  { cell: 'M', basis: 'Penal Code 13753; WIC 830' }, // DA / victim adv.
  { cell: 'C*', basis: "Penal Code 293; Evidence Code 1038 (the youth's consent to their own counsel)" }, // Defender
  { cell: 'C*', basis: "Penal Code 293; Evidence Code 1038.2 (the youth's consent)" }, // CBO
  { cell: 'C*', basis: "Penal Code 293; Evidence Code 1038.2 (the youth's consent)" }, // Mentor
];

const ROW_ROLES = [
  ['CW_SOCIAL_WORKER'],
  ['PROBATION_OFFICER'],
  ['CLINICIAN'],
  ['PUBLIC_HEALTH_NURSE'],
  ['SCHOOL_LIAISON'],
  ['PROSECUTOR', 'VICTIM_ADVOCATE'],
  ['PUBLIC_DEFENDER'],
  ['CBO_ADVOCATE'],
  ['SURVIVOR_MENTOR'],
] as const;

/** The statute of one cell of the row or the column, where this file gives one (else the category's). */
export function lawEnforcementCellBasis(category: DataCategory, role: string): string | undefined {
  if (role === 'LAW_ENFORCEMENT_OFFICER') return LAW_ENFORCEMENT_COLUMN[category].basis;
  if (category !== 'LAW_ENFORCEMENT_RECORDS') return undefined;
  const index = ROW_ROLES.findIndex((roles) => (roles as readonly string[]).includes(role));
  return index < 0 ? undefined : LAW_ENFORCEMENT_ROW[index]!.basis;
}
