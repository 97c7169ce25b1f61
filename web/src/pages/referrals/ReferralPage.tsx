import {
  Button,
  ErrorMessage,
  Fieldset,
  Form,
  FormGroup,
  Label,
  Radio,
  Textarea,
  TextInput,
} from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useAnswer, useChange } from '../../api/query.ts';
import { useSession } from '../../auth/session.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { ErrorBox, ErrorList, Loading } from '../../components/Status.tsx';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { AGENCY_LABEL, ROLE_LABEL } from '../../labels.ts';
import { DecideReferralMutation, ReferralQuery } from './queries.ts';
import { decisionErrors, type DecisionDraft } from './referral-form.ts';
import { referredYouth, StatusTag, URGENCY_LABEL, WIC_LINE } from './shared.tsx';

interface Decided {
  status: string;
  youthId?: string | null;
}

/** After the decision: said on the page (the form is gone once the referral is no longer open). */
function DecidedNotice({ done }: { done: Decided }) {
  return (
    <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
      <div className="usa-alert__body">
        <p className="usa-alert__text">
          {done.status === 'ACCEPTED'
            ? 'Referral accepted: the team is open with you and the referrer on it.'
            : 'Referral declined: the referrer sees your reason.'}{' '}
          {done.youthId && done.status === 'ACCEPTED' && (
            <Link className="usa-link" to={`/youths/${done.youthId}/team`}>
              Manage the team
            </Link>
          )}
        </p>
      </div>
    </div>
  );
}

function Decide({
  id,
  unregistered,
  onDecided,
}: {
  id: string;
  unregistered: boolean;
  onDecided: (done: Decided) => void;
}) {
  const [draft, setDraft] = useState<DecisionDraft>({ decision: '', reason: '', linkYouthId: '' });
  const [submitted, setSubmitted] = useState(false);
  const decide = useChange(DecideReferralMutation);
  const errors = submitted ? decisionErrors(draft) : {};
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(decisionErrors(draft)).length || !draft.decision) return;
    decide.mutate(
      { id, decision: draft.decision, reason: draft.reason.trim(), youthId: draft.linkYouthId.trim() || null },
      { onSuccess: (answer) => onDecided(answer.decideMdtReferral) },
    );
  };
  return (
    <Form onSubmit={onSubmit} noValidate large aria-labelledby="decide-title" className="app-consent-form">
      <h2 id="decide-title">Decide</h2>
      <FormGroup error={!!errors.decision}>
        <Fieldset
          legend="Decision"
          aria-describedby={errors.decision ? 'decision-error' : undefined}
          className="app-checks"
        >
          {errors.decision && <ErrorMessage id="decision-error">{errors.decision}</ErrorMessage>}
          <Radio
            id="decision-accepted"
            name="decision"
            value="ACCEPTED"
            label="Accept: register or link the youth and open the team"
            checked={draft.decision === 'ACCEPTED'}
            onChange={() => setDraft({ ...draft, decision: 'ACCEPTED' })}
          />
          <Radio
            id="decision-declined"
            name="decision"
            value="DECLINED"
            label="Decline: the referrer sees the reason"
            checked={draft.decision === 'DECLINED'}
            onChange={() => setDraft({ ...draft, decision: 'DECLINED' })}
          />
        </Fieldset>
      </FormGroup>
      <FormGroup error={!!errors.reason}>
        <Label htmlFor="reason">Reason</Label>
        {errors.reason && <ErrorMessage id="reason-error">{errors.reason}</ErrorMessage>}
        <Textarea
          id="reason"
          name="reason"
          value={draft.reason}
          error={!!errors.reason}
          aria-describedby={errors.reason ? 'reason-error' : undefined}
          onChange={(e) => setDraft({ ...draft, reason: e.target.value })}
        />
      </FormGroup>
      {unregistered && (
        <FormGroup error={!!errors.linkYouthId}>
          <Label htmlFor="linkYouthId">Link to a youth already in the hub (optional)</Label>
          <span className="usa-hint" id="linkYouthId-hint">
            Their hub id, if the youth is already on one of your teams; leave empty to register the youth.
          </span>
          {errors.linkYouthId && <ErrorMessage id="linkYouthId-error">{errors.linkYouthId}</ErrorMessage>}
          <TextInput
            id="linkYouthId"
            name="linkYouthId"
            type="text"
            value={draft.linkYouthId}
            validationStatus={errors.linkYouthId ? 'error' : undefined}
            aria-describedby={errors.linkYouthId ? 'linkYouthId-hint linkYouthId-error' : 'linkYouthId-hint'}
            onChange={(e) => setDraft({ ...draft, linkYouthId: e.target.value })}
          />
        </FormGroup>
      )}
      {submitted && Object.keys(errors).length > 0 && (
        <p className="usa-error-message" role="alert">
          Check the fields marked above.
        </p>
      )}
      {decide.error && <ErrorBox title="The decision was not recorded">{decide.error.message}</ErrorBox>}
      <Button type="submit" disabled={decide.isPending}>
        Record the decision
      </Button>
    </Form>
  );
}

/** One referral: for the coordinator, to triage and decide; for the referrer, to read with its decision. */
export function ReferralPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const [decided, setDecided] = useState<Decided>();
  const state = useAnswer(ReferralQuery, { id });
  const coordinator = session?.viewer.role === 'MDT_COORDINATOR';
  const back: [string, string] = coordinator ? ['/referrals/inbox', 'Referral inbox'] : ['/referrals', 'My referrals'];
  if (state.isPending) return <Loading what="the referral" />;
  if (state.isError) return <ErrorBox>{state.error.message}</ErrorBox>;
  const { data, errors } = state.data;
  const r = data?.mdtReferral;
  if (!r) {
    return (
      <>
        <Breadcrumbs trail={[['/', 'Caseload'], back]} current="Referral" />
        <h1>Referral not found</h1>
        <p>No such referral, or it is not yours to read.</p>
      </>
    );
  }
  const rows: [string, string | null | undefined][] = [
    ['Youth', referredYouth(r)],
    ['Date of birth', r.dateOfBirth ? formatDate(r.dateOfBirth) : null],
    [
      'Referred by',
      `${r.referredByName}, ${ROLE_LABEL[r.referredByRole] ?? r.referredByRole} (${AGENCY_LABEL[r.referringAgency] ?? r.referringAgency})`,
    ],
    ['Sent', formatDateTime(r.submittedAt)],
    ['Urgency', URGENCY_LABEL[r.urgency]],
    ['Why urgent', r.urgencyReason],
    ['Reasons', r.reasons],
    ['Indicators observed', r.indicators.length ? r.indicators.join('; ') : 'None ticked'],
    ['Current safety concerns', r.safetyConcerns],
    ['Consents or court orders known', r.knownConsentsAndOrders],
    [
      'Decision',
      r.status === 'OPEN'
        ? 'Not decided yet'
        : `${r.status === 'ACCEPTED' ? 'Accepted' : 'Declined'} on ${formatDate(r.decidedAt ?? '')}`,
    ],
    ['Reason for the decision', r.decisionReason],
  ];
  return (
    <>
      <Breadcrumbs trail={[['/', 'Caseload'], back]} current="Referral" />
      <h1>
        <StatusTag status={r.status} urgency={r.urgency} /> Referral of {referredYouth(r)}
      </h1>
      <p className="app-meta">{WIC_LINE}</p>
      {decided && <DecidedNotice done={decided} />}
      <ErrorList errors={errors} />
      <dl className="app-fields" data-referral={r.id}>
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      {r.status === 'ACCEPTED' && r.youthId && (
        <p>
          <Link className="usa-link" to={`/youths/${r.youthId}`}>
            Open the youth’s summary
          </Link>
        </p>
      )}
      {coordinator && r.status === 'OPEN' && <Decide id={r.id} unregistered={!r.youthId} onDecided={setDecided} />}
    </>
  );
}
