import {
  DATA_CATEGORIES,
  NEVER_BY_CONSENT,
  YOUTH_ONLY,
  type Agency,
  type DataCategory,
  type PurposeOfUse,
} from './vocabulary.ts';

export type ConsentGrantor = 'YOUTH' | 'GUARDIAN' | 'ATTORNEY';

// Both lists live in the vocabulary, so the web app's consent form can offer only what may be consented to.
export { NEVER_BY_CONSENT, YOUTH_ONLY };

export interface ConsentDraft {
  grantor: ConsentGrantor;
  categories: readonly DataCategory[];
  recipientAgencies: readonly Agency[];
  purposes: readonly PurposeOfUse[];
  effectiveFrom: string;
  effectiveTo: string | null | undefined;
  formReference: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** Everything wrong with a consent before it is recorded, in words a social worker can act on. */
export function consentProblems(draft: ConsentDraft): string[] {
  const problems: string[] = [];
  if (!draft.categories.length) problems.push('name at least one category');
  for (const c of draft.categories) {
    if (!DATA_CATEGORIES.includes(c)) problems.push(`unknown category ${String(c)}`);
    const never = NEVER_BY_CONSENT[c];
    if (never) problems.push(`a consent cannot cover ${c}: ${never}`);
    if (draft.grantor !== 'YOUTH' && YOUTH_ONLY.includes(c)) {
      problems.push(
        `only the youth may consent to sharing ${c} (minor-consent services; Family Code 6924-6929, 42 CFR 2.14)`,
      );
    }
  }
  if (new Set(draft.categories).size !== draft.categories.length) problems.push('a category is listed twice');
  if (!draft.recipientAgencies.length) problems.push('name at least one recipient agency');
  if (!draft.purposes.length) problems.push('name at least one purpose');
  if (draft.purposes.includes('AUDIT'))
    problems.push('AUDIT is not a purpose a consent opens: privacy officers see no records');
  const from = ISO.test(draft.effectiveFrom) ? Date.parse(draft.effectiveFrom) : NaN;
  if (Number.isNaN(from)) problems.push('effectiveFrom must be an ISO 8601 date or date-time');
  if (draft.effectiveTo != null) {
    const to = ISO.test(draft.effectiveTo) ? Date.parse(draft.effectiveTo) : NaN;
    if (Number.isNaN(to)) problems.push('effectiveTo must be an ISO 8601 date or date-time');
    else if (!Number.isNaN(from) && to <= from) problems.push('effectiveTo must be after effectiveFrom');
  }
  const form = draft.formReference.trim();
  if (!form) problems.push('formReference must name the signed form');
  if (form.length > 200) problems.push('formReference must be at most 200 characters');
  return problems;
}
