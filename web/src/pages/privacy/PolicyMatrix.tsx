import { Label, Select } from '@trussworks/react-uswds';
import { Link, useSearchParams } from 'react-router';
import { useAnswer } from '../../api/query.ts';
import { ErrorBox, ErrorList, Loading } from '../../components/Status.tsx';
import { CATEGORY_LABEL, ROLE_LABEL } from '../../labels.ts';
import { ruleAnchor } from './policy-review.ts';
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

/**
 * The need-to-know rules as the policy decides them, role by category (the coordinator's column
 * too), each cell a link to the text and legal basis of the rule that decides it; a category filter
 * kept in the address (`?category=`), so a filtered matrix can be shared.
 */
export function PolicyMatrix() {
  const [params, setParams] = useSearchParams();
  const category = params.get('category') ?? '';
  const state = useAnswer(PolicyMatrixQuery, {});
  if (state.isPending) return <Loading what="the policy matrix" />;
  if (state.isError) return <ErrorBox>{state.error.message}</ErrorBox>;
  const matrix = state.data.data?.policyMatrix;
  const rows = matrix?.rows.filter((r) => !category || r.category === category) ?? [];
  const cited = new Set(rows.flatMap((r) => r.cells.map((c) => c.ruleId)));
  const rules = matrix?.rules.filter((r) => cited.has(r.id)) ?? [];
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
          <p className="app-no-print">
            <Link to="/privacy/policy-diff">Compare a proposed rules file with this policy</Link>
          </p>
          <div className="app-filter">
            <Label htmlFor="matrix-category">Category</Label>
            <Select
              id="matrix-category"
              name="category"
              value={category}
              onChange={(e) => setParams(e.target.value ? { category: e.target.value } : {}, { replace: true })}
            >
              <option value="">All categories</option>
              {matrix.rows.map((r) => (
                <option key={r.category} value={r.category}>
                  {CATEGORY_LABEL[r.category] ?? r.category}
                </option>
              ))}
            </Select>
          </div>
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
                {rows.map((row) => (
                  <tr key={row.category}>
                    <th scope="row">{CATEGORY_LABEL[row.category] ?? row.category}</th>
                    {row.cells.map((c) => (
                      <td key={c.role} className={c.kind === 'N' ? 'app-matrix__never' : undefined}>
                        <a
                          href={`#${ruleAnchor(c.ruleId)}`}
                          aria-label={`${c.kind}${c.inferred ? ' inferred' : ''}: ${ROLE_LABEL[c.role] ?? c.role}, ${
                            CATEGORY_LABEL[row.category] ?? row.category
                          }; rule ${c.ruleId}`}
                        >
                          {c.kind}
                          {c.inferred ? '*' : ''}
                        </a>
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
          <h3>The rules behind {category ? 'these cells' : 'the cells'}</h3>
          <dl className="app-rules">
            {rules.map((r) => (
              <div key={r.id} id={ruleAnchor(r.id)} tabIndex={-1}>
                <dt>
                  <code>{r.id}</code>
                  {r.inferred ? ' (inferred: no statute read settles it)' : ''}
                </dt>
                <dd>{r.description}</dd>
                <dd className="app-meta">Legal basis: {r.legalBasis}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
