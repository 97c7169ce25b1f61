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
import { useNavigate, useSearchParams } from 'react-router';
import { useAnswer, useChange } from '../../api/query.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { CheckGroup } from '../../components/CheckGroup.tsx';
import { ErrorBox, Loading } from '../../components/Status.tsx';
import { countyToday } from '../../format/dates.ts';
import { youthLabel } from '../../format/youth.ts';
import { ReferralIndicatorsQuery, SubmitReferralMutation } from './queries.ts';
import { emptyReferral, referralErrors, referralInput, type ReferralDraft } from './referral-form.ts';
import { WIC_LINE } from './shared.tsx';

type TextKey = Exclude<keyof ReferralDraft, 'indicators' | 'kind' | 'urgency'>;

/** "Refer a youth": the county's CSEC MDT referral form, for a member of an agency serving the youth. */
export function ReferralForm() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const preset = params.get('youth') ?? '';
  const [draft, setDraft] = useState<ReferralDraft>(emptyReferral(preset));
  const [submitted, setSubmitted] = useState(false);
  const indicators = useAnswer(ReferralIndicatorsQuery, {});
  const submit = useChange(SubmitReferralMutation);
  if (indicators.isPending) return <Loading what="the referral form" />;
  if (indicators.isError) return <ErrorBox>{indicators.error.message}</ErrorBox>;
  const known = indicators.data.data?.mdtReferralIndicators ?? [];
  const errors = submitted ? referralErrors(draft, countyToday(), known) : {};
  const set = <K extends keyof ReferralDraft>(key: K, value: ReferralDraft[K]) => setDraft({ ...draft, [key]: value });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(referralErrors(draft, countyToday(), known)).length) return;
    submit.mutate(
      { input: referralInput(draft) },
      { onSuccess: () => navigate('/referrals', { state: { notice: 'Referral sent to the MDT coordinator.' } }) },
    );
  };
  const field = (key: TextKey, label: string, hint?: string, long = false) => {
    const error = errors[key];
    const described = [hint ? `${key}-hint` : '', error ? `${key}-error` : ''].filter(Boolean).join(' ') || undefined;
    const props = {
      id: key,
      name: key,
      value: draft[key],
      'aria-describedby': described,
      onChange: (e: { target: { value: string } }) => set(key, e.target.value),
    };
    return (
      <FormGroup error={!!error}>
        <Label htmlFor={key}>{label}</Label>
        {hint && (
          <span className="usa-hint" id={`${key}-hint`}>
            {hint}
          </span>
        )}
        {error && <ErrorMessage id={`${key}-error`}>{error}</ErrorMessage>}
        {long ? (
          <Textarea {...props} error={!!error} />
        ) : key === 'dateOfBirth' ? (
          <input
            {...props}
            type="date"
            className={`usa-input${error ? ' usa-input--error' : ''}`}
            aria-invalid={!!error}
          />
        ) : (
          <TextInput {...props} type="text" validationStatus={error ? 'error' : undefined} />
        )}
      </FormGroup>
    );
  };
  return (
    <>
      <Breadcrumbs
        trail={[
          ['/', 'Caseload'],
          ['/referrals', 'My referrals'],
        ]}
        current="Refer a youth"
      />
      <h1>Refer a youth to the MDT</h1>
      <p>
        The county’s CSEC multidisciplinary team referral. The MDT coordinator triages it: urgent referrals within 72
        hours, routine ones at the next monthly meeting. You will see the decision under My referrals.
      </p>
      <p className="app-meta">{WIC_LINE}</p>
      <Form onSubmit={onSubmit} noValidate large aria-labelledby="referral-title" className="app-consent-form">
        <h2 id="referral-title">The youth</h2>
        <Fieldset legend="Is the youth in the hub?" className="app-checks">
          <Radio
            id="kind-registered"
            name="kind"
            value="REGISTERED"
            label={preset ? `Yes: ${youthLabel(preset)}` : 'Yes: on my caseload'}
            checked={draft.kind === 'REGISTERED'}
            onChange={() => set('kind', 'REGISTERED')}
          />
          <Radio
            id="kind-new"
            name="kind"
            value="NEW"
            label="No: known only to my agency"
            checked={draft.kind === 'NEW'}
            onChange={() => set('kind', 'NEW')}
          />
        </Fieldset>
        {draft.kind === 'REGISTERED' ? (
          !preset &&
          field('youthId', 'Hub id', 'Open the youth from your caseload and choose “Refer to the MDT” to fill this in.')
        ) : (
          <>
            {field(
              'localId',
              'Your agency’s number for the youth',
              'The coordinator links it to the hub on acceptance.',
            )}
            {field('givenName', 'Given name')}
            {field('familyName', 'Family name')}
            {field('dateOfBirth', 'Date of birth')}
          </>
        )}
        {errors.youthId && preset && <ErrorMessage id="youthId-error">{errors.youthId}</ErrorMessage>}
        <h2>What you observed</h2>
        {field('reasons', 'Reasons for the referral', 'What you observed and why you are concerned.', true)}
        <CheckGroup
          legend="CSEC indicators observed"
          name="indicators"
          options={known}
          labels={{}}
          value={draft.indicators}
          onChange={(v) => set('indicators', v)}
          error={errors.indicators}
          hint="Tick each one you observed; leave them all unticked if none applies."
        />
        <FormGroup error={!!errors.urgency}>
          <Fieldset
            legend="Urgency"
            aria-describedby={errors.urgency ? 'urgency-error' : undefined}
            className="app-checks"
          >
            {errors.urgency && <ErrorMessage id="urgency-error">{errors.urgency}</ErrorMessage>}
            <Radio
              id="urgency-routine"
              name="urgency"
              value="ROUTINE"
              label="Routine: the next monthly meeting"
              checked={draft.urgency === 'ROUTINE'}
              onChange={() => set('urgency', 'ROUTINE')}
            />
            <Radio
              id="urgency-urgent"
              name="urgency"
              value="URGENT"
              label="Urgent: within 72 hours (a runaway return, a new identification, a safety concern)"
              checked={draft.urgency === 'URGENT'}
              onChange={() => set('urgency', 'URGENT')}
            />
          </Fieldset>
        </FormGroup>
        {draft.urgency === 'URGENT' && field('urgencyReason', 'Why it is urgent', undefined, true)}
        {field('safetyConcerns', 'Current safety concerns', 'Say “None known” if there are none.', true)}
        {field(
          'knownConsentsAndOrders',
          'Consents or court orders you know of (optional)',
          'For example: a release on file, a dependency order.',
          true,
        )}
        {submitted && Object.keys(errors).length > 0 && (
          <p className="usa-error-message" role="alert">
            Check the fields marked above.
          </p>
        )}
        {submit.error && <ErrorBox title="The referral was not sent">{submit.error.message}</ErrorBox>}
        <Button type="submit" disabled={submit.isPending}>
          Send the referral
        </Button>
      </Form>
    </>
  );
}
