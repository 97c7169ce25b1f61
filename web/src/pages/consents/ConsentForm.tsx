import { useState, type FormEvent } from 'react';
import { countyToday } from '../auth/config.ts';
import { request } from '../api/client.ts';
import { CheckGroup } from '../components/CheckGroup.tsx';
import { ErrorBox } from '../components/Status.tsx';
import { AGENCIES, AGENCY_LABEL, CATEGORIES, CATEGORY_LABEL, PURPOSE_LABEL } from '../labels.ts';
import { consentErrors, consentInput, emptyDraft, type ConsentDraft } from './consent-form.ts';
import { RecordConsentMutation } from './consent-queries.ts';

const today = () => countyToday();
// A consent never opens AUDIT (privacy officers see no records) nor the hub's own parts.
const PURPOSE_OPTIONS = ['CARE_COORDINATION', 'COURT_ORDERED', 'PROSECUTION', 'EMERGENCY'];
const RECIPIENTS = AGENCIES.filter((a) => a !== 'HUB');

/** Records a youth's consent from the signed form, with each field checked before it is sent. */
export function ConsentForm({ youthId, onRecorded }: { youthId: string; onRecorded: (id: string) => void }) {
  const [draft, setDraft] = useState<ConsentDraft>(() => emptyDraft(today()));
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const errors = submitted ? consentErrors(draft) : {};
  const set = <K extends keyof ConsentDraft>(key: K, value: ConsentDraft[K]) => setDraft({ ...draft, [key]: value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(consentErrors(draft)).length) return;
    setBusy(true);
    setError(undefined);
    try {
      const { data, errors: refused } = await request(RecordConsentMutation, { input: consentInput(youthId, draft) });
      if (!data) throw new Error(refused[0]?.message ?? 'The consent was not recorded.');
      setDraft(emptyDraft(today()));
      setSubmitted(false);
      onRecorded(data.recordConsent.id);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const described = (key: keyof ConsentDraft) =>
    errors[key] ? { 'aria-describedby': `${key}-error`, 'aria-invalid': true } : {};
  return (
    <form className="consent-form" onSubmit={submit} noValidate aria-labelledby="record-title">
      <h2 id="record-title">Record a consent</h2>
      <p>Enter the terms exactly as on the signed release kept on file.</p>
      <label htmlFor="grantor">Given by</label>
      <select id="grantor" value={draft.grantor} onChange={(e) => set('grantor', e.target.value)}>
        <option value="YOUTH">The youth</option>
        <option value="GUARDIAN">A parent or guardian</option>
        <option value="ATTORNEY">The youth’s attorney</option>
      </select>
      <CheckGroup
        legend="Records it opens"
        name="categories"
        options={CATEGORIES}
        labels={CATEGORY_LABEL}
        value={draft.categories}
        onChange={(v) => set('categories', v)}
        error={errors.categories}
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
        options={PURPOSE_OPTIONS}
        labels={PURPOSE_LABEL}
        value={draft.purposes}
        onChange={(v) => set('purposes', v)}
        error={errors.purposes}
      />
      <label htmlFor="effectiveFrom">First day</label>
      <input
        id="effectiveFrom"
        type="date"
        value={draft.effectiveFrom}
        onChange={(e) => set('effectiveFrom', e.target.value)}
        {...described('effectiveFrom')}
      />
      {errors.effectiveFrom && (
        <p id="effectiveFrom-error" className="field-error">
          {errors.effectiveFrom}
        </p>
      )}
      <label htmlFor="effectiveTo">Last day (leave empty if open-ended)</label>
      <input
        id="effectiveTo"
        type="date"
        value={draft.effectiveTo}
        onChange={(e) => set('effectiveTo', e.target.value)}
        {...described('effectiveTo')}
      />
      {errors.effectiveTo && (
        <p id="effectiveTo-error" className="field-error">
          {errors.effectiveTo}
        </p>
      )}
      <label htmlFor="formReference">Signed form reference</label>
      <input
        id="formReference"
        type="text"
        value={draft.formReference}
        onChange={(e) => set('formReference', e.target.value)}
        {...described('formReference')}
      />
      {errors.formReference && (
        <p id="formReference-error" className="field-error">
          {errors.formReference}
        </p>
      )}
      {submitted && Object.keys(errors).length > 0 && (
        <p className="field-error" role="alert">
          Check the fields marked above.
        </p>
      )}
      {error && <ErrorBox title="The consent was not recorded">{error}</ErrorBox>}
      <button type="submit" disabled={busy}>
        Record consent
      </button>
    </form>
  );
}
