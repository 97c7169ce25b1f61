import type { DataCategory, Role } from './vocabulary.ts';

/**
 * The table's "M (limited)" cells, made exact (issue 15, item 11). A limited cell releases only
 * the fields named here, each a schema coordinate `Type.field`; the rest of the category is
 * withheld from these roles with `NEVER_SHARED` under the same rule. How a coordinate is read:
 * - a classified field (a way into the category, such as `HealthRecord.mentalHealth`) is released
 *   only when it is listed;
 * - inside a classified type of which some field is listed (such as `MentalHealthRecord`), the
 *   fields not listed are withheld;
 * - a classified type none of whose fields is listed (such as `Placement`) is released whole
 *   wherever a listed field leads to it.
 * The subgraph kit enforces it field by field (`enforceClassifiedFields`); a withheld field inside
 * a type must be nullable, which the kit checks when it starts.
 */
export interface LimitedCell {
  category: DataCategory;
  roles: readonly Role[];
  released: readonly string[];
  /** In plain words, for the matrix and the denial. */
  summary: string;
  why: string;
}

export const LIMITED_CELLS: readonly LimitedCell[] = [
  {
    category: 'MENTAL_HEALTH',
    roles: ['CW_SOCIAL_WORKER', 'PROBATION_OFFICER', 'PUBLIC_HEALTH_NURSE'],
    released: [
      'HealthRecord.mentalHealth',
      'MentalHealthRecord.currentProvider',
      'MentalHealthRecord.clinicianName',
      'MentalHealthRecord.treatmentStatus',
      'MentalHealthRecord.nextAppointmentOn',
    ],
    summary: 'whether the youth is in treatment, with whom, and the next appointment',
    why:
      'Coordinating care needs to know that treatment is happening and whom to call (WIC 5328(a)(1) ' +
      'for treatment coordination); diagnoses and the dated clinical events are not needed for it ' +
      '(minimum necessary, 45 CFR 164.502(b), 164.514(d)).',
  },
  {
    category: 'PHYSICAL_HEALTH',
    roles: ['CW_SOCIAL_WORKER', 'PROBATION_OFFICER'],
    released: [
      'HealthRecord.physicalHealth',
      'PhysicalHealthRecord.primaryClinician',
      'PhysicalHealthRecord.lastExamOn',
      'PhysicalHealthRecord.upcomingAppointments',
    ],
    summary: 'the primary clinician, the last exam and booked appointments',
    why:
      'Getting the youth to appointments and exams needs the clinician and the dates (WIC 16010 keeps ' +
      "the foster youth's own health summary with child welfare); medications and the clinical " +
      'timeline are not needed for it (minimum necessary, 45 CFR 164.502(b)).',
  },
  {
    category: 'CHILD_WELFARE_CASE',
    roles: ['SCHOOL_LIAISON'],
    released: ['ChildWelfareRecord.dependencyStatus', 'ChildWelfareRecord.assignedWorker'],
    summary: 'whether the youth is a dependent and who the social worker is',
    why:
      "A school's foster-youth rights (Education Code 48853.5: school of origin, immediate enrolment, " +
      'the liaison working with the social worker) turn on dependency status and the worker to call; ' +
      'the case number, allegations and case history are not needed for them (WIC 827).',
  },
  {
    category: 'PLACEMENT',
    roles: ['SCHOOL_LIAISON'],
    released: ['ChildWelfareRecord.currentPlacement'],
    summary: 'the current placement only',
    why:
      'Enrolment and transport to the school of origin need where the youth lives now (Education ' +
      'Code 48853.5); the placement history is not needed for them (WIC 827).',
  },
  {
    category: 'SAFETY_PLAN',
    roles: ['SCHOOL_LIAISON'],
    released: ['ChildWelfareRecord.safetyPlan'],
    summary: 'the current safety plan, without its history',
    why:
      'The school acts on the plan in force (who picks the youth up, who may not); earlier versions ' +
      'and their dates are not needed for it (minimum necessary; inferred).',
  },
  {
    category: 'PROBATION',
    roles: ['SCHOOL_LIAISON'],
    released: [
      'ProbationRecord.supervision',
      'ProbationSupervision.kind',
      'ProbationSupervision.status',
      'ProbationSupervision.startedOn',
      'ProbationSupervision.endsOn',
      'ProbationSupervision.officer',
      'ProbationSupervision.conditions',
    ],
    summary: 'the supervision, its officer and its conditions, without violations',
    why:
      'A school helps with conditions of probation (attendance, school programmes) and needs the ' +
      'officer to call; violations and the dated history are not needed for it (WIC 827(b)).',
  },
  {
    category: 'DELINQUENCY',
    roles: ['SCHOOL_LIAISON'],
    released: [
      'ProbationRecord.delinquencyCase',
      'ProbationDelinquencyCase.courtStatus',
      'ProbationDelinquencyCase.nextHearingOn',
    ],
    summary: 'the court status and the next hearing date',
    why:
      'A school excuses court days and plans around the case (WIC 827(b): what the court notifies a ' +
      "school of); petition numbers, citations, detention and the defender's file are not needed.",
  },
];

/** The limited cell of a role and category, if the table limits it. */
export function limitedCell(category: DataCategory, role: Role): LimitedCell | undefined {
  return LIMITED_CELLS.find((c) => c.category === category && c.roles.includes(role));
}
