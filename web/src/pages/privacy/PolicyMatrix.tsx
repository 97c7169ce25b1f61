import { useAnswer } from '../../api/query.ts';
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
  const state = useAnswer(PolicyMatrixQuery, {});
  if (state.isPending) return <Loading what="the policy matrix" />;
  if (state.isError) return <ErrorBox>{state.error.message}</ErrorBox>;
  const matrix = state.data.data?.policyMatrix;
  return (
    <section aria-labelledby="matrix-title">
      <h2 id="matrix-title">Policy matrix</h2>
      <ErrorList errors={state.data.errors} />
      {matrix && (
        <>
          <p className="app-meta">
            Policy version <code>{matrix.policyVersion.slice(0, 12)}</code>. For sharing across agencies, with the care
            coordination purpose. An emergency grant also opens:{' '}
            {matrix.emergencyOpens.map((c) => CATEGORY_LABEL[c] ?? c).join(', ')}.
          </p>
          {/* Twelve roles do not fit a phone: the table scrolls inside its own box, never the page. */}
          <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-label="Policy matrix table">
            <table className="usa-table usa-table--compact app-matrix">
              <caption className="usa-sr-only">Who may see each category</caption>
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
                      <td key={c.role} className={c.kind === 'N' ? 'app-matrix__never' : undefined}>
                        {c.kind}
                        {c.inferred ? '*' : ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <dl className="app-legend">
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
