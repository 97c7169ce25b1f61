import { Button, ErrorMessage, FormGroup, Label, Select, Tag, Textarea } from '@trussworks/react-uswds';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAnswer, useChange } from '../../api/query.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { ErrorBox, ErrorList, Loading } from '../../components/Status.tsx';
import { formatDate } from '../../format/dates.ts';
import { statusErrors, type ActionItemStatusChoice, type StatusDraft, type StatusErrors } from './action-item-form.ts';
import { MyActionItemsQuery, UpdateActionItemMutation } from './queries.ts';

const STATUS_LABEL: Record<string, string> = { OPEN: 'Open', DONE: 'Done', DROPPED: 'Dropped' };
const PAGE = 50;

function ChangeStatus({ id, current, onChanged }: { id: string; current: string; onChanged: (s: string) => void }) {
  const [draft, setDraft] = useState<StatusDraft>({ status: '', note: '' });
  const [errors, setErrors] = useState<StatusErrors>({});
  const update = useChange(UpdateActionItemMutation);
  const submit = () => {
    const found = statusErrors(draft, current);
    setErrors(found);
    if (Object.keys(found).length || !draft.status) return;
    const status = draft.status;
    // An item done or dropped leaves the list asked again (and this form with it) before the
    // mutation settles; a mutate() callback would then never run, the promise's does.
    update.mutateAsync({ id, status, note: draft.note.trim() || null }).then(
      () => (setDraft({ status: '', note: '' }), onChanged(status)),
      () => {}, // shown from update.error
    );
  };
  const statusError = errors.status;
  const noteError = errors.note ?? update.error?.message;
  return (
    <div className="app-no-print">
      <FormGroup error={!!statusError}>
        <Label htmlFor={`status-${id}`}>New status</Label>
        {statusError && <ErrorMessage id={`status-${id}-error`}>{statusError}</ErrorMessage>}
        <Select
          id={`status-${id}`}
          name="status"
          value={draft.status}
          aria-describedby={statusError ? `status-${id}-error` : undefined}
          onChange={(e) => setDraft({ ...draft, status: e.target.value as ActionItemStatusChoice })}
        >
          <option value="">- Select -</option>
          {(['OPEN', 'DONE', 'DROPPED'] as const)
            .filter((s) => s !== current)
            .map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
        </Select>
      </FormGroup>
      <FormGroup error={!!noteError}>
        <Label htmlFor={`note-${id}`}>Note (needed when dropped: say why)</Label>
        {noteError && <ErrorMessage id={`note-${id}-error`}>{noteError}</ErrorMessage>}
        <Textarea
          id={`note-${id}`}
          name="note"
          value={draft.note}
          error={!!noteError}
          aria-describedby={noteError ? `note-${id}-error` : undefined}
          onChange={(e) => setDraft({ ...draft, note: e.target.value })}
        />
      </FormGroup>
      <Button type="button" disabled={update.isPending} onClick={submit}>
        Change status
      </Button>
    </div>
  );
}

/** The signed-in member's open action items on the teams they are on today: overdue first, then by due date. */
export function MyActionItems() {
  const [after, setAfter] = useState<string | null>(null);
  const [notice, setNotice] = useState<string>();
  const state = useAnswer(MyActionItemsQuery, { first: PAGE, after });
  if (state.isPending) return <Loading what="your action items" />;
  if (state.isError) return <ErrorBox>{state.error.message}</ErrorBox>;
  const { data, errors } = state.data;
  const connection = data?.myActionItems;
  const items = (connection?.edges ?? []).flatMap((e) => (e.node ? [e.node] : []));
  const overdue = items.filter((i) => i.overdue).length;
  return (
    <>
      <Breadcrumbs trail={[['/', 'Caseload']]} current="My action items" />
      <h1>My action items</h1>
      <p>
        Your open action items on the teams you are on today, overdue first. A finished or dropped item leaves this list
        and stays on the youth’s record.
      </p>
      <p className="app-meta">
        MDT action items are confidential (Welfare and Institutions Code section 830): they are shared only with the
        youth’s team.
      </p>
      {notice && (
        <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{notice}</p>
          </div>
        </div>
      )}
      <ErrorList errors={errors} />
      {connection && (
        <p>
          {connection.totalCount} open action item{connection.totalCount === 1 ? '' : 's'}
          {overdue ? `, ${overdue} overdue on this page` : ''}.
        </p>
      )}
      {items.length === 0 && <p className="app-none">You have no open action items.</p>}
      <ul className="app-consents usa-list--unstyled">
        {items.map((item) => (
          <li key={item.id} className="app-card" data-action-item={item.id} data-status={item.status}>
            <h2 className="app-card__title">
              <Tag className={`app-tag app-tag--${item.overdue ? 'overdue' : item.status.toLowerCase()}`}>
                {item.overdue ? 'Overdue' : STATUS_LABEL[item.status]}
              </Tag>{' '}
              {item.text}
            </h2>
            <p>
              Due {formatDate(item.dueOn)}.{' '}
              <Link className="usa-link" to={`/youths/${item.youthId}`}>
                Open the youth’s summary
              </Link>
            </p>
            {item.statusNote && (
              <p className="app-meta">
                {STATUS_LABEL[item.status]}
                {item.statusChangedAt ? ` on ${formatDate(item.statusChangedAt)}` : ''}: {item.statusNote}
              </p>
            )}
            <ChangeStatus
              id={item.id}
              current={item.status}
              onChanged={(s) =>
                setNotice(`Action item marked ${STATUS_LABEL[s]!.toLowerCase()}; it is kept on the youth’s record.`)
              }
            />
          </li>
        ))}
      </ul>
      {connection?.pageInfo.hasNextPage && (
        <Button type="button" outline onClick={() => setAfter(connection.pageInfo.endCursor ?? null)}>
          Next page
        </Button>
      )}
    </>
  );
}
