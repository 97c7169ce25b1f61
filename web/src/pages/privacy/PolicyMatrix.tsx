import { useQuery } from '../../api/client.ts';
import { ErrorBox, ErrorList, Loading } from '../../components/Status.tsx';
import { CATEGORY_LABEL, ROLE_LABEL } from '../../labels.ts';
import { PolicyMatrixQuery } from './queries.ts';

const LEGEND: [string, string][] = [
  ['A', 'allowed when on the team or the viewer’s agency serves the youth'],
  ['M', 'on the team'],
  ['C', 'with the youth’s consent'],
  ['O', 'with a court order'],
  ['N', 'never shared'],
  ['A|C', 'the agency serves the youth, else a consent'],
  ['M+C', 'on the team and a consent'],
  ['C|O', 'a consent or a court order'],
  ['*', 'inferred: no statute read settles it'],
];

/** The need-to-know rules as the policy decides them, role by category. */
export function PolicyMatrix() {
  const state = useQuery(PolicyMatrixQuery, {});
  if (state.status === 'loading') return <Loading what="the policy matrix" />;
  if (state.status === 'error') return <ErrorBox>{state.error}</ErrorBox>;
  const matrix = state.result.data?.policyMatrix;
  return (
    <section aria-labelledby="matrix-title">
      <h2 id="matrix-title">Policy matrix</h2>
      <ErrorList errors={state.result.errors} />
      {matrix && (
        <>
          <p className="meta">
            Policy version <code>{matrix.policyVersion.slice(0, 12)}</code>. For sharing across agencies, with the care
            coordination purpose. An emergency grant also opens:{' '}
            {matrix.emergencyOpens.map((c) => CATEGORY_LABEL[c] ?? c).join(', ')}.
          </p>
          <div className="scroll" tabIndex={0} role="region" aria-label="Policy matrix table">
            <table className="matrix">
              <caption className="visually-hidden">Who may see each category</caption>
              <thead>
                <tr>
                  <th scope="col">Category</th>
                  {matrix.roles.map((r) => (
                    <th scope="col" key={r}>
                      {ROLE_LABEL[r] ?? r}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((row) => (
                  <tr key={row.category}>
                    <th scope="row">{CATEGORY_LABEL[row.category] ?? row.category}</th>
                    {row.cells.map((c) => (
                      <td key={c.role} className={`cell-${c.kind === 'N' ? 'never' : 'open'}`}>
                        {c.kind}
                        {c.inferred ? '*' : ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <dl className="legend">
            {LEGEND.map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
