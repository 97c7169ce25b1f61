import { Button, Label, Table, Tag } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { unavailableFields } from '../../api/denials.ts';
import { useAnswer } from '../../api/query.ts';
import { ErrorBox, ErrorList, Loading, Unavailable } from '../../components/Status.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { valueLabel } from '../../format/values.ts';
import type { ViewerPageFragment as Page } from '../../generated/graphql.ts';
import { AGENCY_LABEL, CATEGORY_LABEL, PURPOSE_LABEL } from '../../labels.ts';
import { PARTS, type Part } from './filters.ts';
import { AccessByViewerQuery } from './oversight-queries.ts';

type Entry = Page['entries'][number];
const PAGE = 8;
const cats = (list: string[]) => (list.length ? list.map((c) => CATEGORY_LABEL[c] ?? c).join(', ') : '—');
const ACCESS_KINDS = ['RECORD', 'ACCOUNTING', 'VIEW_AS', 'CONSENT', 'STATEMENT', 'MDT', 'EMERGENCY_GRANT'] as const;

/** What the page is asked for; the alerts page links here with these in the address. */
interface Filters {
  viewerSub: string;
  from: string;
  to: string;
  outcome: '' | 'RELEASED' | 'DENIED';
  access: string;
  grant: string;
}

/** One agency's rows for the viewer, newest first; rows an alert points at are marked. */
export function ViewerRows({
  title,
  entries,
  marked,
}: {
  title: string;
  entries: Entry[];
  marked?: ReadonlySet<string>;
}) {
  return (
    <Table
      fullWidth
      compact
      stackedStyle="default"
      className="app-accounting"
      caption={<span className="usa-sr-only">{title} accesses by this viewer, newest first</span>}
    >
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Youth (hub id)</th>
          <th scope="col">Purpose</th>
          <th scope="col">What</th>
          <th scope="col">Released</th>
          <th scope="col">Denied</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} data-row={e.id} data-marked={marked?.has(e.id) ? 'true' : undefined}>
            <td data-label="When">
              {formatDateTime(e.at)} {marked?.has(e.id) && <Tag className="app-tag app-tag--flagged">In the alert</Tag>}
            </td>
            <td data-label="Youth (hub id)">
              <span className="app-id">{e.youthId}</span>
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
  );
}

/**
 * The rows one emergency grant was used for, across agencies (the review queue shows them under
 * the grant). Each agency answers from its own log; every youth shown is logged there.
 */
export function GrantReads({ grantId, requesterSub }: { grantId: string; requesterSub: string }) {
  const state = useAnswer(AccessByViewerQuery, {
    viewerSub: requesterSub,
    emergencyGrantId: grantId,
    access: ['RECORD'],
    first: PAGE,
  });
  const answer = state.data?.data?.accessByViewer;
  if (state.isPending) return <Loading what="the reads under this grant" />;
  if (state.isError) return <ErrorBox>{state.error.message}</ErrorBox>;
  const rows = PARTS.flatMap(([part]) => answer?.[part]?.entries ?? []).sort((a, b) => b.at.localeCompare(a.at));
  const total = PARTS.reduce((n, [part]) => n + (answer?.[part]?.totalCount ?? 0), 0);
  return (
    <div className="app-grant-reads" data-testid="grant-reads">
      <h4>
        Reads under this grant: {total} across agencies
        {total > rows.length ? ` (latest ${rows.length} shown)` : ''}
      </h4>
      {rows.length === 0 ? (
        <p className="app-none">No record was read under this grant.</p>
      ) : (
        <ul className="usa-list">
          {rows.map((e) => (
            <li key={e.id}>
              {formatDateTime(e.at)}, {AGENCY_LABEL[e.agency] ?? e.agency}: released {cats(e.released)}
              {e.denied.length ? `; denied ${cats(e.denied)}` : ''}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Who did what: one viewer's accesses across every youth, each agency's part from its own log,
 * paged per agency. A privacy officer under AUDIT reads anyone's; each youth shown is logged.
 */
export function Viewer() {
  const [params, setParams] = useSearchParams();
  const fromAddress = (): Filters => ({
    viewerSub: params.get('sub') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    outcome: (params.get('outcome') as Filters['outcome']) ?? '',
    access: params.get('access') ?? '',
    grant: params.get('grant') ?? '',
  });
  const filters = fromAddress();
  const [draft, setDraft] = useState<Filters>(filters);
  const [cursors, setCursors] = useState<Partial<Record<Part, string>>>({});
  const marked = new Set((params.get('rows') ?? '').split(',').filter(Boolean));
  const onlyAgency = params.get('agency');
  const enabled = filters.viewerSub.length > 0;
  const state = useAnswer(
    AccessByViewerQuery,
    {
      viewerSub: filters.viewerSub,
      from: filters.from || null,
      to: filters.to || null,
      outcome: (filters.outcome || null) as never,
      access: filters.access ? [filters.access as never] : null,
      emergencyGrantId: filters.grant || null,
      first: PAGE,
      ...cursors,
    },
    { enabled },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (draft.viewerSub.trim()) next.set('sub', draft.viewerSub.trim());
    for (const key of ['from', 'to', 'outcome', 'access', 'grant'] as const) if (draft[key]) next.set(key, draft[key]);
    setParams(next);
    setCursors({});
  };
  const input = (key: 'viewerSub' | 'from' | 'to' | 'grant', label: string, type = 'text') => (
    <div className="app-filters__field">
      <Label htmlFor={`viewer-${key}`}>{label}</Label>
      <input
        id={`viewer-${key}`}
        name={key}
        type={type}
        className="usa-input"
        value={draft[key]}
        required={key === 'viewerSub'}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
      />
    </div>
  );
  const answer = state.data;
  const access = answer?.data?.accessByViewer;
  const down = unavailableFields(answer?.errors ?? []);
  const parts = onlyAgency ? PARTS.filter(([part]) => agencyOfPart(part) === onlyAgency) : PARTS;
  return (
    <section aria-labelledby="viewer-title">
      <h2 id="viewer-title">Who did what</h2>
      <p className="app-meta">
        One person’s accesses across every youth, from each agency’s own log. Each youth listed here is written in that
        youth’s accounting as your read.
      </p>
      <form className="app-filters" onSubmit={submit} aria-label="Viewer and filters">
        {input('viewerSub', 'Viewer id (their sign-in subject)')}
        {input('from', 'From (date or date-time)')}
        {input('to', 'To (date or date-time)')}
        <div className="app-filters__field">
          <Label htmlFor="viewer-outcome">Outcome</Label>
          <select
            id="viewer-outcome"
            className="usa-select"
            value={draft.outcome}
            onChange={(e) => setDraft({ ...draft, outcome: e.target.value as Filters['outcome'] })}
          >
            <option value="">Released or denied</option>
            <option value="RELEASED">Released only</option>
            <option value="DENIED">Denied only</option>
          </select>
        </div>
        <div className="app-filters__field">
          <Label htmlFor="viewer-access">Access kind</Label>
          <select
            id="viewer-access"
            className="usa-select"
            value={draft.access}
            onChange={(e) => setDraft({ ...draft, access: e.target.value })}
          >
            <option value="">Any access</option>
            {ACCESS_KINDS.map((k) => (
              <option key={k} value={k}>
                {valueLabel(k)}
              </option>
            ))}
          </select>
        </div>
        {input('grant', 'Emergency grant id (optional)')}
        <Button type="submit">Show accesses</Button>
      </form>
      {onlyAgency && (
        <p>
          Showing {AGENCY_LABEL[onlyAgency] ?? onlyAgency} only, as the alert does.{' '}
          <Button
            type="button"
            unstyled
            onClick={() => {
              const next = new URLSearchParams(params);
              next.delete('agency');
              setParams(next);
            }}
          >
            Show every agency
          </Button>
        </p>
      )}
      {enabled && state.isPending && <Loading what="the viewer's accesses" />}
      {state.isError && <ErrorBox>{state.error.message}</ErrorBox>}
      {answer && <ErrorList errors={answer.errors.filter((e) => e.extensions?.code !== 'SUBGRAPH_UNAVAILABLE')} />}
      {access &&
        parts.map(([part, title]) => {
          const page = access[part];
          return (
            <section key={part} className="app-section" aria-labelledby={`viewer-${part}-title`} data-part={part}>
              <h3 id={`viewer-${part}-title`}>
                {title}
                {page ? `: ${page.totalCount} records` : ''}
              </h3>
              {down.has(part) ? (
                <Unavailable agency={title} />
              ) : !page || page.entries.length === 0 ? (
                <p className="app-none">No accesses match.</p>
              ) : (
                <ViewerRows title={title} entries={page.entries} marked={marked} />
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

/** The agency each part of the answer is from, as alerts name it. */
export function agencyOfPart(part: Part): string {
  return {
    registry: 'HUB',
    childWelfare: 'CHILD_WELFARE',
    probation: 'PROBATION',
    health: 'HEALTH',
    education: 'EDUCATION',
    districtAttorney: 'DISTRICT_ATTORNEY',
    publicDefender: 'PUBLIC_DEFENDER',
    lawEnforcement: 'LAW_ENFORCEMENT',
  }[part];
}
