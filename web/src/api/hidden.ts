import { NEVER_BY_CONSENT } from '@hub/policies/vocabulary';
import { AGENCY_LABEL, CATEGORY_LABEL, inSentence, listWords, YOUTH_ONLY } from '../labels.ts';
import type { Denial } from './denials.ts';

/** A withheld field of a section, with the denial its agency gave. */
export interface HiddenField {
  field: string;
  denial: Denial;
}

export interface HiddenCategory {
  category: string;
  agency: string;
  ruleId: string;
  legalBasis: string;
  fields: string[];
}

/** One reason in a section's notice, with every category withheld for it. */
export interface HiddenGroup {
  reason: string;
  categories: HiddenCategory[];
}

/** A section's withheld fields as one notice: by reason, then by category, in the order they came. */
export function groupHidden(hidden: readonly HiddenField[]): HiddenGroup[] {
  const groups = new Map<string, Map<string, HiddenCategory>>();
  for (const { field, denial } of hidden) {
    const byCategory = groups.get(denial.reason) ?? new Map<string, HiddenCategory>();
    groups.set(denial.reason, byCategory);
    const key = `${denial.agency}.${denial.category}`;
    const entry = byCategory.get(key) ?? { ...pick(denial), fields: [] };
    byCategory.set(key, entry);
    if (!entry.fields.includes(field)) entry.fields.push(field);
  }
  return [...groups].map(([reason, byCategory]) => ({ reason, categories: [...byCategory.values()] }));
}

const pick = ({ category, agency, ruleId, legalBasis }: Denial) => ({ category, agency, ruleId, legalBasis });
const agencyName = (agency: string) => AGENCY_LABEL[agency] ?? agency;

/** What would open a group for this viewer, in a sentence ("A consent from the youth naming Community partners."). */
export function whatOpens(group: HiddenGroup, viewerAgency: string): string {
  const mine = agencyName(viewerAgency);
  const categories = group.categories.map((c) => c.category);
  switch (group.reason) {
    case 'CONSENT_REQUIRED': {
      const youthOnly = categories.filter((c) => YOUTH_ONLY.includes(c as never));
      const who = youthOnly.length === categories.length ? 'the youth (only the youth may give it)' : 'the youth';
      const note =
        youthOnly.length && youthOnly.length < categories.length
          ? ` Only the youth may consent to ${listWords(youthOnly.map((c) => inSentence(CATEGORY_LABEL[c]!)))}.`
          : '';
      return `A signed consent from ${who} naming ${mine}.${note}`;
    }
    case 'COURT_ORDER_REQUIRED':
      return `A juvenile court order naming ${mine} (form JV-570).`;
    case 'NOT_ON_TEAM':
      return 'Membership of this youth’s MDT; the MDT coordinator adds members.';
    case 'PURPOSE_NOT_PERMITTED':
      return 'Another purpose of use, where your role has one that allows it.';
    case 'NEVER_SHARED': {
      // Only privileged records (NEVER_BY_CONSENT) stay with the agency that holds them; anything
      // else is never shared with this role but is with others (the coordinator is not told that
      // records a social worker sees through the hub never leave their agency).
      if (categories.every((c) => c in NEVER_BY_CONSENT)) {
        const holders = [...new Set(group.categories.map((c) => agencyName(c.agency)))];
        return `Nothing in the hub: it stays with ${listWords(holders)}.`;
      }
      return 'No consent or court order opens it to your role: the hub shares it only with the roles its rules name.';
    }
    default:
      return 'Ask the agency that holds it.';
  }
}
