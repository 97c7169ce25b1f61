import { Tag } from '@trussworks/react-uswds';
import { Link } from 'react-router';
import { groupHidden, whatOpens, type HiddenCategory, type HiddenField } from '../api/hidden.ts';
import { useSession } from '../auth/session.ts';
import { fieldLabel } from '../format/values.ts';
import { CATEGORY_LABEL, inSentence, listWords, REASON_LABEL } from '../labels.ts';
import { MANAGES_CONSENTS } from '../pages/consents/consent-form.ts';

// The fields need no naming when the category already says what they are ("Psychotherapy notes").
const namedBy = (category: string, fields: string[]) =>
  fields.every((f) => (CATEGORY_LABEL[category] ?? '').toLowerCase().startsWith(fieldLabel(f).toLowerCase()));

// Categories withheld under the same rule and law are named together, the rule once.
function byRule(categories: readonly HiddenCategory[]) {
  const rules = new Map<string, { key: string; ruleId: string; legalBasis: string; categories: HiddenCategory[] }>();
  for (const c of categories) {
    const key = `${c.ruleId}\n${c.legalBasis}`;
    const rule = rules.get(key) ?? { key, ruleId: c.ruleId, legalBasis: c.legalBasis, categories: [] };
    rules.set(key, rule);
    rule.categories.push(c);
  }
  return [...rules.values()];
}

interface Props {
  hidden: readonly HiddenField[];
  /** Everything the section would show is hidden (or the agency's whole part is). */
  all: boolean;
  youthId: string;
}

/**
 * One notice for a section's withheld fields: what is hidden, why, the rule and the law, and what
 * would open it; never a stack of near-identical "Hidden" blocks.
 */
export function HiddenNotice({ hidden, all, youthId }: Props) {
  const session = useSession();
  if (!hidden.length) return null;
  const groups = groupHidden(hidden);
  const manages = MANAGES_CONSENTS.includes(session?.viewer.role ?? '');
  return (
    <div className="hidden-notice" data-testid="hidden-notice">
      <p className="hidden-notice__title">
        <Tag className="app-tag app-tag--hidden">Hidden</Tag>{' '}
        <strong>
          {all ? 'This part of the record is hidden from you.' : 'Part of this record is hidden from you.'}
        </strong>
      </p>
      {groups.map((group) => (
        <div key={group.reason} className="hidden-notice__group" data-reason={group.reason}>
          <p>
            <strong>{REASON_LABEL[group.reason] ?? group.reason}:</strong>{' '}
            {listWords(group.categories.map((c) => CATEGORY_LABEL[c.category] ?? c.category))}.
          </p>
          <p>
            <span className="hidden-notice__label">What would open it:</span>{' '}
            {whatOpens(group, session?.viewer.agency ?? '')}
            {group.reason === 'CONSENT_REQUIRED' && manages && (
              <>
                {' '}
                <Link className="usa-link" to={`/youths/${youthId}/consents`}>
                  Record a consent
                </Link>
              </>
            )}
          </p>
          <ul className="hidden-notice__rules">
            {byRule(group.categories).map((rule) => (
              <li key={rule.key} data-testid="hidden-rule">
                {rule.categories.map((c, i) => (
                  <span key={c.category} data-testid="hidden" data-reason={group.reason} data-category={c.category}>
                    {i > 0 && (i === rule.categories.length - 1 ? ' and ' : ', ')}
                    {CATEGORY_LABEL[c.category] ?? c.category}
                    {!all && !namedBy(c.category, c.fields) && (
                      <> ({listWords(c.fields.map((f) => inSentence(fieldLabel(f))))})</>
                    )}
                  </span>
                ))}
                : rule <code>{rule.ruleId}</code>; legal basis: <span className="app-legal">{rule.legalBasis}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
