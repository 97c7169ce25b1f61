import type { ConsentFact, RestrictionFact } from './facts.ts';
import {
  AGENCY_LABEL,
  CATEGORY_LABEL,
  DATA_CATEGORIES,
  NEVER_BY_CONSENT,
  type Agency,
  type DataCategory,
} from './vocabulary.ts';

/**
 * Issue 19, items 2 and 3: the 2024 Part 2 rule and consents tied to the team. Pure helpers the
 * decision uses; the rules themselves stay in `rules.ts` (a consent that no longer applies or is
 * restricted is simply not a consent: the cell decides as without one).
 */

/** WIC 832(b)(4): an authorization given within a child and family team holds only while the youth takes part in it. */
export const TEAM_BOUND_BASIS = 'WIC 832(b)(4)';
/** 42 CFR 2.26 (the right to request restrictions); 45 CFR 164.522(a) for the HIPAA side. */
export const RESTRICTION_BASIS = '42 CFR 2.26; 45 CFR 164.522(a)';
/** 42 CFR 2.32(a)(2) (2024): each disclosure made with consent carries a copy or clear explanation of its scope. */
export const CONSENT_SCOPE_BASIS = '42 CFR 2.32(a)(2)';

/** A team-bound consent no longer applies: the youth's team was closed or the youth left it by `now`. */
export function endedWithTeam(c: ConsentFact, now: Date): boolean {
  const ended = c.withinTeam?.teamEndedAt ?? null;
  return ended !== null && Date.parse(ended) <= now.getTime();
}

/** A restriction in effect keeps every consent from opening this category to this agency. */
export function restricted(
  restrictions: readonly RestrictionFact[] | undefined,
  category: DataCategory,
  agency: Agency,
  now: Date,
): RestrictionFact | undefined {
  return (restrictions ?? []).find(
    (r) =>
      Date.parse(r.effectiveFrom) <= now.getTime() &&
      (r.endedAt === null || Date.parse(r.endedAt) > now.getTime()) &&
      r.categories.includes(category) &&
      (r.recipientAgencies.length === 0 || r.recipientAgencies.includes(agency)),
  );
}

const day = (iso: string) => iso.slice(0, 10);

/**
 * A clear explanation of a consent's scope, carried with every disclosure made under it
 * (42 CFR 2.32(a)(2)): which consent (id and the signed form), who gave it, what it opens, to whom,
 * for what, and until when.
 */
export function consentScope(c: ConsentFact): string {
  const by = c.grantor === 'YOUTH' ? 'the youth' : c.grantor === 'GUARDIAN' ? 'a guardian' : "the youth's attorney";
  const what = c.categories.map((k) => CATEGORY_LABEL[k]).join(', ');
  const to = c.recipientAgencies.map((a) => AGENCY_LABEL[a]).join(', ');
  const purposes = c.purposes.length ? c.purposes.map((p) => p.toLowerCase().replace(/_/g, ' ')).join(', ') : 'any';
  const until = c.effectiveTo ? `until ${day(c.effectiveTo)}` : 'until revoked';
  const team = c.withinTeam ? "; given within the youth's MDT, it ends when the youth's team ends (WIC 832(b)(4))" : '';
  const form = c.formReference ? ` (form ${c.formReference})` : '';
  return (
    `Consent ${c.id}${form}, given by ${by}: ${what} to ${to}, for ${purposes} purposes, ` +
    `from ${day(c.effectiveFrom)} ${until}${team}. It may be revoked at any time.`
  );
}

export interface RestrictionDraft {
  categories: readonly DataCategory[];
  recipientAgencies: readonly Agency[];
  reason: string;
}

/** Everything wrong with a restriction request before it is recorded. */
export function restrictionProblems(draft: RestrictionDraft): string[] {
  const problems: string[] = [];
  if (!draft.categories.length) problems.push('name at least one category');
  for (const c of draft.categories) {
    if (!DATA_CATEGORIES.includes(c)) problems.push(`unknown category ${String(c)}`);
    else if (NEVER_BY_CONSENT[c]) problems.push(`${c} is never disclosed by consent: there is nothing to restrict`);
  }
  if (new Set(draft.categories).size !== draft.categories.length) problems.push('a category is listed twice');
  if (new Set(draft.recipientAgencies).size !== draft.recipientAgencies.length)
    problems.push('an agency is listed twice');
  const reason = draft.reason.trim();
  if (!reason) problems.push('reason must say what the youth asked for');
  if (reason.length > 1000) problems.push('reason must be at most 1000 characters');
  return problems;
}
