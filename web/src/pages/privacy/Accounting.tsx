import { Button, Label, Table, Tag } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { unavailableFields } from '../../api/denials.ts';
import { useAnswer } from '../../api/query.ts';
import { ErrorBox, ErrorList, Loading, Unavailable } from '../../components/Status.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { valueLabel } from '../../format/values.ts';
import { AGENCY_LABEL, CATEGORY_LABEL, PURPOSE_LABEL, ROLE_LABEL } from '../../labels.ts';
import { AccountingQuery } from './queries.ts';

const PARTS = [
  ['registry', 'MDT hub registry'],
  ['childWelfare', 'Child Welfare'],
  ['probation', 'Probation'],
  ['health', 'Health'],
  ['education', 'Education'],
  ['districtAttorney', 'District Attorney'],
  ['publicDefender', 'Public Defender'],
] as const;
type Part = (typeof PARTS)[number][0];
const PAGE = 10;
const cats = (list: string[]) => (list.length ? list.map((c) => CATEGORY_LABEL[c] ?? c).join(', ') : '—');

interface Filters {
  youthId: string;
  from: string;
  to: string;
  viewerSub: string;
}

/** The accounting of disclosures for one youth: each agency's part from its own log, filtered and paged. */
export function Accounting() {
  const [draft, setDraft] = useState<Filters>({ youthId: '', from: '', to: '', viewerSub: '' });
  const [filters, setFilters] = useState<Filters | null>(null);
  const [cursors, setCursors] = useState<Partial<Record<Part, string>>>({});
  const state = useAnswer(
    AccountingQuery,
    {
      youthId: filters?.youthId ?? '',
      from: filters?.from || null,
      to: filters?.to || null,
      viewerSub: filters?.viewerSub || null,
      first: PAGE,
      ...cursors,
    },
    { enabled: !!filters },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilters({ ...draft, youthId: draft.youthId.trim(), viewerSub: draft.viewerSub.trim() });
    setCursors({});
  };
  const field = (key: keyof Filters, label: string, type: 'text' | 'date' = 'text') => (
    <div className="app-filters__field">
      <Label htmlFor={`acc-${key}`}>{label}</Label>
      <input
        id={`acc-${key}`}
        name={key}
        type={type}
        className="usa-input"
        value={draft[key]}
        required={key === 'youthId'}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    </div>
  );
  const answer = state.data;
  const accounting = answer?.data?.accountingOfDisclosures;
  const down = unavailableFields(answer?.errors ?? []);
  return (
    <section aria-labelledby="accounting-title">
      <h2 id="accounting-title">Accounting of disclosures</h2>
      <form className="app-filters" onSubmit={submit}>
        {field('youthId', 'Youth hub id')}
        {field('from', 'From (date)', 'date')}
        {field('to', 'To (date)', 'date')}
        {field('viewerSub', 'Viewer id (optional)')}
        <Button type="submit">Show accounting</Button>
      </form>
      {filters && state.isPending && <Loading what="the accounting" />}
      {state.isError && <ErrorBox>{state.error.message}</ErrorBox>}
      {answer && <ErrorList errors={answer.errors.filter((e) => e.extensions?.code !== 'SUBGRAPH_UNAVAILABLE')} />}
      {answer && !accounting && <p className="app-none">No accounting for this youth.</p>}
      {accounting &&
        PARTS.map(([part, title]) => {
          const page = accounting[part];
          return (
            <section key={part} className="app-section" aria-labelledby={`acc-${part}-title`} data-part={part}>
              <h3 id={`acc-${part}-title`}>
                {title}
                {page ? `: ${page.totalCount} records` : ''}
              </h3>
              {down.has(part) ? (
                <Unavailable agency={title} />
              ) : !page ? (
                <p className="app-none">No part from this agency.</p>
              ) : page.entries.length === 0 ? (
                <p className="app-none">No disclosures match.</p>
              ) : (
                <Table
                  fullWidth
                  compact
                  stackedStyle="default"
                  className="app-accounting"
                  caption={<span className="usa-sr-only">{title} disclosures, newest first</span>}
                >
                  <thead>
                    <tr>
                      <th scope="col">When</th>
                      <th scope="col">Who</th>
                      <th scope="col">Purpose</th>
                      <th scope="col">What</th>
                      <th scope="col">Released</th>
                      <th scope="col">Denied</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.entries.map((e) => (
                      <tr key={e.id} data-viewer={e.viewerSub}>
                        <td data-label="When">{formatDateTime(e.at)}</td>
                        <td data-label="Who">
                          <strong>{e.viewerName ?? e.viewerSub}</strong>
                          <span className="app-accounting__role">
                            {ROLE_LABEL[e.viewerRole] ?? e.viewerRole}, {AGENCY_LABEL[e.viewerAgency] ?? e.viewerAgency}{' '}
                            · {e.viewerSub}
                          </span>
                        </td>
                        <td data-label="Purpose">
                          {PURPOSE_LABEL[e.purpose] ?? e.purpose}
                          {e.emergencyGrantId && <Tag className="app-tag app-tag--flagged">Emergency grant</Tag>}
                        </td>
                        <td data-label="What">{valueLabel(e.access)}</td>
                        <td data-label="Released">{cats(e.released)}</td>
                        <td data-label="Denied">{cats(e.denied)}</td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              )}
              <div className="app-pager">
                {cursors[part] && (
                  <Button type="button" outline onClick={() => setCursors({ ...cursors, [part]: undefined })}>
                    First page of {title}
                  </Button>
                )}
                {page?.hasNextPage && (
                  <Button
                    type="button"
                    outline
                    onClick={() => setCursors({ ...cursors, [part]: page.endCursor ?? undefined })}
                  >
                    Older {title} records
                  </Button>
                )}
              </div>
            </section>
          );
        })}
    </section>
  );
}
