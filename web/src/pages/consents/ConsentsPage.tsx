import { useState } from 'react';
import { request, useQuery } from '../api/client.ts';
import { denialAt } from '../api/denials.ts';
import { useSession } from '../auth/session.ts';
import { Hidden } from '../components/Hidden.tsx';
import { ErrorBox, ErrorList, Loading } from '../components/Status.tsx';
import { AGENCY_LABEL, CATEGORY_LABEL, enumLabel, PURPOSE_LABEL } from '../labels.ts';
import { Link } from '../router.tsx';
import { ConsentForm } from './ConsentForm.tsx';
import { MANAGES_CONSENTS } from './consent-form.ts';
import { ConsentsQuery, RevokeConsentMutation } from './consent-queries.ts';

const list = (values: string[], labels: Record<string, string>) => values.map((v) => labels[v] ?? v).join(', ');

function Revoke({ id, onRevoked }: { id: string; onRevoked: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const revoke = async () => {
    if (!reason.trim()) return setError('Say why the consent is revoked.');
    setBusy(true);
    setError(undefined);
    try {
      const { data, errors } = await request(RevokeConsentMutation, { id, reason: reason.trim() });
      if (!data) throw new Error(errors[0]?.message ?? 'The consent was not revoked.');
      onRevoked();
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  };
  return (
    <div className="revoke">
      <label htmlFor={`revoke-${id}`}>Reason for revoking</label>
      <input
        id={`revoke-${id}`}
        type="text"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-invalid={!!error}
        aria-describedby={error ? `revoke-${id}-error` : undefined}
      />
      {error && (
        <p id={`revoke-${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <button type="button" className="danger" disabled={busy} onClick={() => void revoke()}>
        Revoke
      </button>
    </div>
  );
}

/** A youth's consents: view, record, revoke (for the roles that may), and print one for signature. */
export function ConsentsPage({ youthId }: { youthId: string }) {
  const session = useSession();
  const state = useQuery(ConsentsQuery, { id: youthId });
  const [notice, setNotice] = useState<string>();
  const manages = MANAGES_CONSENTS.includes(session?.viewer.role ?? '');
  if (state.status === 'loading') return <Loading what="consents" />;
  if (state.status === 'error') return <ErrorBox>{state.error}</ErrorBox>;
  const { data, errors } = state.result;
  const youth = data?.youth;
  if (!youth) return <ErrorBox title="Youth not found">No such youth, or the youth is not on your caseload.</ErrorBox>;
  const denial = denialAt(errors, ['youth', 'consents']);
  return (
    <div>
      <p className="breadcrumb">
        <Link href="/">Caseload</Link> / <Link href={`/youths/${youthId}`}>{youth.displayName ?? 'youth'}</Link> /
        consents
      </p>
      <h1>Consents for {youth.displayName ?? 'this youth'}</h1>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {denial && <Hidden denial={denial} />}
      <ErrorList errors={errors.filter((e) => e.extensions?.code !== 'FORBIDDEN')} />
      {youth.consents && youth.consents.length === 0 && (
        <p className="none">No consents are recorded that you may see.</p>
      )}
      {youth.consents && youth.consents.length > 0 && (
        <ul className="consents">
          {youth.consents.map((c) => (
            <li key={c.id} className={`consent consent-${c.status.toLowerCase()}`} data-consent={c.id}>
              <h2>
                <span className={`badge badge-${c.status.toLowerCase()}`}>{enumLabel(c.status)}</span>{' '}
                {list(c.categories, CATEGORY_LABEL)} to {list(c.recipientAgencies, AGENCY_LABEL)}
              </h2>
              <p>
                Given by the {enumLabel(c.grantor).toLowerCase()} for {list(c.purposes, PURPOSE_LABEL).toLowerCase()};
                from {c.effectiveFrom}
                {c.effectiveTo ? ` to ${c.effectiveTo}` : ', open-ended'}. Form {c.formReference}, recorded by{' '}
                {c.recordedBy}.
              </p>
              {c.revokedAt && (
                <p>
                  Revoked {c.revokedAt} by {c.revokedBy}: {c.revokeReason}
                </p>
              )}
              <Link href={`/youths/${youthId}/consents/${c.id}/print`}>Printable summary for signature</Link>
              {manages && c.status === 'ACTIVE' && (
                <Revoke
                  id={c.id}
                  onRevoked={() => (setNotice('Consent revoked: it opens nothing from now on.'), state.reload())}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {manages ? (
        <ConsentForm youthId={youthId} onRecorded={() => (setNotice('Consent recorded.'), state.reload())} />
      ) : (
        <p className="meta">
          Consents are recorded by the youth’s social worker, the MDT coordinator or the youth’s attorney.
        </p>
      )}
    </div>
  );
}
