import { useQuery } from '../api/client.ts';
import { ErrorBox, Loading } from '../components/Status.tsx';
import { AGENCY_LABEL, CATEGORY_LABEL, enumLabel, PURPOSE_LABEL } from '../labels.ts';
import { Link } from '../router.tsx';
import { ConsentsQuery } from './consent-queries.ts';

/** One consent as a page to print and sign (print CSS drops the app's chrome). */
export function ConsentPrint({ youthId, consentId }: { youthId: string; consentId: string }) {
  const state = useQuery(ConsentsQuery, { id: youthId });
  if (state.status === 'loading') return <Loading what="the consent" />;
  if (state.status === 'error') return <ErrorBox>{state.error}</ErrorBox>;
  const youth = state.result.data?.youth;
  const c = youth?.consents?.find((x) => x.id === consentId);
  if (!youth || !c)
    return <ErrorBox title="Consent not found">No such consent, or it is not one you may see.</ErrorBox>;
  return (
    <article className="print-consent">
      <p className="no-print">
        <Link href={`/youths/${youthId}/consents`}>Back to consents</Link>{' '}
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </p>
      <h1>Authorization to share information with the MDT</h1>
      <p>
        Youth: {youth.displayName ?? '(name hidden)'} · hub id {youth.id}
      </p>
      <dl className="terms">
        <dt>Status</dt>
        <dd>{enumLabel(c.status)}</dd>
        <dt>Given by</dt>
        <dd>{enumLabel(c.grantor)}</dd>
        <dt>Records it opens</dt>
        <dd>
          <ul>
            {c.categories.map((x) => (
              <li key={x}>{CATEGORY_LABEL[x] ?? x}</li>
            ))}
          </ul>
        </dd>
        <dt>Agencies it names</dt>
        <dd>
          <ul>
            {c.recipientAgencies.map((x) => (
              <li key={x}>{AGENCY_LABEL[x] ?? x}</li>
            ))}
          </ul>
        </dd>
        <dt>Purposes</dt>
        <dd>{c.purposes.map((x) => PURPOSE_LABEL[x] ?? x).join(', ')}</dd>
        <dt>In effect</dt>
        <dd>
          from {c.effectiveFrom} {c.effectiveTo ? `to ${c.effectiveTo}` : '(open-ended)'}
        </dd>
        <dt>Signed form reference</dt>
        <dd>{c.formReference}</dd>
        <dt>Recorded</dt>
        <dd>
          {c.recordedAt} by {c.recordedBy}
        </dd>
        {c.revokedAt && (
          <>
            <dt>Revoked</dt>
            <dd>
              {c.revokedAt} by {c.revokedBy}: {c.revokeReason}
            </dd>
          </>
        )}
      </dl>
      <p>
        This authorization may be revoked at any time, in writing or orally, except where information has already been
        shared in reliance on it. Substance-use treatment records shared under it stay protected by 42 CFR Part 2.
      </p>
      <div className="signatures">
        <p>Signature of the person giving consent: ______________________ Date: __________</p>
        <p>Signature of the witness (MDT member): ______________________ Date: __________</p>
      </div>
    </article>
  );
}
