import { Button, Fieldset, Label, Table, Tag } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { unavailableFields } from '../../api/denials.ts';
import { useAnswer } from '../../api/query.ts';
import { ErrorBox, ErrorList, Loading, Unavailable } from '../../components/Status.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { valueLabel } from '../../format/values.ts';
import type { AccountingPageFragment as Page } from '../../generated/graphql.ts';
import { AGENCY_LABEL, CATEGORIES, CATEGORY_LABEL, PURPOSE_LABEL, ROLE_LABEL } from '../../labels.ts';
import { AccountingQuery, AccountingSubjectsQuery } from './queries.ts';
import { filterVariables, PARTS, type Filters, type Part } from './filters.ts';
import { Statement } from './Statement.tsx';

type Entry = Page['entries'][number];
const PAGE = 8;
const ACCESS_KINDS = ['RECORD', 'ACCOUNTING', 'VIEW_AS', 'CONSENT', 'STATEMENT'] as const;
const cats = (list: string[]) => (list.length ? list.map((c) => CATEGORY_LABEL[c] ?? c).join(', ') : '—');

/** Why: the rule and legal basis of each category, or "not recorded" for rows older than the record of it. */
function Why({ entry }: { entry: Entry }) {
  if (!entry.basis) return <span className="app-meta">Not recorded</span>;
  if (!entry.basis.length) return <>—</>;
  return (
    <ul className="usa-list usa-list--unstyled app-basis">
      {entry.basis.map((b) => (
        <li key={b.category}>
          {b.allowed ? 'Released' : 'Denied'} {CATEGORY_LABEL[b.category] ?? b.category}: <code>{b.ruleId}</code> (
          {b.legalBasis})
        </li>
      ))}
    </ul>
  );
}

/** `requestId agency` of the parts the gateway gave up on: released by the agency, never received. */
type Undelivered = ReadonlySet<string>;
const NONE_UNDELIVERED: Undelivered = new Set();

function Rows({
  title,
  entries,
  undelivered = NONE_UNDELIVERED,
}: {
  title: string;
  entries: Entry[];
  undelivered?: Undelivered;
}) {
  return (
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
          <th scope="col">Rule and legal basis</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} data-viewer={e.viewerSub} data-access={e.access}>
            <td data-label="When">{formatDateTime(e.at)}</td>
            <td data-label="Who">
              <strong>{e.viewerName ?? e.viewerSub}</strong>
              <span className="app-accounting__role">
                {ROLE_LABEL[e.viewerRole] ?? e.viewerRole}, {AGENCY_LABEL[e.viewerAgency] ?? e.viewerAgency} ·{' '}
                {e.viewerSub}
              </span>
            </td>
            <td data-label="Purpose">
              {PURPOSE_LABEL[e.purpose] ?? e.purpose}
              {e.emergencyGrantId && <Tag className="app-tag app-tag--flagged">Emergency grant</Tag>}
            </td>
            <td data-label="What">
              {valueLabel(e.access)}
              {undelivered.has(`${e.requestId} ${e.agency}`) && (
                <Tag
                  className="app-tag app-tag--flagged"
                  data-testid="undelivered"
                  title="The agency released this, but the hub gave up waiting for its answer: the viewer never received it."
                >
                  Not delivered
                </Tag>
              )}
            </td>
            <td data-label="Released">{cats(e.released)}</td>
            <td data-label="Denied">{cats(e.denied)}</td>
            <td data-label="Rule and legal basis">
              <Why entry={e} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** Step 1: the youth of the request, by name, agency local id or hub id (initials and date of birth only). */
function FindYouth({ onPick }: { onPick: (youthId: string, label: string) => void }) {
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const found = useAnswer(AccountingSubjectsQuery, { search }, { enabled: search.length >= 2 });
  const subjects = found.data?.data?.accountingSubjects;
  return (
    <section className="app-section" aria-labelledby="find-title">
      <h3 id="find-title">The youth</h3>
      <form
        className="app-filters"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch(draft.trim());
        }}
      >
        <div className="app-filters__field">
          <Label htmlFor="acc-search">Find the youth: name, agency local id or hub id</Label>
          <input
            id="acc-search"
            name="search"
            className="usa-input"
            value={draft}
            minLength={2}
            required
            onChange={(e) => setDraft(e.target.value)}
          />
        </div>
        <Button type="submit">Find youth</Button>
      </form>
      {search && found.isPending && <Loading what="matching youths" />}
      {found.isError && <ErrorBox>{found.error.message}</ErrorBox>}
      {found.data && <ErrorList errors={found.data.errors} />}
      {subjects && subjects.length === 0 && <p className="app-none">No youth matches.</p>}
      {subjects && subjects.length > 0 && (
        <ul className="usa-list usa-list--unstyled app-subjects">
          {subjects.map((s) => {
            const label = `${s.initials}, born ${s.dateOfBirth}`;
            return (
              <li key={s.youthId}>
                <Button type="button" unstyled onClick={() => onPick(s.youthId, label)} data-youth={s.youthId}>
                  {label}
                </Button>{' '}
                <span className="app-meta">
                  ({valueLabel(s.matchedBy)} · {s.youthId})
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/**
 * The accounting of disclosures for one youth: each agency's part from its own log, filtered and
 * paged, with the rule and legal basis of each row; the officer's own reads of it listed apart.
 */
export function Accounting() {
  const [youth, setYouth] = useState<{ id: string; label: string } | null>(null);
  const empty: Omit<Filters, 'youthId'> = {
    from: '',
    to: '',
    viewerSub: '',
    category: '',
    outcome: '',
    access: '',
    parts: PARTS.map(([p]) => p),
  };
  const [draft, setDraft] = useState(empty);
  const [filters, setFilters] = useState<Filters | null>(null);
  const [cursors, setCursors] = useState<Partial<Record<Part, string>>>({});
  const [statement, setStatement] = useState<{ filters: Filters; denials: 'APART' | 'OUT' } | null>(null);
  const [denials, setDenials] = useState<'APART' | 'OUT'>('APART');
  const enabled = !!filters;
  const variables = filters ? filterVariables(filters) : filterVariables({ ...empty, youthId: '' });
  const state = useAnswer(AccountingQuery, { ...variables, own: 'EXCLUDE', first: PAGE, ...cursors }, { enabled });
  const own = useAnswer(AccountingQuery, { youthId: variables.youthId, own: 'ONLY', first: PAGE }, { enabled });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!youth) return;
    setFilters({ ...draft, youthId: youth.id, viewerSub: draft.viewerSub.trim() });
    setCursors({});
    setStatement(null);
  };
  const field = (key: 'from' | 'to' | 'viewerSub', label: string, type: 'text' | 'date' = 'text') => (
    <div className="app-filters__field">
      <Label htmlFor={`acc-${key}`}>{label}</Label>
      <input
        id={`acc-${key}`}
        name={key}
        type={type}
        className="usa-input"
        value={draft[key]}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    </div>
  );
  const select = (key: 'category' | 'outcome' | 'access', label: string, options: readonly [string, string][]) => (
    <div className="app-filters__field">
      <Label htmlFor={`acc-${key}`}>{label}</Label>
      <select
        id={`acc-${key}`}
        name={key}
        className="usa-select"
        value={draft[key]}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  const answer = state.data;
  const accounting = answer?.data?.accountingOfDisclosures;
  const undelivered: Undelivered = new Set((accounting?.undelivered ?? []).map((u) => `${u.requestId} ${u.agency}`));
  const down = unavailableFields(answer?.errors ?? []);
  const ownRows = own.data?.data?.accountingOfDisclosures;
  const shown = filters ? PARTS.filter(([p]) => filters.parts.includes(p)) : [];
  return (
    <section aria-labelledby="accounting-title">
      <div className="app-no-print">
        <h2 id="accounting-title">Accounting of disclosures</h2>
        <FindYouth
          onPick={(id, label) => {
            setYouth({ id, label });
            setFilters(null);
          }}
        />
        {youth && (
          <form className="app-filters app-filters--accounting" onSubmit={submit} aria-labelledby="filters-title">
            <h3 id="filters-title" className="app-filters__title">
              Disclosures about <span data-testid="accounting-youth">{youth.label}</span>
            </h3>
            {field('from', 'From (date)', 'date')}
            {field('to', 'To (date)', 'date')}
            {field('viewerSub', 'Viewer id (optional)')}
            {select('category', 'Category', [
              ['', 'Any category'],
              ...CATEGORIES.map((c): [string, string] => [c, CATEGORY_LABEL[c] ?? c]),
            ])}
            {select('outcome', 'Outcome', [
              ['', 'Released or denied'],
              ['RELEASED', 'Released only'],
              ['DENIED', 'Denied only'],
            ])}
            {select('access', 'Access kind', [
              ['', 'Any access'],
              ...ACCESS_KINDS.map((k): [string, string] => [k, valueLabel(k)]),
            ])}
            <Fieldset legend="Agencies" className="app-filters__agencies">
              {PARTS.map(([part, title]) => (
                <div className="usa-checkbox" key={part}>
                  <input
                    className="usa-checkbox__input"
                    id={`acc-part-${part}`}
                    type="checkbox"
                    checked={draft.parts.includes(part)}
                    onChange={(e) =>
                      setDraft({
                        ...draft,
                        parts: e.target.checked ? [...draft.parts, part] : draft.parts.filter((p) => p !== part),
                      })
                    }
                  />
                  <label className="usa-checkbox__label" htmlFor={`acc-part-${part}`}>
                    {title}
                  </label>
                </div>
              ))}
            </Fieldset>
            <Button type="submit">Show accounting</Button>
          </form>
        )}
        {filters && state.isPending && <Loading what="the accounting" />}
        {state.isError && <ErrorBox>{state.error.message}</ErrorBox>}
        {answer && <ErrorList errors={answer.errors.filter((e) => e.extensions?.code !== 'SUBGRAPH_UNAVAILABLE')} />}
        {answer && !accounting && <p className="app-none">No accounting for this youth.</p>}
        {accounting && filters && (
          <div className="app-statement-controls">
            <Fieldset legend="Denials in the statement">
              {(
                [
                  ['APART', 'Shown apart'],
                  ['OUT', 'Left out'],
                ] as const
              ).map(([value, text]) => (
                <div className="usa-radio" key={value}>
                  <input
                    className="usa-radio__input"
                    id={`denials-${value}`}
                    type="radio"
                    name="denials"
                    checked={denials === value}
                    onChange={() => setDenials(value)}
                  />
                  <label className="usa-radio__label" htmlFor={`denials-${value}`}>
                    {text}
                  </label>
                </div>
              ))}
            </Fieldset>
            <Button type="button" onClick={() => setStatement({ filters, denials })}>
              Produce statement for the youth
            </Button>
          </div>
        )}
        {accounting &&
          shown.map(([part, title]) => {
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
                  <Rows title={title} entries={page.entries} undelivered={undelivered} />
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
        {ownRows && (
          <section className="app-section" aria-labelledby="acc-own-title" data-part="own">
            <h3 id="acc-own-title">Your own reads of this accounting</h3>
            {PARTS.flatMap(([part]) => ownRows[part]?.entries ?? []).length === 0 ? (
              <p className="app-none">None yet.</p>
            ) : (
              <Rows
                title="Your own reads"
                entries={PARTS.flatMap(([part]) => ownRows[part]?.entries ?? [])
                  .sort((a, b) => b.at.localeCompare(a.at))
                  .slice(0, PAGE)}
              />
            )}
          </section>
        )}
      </div>
      {statement && youth && <Statement youthLabel={youth.label} {...statement} />}
    </section>
  );
}
