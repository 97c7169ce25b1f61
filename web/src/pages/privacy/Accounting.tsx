import { useState, type FormEvent } from 'react';
import { useQuery } from '../../api/client.ts';
import { unavailableFields } from '../../api/denials.ts';
import { Unavailable } from '../../components/Hidden.tsx';
import { ErrorBox, ErrorList, Loading } from '../../components/Status.tsx';
import { AGENCY_LABEL, CATEGORY_LABEL, PURPOSE_LABEL, ROLE_LABEL, enumLabel } from '../../labels.ts';
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
export function Accounting({ initialYouthId = '' }: { initialYouthId?: string }) {
  const [draft, setDraft] = useState<Filters>({ youthId: initialYouthId, from: '', to: '', viewerSub: '' });
  const [filters, setFilters] = useState<Filters | null>(null);
  const [cursors, setCursors] = useState<Partial<Record<Part, string>>>({});
  const state = useQuery(
    AccountingQuery,
    {
      youthId: filters?.youthId ?? '',
      from: filters?.from || null,
      to: filters?.to || null,
      viewerSub: filters?.viewerSub || null,
      first: PAGE,
      ...cursors,
    },
    !filters,
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilters({ ...draft, youthId: draft.youthId.trim(), viewerSub: draft.viewerSub.trim() });
    setCursors({});
  };
  const field = (key: keyof Filters, label: string, type = 'text') => (
    <div className="field-inline">
      <label htmlFor={`acc-${key}`}>{label}</label>
      <input
        id={`acc-${key}`}
        type={type}
        value={draft[key]}
        required={key === 'youthId'}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    </div>
  );
  const accounting = state.result?.data?.accountingOfDisclosures;
  const down = unavailableFields(state.result?.errors ?? []);
  return (
    <section aria-labelledby="accounting-title">
      <h2 id="accounting-title">Accounting of disclosures</h2>
      <form className="filters" onSubmit={submit}>
        {field('youthId', 'Youth hub id')}
        {field('from', 'From (date)', 'date')}
        {field('to', 'To (date)', 'date')}
        {field('viewerSub', 'Viewer id (optional)')}
        <button type="submit">Show accounting</button>
      </form>
      {filters && state.status === 'loading' && <Loading what="the accounting" />}
      {filters && state.status === 'error' && <ErrorBox>{state.error}</ErrorBox>}
      {state.result && (
        <ErrorList errors={state.result.errors.filter((e) => e.extensions?.code !== 'SUBGRAPH_UNAVAILABLE')} />
      )}
      {filters && state.status === 'done' && !accounting && <p className="none">No accounting for this youth.</p>}
      {accounting &&
        PARTS.map(([part, title]) => {
          const page = accounting[part];
          return (
            <section key={part} className="accounting-part" aria-labelledby={`acc-${part}-title`} data-part={part}>
              <h3 id={`acc-${part}-title`}>
                {title}: {page ? `${page.totalCount} records` : ''}
              </h3>
              {down.has(part) ? (
                <Unavailable agency={title} />
              ) : !page ? (
                <p className="none">No part from this agency.</p>
              ) : page.entries.length === 0 ? (
                <p className="none">No disclosures match.</p>
              ) : (
                <table className="accounting">
                  <caption className="visually-hidden">{title} disclosures, newest first</caption>
                  <thead>
                    <tr>
                      <th scope="col">When (UTC)</th>
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
                        <td>{e.at}</td>
                        <td>
                          {e.viewerName ?? e.viewerSub} ({e.viewerSub}), {ROLE_LABEL[e.viewerRole] ?? e.viewerRole},{' '}
                          {AGENCY_LABEL[e.viewerAgency] ?? e.viewerAgency}
                        </td>
                        <td>
                          {PURPOSE_LABEL[e.purpose] ?? e.purpose}
                          {e.emergencyGrantId && <span className="badge badge-flagged">Emergency grant</span>}
                        </td>
                        <td>{enumLabel(e.access)}</td>
                        <td>{cats(e.released)}</td>
                        <td>{cats(e.denied)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <div className="pager">
                {cursors[part] && (
                  <button type="button" onClick={() => setCursors({ ...cursors, [part]: undefined })}>
                    First page of {title}
                  </button>
                )}
                {page?.hasNextPage && (
                  <button type="button" onClick={() => setCursors({ ...cursors, [part]: page.endCursor ?? undefined })}>
                    Older {title} records
                  </button>
                )}
              </div>
            </section>
          );
        })}
    </section>
  );
}
