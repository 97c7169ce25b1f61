import {
  Button,
  ButtonGroup,
  Checkbox,
  ErrorMessage,
  Fieldset,
  FormGroup,
  Label,
  Radio,
  Select,
  Tag,
  Textarea,
} from '@trussworks/react-uswds';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { GraphQLErrorShape } from '../../api/graphql.ts';
import { useAnswer, useChange } from '../../api/query.ts';
import { mergeTimelines } from '../../api/timeline.ts';
import { useSession } from '../../auth/session.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { ErrorBox, ErrorList, Loading } from '../../components/Status.tsx';
import { countyToday, formatDate, formatDateTime } from '../../format/dates.ts';
import { valueLabel } from '../../format/values.ts';
import { youthName } from '../../format/youth.ts';
import { AGENCY_LABEL, CATEGORY_LABEL, REASON_LABEL, ROLE_LABEL } from '../../labels.ts';
import { YouthSummaryQuery } from '../youth/queries.ts';
import {
  amendErrors,
  itemErrors,
  statusErrors,
  type AmendDraft,
  type AmendErrors,
  type ItemDraft,
  type ItemErrors,
  type StatusDraft,
  type StatusErrors,
} from './action-item-form.ts';
import {
  AmendMeetingNoteMutation,
  CreateMeetingActionItemMutation,
  MdtMeetingQuery,
  RecordAttendanceMutation,
  RecordMeetingNoteMutation,
} from './meeting-queries.ts';
import { UpdateActionItemMutation } from './queries.ts';

type Meeting = NonNullable<NonNullable<ReturnType<typeof useMeeting>['data']>['data']>['mdtMeeting'];
type Entry = NonNullable<Meeting>['agenda'][number];
const useMeeting = (id: string) => useAnswer(MdtMeetingQuery, { id });

/** The parts of the record hidden from this member: one line per agency and category, with why. */
export function hiddenParts(errors: readonly GraphQLErrorShape[]): string[] {
  const lines = new Map<string, string>();
  for (const e of errors) {
    const x = e.extensions ?? {};
    if (x.code !== 'FORBIDDEN' || typeof x.category !== 'string') continue;
    const agency = AGENCY_LABEL[String(x.agency)] ?? String(x.agency);
    const key = `${agency}|${x.category}`;
    if (!lines.has(key)) {
      lines.set(
        key,
        `${agency}: ${CATEGORY_LABEL[x.category] ?? x.category}. ${REASON_LABEL[String(x.reason)] ?? 'Not shared with you'}.`,
      );
    }
  }
  return [...lines.values()];
}

/**
 * One youth's brief for the signed-in member, built live from the federated record as they may see
 * it (the youth summary's own request, so the read is in every agency's accounting): never stored.
 */
function Brief({ entry, coordinator }: { entry: Entry; coordinator: boolean }) {
  const session = useSession();
  const state = useAnswer(YouthSummaryQuery, { id: entry.youth.id });
  if (state.isPending) return <Loading what="the brief" />;
  if (state.isError) return <ErrorBox>{state.error.message}</ErrorBox>;
  const { data, errors } = state.data;
  const youth = data?.youth;
  if (!youth) return <p className="app-none">This youth is no longer on your caseload.</p>;
  const cw = youth.childWelfare;
  const since = entry.previousMeetingAt;
  const changes = mergeTimelines(youth, errors).events.filter((e) => !since || e.date > since.slice(0, 10));
  const hidden = hiddenParts(errors);
  const missing = cw?.missingNow ?? youth.probation?.missingNow;
  return (
    <div className="app-brief" data-brief={entry.youth.id}>
      <h4>Identity</h4>
      <p>
        {youthName(youth)}
        {youth.dateOfBirth ? `, born ${formatDate(youth.dateOfBirth)}` : ''}
      </p>
      <h4>Placement and missing status</h4>
      <p>
        {cw?.currentPlacement
          ? `${cw.currentPlacement.kind} at ${cw.currentPlacement.providerName ?? 'a provider'} since ${formatDate(cw.currentPlacement.startDate)}.`
          : 'No placement you may see.'}{' '}
        {missing ? <strong>Missing now, since {formatDateTime(missing.since)}.</strong> : 'Not reported missing.'}
      </p>
      <h4>Safety plan</h4>
      <p>
        {cw?.safetyPlan
          ? `${cw.safetyPlan.summary} (updated ${formatDate(cw.safetyPlan.updatedOn)})`
          : 'None you may see.'}
      </p>
      <h4>Service plan</h4>
      {youth.servicePlan?.needs.length ? (
        <ul>
          {youth.servicePlan.needs.map((n) => (
            <li key={n.id}>
              {valueLabel(n.domain)}:{' '}
              {['RECEIVING', 'COMPLETED'].includes(n.status) ? 'received' : 'needed, not yet received'} (
              {n.status.toLowerCase()})
            </li>
          ))}
        </ul>
      ) : (
        <p>None you may see.</p>
      )}
      <h4>Open action items</h4>
      {entry.openActionItems?.length ? (
        <ul>
          {entry.openActionItems.map((i) => (
            <li key={i.id} data-action-item={i.id}>
              {i.overdue && <Tag className="app-tag app-tag--overdue">Overdue</Tag>} {i.text} ({i.ownerName}, due{' '}
              {formatDate(i.dueOn)})
              {(coordinator || i.ownerSub === session?.viewer.sub) && (
                <Reveal label="Close" detail={i.text} id={`close-${i.id}`}>
                  {(close) => <CloseItem item={i} onClose={close} />}
                </Reveal>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>None.</p>
      )}
      <h4>Since the previous meeting{since ? ` (${formatDate(since)})` : ''}</h4>
      {changes.length ? (
        <ul>
          {changes.slice(0, 20).map((e) => (
            <li key={`${e.agency}-${e.id}`}>
              {formatDate(e.date)}: {e.summary}
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing you may see changed.</p>
      )}
      <h4>
        Hidden from you: {hidden.length} part{hidden.length === 1 ? '' : 's'}
      </h4>
      {hidden.length > 0 && (
        <ul className="app-brief__hidden">
          {hidden.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Attendance({ meeting }: { meeting: NonNullable<Meeting> }) {
  const session = useSession();
  const [chosen, setChosen] = useState<string[]>(meeting.attendance?.map((a) => a.sub) ?? []);
  const [error, setError] = useState<string>();
  const record = useChange(RecordAttendanceMutation);
  const people = [
    ...meeting.invitees,
    ...(session && !meeting.invitees.some((i) => i.sub === session.viewer.sub)
      ? [{ sub: session.viewer.sub, name: `${session.viewer.name ?? session.viewer.sub} (you)`, agency: 'HUB' }]
      : []),
  ];
  const submit = () => {
    if (!chosen.length) return setError('Choose at least one member who attended.');
    setError(undefined);
    record.mutate({ meetingId: meeting.id, attendees: chosen });
  };
  const shown = error ?? record.error?.message;
  return (
    <section className="app-no-print" aria-labelledby="attendance-h">
      <h2 id="attendance-h">Attendance</h2>
      <FormGroup error={!!shown}>
        <Fieldset legend="Who attended">
          {shown && <ErrorMessage id="attendance-error">{shown}</ErrorMessage>}
          {people.map((p) => (
            <Checkbox
              key={p.sub}
              id={`attended-${p.sub}`}
              name="attended"
              label={`${p.name}, ${AGENCY_LABEL[p.agency] ?? p.agency}`}
              checked={chosen.includes(p.sub)}
              onChange={(e) => setChosen(e.target.checked ? [...chosen, p.sub] : chosen.filter((s) => s !== p.sub))}
            />
          ))}
        </Fieldset>
      </FormGroup>
      <Button type="button" disabled={record.isPending} onClick={submit}>
        Record attendance
      </Button>
      {meeting.attendanceRecordedAt && <p>Last recorded {formatDateTime(meeting.attendanceRecordedAt)}.</p>}
    </section>
  );
}

function NoteForm({ meetingId, youthId }: { meetingId: string; youthId: string }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const record = useChange(RecordMeetingNoteMutation);
  const submit = () => {
    const t = text.trim();
    if (!t) return setError('Write the note before recording it.');
    if (t.length > 10_000) return setError('A note is at most 10,000 characters.');
    setError(undefined);
    record.mutate({ meetingId, youthId, text: t }, { onSuccess: () => setText('') });
  };
  const shown = error ?? record.error?.message;
  const id = `note-${youthId}`;
  return (
    <FormGroup error={!!shown} className="app-no-print">
      <Label htmlFor={id}>Record a note of this discussion</Label>
      {shown && <ErrorMessage id={`${id}-error`}>{shown}</ErrorMessage>}
      <Textarea
        id={id}
        name="note"
        value={text}
        error={!!shown}
        aria-describedby={shown ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <Button type="button" disabled={record.isPending} onClick={submit}>
        Record note
      </Button>
    </FormGroup>
  );
}

type Note = NonNullable<Entry['notes']>[number];
type Item = NonNullable<Entry['openActionItems']>[number];

/** A button that reveals one form in place (and hides it again): one member's or one item's, not every one at once. */
function Reveal({
  label,
  detail,
  id,
  children,
}: {
  label: string;
  detail: string;
  id: string;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button type="button" outline aria-expanded={false} aria-controls={id} onClick={() => setOpen(true)}>
        {label}
        <span className="usa-sr-only">: {detail.length > 60 ? `${detail.slice(0, 59)}…` : detail}</span>
      </Button>
    );
  }
  return <div id={id}>{children(() => setOpen(false))}</div>;
}

/** Focuses a revealed form's first field, where the button that revealed it was. */
function useFocusOnMount(id: string) {
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);
}

/** Amend a note: the new text and why. The original and every amendment stay, shown with who and why. */
function AmendNote({ note, onClose }: { note: Note; onClose: () => void }) {
  const [draft, setDraft] = useState<AmendDraft>({ text: note.currentText, reason: '' });
  const [errors, setErrors] = useState<AmendErrors>({});
  const amend = useChange(AmendMeetingNoteMutation);
  const id = `amend-${note.id}`;
  useFocusOnMount(`${id}-text`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = amendErrors(draft, note.currentText);
    setErrors(found);
    if (Object.keys(found).length) return;
    amend.mutate({ noteId: note.id, text: draft.text.trim(), reason: draft.reason.trim() }, { onSuccess: onClose });
  };
  return (
    <form onSubmit={submit} noValidate className="app-no-print app-inline-form" aria-label="Amend the note">
      <FormGroup error={!!errors.text}>
        <Label htmlFor={`${id}-text`}>The note as amended</Label>
        {errors.text && <ErrorMessage id={`${id}-text-error`}>{errors.text}</ErrorMessage>}
        <Textarea
          id={`${id}-text`}
          name="text"
          value={draft.text}
          error={!!errors.text}
          aria-describedby={errors.text ? `${id}-text-error` : undefined}
          onChange={(e) => setDraft({ ...draft, text: e.target.value })}
        />
      </FormGroup>
      <FormGroup error={!!errors.reason}>
        <Label htmlFor={`${id}-reason`}>Why it is amended</Label>
        <span className="usa-hint" id={`${id}-reason-hint`}>
          The original stays on the record, with your name and this reason.
        </span>
        {errors.reason && <ErrorMessage id={`${id}-reason-error`}>{errors.reason}</ErrorMessage>}
        <Textarea
          id={`${id}-reason`}
          name="reason"
          value={draft.reason}
          error={!!errors.reason}
          aria-describedby={errors.reason ? `${id}-reason-hint ${id}-reason-error` : `${id}-reason-hint`}
          onChange={(e) => setDraft({ ...draft, reason: e.target.value })}
        />
      </FormGroup>
      {amend.error && <ErrorBox title="The amendment was not recorded">{amend.error.message}</ErrorBox>}
      <ButtonGroup>
        <Button type="submit" disabled={amend.isPending}>
          Record the amendment
        </Button>
        <Button type="button" unstyled className="padding-105" onClick={onClose}>
          Cancel
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** A note of the meeting: as it reads now; when amended, the original and each amendment with who and why. */
function NoteEntry({ note }: { note: Note }) {
  return (
    <li className="app-note" data-note={note.id}>
      <p>
        {note.currentText} ({note.authorName}, {formatDateTime(note.recordedAt)}
        {note.amendments.length ? ', amended' : ''})
      </p>
      {note.amendments.length > 0 && (
        <div className="app-meta">
          <p>
            Originally recorded by {note.authorName}: “{note.text}”
          </p>
          <ul>
            {note.amendments.map((a) => (
              <li key={a.id}>
                Amended by {a.amendedByName} on {formatDateTime(a.amendedAt)}: {a.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Reveal label="Amend" detail={`the note of ${formatDateTime(note.recordedAt)}`} id={`amend-${note.id}`}>
        {(close) => <AmendNote note={note} onClose={close} />}
      </Reveal>
    </li>
  );
}

/** Close an open action item: done, or dropped with a reason (the owner or the coordinator). */
function CloseItem({ item, onClose }: { item: Item; onClose: () => void }) {
  const [draft, setDraft] = useState<StatusDraft>({ status: '', note: '' });
  const [errors, setErrors] = useState<StatusErrors>({});
  const update = useChange(UpdateActionItemMutation);
  const id = `close-${item.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = statusErrors(draft, 'OPEN');
    setErrors(found);
    if (Object.keys(found).length || !draft.status) return;
    update.mutate({ id: item.id, status: draft.status, note: draft.note.trim() || null }, { onSuccess: onClose });
  };
  return (
    <form onSubmit={submit} noValidate className="app-no-print app-inline-form" aria-label="Close the action item">
      <FormGroup error={!!errors.status}>
        <Fieldset legend="How it closes">
          {errors.status && <ErrorMessage id={`${id}-status-error`}>{errors.status}</ErrorMessage>}
          <Radio
            id={`${id}-done`}
            name={`${id}-status`}
            label="Done"
            checked={draft.status === 'DONE'}
            onChange={() => setDraft({ ...draft, status: 'DONE' })}
          />
          <Radio
            id={`${id}-dropped`}
            name={`${id}-status`}
            label="Dropped"
            checked={draft.status === 'DROPPED'}
            onChange={() => setDraft({ ...draft, status: 'DROPPED' })}
          />
        </Fieldset>
      </FormGroup>
      <FormGroup error={!!errors.note}>
        <Label htmlFor={`${id}-note`}>
          {draft.status === 'DROPPED' ? 'Why it is dropped' : 'Note (needed when dropped: say why)'}
        </Label>
        {errors.note && <ErrorMessage id={`${id}-note-error`}>{errors.note}</ErrorMessage>}
        <Textarea
          id={`${id}-note`}
          name="note"
          value={draft.note}
          error={!!errors.note}
          aria-describedby={errors.note ? `${id}-note-error` : undefined}
          onChange={(e) => setDraft({ ...draft, note: e.target.value })}
        />
      </FormGroup>
      {update.error && <ErrorBox title="The action item was not closed">{update.error.message}</ErrorBox>}
      <ButtonGroup>
        <Button type="submit" disabled={update.isPending}>
          Close the action item
        </Button>
        <Button type="button" unstyled className="padding-105" onClick={onClose}>
          Cancel
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** A new action item for this youth and meeting: what, an owner from the youth's team today, a due date. */
function NewItem({ meetingId, entry, onClose }: { meetingId: string; entry: Entry; onClose: () => void }) {
  const today = countyToday();
  const [draft, setDraft] = useState<ItemDraft>({ text: '', ownerSub: '', dueOn: '' });
  const [errors, setErrors] = useState<ItemErrors>({});
  const create = useChange(CreateMeetingActionItemMutation);
  const team = entry.youth.team ?? [];
  const id = `item-${entry.youth.id}`;
  useFocusOnMount(`${id}-text`);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = itemErrors(
      draft,
      today,
      team.map((m) => m.personId),
    );
    setErrors(found);
    if (Object.keys(found).length) return;
    create.mutate(
      {
        input: {
          youthId: entry.youth.id,
          meetingId,
          text: draft.text.trim(),
          ownerSub: draft.ownerSub,
          dueOn: draft.dueOn,
        },
      },
      { onSuccess: onClose },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="app-no-print app-inline-form" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>New action item</h4>
      <p className="app-meta">For {youthName(entry.youth)}, recorded with this meeting.</p>
      <FormGroup error={!!errors.text}>
        <Label htmlFor={`${id}-text`}>What is to be done</Label>
        {errors.text && <ErrorMessage id={`${id}-text-error`}>{errors.text}</ErrorMessage>}
        <Textarea
          id={`${id}-text`}
          name="text"
          value={draft.text}
          error={!!errors.text}
          aria-describedby={errors.text ? `${id}-text-error` : undefined}
          onChange={(e) => setDraft({ ...draft, text: e.target.value })}
        />
      </FormGroup>
      <FormGroup error={!!errors.ownerSub}>
        <Label htmlFor={`${id}-owner`}>Owner</Label>
        <span className="usa-hint" id={`${id}-owner-hint`}>
          A member of the youth’s team today.
        </span>
        {errors.ownerSub && <ErrorMessage id={`${id}-owner-error`}>{errors.ownerSub}</ErrorMessage>}
        <Select
          id={`${id}-owner`}
          name="ownerSub"
          value={draft.ownerSub}
          validationStatus={errors.ownerSub ? 'error' : undefined}
          aria-describedby={errors.ownerSub ? `${id}-owner-hint ${id}-owner-error` : `${id}-owner-hint`}
          onChange={(e) => setDraft({ ...draft, ownerSub: e.target.value })}
        >
          <option value="">- Select the owner -</option>
          {team.map((m) => (
            <option key={m.personId} value={m.personId}>
              {m.name}, {ROLE_LABEL[m.role] ?? m.role} ({AGENCY_LABEL[m.agency] ?? m.agency})
            </option>
          ))}
        </Select>
      </FormGroup>
      <FormGroup error={!!errors.dueOn}>
        <Label htmlFor={`${id}-due`}>Due date</Label>
        <span className="usa-hint" id={`${id}-due-hint`}>
          Today or later.
        </span>
        {errors.dueOn && <ErrorMessage id={`${id}-due-error`}>{errors.dueOn}</ErrorMessage>}
        <input
          id={`${id}-due`}
          name="dueOn"
          type="date"
          min={today}
          className={`usa-input${errors.dueOn ? ' usa-input--error' : ''}`}
          value={draft.dueOn}
          aria-invalid={!!errors.dueOn}
          aria-describedby={errors.dueOn ? `${id}-due-hint ${id}-due-error` : `${id}-due-hint`}
          onChange={(e) => setDraft({ ...draft, dueOn: e.target.value })}
        />
      </FormGroup>
      {create.error && <ErrorBox title="The action item was not recorded">{create.error.message}</ErrorBox>}
      <ButtonGroup>
        <Button type="submit" disabled={create.isPending}>
          Record the action item
        </Button>
        <Button type="button" unstyled className="padding-105" onClick={onClose}>
          Cancel
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** A new action item from this meeting: revealed by its button, for this youth only. */
function AddItem({ meetingId, entry }: { meetingId: string; entry: Entry }) {
  return (
    <div className="app-no-print app-actions">
      <Reveal label="Add an action item" detail={youthName(entry.youth)} id={`new-item-${entry.youth.id}`}>
        {(close) => <NewItem meetingId={meetingId} entry={entry} onClose={close} />}
      </Reveal>
    </div>
  );
}

/** A meeting: per youth on the agenda, the signed-in member's own brief, the notes; the coordinator records attendance. */
export function MeetingPage({ id }: { id: string }) {
  const session = useSession();
  const state = useMeeting(id);
  if (state.isPending) return <Loading what="the meeting" />;
  if (state.isError) return <ErrorBox>{state.error.message}</ErrorBox>;
  const { data, errors } = state.data;
  const meeting = data?.mdtMeeting;
  if (!meeting) return <ErrorBox title="No such meeting">This meeting does not exist, or you may not see it.</ErrorBox>;
  const coordinator = session?.viewer.role === 'MDT_COORDINATOR';
  const started = Date.parse(meeting.startsAt) <= Date.now() + 15 * 60_000;
  const title = `${meeting.kind === 'URGENT' ? 'Urgent' : 'Monthly'} MDT meeting, ${formatDateTime(meeting.startsAt)}`;
  return (
    <article className="app-meeting">
      <Breadcrumbs
        trail={[
          ['/', 'Caseload'],
          ['/meetings', 'Meetings'],
        ]}
        current={title}
      />
      <h1>{title}</h1>
      <p className="app-meta">
        Confidential MDT information (WIC 830, WIC 18961.7): shared only within each youth’s multidisciplinary team, not
        to be disclosed further, and inadmissible in any proceeding. Scheduled by {meeting.scheduledByName}.
        {meeting.trigger ? ` Trigger: ${meeting.trigger.toLowerCase().replaceAll('_', ' ')}.` : ''}
      </p>
      {/* What is withheld is in each brief's hidden parts, with why: only other problems here. */}
      <ErrorList errors={errors.filter((e) => e.extensions?.code !== 'FORBIDDEN')} />
      <div className="app-actions app-no-print">
        <Button type="button" outline onClick={() => window.print()}>
          Print the briefs
        </Button>
      </div>
      {!!meeting.notShownCount && (
        <p>
          {meeting.notShownCount} youth{meeting.notShownCount === 1 ? ' is' : 's are'} on the agenda whose team you do
          not coordinate: not shown.
        </p>
      )}
      {meeting.agenda.map((entry) => (
        <section key={entry.youth.id} className="app-card app-brief-section" aria-labelledby={`slot-${entry.youth.id}`}>
          <h2 id={`slot-${entry.youth.id}`}>
            {formatDateTime(entry.startsAt)}:{' '}
            <Link className="usa-link" to={`/youths/${entry.youth.id}`}>
              {youthName(entry.youth)}
            </Link>{' '}
            ({entry.minutes} minutes)
          </h2>
          <h3>Brief</h3>
          <Brief entry={entry} coordinator={coordinator} />
          <h3>Notes of this meeting</h3>
          {entry.notes?.length ? (
            <ul className="usa-list--unstyled">
              {entry.notes.map((n) => (
                <NoteEntry key={n.id} note={n} />
              ))}
            </ul>
          ) : (
            <p>No notes yet.</p>
          )}
          {started && <NoteForm meetingId={meeting.id} youthId={entry.youth.id} />}
          <AddItem meetingId={meeting.id} entry={entry} />
        </section>
      ))}
      {coordinator && started && <Attendance meeting={meeting} />}
    </article>
  );
}
