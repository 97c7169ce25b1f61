import { formatDate, formatDateTime, formatPeriod } from '../../format/dates.ts';
import { valueLabel } from '../../format/values.ts';
import { AGENCY_LABEL, CATEGORY_LABEL, PURPOSE_LABEL } from '../../labels.ts';

export interface Terms {
  grantor: string;
  categories: readonly string[];
  recipientAgencies: readonly string[];
  purposes: readonly string[];
  /** A calendar date (a draft) or the instant it starts (a recorded consent). */
  effectiveFrom: string;
  /** A calendar date (the last day of a draft) or the instant it ends (a recorded consent); none: open-ended. */
  effectiveTo?: string | null;
  formReference?: string;
}

export interface Recorded {
  status: string;
  recordedBy: string;
  recordedAt: string;
  revoked?: { at: string; by: string; reason: string } | undefined;
}

/** The authorization as the youth (or guardian, or attorney) reads and signs it: a draft or a recorded consent. */
export function Authorization({ youth, terms, recorded }: { youth: string; terms: Terms; recorded?: Recorded }) {
  return (
    <article className="app-authorization" data-testid="authorization">
      <h1>Authorization to share information with the MDT</h1>
      <p>Youth: {youth}</p>
      <dl className="app-fields">
        {recorded && (
          <div className="app-fields__row">
            <dt>Status</dt>
            <dd>{valueLabel(recorded.status)}</dd>
          </div>
        )}
        <div className="app-fields__row">
          <dt>Given by</dt>
          <dd>{valueLabel(terms.grantor)}</dd>
        </div>
        <div className="app-fields__row">
          <dt>Records it opens</dt>
          <dd>
            <ul className="app-lines">
              {terms.categories.map((x) => (
                <li key={x}>{CATEGORY_LABEL[x] ?? x}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="app-fields__row">
          <dt>Agencies it names</dt>
          <dd>
            <ul className="app-lines">
              {terms.recipientAgencies.map((x) => (
                <li key={x}>{AGENCY_LABEL[x] ?? x}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="app-fields__row">
          <dt>Purposes</dt>
          <dd>{terms.purposes.map((x) => PURPOSE_LABEL[x] ?? x).join(', ')}</dd>
        </div>
        <div className="app-fields__row">
          <dt>In effect</dt>
          <dd data-testid="in-effect">
            {formatPeriod(terms.effectiveFrom, terms.effectiveTo)}
            {terms.effectiveTo ? ' (to the end of that day, county time)' : ''}
          </dd>
        </div>
        {terms.formReference && (
          <div className="app-fields__row">
            <dt>Signed form reference</dt>
            <dd>{terms.formReference}</dd>
          </div>
        )}
        {recorded && (
          <div className="app-fields__row">
            <dt>Recorded</dt>
            <dd>
              {formatDateTime(recorded.recordedAt)} by {recorded.recordedBy}
            </dd>
          </div>
        )}
        {recorded?.revoked && (
          <div className="app-fields__row">
            <dt>Revoked</dt>
            <dd>
              {formatDate(recorded.revoked.at)} by {recorded.revoked.by}: {recorded.revoked.reason}
            </dd>
          </div>
        )}
      </dl>
      <p>
        This authorization may be revoked at any time, in writing or orally, except where information has already been
        shared in reliance on it. Substance-use treatment records shared under it stay protected by 42 CFR Part 2.
      </p>
      <div className="app-signatures">
        <p>Signature of the person giving consent: ______________________ Date: __________</p>
        <p>Signature of the witness (MDT member): ______________________ Date: __________</p>
      </div>
    </article>
  );
}
