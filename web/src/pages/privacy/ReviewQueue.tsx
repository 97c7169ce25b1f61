import { Button, ErrorMessage, FormGroup, Label, Select, Tag, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAnswer, useChange } from '../../api/query.ts';
import { EndGrant } from '../../components/EndGrant.tsx';
import { ErrorBox, ErrorList, Loading } from '../../components/Status.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { valueLabel } from '../../format/values.ts';
import { AGENCY_LABEL, ROLE_LABEL } from '../../labels.ts';
import { CloseReviewMutation, ReviewQueueQuery } from './queries.ts';
import { GrantReads } from './Viewer.tsx';

function Close({ grantId }: { grantId: string }) {
  const [finding, setFinding] = useState('JUSTIFIED');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const close = useChange(CloseReviewMutation);
  const submit = () => {
    if (!note.trim()) return setError('Write a note for the record.');
    setError(undefined);
    close.mutate({ grantId, finding: finding as never, note: note.trim() });
  };
  const message = error ?? close.error?.message;
  return (
    <div className="app-close-review">
      <FormGroup>
        <Label htmlFor={`finding-${grantId}`}>Finding</Label>
        <Select id={`finding-${grantId}`} name="finding" value={finding} onChange={(e) => setFinding(e.target.value)}>
          <option value="JUSTIFIED">Justified</option>
          <option value="NOT_JUSTIFIED">Not justified</option>
          <option value="NEEDS_FOLLOW_UP">Needs follow-up</option>
        </Select>
      </FormGroup>
      <FormGroup error={!!message}>
        <Label htmlFor={`note-${grantId}`}>Note</Label>
        {message && <ErrorMessage id={`note-${grantId}-error`}>{message}</ErrorMessage>}
        <TextInput
          id={`note-${grantId}`}
          name="note"
          type="text"
          value={note}
          validationStatus={message ? 'error' : undefined}
          aria-describedby={message ? `note-${grantId}-error` : undefined}
          onChange={(e) => setNote(e.target.value)}
        />
      </FormGroup>
      <Button type="button" disabled={close.isPending} onClick={submit}>
        Close review
      </Button>
    </div>
  );
}

/** Emergency grants waiting for a privacy officer's review, oldest first. */
export function ReviewQueue() {
  const [status, setStatus] = useState<'OPEN' | 'CLOSED' | null>('OPEN');
  const [after, setAfter] = useState<string[]>([]);
  const state = useAnswer(ReviewQueueQuery, { status, first: 20, after: after[after.length - 1] ?? null });
  const queue = state.data?.data?.emergencyReviewQueue;
  return (
    <section aria-labelledby="queue-title">
      <h2 id="queue-title">Emergency access review queue</h2>
      <div className="app-filters__field">
        <Label htmlFor="queue-status">Show</Label>
        <Select
          id="queue-status"
          name="status"
          value={status ?? 'ALL'}
          onChange={(e) => (setStatus(e.target.value === 'ALL' ? null : (e.target.value as 'OPEN')), setAfter([]))}
        >
          <option value="OPEN">Open reviews</option>
          <option value="CLOSED">Closed reviews</option>
          <option value="ALL">All grants</option>
        </Select>
      </div>
      {state.isPending && <Loading what="the review queue" />}
      {state.isError && <ErrorBox>{state.error.message}</ErrorBox>}
      {state.data && <ErrorList errors={state.data.errors} />}
      {queue && (
        <>
          <p aria-live="polite">
            {queue.totalCount} {queue.totalCount === 1 ? 'grant' : 'grants'}
          </p>
          {queue.edges.length === 0 && <p className="app-none">Nothing to review.</p>}
          <ul className="usa-list--unstyled app-queue">
            {queue.edges.map(({ node: g }) => (
              <li key={g.id} data-grant={g.id} className="app-card">
                <h3 className="app-card__title">
                  {g.requestedBy.name} ({ROLE_LABEL[g.requestedBy.role]}, {AGENCY_LABEL[g.requestedBy.agency]}){' '}
                  {g.active && <Tag className="app-tag app-tag--flagged">Active</Tag>}
                </h3>
                <p>
                  Youth{' '}
                  {g.subject ? (
                    <strong data-testid="grant-youth">
                      {g.subject.initials}, born {g.subject.dateOfBirth}
                    </strong>
                  ) : null}{' '}
                  <span className="app-id">({g.youthId})</span> · granted {formatDateTime(g.grantedAt)} · expires{' '}
                  {formatDateTime(g.expiresAt)}
                </p>
                <p>Reason: {g.reason}</p>
                <GrantReads grantId={g.id} requesterSub={g.requestedBy.sub} />
                <p>
                  <Link to={`/privacy/viewer?sub=${encodeURIComponent(g.requestedBy.sub)}&grant=${g.id}`}>
                    Every access under this grant
                  </Link>
                </p>
                {g.endedAt && (
                  <p>
                    Ended by {g.endedBy} on {formatDateTime(g.endedAt)}: {g.endedReason}
                  </p>
                )}
                {g.active && <EndGrant grantId={g.id} />}
                {g.reviewStatus === 'CLOSED' ? (
                  <p>
                    Closed by {g.reviewedBy} on {g.reviewedAt ? formatDateTime(g.reviewedAt) : ''}:{' '}
                    {valueLabel(g.finding ?? '')}. {g.reviewNote}
                  </p>
                ) : (
                  <Close grantId={g.id} />
                )}
              </li>
            ))}
          </ul>
          <div className="app-pager">
            {after.length > 0 && (
              <Button type="button" outline onClick={() => setAfter(after.slice(0, -1))}>
                Previous page
              </Button>
            )}
            {queue.pageInfo.hasNextPage && (
              <Button type="button" outline onClick={() => setAfter([...after, queue.pageInfo.endCursor ?? ''])}>
                Next page
              </Button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
