import { Button, ErrorMessage, FormGroup, Label, Tag, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { Link } from 'react-router';
import { denialAt } from '../../api/denials.ts';
import { useAnswer, useChange } from '../../api/query.ts';
import { useSession } from '../../auth/session.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { HiddenNotice } from '../../components/HiddenNotice.tsx';
import { ErrorBox, ErrorList, Loading } from '../../components/Status.tsx';
import { formatDate, formatPeriod } from '../../format/dates.ts';
import { valueLabel } from '../../format/values.ts';
import { youthName } from '../../format/youth.ts';
import { AGENCY_LABEL, CATEGORY_LABEL, listWords, PURPOSE_LABEL } from '../../labels.ts';
import { ConsentForm } from './ConsentForm.tsx';
import { MANAGES_CONSENTS } from './consent-form.ts';
import { ConsentsQuery, personNamer, RevokeConsentMutation } from './queries.ts';

const words = (values: readonly string[], labels: Record<string, string>) =>
  listWords(values.map((v) => labels[v] ?? v));

function Revoke({ id, onRevoked }: { id: string; onRevoked: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const revoke = useChange(RevokeConsentMutation);
  const submit = () => {
    if (!reason.trim()) return setError('Say why the consent is revoked.');
    setError(undefined);
    revoke.mutate({ id, reason: reason.trim() }, { onSuccess: onRevoked });
  };
  const message = error ?? revoke.error?.message;
  return (
    <FormGroup error={!!message} className="app-revoke app-no-print">
      <Label htmlFor={`revoke-${id}`}>Reason for revoking</Label>
      {message && <ErrorMessage id={`revoke-${id}-error`}>{message}</ErrorMessage>}
      <div className="app-inline">
        <TextInput
          id={`revoke-${id}`}
          name="reason"
          type="text"
          value={reason}
          validationStatus={message ? 'error' : undefined}
          aria-describedby={message ? `revoke-${id}-error` : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        <Button type="button" secondary disabled={revoke.isPending} onClick={submit}>
          Revoke
        </Button>
      </div>
    </FormGroup>
  );
}

/** A youth's consents: view, record, revoke (for the roles that may), and print one for signature. */
export function ConsentsPage({ youthId }: { youthId: string }) {
  const session = useSession();
  const state = useAnswer(ConsentsQuery, { id: youthId });
  const [notice, setNotice] = useState<string>();
  const manages = MANAGES_CONSENTS.includes(session?.viewer.role ?? '');
  if (state.isPending) return <Loading what="consents" />;
  if (state.isError) return <ErrorBox>{state.error.message}</ErrorBox>;
  const { data, errors } = state.data;
  const youth = data?.youth;
  if (!youth) return <ErrorBox title="Youth not found">No such youth, or the youth is not on your caseload.</ErrorBox>;
  const denial = denialAt(errors, ['youth', 'consents']);
  const name = youthName(youth);
  const person = personNamer(youth.team, session?.viewer);
  return (
    <>
      <div className="app-print-hide">
        <Breadcrumbs
          trail={[
            ['/', 'Caseload'],
            [`/youths/${youthId}`, name],
          ]}
          current="Consents"
        />
        <h1>Consents for {name}</h1>
        {notice && (
          <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{notice}</p>
            </div>
          </div>
        )}
        {denial && <HiddenNotice hidden={[{ field: 'consents', denial }]} all youthId={youthId} />}
        <ErrorList errors={errors.filter((e) => e.extensions?.code !== 'FORBIDDEN')} />
        {youth.consents?.length === 0 && <p className="app-none">No consents are recorded that you may see.</p>}
        {youth.consents && youth.consents.length > 0 && (
          <ul className="app-consents usa-list--unstyled">
            {youth.consents.map((c) => (
              <li key={c.id} className="app-card" data-consent={c.id} data-status={c.status}>
                <h2 className="app-card__title">
                  <Tag className={`app-tag app-tag--${c.status.toLowerCase()}`}>{valueLabel(c.status)}</Tag>{' '}
                  {words(c.categories, CATEGORY_LABEL)} to {words(c.recipientAgencies, AGENCY_LABEL)}
                </h2>
                <p>
                  Given by {valueLabel(c.grantor).replace(/^The |^A /, (a) => a.toLowerCase())} for{' '}
                  {words(c.purposes, PURPOSE_LABEL).toLowerCase()}, {formatPeriod(c.effectiveFrom, c.effectiveTo)}.
                </p>
                <p className="app-meta">
                  Signed form {c.formReference}; recorded by {person(c.recordedBy)} on {formatDate(c.recordedAt)}.
                </p>
                {c.withinTeam && (
                  <p>Given within the youth’s MDT: it holds only while the youth takes part in the team.</p>
                )}
                {c.revokedAt && (
                  <p>
                    Revoked on {formatDate(c.revokedAt)} by {person(c.revokedBy ?? '')}: {c.revokeReason}
                  </p>
                )}
                {c.status === 'ENDED_WITH_TEAM' && c.noLongerApplies && (
                  <p data-testid="consent-no-longer-applies">{c.noLongerApplies}.</p>
                )}
                <p className="app-no-print">
                  <Link className="usa-link" to={`/youths/${youthId}/consents/${c.id}/print`}>
                    Printable summary for signature
                  </Link>
                </p>
                {manages && c.status === 'ACTIVE' && (
                  <Revoke id={c.id} onRevoked={() => setNotice('Consent revoked: it opens nothing from now on.')} />
                )}
              </li>
            ))}
          </ul>
        )}
        {!manages && (
          <p className="app-meta">
            Consents are recorded by the youth’s social worker, the MDT coordinator or the youth’s attorney.
          </p>
        )}
      </div>
      {manages && <ConsentForm youthId={youthId} youthName={name} onRecorded={() => setNotice('Consent recorded.')} />}
    </>
  );
}
