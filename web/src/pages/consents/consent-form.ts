import type { Agency, DataCategory, PurposeOfUse } from '../generated/graphql.ts';

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

/** What is wrong with a draft, field by field (the registry checks again with the policy's own rules). */
export function consentErrors(d: ConsentDraft): ConsentErrors {
  const errors: ConsentErrors = {};
  if (!['YOUTH', 'GUARDIAN', 'ATTORNEY'].includes(d.grantor)) errors.grantor = 'Choose who gave the consent.';
  if (!d.categories.length) errors.categories = 'Choose at least one kind of record.';
  if (!d.recipientAgencies.length) errors.recipientAgencies = 'Choose at least one agency.';
  if (!d.purposes.length) errors.purposes = 'Choose at least one purpose.';
  if (!DATE.test(d.effectiveFrom)) errors.effectiveFrom = 'Give the first day as a date.';
  if (d.effectiveTo && !DATE.test(d.effectiveTo))
    errors.effectiveTo = 'Give the last day as a date, or leave it empty.';
  else if (d.effectiveTo && d.effectiveTo <= d.effectiveFrom)
    errors.effectiveTo = 'The last day must be after the first.';
  const ref = d.formReference.trim();
  if (!ref) errors.formReference = 'Give the reference of the signed form on file.';
  else if (ref.length > 200) errors.formReference = 'Keep the reference to 200 characters.';
  return errors;
}

/** The mutation's input from a valid draft. */
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
