import { useQuery } from '../../api/client.ts';
import { ErrorBox, ErrorList, Loading } from '../../components/Status.tsx';
import { AGENCY_LABEL } from '../../labels.ts';
import { ChainStatusQuery } from './queries.ts';

const age = (s: number) => (s < 120 ? `${s} s` : s < 7200 ? `${Math.round(s / 60)} min` : `${Math.round(s / 3600)} h`);

/** Each agency's disclosure-log chain head, as last checkpointed in the registry. */
export function ChainStatus() {
  const state = useQuery(ChainStatusQuery, {});
  if (state.status === 'loading') return <Loading what="the audit chains" />;
  if (state.status === 'error') return <ErrorBox>{state.error}</ErrorBox>;
  const rows = state.result.data?.auditChainStatus;
  return (
    <section aria-labelledby="chains-title">
      <h2 id="chains-title">Audit chain status</h2>
      <p className="meta">
        Each subgraph reports its chain head every minute; <code>npm run audit:verify</code> walks every log against
        these checkpoints.
      </p>
      <ErrorList errors={state.result.errors} />
      {rows && (
        <table className="chains">
          <caption className="visually-hidden">Latest checkpoint per agency</caption>
          <thead>
            <tr>
              <th scope="col">Agency</th>
              <th scope="col">Rows (seq)</th>
              <th scope="col">Head hash</th>
              <th scope="col">Head written</th>
              <th scope="col">Checkpointed</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.subgraph}>
                <th scope="row">
                  {AGENCY_LABEL[r.agency] ?? r.agency} ({r.subgraph})
                </th>
                {r.seq === null || r.seq === undefined ? (
                  <td colSpan={4} className="none">
                    No checkpoint yet
                  </td>
                ) : (
                  <>
                    <td>{r.seq}</td>
                    <td>
                      <code title={r.headHash ?? ''}>{r.headHash?.slice(0, 16)}…</code>
                    </td>
                    <td>{r.rowAt}</td>
                    <td>
                      {r.checkpointedAt} ({age(r.ageSeconds ?? 0)} ago)
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
