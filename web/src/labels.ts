// Human words for the contract's enums. The enums themselves are the API's (and the vocabulary's,
// imported from @hub/policies/vocabulary, which carries no CASL); these are for people.
import {
  AGENCIES,
  DATA_CATEGORIES,
  NEVER_BY_CONSENT,
  PURPOSES,
  ROLE_AGENCY,
  ROLE_LABEL as ROLE_WORDS,
  ROLES,
  YOUTH_ONLY,
} from '@hub/policies/vocabulary';

export { AGENCIES, PURPOSES, ROLE_AGENCY, ROLES, YOUTH_ONLY };
export const CATEGORIES: readonly string[] = DATA_CATEGORIES;

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
  SUD_COUNSELING_NOTES: 'Substance-use counseling notes (42 CFR Part 2)',
  LAW_ENFORCEMENT_RECORDS: 'Law-enforcement records',
};

export const AGENCY_LABEL: Record<string, string> = {
  CHILD_WELFARE: 'Child Welfare',
  PROBATION: 'Probation',
  HEALTH: 'Health',
  EDUCATION: 'Education',
  DISTRICT_ATTORNEY: 'District Attorney',
  PUBLIC_DEFENDER: 'Public Defender',
  COMMUNITY: 'Community partners',
  LAW_ENFORCEMENT: 'Law enforcement',
  HUB: 'MDT hub',
};

export const ROLE_LABEL: Record<string, string> = ROLE_WORDS;

/** Why something is hidden, in words that are true for every role and category. */
export const REASON_LABEL: Record<string, string> = {
  NOT_ON_TEAM: 'Shared only with the youth’s MDT, and you are not on it',
  CONSENT_REQUIRED: 'Needs the youth’s consent naming your agency',
  COURT_ORDER_REQUIRED: 'Needs a court order naming your agency',
  NEVER_SHARED: 'Never shared with your role',
  PURPOSE_NOT_PERMITTED: 'Not shared for the purpose you chose',
};

export const PURPOSE_LABEL: Record<string, string> = {
  CARE_COORDINATION: 'Care coordination',
  EMERGENCY: 'Emergency (break-glass)',
  AUDIT: 'Audit',
  COURT_ORDERED: 'Court ordered',
  PROSECUTION: 'Prosecution',
};

/** Categories no consent can open (the policy refuses them: attorney-client, psychotherapy notes). */
export const CONSENTABLE_CATEGORIES = DATA_CATEGORIES.filter((c) => !NEVER_BY_CONSENT[c]);
/** Purposes a consent may name: never AUDIT (privacy officers see no records). */
export const CONSENTABLE_PURPOSES = PURPOSES.filter((p) => p !== 'AUDIT');

/** "A, B and C". */
export function listWords(words: readonly string[]): string {
  if (words.length < 2) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** A label inside a sentence: "Case number" -> "case number", but "CSEC indicators" stays. */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
