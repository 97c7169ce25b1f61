import { Button, ErrorMessage, FormGroup, Label, Select, Tag, Textarea } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { unavailableFields } from '../../api/denials.ts';
import { useAnswer, useChange } from '../../api/query.ts';
import { ErrorBox, ErrorList, Loading } from '../../components/Status.tsx';
import { formatDateTime } from '../../format/dates.ts';
import type { AlertFragment } from '../../generated/graphql.ts';
import { AGENCY_LABEL, ROLE_LABEL } from '../../labels.ts';
import { PARTS } from './filters.ts';
import { ClosePrivacyAlertMutation, PrivacyAlertsQuery } from './oversight-queries.ts';

const KIND_LABEL: Record<string, string> = {
  AFTER_HOURS: 'Reads outside working hours',
  DAILY_SPIKE: 'Far more reads than usual',
  OFF_TEAM_DENIALS: 'Repeated look-ups of youths off their teams',
  GRANT_NOT_JUSTIFIED: 'Reads under a grant found not justified',
};
const FINDING_LABEL: Record<string, string> = {
  LEGITIMATE: 'Legitimate use',
  MISUSE: 'Misuse',
  INCONCLUSIVE: 'Inconclusive',
};
const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The rows behind an alert: the viewer page, filtered to its viewer, day (or grant) and agency. */
export function rowsLink(a: AlertFragment): string {
  const params = new URLSearchParams({ sub: a.viewerSub, agency: a.agency, rows: a.rowIds.join(',') });
  if (a.emergencyGrantId) params.set('grant', a.emergencyGrantId);
  else {
    params.set('from', a.from);
    params.set('to', a.to);
  }
  if (a.kind === 'OFF_TEAM_DENIALS') params.set('outcome', 'DENIED');
  else params.set('access', 'RECORD');
  return `/privacy/viewer?${params}`;
}

function CloseAlert({ alertId }: { alertId: string }) {
  const [finding, setFinding] = useState('LEGITIMATE');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const close = useChange(ClosePrivacyAlertMutation);
  const key = alertId.replace(/[^A-Za-z0-9_-]/g, '-');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!note.trim()) return setError('Write what you found, for the record.');
    setError(undefined);
    close.mutate({ alertId, finding: finding as never, note: note.trim() });
  };
  const message = error ?? close.error?.message;
  return (
    <form className="app-close-review" onSubmit={submit} aria-label="Close this alert with a finding">
      <FormGroup>
        <Label htmlFor={`alert-finding-${key}`}>Finding</Label>
        <Select id={`alert-finding-${key}`} name="finding" value={finding} onChange={(e) => setFinding(e.target.value)}>
          {Object.entries(FINDING_LABEL).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </Select>
      </FormGroup>
      <FormGroup error={!!message}>
        <Label htmlFor={`alert-note-${key}`}>What you found</Label>
        {message && <ErrorMessage id={`alert-note-${key}-error`}>{message}</ErrorMessage>}
        <Textarea
          id={`alert-note-${key}`}
          name="note"
          value={note}
          maxLength={2000}
          error={!!message}
          aria-describedby={message ? `alert-note-${key}-error` : undefined}
          onChange={(e) => setNote(e.target.value)}
        />
      </FormGroup>
      <Button type="submit" disabled={close.isPending}>
        Close alert
      </Button>
    </form>
  );
}

/**
 * The privacy officer's alert queue: each agency computes its own from its own log, for the period
 * asked; each alert links to the rows behind it and is closed once with a finding, kept.
 */
export function Alerts() {
  const today = Date.now();
  const [draft, setDraft] = useState({ from: isoDay(today - 30 * DAY), to: isoDay(today) });
  const [period, setPeriod] = useState(draft);
  const [show, setShow] = useState<'OPEN' | 'CLOSED' | 'ALL'>('OPEN');
  const state = useAnswer(PrivacyAlertsQuery, period);
  const answer = state.data;
  const alerts = answer?.data?.privacyAlerts;
  const down = unavailableFields(answer?.errors ?? []);
  const findings = new Map((alerts?.findings ?? []).map((f) => [f.alertId, f]));
  const all = PARTS.flatMap(([part]) => alerts?.[part] ?? []).sort(
    (a, b) => b.day.localeCompare(a.day) || a.id.localeCompare(b.id),
  );
  const listed = all.filter((a) => show === 'ALL' || (show === 'OPEN') === !findings.has(a.id));
  const open = all.filter((a) => !findings.has(a.id)).length;
  return (
    <section aria-labelledby="alerts-title">
      <h2 id="alerts-title">Alerts</h2>
      <p className="app-meta">
        Computed now by each agency from its own disclosure log: reads outside working hours, a day far above the
        person’s usual, repeated look-ups of youths off their teams, and reads under emergency grants found not
        justified. Alerts name people and days, never youths.
      </p>
      <form
        className="app-filters"
        aria-label="Period"
        onSubmit={(e) => {
          e.preventDefault();
          setPeriod(draft);
        }}
      >
        <div className="app-filters__field">
          <Label htmlFor="alerts-from">From</Label>
          <input
            id="alerts-from"
            type="date"
            className="usa-input"
            value={draft.from}
            required
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </div>
        <div className="app-filters__field">
          <Label htmlFor="alerts-to">To</Label>
          <input
            id="alerts-to"
            type="date"
            className="usa-input"
            value={draft.to}
            required
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </div>
        <div className="app-filters__field">
          <Label htmlFor="alerts-show">Show</Label>
          <Select
            id="alerts-show"
            name="show"
            value={show}
            onChange={(e) => setShow(e.target.value as 'OPEN' | 'CLOSED' | 'ALL')}
          >
            <option value="OPEN">Open alerts</option>
            <option value="CLOSED">Closed alerts</option>
            <option value="ALL">All alerts</option>
          </Select>
        </div>
        <Button type="submit">Show alerts</Button>
      </form>
      {state.isPending && <Loading what="the alerts" />}
      {state.isError && <ErrorBox>{state.error.message}</ErrorBox>}
      {answer && <ErrorList errors={answer.errors.filter((e) => e.extensions?.code !== 'SUBGRAPH_UNAVAILABLE')} />}
      {down.size > 0 && (
        <ErrorBox title="Some agencies did not answer">
          Their alerts are missing:{' '}
          {PARTS.filter(([p]) => down.has(p))
            .map(([, t]) => t)
            .join(', ')}
          .
        </ErrorBox>
      )}
      {alerts && (
        <>
          <p aria-live="polite">
            {open} open {open === 1 ? 'alert' : 'alerts'} of {all.length}
          </p>
          {listed.length === 0 && <p className="app-none">No alerts to show.</p>}
          <ul className="usa-list--unstyled app-queue">
            {listed.map((a) => {
              const finding = findings.get(a.id);
              return (
                <li key={a.id} className="app-card" data-alert={a.id} data-kind={a.kind}>
                  <h3 className="app-card__title">
                    {KIND_LABEL[a.kind] ?? a.kind}{' '}
                    <Tag className={finding ? 'app-tag' : 'app-tag app-tag--flagged'}>
                      {finding ? 'Closed' : 'Open'}
                    </Tag>
                  </h3>
                  <p>
                    <strong>{a.viewerName ?? a.viewerSub}</strong>
                    {a.viewerRole && ` (${ROLE_LABEL[a.viewerRole] ?? a.viewerRole}`}
                    {a.viewerAgency && `, ${AGENCY_LABEL[a.viewerAgency] ?? a.viewerAgency})`} · {a.viewerSub}
                  </p>
                  <p>
                    {a.summary}. In {AGENCY_LABEL[a.agency] ?? a.agency}’s log, {a.day}.
                  </p>
                  <p>
                    <Link to={rowsLink(a)}>
                      See the {a.rowIds.length} {a.rowIds.length === 1 ? 'row' : 'rows'} behind this alert
                    </Link>
                  </p>
                  {finding ? (
                    <p>
                      Closed by {finding.closedByName ?? finding.closedBy} on {formatDateTime(finding.closedAt)}:{' '}
                      {FINDING_LABEL[finding.finding] ?? finding.finding}. {finding.note}
                    </p>
                  ) : (
                    <CloseAlert alertId={a.id} />
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
