import {
  Button,
  Checkbox,
  ErrorMessage,
  Fieldset,
  FormGroup,
  Label,
  Radio,
  Select,
  TextInput,
} from '@trussworks/react-uswds';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAnswer, useChange } from '../../api/query.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { ErrorBox, Loading } from '../../components/Status.tsx';
import { countyWallClock, countyWallInstant } from '../../format/dates.ts';
import { AGENCY_LABEL, ROLE_LABEL } from '../../labels.ts';
import { AgendaCandidatesQuery, ScheduleMdtMeetingMutation } from './meeting-queries.ts';
import { scheduleErrors, slots, type ScheduleDraft, type ScheduleErrors } from './schedule-form.ts';

const TRIGGERS: [string, string][] = [
  ['RUNAWAY_RETURN', 'Return from a runaway episode'],
  ['NEW_IDENTIFICATION', 'A new identification'],
  ['PLACEMENT_DISRUPTION', 'A placement disruption'],
  ['SAFETY_THREAT', 'A threat to the youth’s safety'],
];

function FieldError({ id, text }: { id: string; text: string | undefined }) {
  return text ? <ErrorMessage id={`${id}-error`}>{text}</ErrorMessage> : null;
}

/** The coordinator's agenda builder: when, what kind, which youths of their teams (one slot each), whom to invite. */
export function ScheduleMeeting() {
  const navigate = useNavigate();
  const state = useAnswer(AgendaCandidatesQuery, {});
  const [draft, setDraft] = useState<ScheduleDraft>({
    startsAt: '',
    kind: 'MONTHLY',
    trigger: '',
    triggeredAt: '',
    youthIds: [],
    minutes: 60,
    invitees: [],
  });
  const [errors, setErrors] = useState<ScheduleErrors>({});
  const schedule = useChange(ScheduleMdtMeetingMutation);
  if (state.isPending) return <Loading what="your teams" />;
  if (state.isError) return <ErrorBox>{state.error.message}</ErrorBox>;
  const youths = (state.data.data?.youths.edges ?? []).map((e) => e.node);
  const chosen = youths.filter((y) => draft.youthIds.includes(y.id));
  const people = new Map<string, { name: string; agency: string; role: string }>();
  for (const y of chosen) for (const m of y.team ?? []) if (m.role !== 'MDT_COORDINATOR') people.set(m.personId, m);
  // A field changed is no longer wrong until the next try: its error goes with the change.
  const set = (change: Partial<ScheduleDraft>) => {
    setDraft({ ...draft, ...change });
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !(k in change))));
  };
  const submit = () => {
    const invitees = draft.invitees.filter((s) => people.has(s));
    const found = scheduleErrors({ ...draft, invitees }, (l) => countyWallInstant(l), new Date());
    setErrors(found);
    if (Object.keys(found).length) return;
    schedule.mutate(
      {
        input: {
          startsAt: draft.startsAt,
          kind: draft.kind,
          trigger: draft.kind === 'URGENT' ? (draft.trigger as never) : null,
          triggeredAt: draft.kind === 'URGENT' ? draft.triggeredAt : null,
          agenda: slots(
            draft.startsAt,
            draft.youthIds,
            draft.minutes,
            (l) => countyWallInstant(l),
            (at) => countyWallClock(at),
          ),
          invitees,
        },
      },
      { onSuccess: (data) => void navigate(`/meetings/${data.scheduleMdtMeeting.id}`) },
    );
  };
  const described = (field: keyof ScheduleDraft) => (errors[field] ? `${field}-error` : undefined);
  return (
    <>
      <Breadcrumbs
        trail={[
          ['/', 'Caseload'],
          ['/meetings', 'MDT meetings'],
        ]}
        current="Schedule a meeting"
      />
      <h1>Schedule a meeting</h1>
      <p>
        Times are the county’s. Each youth gets a slot, one after another from the start. Each member invited is shown
        only the youths whose team they are on.
      </p>
      {schedule.error && (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{schedule.error.message}</p>
          </div>
        </div>
      )}
      <form
        className="usa-form usa-form--large"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Fieldset legend="Kind of meeting">
          <Radio
            id="kind-monthly"
            name="kind"
            label="Monthly meeting"
            checked={draft.kind === 'MONTHLY'}
            onChange={() => set({ kind: 'MONTHLY' })}
          />
          <Radio
            id="kind-urgent"
            name="kind"
            label="Urgent meeting (within 72 hours after what it answers to)"
            checked={draft.kind === 'URGENT'}
            onChange={() => set({ kind: 'URGENT' })}
          />
        </Fieldset>
        {draft.kind === 'URGENT' && (
          <>
            <FormGroup error={!!errors.trigger}>
              <Label htmlFor="trigger">What it answers to</Label>
              <FieldError id="trigger" text={errors.trigger} />
              <Select
                id="trigger"
                name="trigger"
                value={draft.trigger}
                aria-describedby={described('trigger')}
                onChange={(e) => set({ trigger: e.target.value })}
              >
                <option value="">- Select -</option>
                {TRIGGERS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </Select>
            </FormGroup>
            <FormGroup error={!!errors.triggeredAt}>
              <Label htmlFor="triggeredAt">When it happened</Label>
              <FieldError id="triggeredAt" text={errors.triggeredAt} />
              <input
                className={`usa-input${errors.triggeredAt ? ' usa-input--error' : ''}`}
                id="triggeredAt"
                name="triggeredAt"
                type="datetime-local"
                value={draft.triggeredAt}
                aria-describedby={described('triggeredAt')}
                onChange={(e) => set({ triggeredAt: e.target.value })}
              />
            </FormGroup>
          </>
        )}
        <FormGroup error={!!errors.startsAt}>
          <Label htmlFor="startsAt">Starts at</Label>
          <FieldError id="startsAt" text={errors.startsAt} />
          <input
            className={`usa-input${errors.startsAt ? ' usa-input--error' : ''}`}
            id="startsAt"
            name="startsAt"
            type="datetime-local"
            value={draft.startsAt}
            aria-describedby={described('startsAt')}
            onChange={(e) => set({ startsAt: e.target.value })}
          />
        </FormGroup>
        <FormGroup error={!!errors.minutes}>
          <Label htmlFor="minutes">Minutes per youth</Label>
          <FieldError id="minutes" text={errors.minutes} />
          <TextInput
            id="minutes"
            name="minutes"
            type="number"
            value={String(draft.minutes)}
            validationStatus={errors.minutes ? 'error' : undefined}
            aria-describedby={described('minutes')}
            onChange={(e) => set({ minutes: Number(e.target.value) })}
          />
        </FormGroup>
        <FormGroup error={!!errors.youthIds}>
          <Fieldset legend="Youths on the agenda" aria-describedby={described('youthIds')}>
            <FieldError id="youthIds" text={errors.youthIds} />
            {youths.length === 0 && <p className="app-none">You are on no youth’s team.</p>}
            {youths.map((y) => (
              <Checkbox
                key={y.id}
                id={`youth-${y.id}`}
                name="youth"
                label={y.displayName ?? 'Youth'}
                checked={draft.youthIds.includes(y.id)}
                onChange={(e) =>
                  set({
                    youthIds: e.target.checked ? [...draft.youthIds, y.id] : draft.youthIds.filter((x) => x !== y.id),
                  })
                }
              />
            ))}
          </Fieldset>
        </FormGroup>
        <FormGroup error={!!errors.invitees}>
          <Fieldset legend="Members to invite" aria-describedby={described('invitees')}>
            <FieldError id="invitees" text={errors.invitees} />
            {people.size === 0 && (
              <p className="app-none">Choose youths first: their teams’ members are listed here.</p>
            )}
            {[...people].map(([sub, p]) => (
              <Checkbox
                key={sub}
                id={`invite-${sub}`}
                name="invitee"
                label={`${p.name}, ${ROLE_LABEL[p.role] ?? p.role} (${AGENCY_LABEL[p.agency] ?? p.agency})`}
                checked={draft.invitees.includes(sub)}
                onChange={(e) =>
                  set({
                    invitees: e.target.checked ? [...draft.invitees, sub] : draft.invitees.filter((x) => x !== sub),
                  })
                }
              />
            ))}
          </Fieldset>
        </FormGroup>
        <Button type="submit" disabled={schedule.isPending}>
          Schedule the meeting
        </Button>
      </form>
    </>
  );
}
