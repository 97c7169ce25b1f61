import { Table } from '@trussworks/react-uswds';
import { useAnswer } from '../../api/query.ts';
import { ErrorBox, ErrorList, Loading } from '../../components/Status.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { AGENCY_LABEL } from '../../labels.ts';
import { ChainStatusQuery } from './queries.ts';

const age = (s: number) => (s < 120 ? `${s} s` : s < 7200 ? `${Math.round(s / 60)} min` : `${Math.round(s / 3600)} h`);

/** Each agency's disclosure-log chain head, as last checkpointed in the registry. */
export function ChainStatus() {
  const state = useAnswer(ChainStatusQuery, {});
  if (state.isPending) return <Loading what="the audit chains" />;
  if (state.isError) return <ErrorBox>{state.error.message}</ErrorBox>;
  const rows = state.data.data?.auditChainStatus;
  return (
    <section aria-labelledby="chains-title">
      <h2 id="chains-title">Audit chain status</h2>
      <p className="app-meta">
        Each subgraph reports its chain head every minute; <code>npm run audit:verify</code> walks every log against
        these checkpoints.
      </p>
      <ErrorList errors={state.data.errors} />
      {rows && (
        <Table
          fullWidth
          stackedStyle="default"
          className="app-chains"
          caption={<span className="usa-sr-only">Latest checkpoint per agency</span>}
        >
          <thead>
            <tr>
              <th scope="col">Agency</th>
              <th scope="col">Rows</th>
              <th scope="col">Head hash</th>
              <th scope="col">Head written</th>
              <th scope="col">Checkpointed</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.subgraph}>
                <th scope="row" data-label="Agency">
                  {AGENCY_LABEL[r.agency] ?? r.agency} ({r.subgraph})
                </th>
                {r.seq === null || r.seq === undefined ? (
                  <td colSpan={4} className="app-none" data-label="Checkpoint">
                    No checkpoint yet
                  </td>
                ) : (
                  <>
                    <td data-label="Rows">{r.seq}</td>
                    <td data-label="Head hash">
                      <code title={r.headHash ?? ''}>{r.headHash?.slice(0, 16)}…</code>
                    </td>
                    <td data-label="Head written">{r.rowAt ? formatDateTime(r.rowAt) : '—'}</td>
                    <td data-label="Checkpointed">
                      {r.checkpointedAt ? formatDateTime(r.checkpointedAt) : '—'} ({age(r.ageSeconds ?? 0)} ago)
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
