import type { Agency, DataCategory, PurposeOfUse } from '../../generated/graphql.ts';
import {
  CATEGORY_LABEL,
  CONSENTABLE_CATEGORIES,
  CONSENTABLE_PURPOSES,
  inSentence,
  listWords,
  YOUTH_ONLY,
} from '../../labels.ts';

// The consent form's fields and their checks, kept apart from the page so they can be unit-tested.
export interface ConsentDraft {
  grantor: string;
  categories: string[];
  recipientAgencies: string[];
  purposes: string[];
  effectiveFrom: string;
  effectiveTo: string;
  formReference: string;
}

export type ConsentErrors = Partial<Record<keyof ConsentDraft, string>>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function emptyDraft(today: string): ConsentDraft {
  return {
    grantor: 'YOUTH',
    categories: [],
    recipientAgencies: [],
    purposes: ['CARE_COORDINATION'],
    effectiveFrom: today,
    effectiveTo: '',
    formReference: '',
  };
}

/**
 * What is wrong with the terms, field by field: enough to print the authorization for signature
 * (the signed form's reference comes after). The registry checks again with the policy's own rules.
 */
export function termsErrors(d: ConsentDraft): ConsentErrors {
  const errors: ConsentErrors = {};
  if (!['YOUTH', 'GUARDIAN', 'ATTORNEY'].includes(d.grantor)) errors.grantor = 'Choose who gave the consent.';
  const youthOnly = d.categories.filter((c) => YOUTH_ONLY.includes(c as never));
  if (!d.categories.length) errors.categories = 'Choose at least one kind of record.';
  else if (d.categories.some((c) => !CONSENTABLE_CATEGORIES.includes(c as never)))
    errors.categories = 'Attorney-client communications and psychotherapy notes cannot be opened by a consent.';
  else if (d.grantor !== 'YOUTH' && youthOnly.length)
    errors.categories = `Only the youth may consent to sharing ${listWords(youthOnly.map((c) => inSentence(CATEGORY_LABEL[c]!)))}.`;
  if (!d.recipientAgencies.length) errors.recipientAgencies = 'Choose at least one agency.';
  if (!d.purposes.length) errors.purposes = 'Choose at least one purpose.';
  else if (d.purposes.some((p) => !CONSENTABLE_PURPOSES.includes(p as never)))
    errors.purposes = 'A consent cannot name the audit purpose.';
  if (!DATE.test(d.effectiveFrom)) errors.effectiveFrom = 'Give the first day as a date.';
  if (d.effectiveTo && !DATE.test(d.effectiveTo))
    errors.effectiveTo = 'Give the last day as a date, or leave it empty.';
  else if (d.effectiveTo && d.effectiveTo <= d.effectiveFrom)
    errors.effectiveTo = 'The last day must be after the first.';
  return errors;
}

/** Everything wrong with a draft before it is recorded: the terms, and the signed form's reference. */
export function consentErrors(d: ConsentDraft): ConsentErrors {
  const errors = termsErrors(d);
  const ref = d.formReference.trim();
  if (!ref) errors.formReference = 'Give the reference of the signed form on file.';
  else if (ref.length > 200) errors.formReference = 'Keep the reference to 200 characters.';
  return errors;
}

/**
 * The mutation's input from a valid draft. The last day goes as a calendar date: the registry
 * makes it inclusive, in effect through the end of that day in the county.
 */
export function consentInput(youthId: string, d: ConsentDraft) {
  return {
    youthId,
    grantor: d.grantor as 'YOUTH' | 'GUARDIAN' | 'ATTORNEY',
    categories: d.categories as DataCategory[],
    recipientAgencies: d.recipientAgencies as Agency[],
    purposes: d.purposes as PurposeOfUse[],
    effectiveFrom: d.effectiveFrom,
    ...(d.effectiveTo ? { effectiveTo: d.effectiveTo } : {}),
    formReference: d.formReference.trim(),
  };
}

/** Roles that manage a youth's consents (the registry decides; this only hides a form that would be refused). */
export const MANAGES_CONSENTS = ['CW_SOCIAL_WORKER', 'MDT_COORDINATOR', 'PUBLIC_DEFENDER'];
