import { AGENCIES, DATA_CATEGORIES, type Agency, type DataCategory, type PurposeOfUse } from './vocabulary.ts';

/** What no court order recorded through the hub may open: privileged or author-only records. */
export const NEVER_BY_ORDER: Partial<Record<DataCategory, string>> = {
  ATTORNEY_CLIENT:
    'attorney-client communications are privileged (Evidence Code 954); no order recorded here opens them',
  PSYCHOTHERAPY_NOTES:
    'psychotherapy notes stay with the clinician who wrote them (45 CFR 164.501, 164.508(a)(2)); no order recorded here opens them',
  SUD_COUNSELING_NOTES:
    'substance-use counseling notes stay with the treating counsellor (42 CFR 2.31(b), 2024); no order recorded here opens them',
};

export interface CourtOrderDraft {
  court: string;
  caseNumber: string;
  orderReference: string;
  categories: readonly DataCategory[];
  agency: Agency;
  purposes: readonly PurposeOfUse[];
  effectiveFrom: string;
  effectiveTo: string | null | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
/** Agencies an order can open records to: the hub itself holds none. */
const RECIPIENTS: readonly Agency[] = AGENCIES.filter((a) => a !== 'HUB');

function text(problems: string[], field: string, value: string, max: number) {
  const v = value.trim();
  if (!v) problems.push(`${field} must not be empty`);
  if (v.length > max) problems.push(`${field} must be at most ${max} characters`);
  if (value.includes('\u0000')) problems.push(`${field} must not contain NUL characters`);
}

/** Everything wrong with a court order before it is recorded, each naming its field. */
export function courtOrderProblems(draft: CourtOrderDraft): string[] {
  const problems: string[] = [];
  text(problems, 'court', draft.court, 200);
  text(problems, 'caseNumber', draft.caseNumber, 100);
  text(problems, 'orderReference', draft.orderReference, 200);
  if (!draft.categories.length) problems.push('categories: name at least one category');
  for (const c of draft.categories) {
    if (!DATA_CATEGORIES.includes(c)) problems.push(`categories: unknown category ${String(c)}`);
    const never = NEVER_BY_ORDER[c];
    if (never) problems.push(`categories: an order cannot open ${c}: ${never}`);
  }
  if (new Set(draft.categories).size !== draft.categories.length)
    problems.push('categories: a category is listed twice');
  if (!RECIPIENTS.includes(draft.agency)) problems.push(`agency: unknown agency ${String(draft.agency)}`);
  if (draft.purposes.includes('AUDIT')) problems.push('purposes: AUDIT is not a purpose an order opens');
  if (new Set(draft.purposes).size !== draft.purposes.length) problems.push('purposes: a purpose is listed twice');
  const from = ISO.test(draft.effectiveFrom) ? Date.parse(draft.effectiveFrom) : NaN;
  if (Number.isNaN(from)) problems.push('effectiveFrom must be an ISO 8601 date or date-time');
  if (draft.effectiveTo == null || draft.effectiveTo === '') {
    problems.push('effectiveTo: an order needs an end date (the last day it is in effect)');
  } else {
    const to = ISO.test(draft.effectiveTo) ? Date.parse(draft.effectiveTo) : NaN;
    if (Number.isNaN(to)) problems.push('effectiveTo must be an ISO 8601 date or date-time');
    else if (!Number.isNaN(from) && (DAY.test(draft.effectiveTo) ? to < from : to <= from)) {
      // A date is the last day in effect (inclusive, like consents); a date-time is the instant it ends.
      problems.push('effectiveTo must not be before effectiveFrom');
    }
  }
  return problems;
}
