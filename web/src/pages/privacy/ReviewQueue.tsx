import { useState } from 'react';
import { request, useQuery } from '../../api/client.ts';
import { ErrorBox, ErrorList, Loading } from '../../components/Status.tsx';
import { AGENCY_LABEL, ROLE_LABEL, enumLabel } from '../../labels.ts';
import { CloseReviewMutation, ReviewQueueQuery } from './queries.ts';

function Close({ grantId, onClosed }: { grantId: string; onClosed: () => void }) {
  const [finding, setFinding] = useState('JUSTIFIED');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const close = async () => {
    if (!note.trim()) return setError('Write a note for the record.');
    setError(undefined);
    try {
      const { data, errors } = await request(CloseReviewMutation, {
        grantId,
        finding: finding as never,
        note: note.trim(),
      });
      if (!data) throw new Error(errors[0]?.message ?? 'The review was not closed.');
      onClosed();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <div className="close-review">
      <label htmlFor={`finding-${grantId}`}>Finding</label>
      <select id={`finding-${grantId}`} value={finding} onChange={(e) => setFinding(e.target.value)}>
        <option value="JUSTIFIED">Justified</option>
        <option value="NOT_JUSTIFIED">Not justified</option>
        <option value="NEEDS_FOLLOW_UP">Needs follow-up</option>
      </select>
      <label htmlFor={`note-${grantId}`}>Note</label>
      <input
        id={`note-${grantId}`}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        aria-invalid={!!error}
        aria-describedby={error ? `note-${grantId}-error` : undefined}
      />
      {error && (
        <p id={`note-${grantId}-error`} className="field-error">
          {error}
        </p>
      )}
      <button type="button" onClick={() => void close()}>
        Close review
      </button>
    </div>
  );
}

/** Emergency grants waiting for a privacy officer's review, oldest first. */
export function ReviewQueue() {
  const [status, setStatus] = useState<'OPEN' | 'CLOSED' | null>('OPEN');
  const [after, setAfter] = useState<string[]>([]);
  const state = useQuery(ReviewQueueQuery, { status, first: 20, after: after[after.length - 1] ?? null });
  const queue = state.result?.data?.emergencyReviewQueue;
  return (
    <section aria-labelledby="queue-title">
      <h2 id="queue-title">Emergency access review queue</h2>
      <label htmlFor="queue-status">Show</label>
      <select
        id="queue-status"
        value={status ?? 'ALL'}
        onChange={(e) => (setStatus(e.target.value === 'ALL' ? null : (e.target.value as 'OPEN')), setAfter([]))}
      >
        <option value="OPEN">Open reviews</option>
        <option value="CLOSED">Closed reviews</option>
        <option value="ALL">All grants</option>
      </select>
      {state.status === 'loading' && <Loading what="the review queue" />}
      {state.status === 'error' && <ErrorBox>{state.error}</ErrorBox>}
      {state.result && <ErrorList errors={state.result.errors} />}
      {queue && (
        <>
          <p aria-live="polite">{queue.totalCount} grants</p>
          {queue.edges.length === 0 && <p className="none">Nothing to review.</p>}
          <ul className="queue">
            {queue.edges.map(({ node: g }) => (
              <li key={g.id} data-grant={g.id}>
                <h3>
                  {g.requestedBy.name} ({ROLE_LABEL[g.requestedBy.role]}, {AGENCY_LABEL[g.requestedBy.agency]}){' '}
                  {g.active && <span className="badge badge-flagged">Active</span>}
                </h3>
                <p>
                  Youth {g.youthId} · granted {g.grantedAt} · expires {g.expiresAt}
                </p>
                <p>Reason: {g.reason}</p>
                {g.reviewStatus === 'CLOSED' ? (
                  <p>
                    Closed by {g.reviewedBy} at {g.reviewedAt}: {enumLabel(g.finding ?? '')}. {g.reviewNote}
                  </p>
                ) : (
                  <Close grantId={g.id} onClosed={state.reload} />
                )}
              </li>
            ))}
          </ul>
          <div className="pager">
            {after.length > 0 && (
              <button type="button" onClick={() => setAfter(after.slice(0, -1))}>
                Previous page
              </button>
            )}
            {queue.pageInfo.hasNextPage && (
              <button type="button" onClick={() => setAfter([...after, queue.pageInfo.endCursor ?? ''])}>
                Next page
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
