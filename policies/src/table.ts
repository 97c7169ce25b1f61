import { LAW_ENFORCEMENT_COLUMN, LAW_ENFORCEMENT_ROW } from './law-enforcement.ts';
import type { DataCategory, Role } from './vocabulary.ts';

/**
 * The default need-to-know table of docs/domain.md, cell by cell.
 *  A   allowed under the viewer's own statute when the agency serves the youth or the viewer is on the team
 *  M   only while the viewer is on this youth's MDT
 *  C   needs the youth's consent naming the viewer's agency (and purpose)
 *  O   needs a court order
 *  N   never
 *  A|C allowed when the viewer's own agency serves the youth (treating / in program), else consent
 *  M+C on the team AND a consent (the table's "M/C", read strictly: deny unless both hold)
 *  C|O a consent or a court order
 *  T   only the treating clinician: the viewer's own agency serves the youth ("A (treating)", "A if treating")
 *  P   only in the program that treats the youth ("A (treating counsellor)": the registry's treating program and its staff)
 *  P|C in the program that treats the youth, else the youth's consent ("A in program, else C")
 * `inferred` marks cells the table marks with *, `limited` cells that release only the fields `LIMITED_CELLS` names.
 */
export type CellKind = 'A' | 'M' | 'C' | 'O' | 'N' | 'A|C' | 'M+C' | 'C|O' | 'T' | 'P' | 'P|C';
export interface Cell {
  kind: CellKind;
  inferred?: boolean;
  limited?: boolean;
  note?: string;
}

/** Roles that have a column in the table (coordinator and privacy officer are handled by invariants). */
export const TABLE_ROLES = [
  'CW_SOCIAL_WORKER',
  'PROBATION_OFFICER',
  'CLINICIAN',
  'PUBLIC_HEALTH_NURSE',
  'SCHOOL_LIAISON',
  'PROSECUTOR',
  'VICTIM_ADVOCATE',
  'PUBLIC_DEFENDER',
  'CBO_ADVOCATE',
  'SURVIVOR_MENTOR',
  'LAW_ENFORCEMENT_OFFICER',
] as const satisfies readonly Role[];
export type TableRole = (typeof TABLE_ROLES)[number];

type Row = [
  cw: string,
  probation: string,
  clinician: string,
  phNurse: string,
  school: string,
  daAndAdvocate: string,
  defender: string,
  cbo: string,
  mentor: string,
];

// Transcribed from docs/domain.md; '*' = inferred, '~' = limited. The DA column covers PROSECUTOR and VICTIM_ADVOCATE.
const ROWS: Record<DataCategory, Row> = {
  IDENTITY: ['A', 'A', 'M', 'M', 'M', 'M', 'A', 'M*', 'C*'],
  CHILD_WELFARE_CASE: ['A', 'M', 'M', 'M', 'M~', 'M', 'A', 'M+C*', 'C*'],
  PLACEMENT: ['A', 'M', 'M', 'M', 'M~', 'M', 'A', 'M+C*', 'C*'],
  RUNAWAY: ['A', 'A', 'M', 'M', 'M*', 'M', 'A', 'M*', 'C*'],
  CSEC_INDICATORS: ['A', 'A', 'M', 'M', 'M*', 'M', 'A', 'M', 'C*'],
  SAFETY_PLAN: ['A', 'A', 'M', 'M', 'M~*', 'M*', 'A', 'M+C', 'C'],
  // Reviewed (issue 19, item 7; docs/domain.md, Review of the inferred cells): DA M* -> C|O*.
  MENTAL_HEALTH: ['M~', 'M~', 'A', 'M~', 'C', 'C|O*', 'A', 'C', 'C'],
  PSYCHOTHERAPY_NOTES: ['N', 'N', 'T', 'N', 'N', 'N', 'N', 'N', 'N'],
  // Clinician "A in program, else C" (issue 19, item 5): the registry records which program treats
  // the youth and who works in it. Sexual health clinician "A if treating", nurse "A if treating,
  // else C": the registry cannot yet tell the treating clinician, so these two ask for a consent
  // (DEVIATIONS below).
  SUBSTANCE_USE: ['C', 'C', 'P|C', 'C', 'C', 'O', 'C', 'C', 'C'],
  SEXUAL_HEALTH: ['C*', 'C*', 'C', 'C', 'C', 'C|O*', 'C', 'C', 'C'],
  PHYSICAL_HEALTH: ['M~', 'M~', 'A', 'M', 'C', 'O', 'C*', 'C', 'C'],
  EDUCATION: ['A', 'C*', 'C', 'C', 'A', 'O', 'A*', 'C', 'C'],
  PROBATION: ['M*', 'A', 'M', 'M*', 'M~', 'A', 'A', 'M+C*', 'C*'],
  DELINQUENCY: ['A', 'A', 'M', 'M*', 'M~', 'A', 'A', 'O*', 'O*'],
  // Reviewed: PH nurse and school N* -> C* (the youth may choose to tell them).
  VICTIM_WITNESS: ['M*', 'A', 'C', 'C*', 'C*', 'A', 'C', 'C', 'C'],
  ATTORNEY_CLIENT: ['N', 'N', 'N', 'N', 'N', 'N', 'A', 'N', 'N'],
  MDT_NOTES: ['M', 'M', 'M', 'M', 'M', 'M', 'M', 'M', 'M*'],
  // 42 CFR 2.31(b) (2024): like psychotherapy notes, the treating counsellor's own; no consent to others opens them.
  SUD_COUNSELING_NOTES: ['N', 'N', 'P', 'N', 'N', 'N', 'N', 'N', 'N'],
  // Issue 19, item 1: the row and the detective's column, each cell with its statute, are in law-enforcement.ts.
  LAW_ENFORCEMENT_RECORDS: LAW_ENFORCEMENT_ROW.map((c) => c.cell) as Row,
};

const COLUMN: Record<TableRole, number> = {
  CW_SOCIAL_WORKER: 0,
  PROBATION_OFFICER: 1,
  CLINICIAN: 2,
  PUBLIC_HEALTH_NURSE: 3,
  SCHOOL_LIAISON: 4,
  PROSECUTOR: 5,
  VICTIM_ADVOCATE: 5,
  PUBLIC_DEFENDER: 6,
  CBO_ADVOCATE: 7,
  SURVIVOR_MENTOR: 8,
  LAW_ENFORCEMENT_OFFICER: 9,
};

function parseCell(text: string): Cell {
  const kind = text.replace(/[*~]/g, '') as CellKind;
  return {
    kind,
    ...(text.includes('*') ? { inferred: true } : {}),
    ...(text.includes('~') ? { limited: true } : {}),
  };
}

export function tableCell(category: DataCategory, role: TableRole): Cell {
  if (role === 'LAW_ENFORCEMENT_OFFICER') return parseCell(LAW_ENFORCEMENT_COLUMN[category].cell);
  const row = ROWS[category];
  return parseCell(row[COLUMN[role]] ?? 'N');
}

/**
 * Cells stricter than the table (docs/domain.md, Deviations), each with why; policy:matrix shows them as encoded and
 * its test checks that these, and only these, differ from the table.
 */
export const DEVIATIONS: readonly {
  category: DataCategory;
  column: string;
  table: string;
  encoded: string;
  why: string;
}[] = [
  {
    category: 'SEXUAL_HEALTH',
    column: 'Clinician',
    table: 'A',
    encoded: 'C',
    why: '"A if treating": the hub cannot yet tell the treating clinician from any Health clinician',
  },
  {
    category: 'SEXUAL_HEALTH',
    column: 'PH nurse',
    table: 'A|C',
    encoded: 'C',
    why: '"A if treating, else C": as above',
  },
  {
    category: 'MENTAL_HEALTH',
    column: 'DA / victim adv.',
    table: 'M*',
    encoded: 'C/O*',
    why: 'Review: "abuse-related only, never as evidence" cannot be held to on the team; WIC 5328 names no prosecutor, so the youth\'s consent or a court order',
  },
  {
    category: 'VICTIM_WITNESS',
    column: 'PH nurse',
    table: 'N*',
    encoded: 'C*',
    why: "Review: no statute forbids it and the youth may want the nurse to know (Cal. Const. art. I, 28(b)(4): the victim decides); the youth's consent",
  },
  {
    category: 'VICTIM_WITNESS',
    column: 'School',
    table: 'N*',
    encoded: 'C*',
    why: 'Review: as for the nurse; a school may need it for safety at school, only as the youth chooses',
  },
];
