import {
  Button,
  ButtonGroup,
  ErrorMessage,
  Form,
  FormGroup,
  Label,
  Select,
  Tag,
  Textarea,
} from '@trussworks/react-uswds';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useAnswer, useChange } from '../../api/query.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { ErrorBox, ErrorList, Loading } from '../../components/Status.tsx';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { youthLabel } from '../../format/youth.ts';
import { AGENCY_LABEL, ROLE_LABEL } from '../../labels.ts';
import { AddTeamMemberMutation, EndTeamMembershipMutation, MemberDirectoryQuery, RosterQuery } from './queries.ts';
import { addMemberErrors, endErrors } from './roster-form.ts';

/** Add a member: the coordinator picks a person of the MDT member directory (not on the team today) and says why. */
function AddMember({
  youthId,
  onTeam,
  onDone,
}: {
  youthId: string;
  onTeam: readonly string[];
  onDone: (message: string) => void;
}) {
  const [draft, setDraft] = useState({ memberSub: '', reason: '' });
  const [submitted, setSubmitted] = useState(false);
  const people = useAnswer(MemberDirectoryQuery, {});
  const add = useChange(AddTeamMemberMutation);
  const errors = submitted ? addMemberErrors(draft) : {};
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(addMemberErrors(draft)).length) return;
    add.mutate(
      { youthId, memberSub: draft.memberSub.trim(), reason: draft.reason.trim() },
      {
        onSuccess: (answer) => {
          const added = answer.addTeamMember;
          if (!added) return;
          setDraft({ memberSub: '', reason: '' });
          setSubmitted(false);
          onDone(`${added.name} added to the team from today.`);
        },
      },
    );
  };
  const choices = (people.data?.data?.mdtMemberDirectory ?? []).filter((p) => !onTeam.includes(p.sub));
  return (
    <Form onSubmit={onSubmit} noValidate large aria-labelledby="add-title" className="app-consent-form app-no-print">
      <h2 id="add-title">Add a member</h2>
      {people.isPending && <Loading what="the MDT member directory" />}
      {people.isError && <ErrorBox title="The member directory did not load">{people.error.message}</ErrorBox>}
      {people.data && <ErrorList errors={people.data.errors} />}
      <FormGroup error={!!errors.memberSub}>
        <Label htmlFor="memberSub">Member to add</Label>
        <span className="usa-hint" id="memberSub-hint">
          From the county’s MDT member directory; people on the team today are not listed.
        </span>
        {errors.memberSub && <ErrorMessage id="memberSub-error">{errors.memberSub}</ErrorMessage>}
        <Select
          id="memberSub"
          name="memberSub"
          value={draft.memberSub}
          validationStatus={errors.memberSub ? 'error' : undefined}
          aria-describedby={errors.memberSub ? 'memberSub-hint memberSub-error' : 'memberSub-hint'}
          onChange={(e) => setDraft({ ...draft, memberSub: e.target.value })}
        >
          <option value="">- Select a member -</option>
          {choices.map((p) => (
            <option key={p.sub} value={p.sub}>
              {p.name}, {ROLE_LABEL[p.role] ?? p.role} ({AGENCY_LABEL[p.agency] ?? p.agency})
            </option>
          ))}
        </Select>
      </FormGroup>
      <FormGroup error={!!errors.reason}>
        <Label htmlFor="add-reason">Why they join</Label>
        {errors.reason && <ErrorMessage id="add-reason-error">{errors.reason}</ErrorMessage>}
        <Textarea
          id="add-reason"
          name="reason"
          value={draft.reason}
          error={!!errors.reason}
          aria-describedby={errors.reason ? 'add-reason-error' : undefined}
          onChange={(e) => setDraft({ ...draft, reason: e.target.value })}
        />
      </FormGroup>
      {add.error && <ErrorBox title="The member was not added">{add.error.message}</ErrorBox>}
      <Button type="submit" disabled={add.isPending}>
        Add to the team
      </Button>
    </Form>
  );
}

/** Ending a membership: a button per member that reveals, for that member only, the reason and the confirmation. */
function EndMembership({ id, name, onDone }: { id: string; name: string; onDone: (message: string) => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const end = useChange(EndTeamMembershipMutation);
  const errors = submitted ? endErrors(reason) : {};
  // Revealed by the button: the reason field takes the focus, where the button was.
  useEffect(() => {
    if (open) document.getElementById(`end-${id}`)?.focus();
  }, [open, id]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(endErrors(reason)).length) return;
    // The roster asked again drops this member (and this form) before the mutation settles, and a
    // mutate() callback never runs once its component is gone: the promise's does.
    end.mutateAsync({ membershipId: id, reason: reason.trim() }).then(
      () => onDone(`${name}’s membership ended today.`),
      () => {}, // shown from end.error
    );
  };
  if (!open) {
    return (
      <div className="app-no-print">
        <Button
          type="button"
          outline
          aria-expanded={false}
          aria-controls={`end-form-${id}`}
          onClick={() => setOpen(true)}
        >
          End membership<span className="usa-sr-only"> of {name}</span>
        </Button>
      </div>
    );
  }
  return (
    <form
      id={`end-form-${id}`}
      onSubmit={onSubmit}
      noValidate
      className="app-no-print"
      aria-label={`End ${name}’s membership`}
    >
      <FormGroup error={!!errors.reason}>
        <Label htmlFor={`end-${id}`}>Why {name}’s membership ends</Label>
        <span className="usa-hint" id={`end-${id}-hint`}>
          It ends today; the membership stays in the history with your reason.
        </span>
        {errors.reason && <ErrorMessage id={`end-${id}-error`}>{errors.reason}</ErrorMessage>}
        <Textarea
          id={`end-${id}`}
          name="reason"
          value={reason}
          error={!!errors.reason}
          aria-describedby={errors.reason ? `end-${id}-hint end-${id}-error` : `end-${id}-hint`}
          onChange={(e) => setReason(e.target.value)}
        />
      </FormGroup>
      {end.error && <ErrorBox title="The membership was not ended">{end.error.message}</ErrorBox>}
      <ButtonGroup>
        <Button type="submit" secondary disabled={end.isPending}>
          End the membership today
        </Button>
        <Button
          type="button"
          unstyled
          className="padding-105 text-center"
          onClick={() => {
            setOpen(false);
            setReason('');
            setSubmitted(false);
          }}
        >
          Cancel
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** The coordinator's roster of one youth's team: today's members, add one, end one with a reason, the whole dated history. */
export function RosterPage() {
  const { id = '' } = useParams();
  const [notice, setNotice] = useState<string>();
  const state = useAnswer(RosterQuery, { id });
  // The history names who made each change by the directory's name (the same answer the add form
  // reads, asked once); an id the directory does not hold is shown as it is.
  const directory = useAnswer(MemberDirectoryQuery, {});
  const names = new Map((directory.data?.data?.mdtMemberDirectory ?? []).map((p) => [p.sub, p.name]));
  const who = (sub: string) => names.get(sub) ?? sub;
  if (state.isPending) return <Loading what="the team roster" />;
  if (state.isError) return <ErrorBox>{state.error.message}</ErrorBox>;
  const { data, errors } = state.data;
  const youth = data?.youth;
  const name = youth?.displayName ?? youthLabel(id);
  const trail: [string, string][] = [
    ['/', 'Caseload'],
    [`/youths/${id}`, name],
  ];
  if (!youth) {
    return (
      <>
        <Breadcrumbs trail={[['/', 'Caseload']]} current="Team roster" />
        <h1>Youth not found</h1>
        <p>No such youth, or the youth is not on your caseload.</p>
      </>
    );
  }
  const history = youth.teamHistory ?? [];
  const current = history.filter((m) => m.current);
  const done = (message: string) => setNotice(message);
  return (
    <>
      <Breadcrumbs trail={trail} current="Team roster" />
      <h1>Team roster: {name}</h1>
      <p>
        Membership of the youth’s MDT is what opens the team’s records to a member, in every agency, from their very
        next request; ending one closes them the same way. Every change is kept with who made it and why.
      </p>
      {notice && (
        <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{notice}</p>
          </div>
        </div>
      )}
      <ErrorList errors={errors} />
      <h2>Current members ({current.length})</h2>
      {current.length === 0 && <p className="app-none">Nobody is on the team today.</p>}
      <ul className="app-consents usa-list--unstyled">
        {current.map((m) => (
          <li key={m.id} className="app-card" data-membership={m.id}>
            <h3 className="app-card__title">
              {m.name}, {ROLE_LABEL[m.role] ?? m.role} ({AGENCY_LABEL[m.agency] ?? m.agency})
            </h3>
            <p>
              On the team since {formatDate(m.fromDate)}
              {m.toDate ? ` through ${formatDate(m.toDate)}` : ''}
              {m.reason ? `: ${m.reason}` : '.'}
            </p>
            <EndMembership id={m.id} name={m.name} onDone={done} />
          </li>
        ))}
      </ul>
      <AddMember youthId={id} onTeam={current.map((m) => m.personId)} onDone={done} />
      <h2>History</h2>
      <table className="usa-table usa-table--borderless usa-table--stacked app-roster-history">
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">From</th>
            <th scope="col">Until</th>
            <th scope="col">Added by, why</th>
            <th scope="col">Ended by, why</th>
          </tr>
        </thead>
        <tbody>
          {history.map((m) => (
            <tr key={m.id} data-history={m.id}>
              <th scope="row" data-label="Member">
                {m.name} ({AGENCY_LABEL[m.agency] ?? m.agency}){' '}
                {m.current ? (
                  <Tag className="app-tag app-tag--active">Current</Tag>
                ) : (
                  <Tag className="app-tag app-tag--past">Ended</Tag>
                )}
              </th>
              <td data-label="From">{formatDate(m.fromDate)}</td>
              <td data-label="Until">
                {m.endedOn ? `ended ${formatDate(m.endedOn)}` : m.toDate ? `through ${formatDate(m.toDate)}` : 'open'}
              </td>
              <td data-label="Added by, why">
                {m.addedBy ? who(m.addedBy) : 'before the hub kept the roster'}
                {m.reason ? `: ${m.reason}` : ''} ({formatDateTime(m.recordedAt)})
              </td>
              <td data-label="Ended by, why">
                {m.endedBy
                  ? `${who(m.endedBy)}: ${m.endReason ?? ''}${m.endedAt ? ` (${formatDateTime(m.endedAt)})` : ''}`
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link className="usa-link" to={`/youths/${id}`}>
          Back to the youth’s summary
        </Link>
      </p>
    </>
  );
}
