import { Button, ErrorMessage, Form, FormGroup, Label, Select, TextInput } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useChange } from '../../api/query.ts';
import { useSession } from '../../auth/session.ts';
import { CheckGroup } from '../../components/CheckGroup.tsx';
import { ErrorBox } from '../../components/Status.tsx';
import { countyToday, formatPeriod } from '../../format/dates.ts';
import {
  AGENCIES,
  AGENCY_LABEL,
  CATEGORY_LABEL,
  CONSENTABLE_CATEGORIES,
  CONSENTABLE_PURPOSES,
  inSentence,
  listWords,
  PURPOSE_LABEL,
  ROLE_LABEL,
  YOUTH_ONLY,
} from '../../labels.ts';
import { Authorization } from './Authorization.tsx';
import { consentErrors, consentInput, emptyDraft, termsErrors, type ConsentDraft } from './consent-form.ts';
import { RecordConsentMutation } from './queries.ts';

// A consent names agencies that hold no hub records of their own too (community partners); never the hub itself.
const RECIPIENTS = AGENCIES.filter((a) => a !== 'HUB');
const YOUTH_ONLY_HINT = `Only the youth may consent to ${listWords(YOUTH_ONLY.map((c) => inSentence(CATEGORY_LABEL[c]!)))} (minor-consent services). Attorney-client communications and psychotherapy notes are never opened by a consent.`;

interface Props {
  youthId: string;
  youthName: string;
  onRecorded: () => void;
}

/** Records a youth's consent from the signed form; the terms can be printed for signature first. */
export function ConsentForm({ youthId, youthName, onRecorded }: Props) {
  const session = useSession();
  const [draft, setDraft] = useState<ConsentDraft>(() => emptyDraft(countyToday()));
  const [submitted, setSubmitted] = useState<'print' | 'record' | null>(null);
  // Once printed, the draft authorization stays in the page for print (the rest of the page steps aside in print).
  const [printed, setPrinted] = useState(false);
  const record = useChange(RecordConsentMutation);
  const errors = submitted === 'record' ? consentErrors(draft) : submitted === 'print' ? termsErrors(draft) : {};
  const set = <K extends keyof ConsentDraft>(key: K, value: ConsentDraft[K]) => setDraft({ ...draft, [key]: value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted('record');
    if (Object.keys(consentErrors(draft)).length) return;
    record.mutate(
      { input: consentInput(youthId, draft) },
      { onSuccess: () => (setDraft(emptyDraft(countyToday())), setSubmitted(null), setPrinted(false), onRecorded()) },
    );
  };
  const printForSignature = () => {
    setSubmitted('print');
    if (Object.keys(termsErrors(draft)).length) return;
    setPrinted(true);
    // After React has put the authorization in the page.
    setTimeout(() => window.print(), 0);
  };
  const dateField = (key: 'effectiveFrom' | 'effectiveTo', label: string, hint: string) => (
    <FormGroup error={!!errors[key]}>
      <Label htmlFor={key}>{label}</Label>
      <span className="usa-hint" id={`${key}-hint`}>
        {hint}
      </span>
      {errors[key] && <ErrorMessage id={`${key}-error`}>{errors[key]}</ErrorMessage>}
      <input
        id={key}
        name={key}
        type="date"
        className={`usa-input${errors[key] ? ' usa-input--error' : ''}`}
        value={draft[key]}
        aria-invalid={!!errors[key]}
        aria-describedby={errors[key] ? `${key}-hint ${key}-error` : `${key}-hint`}
        onChange={(e) => set(key, e.target.value)}
      />
    </FormGroup>
  );
  const viewer = session?.viewer;
  return (
    <>
      <Form
        onSubmit={submit}
        noValidate
        large
        aria-labelledby="record-title"
        className="app-consent-form app-print-hide"
      >
        <h2 id="record-title">Record a consent</h2>
        <p>Enter the terms exactly as on the signed release. You can print them for signature before recording.</p>
        <FormGroup>
          <Label htmlFor="grantor">Given by</Label>
          <Select id="grantor" name="grantor" value={draft.grantor} onChange={(e) => set('grantor', e.target.value)}>
            <option value="YOUTH">The youth</option>
            <option value="GUARDIAN">A parent or guardian</option>
            <option value="ATTORNEY">The youth’s attorney</option>
          </Select>
        </FormGroup>
        <CheckGroup
          legend="Records it opens"
          name="categories"
          options={CONSENTABLE_CATEGORIES}
          labels={CATEGORY_LABEL}
          value={draft.categories}
          onChange={(v) => set('categories', v)}
          error={errors.categories}
          hint={YOUTH_ONLY_HINT}
        />
        <CheckGroup
          legend="Agencies it names"
          name="recipientAgencies"
          options={RECIPIENTS}
          labels={AGENCY_LABEL}
          value={draft.recipientAgencies}
          onChange={(v) => set('recipientAgencies', v)}
          error={errors.recipientAgencies}
        />
        <CheckGroup
          legend="Purposes"
          name="purposes"
          options={CONSENTABLE_PURPOSES}
          labels={PURPOSE_LABEL}
          value={draft.purposes}
          onChange={(v) => set('purposes', v)}
          error={errors.purposes}
        />
        {dateField('effectiveFrom', 'First day', 'The consent is in effect from the start of this day in the county.')}
        {dateField(
          'effectiveTo',
          'Last day (leave empty if open-ended)',
          'The consent stays in effect through the end of this day in the county.',
        )}
        {!termsErrors(draft).effectiveTo && !termsErrors(draft).effectiveFrom && (
          <p className="app-meta" data-testid="period-preview">
            In effect {formatPeriod(draft.effectiveFrom, draft.effectiveTo || null)}.
          </p>
        )}
        <FormGroup error={!!errors.formReference}>
          <Label htmlFor="formReference">Signed form reference</Label>
          <span className="usa-hint" id="formReference-hint">
            The reference of the signed release kept on file.
          </span>
          {errors.formReference && <ErrorMessage id="formReference-error">{errors.formReference}</ErrorMessage>}
          <TextInput
            id="formReference"
            name="formReference"
            type="text"
            value={draft.formReference}
            validationStatus={errors.formReference ? 'error' : undefined}
            aria-describedby={errors.formReference ? 'formReference-hint formReference-error' : 'formReference-hint'}
            onChange={(e) => set('formReference', e.target.value)}
          />
        </FormGroup>
        <p data-testid="recorder">
          Recorded by: <strong>{viewer?.name}</strong>, {ROLE_LABEL[viewer?.role ?? ''] ?? viewer?.role} (
          {AGENCY_LABEL[viewer?.agency ?? ''] ?? viewer?.agency})
        </p>
        {submitted && Object.keys(errors).length > 0 && (
          <p className="usa-error-message" role="alert">
            Check the fields marked above.
          </p>
        )}
        {record.error && <ErrorBox title="The consent was not recorded">{record.error.message}</ErrorBox>}
        <Button type="button" outline onClick={printForSignature}>
          Print for signature
        </Button>
        <Button type="submit" disabled={record.isPending}>
          Record consent
        </Button>
      </Form>
      {printed && (
        <div className="app-print-only">
          <Authorization youth={youthName} terms={draft} />
        </div>
      )}
    </>
  );
}
