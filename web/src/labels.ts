// Human words for the contract's enums. The enums themselves are the API's; these are for people.

export const CATEGORY_LABEL: Record<string, string> = {
  IDENTITY: 'Identity and demographics',
  CHILD_WELFARE_CASE: 'Child-welfare case',
  PLACEMENT: 'Placements',
  RUNAWAY: 'Runaway episodes',
  CSEC_INDICATORS: 'CSEC indicators',
  SAFETY_PLAN: 'Safety plan',
  MENTAL_HEALTH: 'Mental health',
  PSYCHOTHERAPY_NOTES: 'Psychotherapy notes',
  SUBSTANCE_USE: 'Substance-use treatment (42 CFR Part 2)',
  SEXUAL_HEALTH: 'Sexual and reproductive health',
  PHYSICAL_HEALTH: 'Physical health',
  EDUCATION: 'Education',
  PROBATION: 'Probation supervision',
  DELINQUENCY: 'Delinquency case',
  VICTIM_WITNESS: 'Victim / witness',
  ATTORNEY_CLIENT: 'Attorney-client communications',
  MDT_NOTES: 'MDT notes',
};

export const AGENCY_LABEL: Record<string, string> = {
  CHILD_WELFARE: 'Child Welfare',
  PROBATION: 'Probation',
  HEALTH: 'Health',
  EDUCATION: 'Education',
  DISTRICT_ATTORNEY: 'District Attorney',
  PUBLIC_DEFENDER: 'Public Defender',
  COMMUNITY: 'Community partners',
  HUB: 'MDT hub',
};

export const ROLE_LABEL: Record<string, string> = {
  CW_SOCIAL_WORKER: 'Social worker',
  PROBATION_OFFICER: 'Probation officer',
  CLINICIAN: 'Clinician',
  PUBLIC_HEALTH_NURSE: 'Public health nurse',
  SCHOOL_LIAISON: 'School liaison',
  PROSECUTOR: 'Prosecutor',
  VICTIM_ADVOCATE: 'Victim advocate',
  PUBLIC_DEFENDER: 'Public defender',
  CBO_ADVOCATE: 'CBO advocate',
  SURVIVOR_MENTOR: 'Survivor mentor',
  MDT_COORDINATOR: 'MDT coordinator',
  PRIVACY_OFFICER: 'Privacy officer',
};

/** Why something is hidden, in words a team member can act on. */
export const REASON_LABEL: Record<string, string> = {
  NOT_ON_TEAM: 'You are not on this youth’s MDT',
  CONSENT_REQUIRED: 'Needs the youth’s consent naming your agency',
  COURT_ORDER_REQUIRED: 'Needs a court order',
  NEVER_SHARED: 'Never shared outside the agency that holds it',
  PURPOSE_NOT_PERMITTED: 'Not permitted for the purpose you chose',
};

export const PURPOSE_LABEL: Record<string, string> = {
  CARE_COORDINATION: 'Care coordination',
  EMERGENCY: 'Emergency (break-glass)',
  AUDIT: 'Audit',
  COURT_ORDERED: 'Court ordered',
  PROSECUTION: 'Prosecution',
};

export const CATEGORIES = Object.keys(CATEGORY_LABEL);
export const AGENCIES = Object.keys(AGENCY_LABEL);
export const PURPOSES = Object.keys(PURPOSE_LABEL);
export const ROLES = Object.keys(ROLE_LABEL);

/** The agency each role belongs to (a token pairs them the same way). */
export const ROLE_AGENCY: Record<string, string> = {
  CW_SOCIAL_WORKER: 'CHILD_WELFARE',
  PROBATION_OFFICER: 'PROBATION',
  CLINICIAN: 'HEALTH',
  PUBLIC_HEALTH_NURSE: 'HEALTH',
  SCHOOL_LIAISON: 'EDUCATION',
  PROSECUTOR: 'DISTRICT_ATTORNEY',
  VICTIM_ADVOCATE: 'DISTRICT_ATTORNEY',
  PUBLIC_DEFENDER: 'PUBLIC_DEFENDER',
  CBO_ADVOCATE: 'COMMUNITY',
  SURVIVOR_MENTOR: 'COMMUNITY',
  MDT_COORDINATOR: 'HUB',
  PRIVACY_OFFICER: 'HUB',
};

/** camelCase field name -> "Camel case". */
export function fieldLabel(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** An enum value -> "Enum value". */
export function enumLabel(value: string): string {
  const words = value.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
