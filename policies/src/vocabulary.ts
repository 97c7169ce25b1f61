// The contract's enums as TypeScript values. schema/contract.graphql is the source of truth;
// a schema test fails if these lists drift from it.

export const DATA_CATEGORIES = [
  'IDENTITY',
  'CHILD_WELFARE_CASE',
  'PLACEMENT',
  'RUNAWAY',
  'CSEC_INDICATORS',
  'SAFETY_PLAN',
  'MENTAL_HEALTH',
  'PSYCHOTHERAPY_NOTES',
  'SUBSTANCE_USE',
  'SEXUAL_HEALTH',
  'PHYSICAL_HEALTH',
  'EDUCATION',
  'PROBATION',
  'DELINQUENCY',
  'VICTIM_WITNESS',
  'ATTORNEY_CLIENT',
  'MDT_NOTES',
  'SUD_COUNSELING_NOTES',
  'LAW_ENFORCEMENT_RECORDS',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const AGENCIES = [
  'CHILD_WELFARE',
  'PROBATION',
  'HEALTH',
  'EDUCATION',
  'DISTRICT_ATTORNEY',
  'PUBLIC_DEFENDER',
  'COMMUNITY',
  'LAW_ENFORCEMENT',
  'HUB',
] as const;
export type Agency = (typeof AGENCIES)[number];

export const ROLES = [
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
  'MDT_COORDINATOR',
  'PRIVACY_OFFICER',
] as const;
export type Role = (typeof ROLES)[number];

export const PURPOSES = ['CARE_COORDINATION', 'EMERGENCY', 'AUDIT', 'COURT_ORDERED', 'PROSECUTION'] as const;
export type PurposeOfUse = (typeof PURPOSES)[number];

/** The purpose a request is made for when it names none (docs/architecture.md, the request path). */
export const DEFAULT_PURPOSE: PurposeOfUse = 'CARE_COORDINATION';

export const DENIAL_REASONS = [
  'NOT_ON_TEAM',
  'CONSENT_REQUIRED',
  'COURT_ORDER_REQUIRED',
  'NEVER_SHARED',
  'PURPOSE_NOT_PERMITTED',
] as const;
export type DenialReason = (typeof DENIAL_REASONS)[number];

/** HL7 v3 confidentiality/sensitivity code per category, where one exists. */
export const CATEGORY_HL7: Record<DataCategory, string | null> = {
  IDENTITY: 'DEMO',
  CHILD_WELFARE_CASE: 'SOC',
  PLACEMENT: 'LOCIS',
  RUNAWAY: 'LOCIS',
  CSEC_INDICATORS: 'SDV',
  SAFETY_PLAN: 'SOC',
  MENTAL_HEALTH: 'MH',
  PSYCHOTHERAPY_NOTES: 'PSYTHPN',
  SUBSTANCE_USE: 'ETH',
  SEXUAL_HEALTH: 'SEX',
  PHYSICAL_HEALTH: null,
  EDUCATION: null,
  PROBATION: null,
  DELINQUENCY: null,
  VICTIM_WITNESS: 'SDV',
  ATTORNEY_CLIENT: null,
  MDT_NOTES: 'SOC',
  // No HL7 v3 code of its own (ETH is substance-use treatment as a whole; a FHIR ETH label means SUBSTANCE_USE).
  SUD_COUNSELING_NOTES: null,
  LAW_ENFORCEMENT_RECORDS: 'SDV',
};

/** HL7 v3 ActReason PurposeOfUse code per purpose. */
export const PURPOSE_HL7: Record<PurposeOfUse, string> = {
  CARE_COORDINATION: 'COC',
  EMERGENCY: 'BTG',
  AUDIT: 'HCOMPL',
  COURT_ORDERED: 'HLEGAL',
  PROSECUTION: 'HLEGAL',
};

/** Human labels, used in denial messages. */
export const CATEGORY_LABEL: Record<DataCategory, string> = {
  IDENTITY: 'identity and demographics',
  CHILD_WELFARE_CASE: 'child-welfare case records',
  PLACEMENT: 'placement records',
  RUNAWAY: 'runaway episodes',
  CSEC_INDICATORS: 'CSEC indicators',
  SAFETY_PLAN: 'the safety plan',
  MENTAL_HEALTH: 'mental-health records',
  PSYCHOTHERAPY_NOTES: 'psychotherapy notes',
  SUBSTANCE_USE: 'substance-use treatment records',
  SEXUAL_HEALTH: 'sexual and reproductive health records',
  PHYSICAL_HEALTH: 'physical-health records',
  EDUCATION: 'education records',
  PROBATION: 'probation supervision records',
  DELINQUENCY: 'delinquency case records',
  VICTIM_WITNESS: 'victim and witness status',
  ATTORNEY_CLIENT: 'attorney-client communications',
  MDT_NOTES: 'MDT meeting notes',
  SUD_COUNSELING_NOTES: 'substance-use counseling notes',
  LAW_ENFORCEMENT_RECORDS: 'law-enforcement records',
};

export const AGENCY_LABEL: Record<Agency, string> = {
  CHILD_WELFARE: 'Child Welfare',
  PROBATION: 'Probation',
  HEALTH: 'Health',
  EDUCATION: 'Education',
  DISTRICT_ATTORNEY: 'the District Attorney',
  PUBLIC_DEFENDER: 'the Public Defender',
  COMMUNITY: 'community partners',
  LAW_ENFORCEMENT: 'law enforcement',
  HUB: 'the MDT hub',
};

/** Which categories each data owner holds (drives accessExplanation). */
export const AGENCY_CATEGORIES: Record<Agency, readonly DataCategory[]> = {
  HUB: ['IDENTITY', 'SAFETY_PLAN', 'MDT_NOTES', 'CSEC_INDICATORS'],
  CHILD_WELFARE: ['IDENTITY', 'CHILD_WELFARE_CASE', 'PLACEMENT', 'RUNAWAY', 'CSEC_INDICATORS', 'SAFETY_PLAN'],
  PROBATION: ['PROBATION', 'DELINQUENCY', 'RUNAWAY', 'CSEC_INDICATORS'],
  HEALTH: [
    'MENTAL_HEALTH',
    'PSYCHOTHERAPY_NOTES',
    'SUBSTANCE_USE',
    'SEXUAL_HEALTH',
    'PHYSICAL_HEALTH',
    'SUD_COUNSELING_NOTES',
  ],
  EDUCATION: ['EDUCATION'],
  DISTRICT_ATTORNEY: ['VICTIM_WITNESS'],
  PUBLIC_DEFENDER: ['DELINQUENCY', 'ATTORNEY_CLIENT'],
  COMMUNITY: [],
  // Its missing-person reports are whereabouts (RUNAWAY, which the runaway record's report number
  // points to); everything else it brings is LAW_ENFORCEMENT_RECORDS.
  LAW_ENFORCEMENT: ['LAW_ENFORCEMENT_RECORDS', 'RUNAWAY'],
};

/** The agency each role works for; the coordinator and privacy office are the hub's own. */
export const ROLE_AGENCY: Record<Role, Agency> = {
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
  LAW_ENFORCEMENT_OFFICER: 'LAW_ENFORCEMENT',
  MDT_COORDINATOR: 'HUB',
  PRIVACY_OFFICER: 'HUB',
};

/** Each role in words, for people (the web app's pages, the demo provider's sign-in page). */
export const ROLE_LABEL: Record<Role, string> = {
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
  LAW_ENFORCEMENT_OFFICER: 'Detective',
  MDT_COORDINATOR: 'MDT coordinator',
  PRIVACY_OFFICER: 'Privacy officer',
};

/** Categories no consent can open: the law shares them with nobody outside their keeper. */
export const NEVER_BY_CONSENT: Partial<Record<DataCategory, string>> = {
  ATTORNEY_CLIENT: 'attorney-client communications are privileged (Evidence Code 954); no consent opens them here',
  PSYCHOTHERAPY_NOTES:
    'psychotherapy notes need their own authorization to the treating clinician (45 CFR 164.508(a)(2))',
  SUD_COUNSELING_NOTES:
    'substance-use counseling notes stay with the treating counsellor (42 CFR 2.31(b)); no consent to share with others opens them here',
};

/** Minor-consent services: only the youth may authorize their disclosure (Family Code 6924-6929; 42 CFR 2.14). */
export const YOUTH_ONLY: readonly DataCategory[] = ['SUBSTANCE_USE', 'SEXUAL_HEALTH', 'MENTAL_HEALTH'];

/**
 * A youth's readable label, "Youth 187D": the first four hex digits of the hub id, upper case.
 * Derived from the id alone, so it is the same on every page and for every viewer, and reveals
 * nothing the id does not; it is shown where the viewer may not see the name. It is not unique
 * across the county (65,536 labels): the hub id stays the key, the label is for reading aloud.
 * Here in the vocabulary (free of CASL and of Node) so the web app shows the label the registry
 * searches by.
 */
export function youthLabel(id: string): string {
  return `Youth ${labelCode(id)}`;
}

/** The four characters of the label. */
export const labelCode = (id: string): string => id.replace(/-/g, '').slice(0, 4).toUpperCase();

/**
 * The label code a search names, if it is one: "Youth 187D", "youth 187d" or "187D". Searching by
 * it finds the youths of the caseload whose hub id begins with those hex digits.
 */
export function labelInSearch(search: string): string | null {
  const m = /^\s*(?:youth\s+)?([0-9a-f]{4})\s*$/i.exec(search);
  return m ? m[1]!.toLowerCase() : null;
}
