import { Button, Table, Tag } from '@trussworks/react-uswds';
import { unavailableFields } from '../../api/denials.ts';
import { useAnswer } from '../../api/query.ts';
import { ErrorBox, ErrorList, Loading, Unavailable } from '../../components/Status.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { PARTS } from './filters.ts';
import { ChainVerificationQuery } from './queries.ts';

const age = (s: number) => (s < 120 ? `${s} s` : s < 7200 ? `${Math.round(s / 60)} min` : `${Math.round(s / 3600)} h`);

/**
 * Each agency's disclosure log verified now, by the agency itself, with the same code as
 * `npm run audit:verify`, against the registry's latest checkpoint: the verdict and the first broken row.
 */
export function ChainStatus() {
  const state = useAnswer(ChainVerificationQuery, {});
  if (state.isPending) return <Loading what="the audit chains (each agency walks its whole log)" />;
  if (state.isError) return <ErrorBox>{state.error.message}</ErrorBox>;
  const audit = state.data.data?.auditChainVerification;
  const down = unavailableFields(state.data.errors);
  return (
    <section aria-labelledby="chains-title">
      <h2 id="chains-title">Audit chains, verified now</h2>
      <p className="app-meta">
        Each agency walks its own disclosure log row by row (the same check as <code>npm run audit:verify</code>)
        against the latest checkpoint the registry holds for it.
      </p>
      <Button type="button" outline onClick={() => void state.refetch()}>
        Verify again
      </Button>
      <ErrorList errors={state.data.errors.filter((e) => e.extensions?.code !== 'SUBGRAPH_UNAVAILABLE')} />
      {audit && (
        <Table
          fullWidth
          stackedStyle="default"
          className="app-chains"
          caption={<span className="usa-sr-only">Verdict per agency</span>}
        >
          <thead>
            <tr>
              <th scope="col">Agency</th>
              <th scope="col">Verdict</th>
              <th scope="col">Rows</th>
              <th scope="col">Last checkpoint</th>
              <th scope="col">First broken link</th>
            </tr>
          </thead>
          <tbody>
            {PARTS.map(([part, title]) => {
              const v = audit[part];
              return (
                <tr key={part} data-part={part} data-verdict={v?.verdict ?? 'UNKNOWN'}>
                  <th scope="row" data-label="Agency">
                    {title}
                  </th>
                  {!v ? (
                    <td colSpan={4} data-label="Verdict">
                      {down.has(part) ? <Unavailable agency={title} /> : 'Not verified'}
                    </td>
                  ) : (
                    <>
                      <td data-label="Verdict">
                        <Tag className={v.verdict === 'BROKEN' ? 'app-tag app-tag--flagged' : 'app-tag'}>
                          {v.verdict === 'BROKEN' ? 'Broken' : 'Intact'}
                        </Tag>
                        {v.note && <span className="app-meta"> {v.note}</span>}
                      </td>
                      <td data-label="Rows">{v.rows}</td>
                      <td data-label="Last checkpoint">
                        {v.checkpointSeq === null || v.checkpointSeq === undefined
                          ? 'No checkpoint yet'
                          : `Row ${v.checkpointSeq}, ${v.checkpointedAt ? formatDateTime(v.checkpointedAt) : ''} (${age(v.checkpointAgeSeconds ?? 0)} ago)`}
                      </td>
                      <td data-label="First broken link">
                        {v.firstBrokenSeq ? (
                          <>
                            <strong>Row {v.firstBrokenSeq}</strong>: {v.problem}
                          </>
                        ) : (
                          '—'
                        )}
                      </td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </section>
  );
}
