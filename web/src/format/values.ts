// Plain words for the values agencies send: enum values, field names and timeline event kinds.
// A value with no entry here is spoken in sentence case; acronyms and odd cases are listed.

/** Enum values (and the enum-like strings some agencies send) whose sentence-case form is wrong or unclear. */
export const VALUE_LABEL: Record<string, string> = {
  // Child welfare
  DEPENDENT: 'Dependent of the court',
  VOLUNTARY_FAMILY_MAINTENANCE: 'Voluntary family maintenance',
  NON_MINOR_DEPENDENT: 'Non-minor dependent',
  INVESTIGATION: 'Under investigation',
  SUBSTANTIATED: 'Substantiated',
  INCONCLUSIVE: 'Inconclusive',
  UNFOUNDED: 'Unfounded',
  STRTP: 'Short-term residential therapeutic program (STRTP)',
  RELATIVE: 'Relative’s home',
  // Probation
  NON_WARD: 'Non-ward probation',
  WARD: 'Wardship probation',
  INFORMAL: 'Informal probation',
  DEFERRED_ENTRY_OF_JUDGMENT: 'Deferred entry of judgment',
  DEFERRED_ENTRY: 'Deferred entry of judgment',
  COUNSELED_AND_CLOSED: 'Counseled and closed',
  NO_CONCERN: 'No concern',
  POSSIBLE_CONCERN: 'Possible concern',
  CLEAR_CONCERN: 'Clear concern',
  AT_RISK: 'At risk',
  // Health
  IN_TREATMENT: 'In treatment',
  LEFT_BEFORE_COMPLETION: 'Left before completing',
  STI_SCREENING: 'STI screening',
  STI_TREATMENT: 'STI treatment',
  HPV_VACCINATION: 'HPV vaccination',
  // Education
  ACTIVE_IEP: 'Active IEP',
  ASSESSMENT_PENDING: 'Assessment pending',
  NOT_ELIGIBLE: 'Not eligible',
  DEAF_BLINDNESS: 'Deaf-blindness',
  // District attorney and public defender
  IN_TRIAL: 'In trial',
  UNDER_JURISDICTION: 'Under the court’s jurisdiction',
  // The hub
  YOUTH: 'The youth',
  GUARDIAN: 'A parent or guardian',
  ATTORNEY: 'The youth’s attorney',
  NEEDS_FOLLOW_UP: 'Needs follow-up',
  VIEW_AS: 'View as',
  RECORD: 'Record read',
  ACCOUNTING: 'Accounting read',
  CONSENT: 'Consent',
  MDT: 'MDT change',
  EMERGENCY_GRANT: 'Emergency access granted',
  EMERGENCY_REVIEW: 'Emergency access reviewed',
  EMERGENCY_GRANT_ENDED: 'Emergency access ended',
  COURT_ORDER: 'Court order recorded, ended or amended',
  LIFE_SKILLS: 'Life skills',
};

/** The enum value in the reader's words: "NON_MINOR_DEPENDENT" -> "Non-minor dependent". */
export function valueLabel(value: string): string {
  const known = VALUE_LABEL[value];
  if (known) return known;
  const words = value.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Field names as a record's reader would say them. */
export const FIELD_LABEL: Record<string, string> = {
  displayName: 'Name',
  preferredName: 'Preferred name',
  dateOfBirth: 'Date of birth',
  caseNumber: 'Case number',
  dependencyStatus: 'Dependency status',
  caseOpenedOn: 'Case opened',
  assignedWorker: 'Assigned social worker',
  currentPlacement: 'Current placement',
  placements: 'Placement history',
  runawayEpisodes: 'Runaway episodes',
  csecIndicators: 'CSEC indicators',
  missingNow: 'Missing now',
  since: 'Missing since',
  hours: 'Hours missing',
  episode: 'Runaway episode',
  reportingClocks: 'Reporting clocks',
  dueAt: 'Due by',
  tool: 'Screening tool',
  toolVersion: 'Tool version',
  level: 'Level of concern',
  indicators: 'Indicators scored',
  nextRescreenDue: 'Next rescreen due',
  rescreenOverdue: 'Rescreen overdue',
  result: 'Result',
  referrals: 'Referrals',
  safetyPlan: 'Safety plan',
  supervision: 'Supervision',
  delinquencyCase: 'Delinquency case',
  csecIdentification: 'CSEC identification',
  latestCsecScreening: 'Latest CSEC screening',
  mentalHealth: 'Mental health',
  psychotherapyNotes: 'Psychotherapy notes',
  substanceUse: 'Substance-use treatment',
  sexualHealth: 'Sexual and reproductive health',
  physicalHealth: 'Physical health',
  schoolOfRecord: 'School of record',
  credits: 'Credits toward a diploma',
  specialEducation: 'Special education (IEP)',
  schoolLiaison: 'School liaison',
  victimAdvocate: 'Victim advocate',
  cases: 'Cases',
  upcomingCourtDates: 'Court dates',
  assignedDefender: 'Assigned defender',
  matters: 'Matters',
  communications: 'Attorney-client communications',
  primaryClinician: 'Primary clinician',
  lastExamOn: 'Last exam',
  upcomingAppointments: 'Appointments',
  visits: 'Visits',
};

/** "camelCase" -> "Camel case", for a field not listed above. */
export function fieldLabel(name: string): string {
  const known = FIELD_LABEL[name];
  if (known) return known;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Timeline event kinds, each with the prefix its agency puts before the detail (dropped, not repeated). */
export const EVENT_KIND: Record<string, { label: string; prefix?: string }> = {
  CASE_OPENED: { label: 'Case opened', prefix: 'Case opened: ' },
  REFERRAL_RECEIVED: { label: 'Referral received', prefix: 'Referral received: ' },
  PLACEMENT_STARTED: { label: 'Placement started', prefix: 'Placed: ' },
  PLACEMENT_ENDED: { label: 'Placement ended', prefix: 'Placement ended: ' },
  RUNAWAY_LEFT: { label: 'Left placement without permission' },
  RUNAWAY_RETURNED: { label: 'Returned', prefix: 'Returned; ' },
  CSEC_INDICATOR_OBSERVED: { label: 'CSEC indicator observed' },
  SAFETY_PLAN_UPDATED: { label: 'Safety plan updated' },
  ADVOCATE_ASSIGNED: { label: 'Victim advocate assigned', prefix: 'Victim advocate assigned: ' },
  CASE_REFERRED: { label: 'Case referred to the DA' },
  CASE_FILED: { label: 'Charges filed' },
  HEARING_SCHEDULED: { label: 'Hearing' },
  PROTECTIVE_ORDER_ISSUED: { label: 'Protective order issued' },
  PROTECTIVE_ORDER_EXPIRED: { label: 'Protective order expired' },
  PROTECTIVE_ORDER_EXPIRES: { label: 'Protective order expires' },
  IEP_HELD: { label: 'IEP meeting' },
  IEP_REVIEW_DUE: { label: 'IEP review due' },
  REEVALUATION_DUE: { label: 'Special-education reevaluation due' },
  ENROLLED: { label: 'Enrolled', prefix: 'Enrolled: ' },
  EXITED: { label: 'Left school', prefix: 'Left ' },
  CREDITS_REPORTED: { label: 'Credits reported', prefix: 'Transcript: ' },
  DIAGNOSED: { label: 'Diagnosis', prefix: 'Diagnosed: ' },
  APPOINTMENT_SCHEDULED: { label: 'Appointment' },
  NOTE_WRITTEN: { label: 'Psychotherapy note' },
  ADMITTED: { label: 'Admitted to treatment', prefix: 'Admitted: ' },
  DISCHARGED: { label: 'Discharged from treatment', prefix: 'Discharged: ' },
  VISIT_ATTENDED: { label: 'Clinic visit', prefix: 'Visit: ' },
  EXAM_COMPLETED: { label: 'Physical exam' },
  SUPERVISION_STARTED: { label: 'Supervision started', prefix: 'Supervision started: ' },
  SUPERVISION_ENDED: { label: 'Supervision completed', prefix: 'Supervision completed: ' },
  SUPERVISION_END_SCHEDULED: { label: 'Supervision ends', prefix: 'Supervision due to end: ' },
  CONDITION_IMPOSED: { label: 'Condition imposed', prefix: 'Condition imposed: ' },
  VIOLATION_OCCURRED: { label: 'Violation', prefix: 'Violation: ' },
  CITATION_ISSUED: { label: 'Citation', prefix: 'Citation: ' },
  PETITION_FILED: { label: 'Petition filed' },
  DETENTION_ADMITTED: { label: 'Detained', prefix: 'Detained: ' },
  DETENTION_RELEASED: { label: 'Released from detention' },
  CSEC_SCREENED: { label: 'CSEC screening' },
  REPORTED_TO_CHILD_WELFARE: { label: 'Reported to child welfare' },
  CSEC_STATUS_DOCUMENTED: { label: 'CSEC status documented', prefix: 'CSEC status documented: ' },
  MATTER_OPENED: { label: 'Matter opened' },
  MATTER_CLOSED: { label: 'Matter closed' },
  CLIENT_COMMUNICATION: { label: 'Attorney-client communication' },
};

/** Kinds that name a deadline: once their date has passed they read as overdue, not as past. */
export const DUE_KINDS = new Set(['IEP_REVIEW_DUE', 'REEVALUATION_DUE']);

// A token an agency sent as an enum inside a sentence: SCREAMING_SNAKE, or a single known word.
const ENUM_TOKEN = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[A-Z]{4,}\b/g;
// Words agencies spell in lower case that are acronyms.
const LOWER_ACRONYMS: [RegExp, string][] = [[/\bstrtp\b/g, 'STRTP']];

/** An event as a title ("Case opened") and its detail, without the repeated prefix or raw enum values. */
export function eventText(kind: string, summary: string): { title: string; detail: string } {
  const known = EVENT_KIND[kind];
  const title = known?.label ?? valueLabel(kind);
  let detail = summary;
  if (known?.prefix && detail.startsWith(known.prefix)) detail = detail.slice(known.prefix.length);
  else if (detail.toLowerCase() === title.toLowerCase()) detail = '';
  // A detail that opens with the title again ("Returned: Returned; found at ...") says it once.
  else if (detail.toLowerCase().startsWith(`${title.toLowerCase()}`))
    detail = detail.slice(title.length).replace(/^[\s:;,.-]+/, '');
  detail = detail.replace(ENUM_TOKEN, (token) => (token in VALUE_LABEL || token.includes('_') ? lower(token) : token));
  for (const [pattern, word] of LOWER_ACRONYMS) detail = detail.replace(pattern, word);
  return { title, detail: detail.charAt(0).toUpperCase() + detail.slice(1) };
}

// Inside a sentence a value reads in lower case, except where it carries an acronym.
const lower = (token: string) => {
  const label = valueLabel(token);
  return /[A-Z]{2}/.test(label) ? label : label.toLowerCase();
};
