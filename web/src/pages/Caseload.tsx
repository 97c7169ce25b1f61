import { Button, Label, Select, Table, Tag, TextInput } from '@trussworks/react-uswds';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { denialAt, otherErrors, type Denial } from '../api/denials.ts';
import type { GraphQLErrorShape } from '../api/graphql.ts';
import { answerOptions, useAnswer } from '../api/query.ts';
import { useSession } from '../auth/session.ts';
import { hasNews } from '../api/changes.ts';
import { ErrorBox, ErrorList, Loading } from '../components/Status.tsx';
import { ageOn, countyToday, formatDate, formatDateTime } from '../format/dates.ts';
import { countOf } from '../format/counts.ts';
import { clockText, missingFor } from '../format/missing.ts';
import { valueLabel } from '../format/values.ts';
import { youthLabel } from '../format/youth.ts';
import { graphql } from '../generated/index.ts';
import type {
  CaseloadNewsQueryVariables,
  CaseloadQuery as CaseloadAnswer,
  CaseloadScope,
} from '../generated/graphql.ts';
import { AGENCY_LABEL, CATEGORY_LABEL, REASON_LABEL } from '../labels.ts';
import { CaseloadQuery, PAGE } from './caseload-query.ts';

// The news mark: each released list's newest event up to today (last: 1), from a year back, to
// compare with the viewer's own last look at the youth (src/api/changes.ts). Asked apart from the
// page, only for the youths the viewer has opened, NEWS_BATCH at a time: inside the page's edges
// the timelines would weigh over the gateway's cost limit (a youth's lists cost about 250 alone).
export const CaseloadNewsFragment = graphql(`
  fragment CaseloadNews on Youth {
    childWelfare {
      timeline(since: $newsSince) {
        childWelfareCase(last: 1) {
          date
        }
        placement(last: 1) {
          date
        }
        runaway(last: 1) {
          date
        }
        csecIndicators(last: 1) {
          date
        }
        safetyPlan(last: 1) {
          date
        }
      }
    }
    probation {
      timeline(since: $newsSince) {
        probation(last: 1) {
          date
        }
        delinquency(last: 1) {
          date
        }
        csecIndicators(last: 1) {
          date
        }
      }
    }
    health {
      timeline(since: $newsSince) {
        mentalHealth(last: 1) {
          date
        }
        psychotherapyNotes(last: 1) {
          date
        }
        substanceUse(last: 1) {
          date
        }
        sexualHealth(last: 1) {
          date
        }
        physicalHealth(last: 1) {
          date
        }
      }
    }
    education {
      timeline(since: $newsSince) {
        education(last: 1) {
          date
        }
      }
    }
    districtAttorney {
      timeline(since: $newsSince) {
        victimWitness(last: 1) {
          date
        }
      }
    }
    publicDefender {
      timeline(since: $newsSince) {
        delinquency(last: 1) {
          date
        }
        attorneyClient(last: 1) {
          date
        }
      }
    }
  }
`);

export const NEWS_BATCH = 12;
const CaseloadNewsQuery = graphql(`
  query CaseloadNews(
    $newsSince: String!
    $y0: ID!
    $y1: ID!
    $y2: ID!
    $y3: ID!
    $y4: ID!
    $y5: ID!
    $y6: ID!
    $y7: ID!
    $y8: ID!
    $y9: ID!
    $y10: ID!
    $y11: ID!
  ) {
    y0: youth(id: $y0) {
      id
      ...CaseloadNews
    }
    y1: youth(id: $y1) {
      id
      ...CaseloadNews
    }
    y2: youth(id: $y2) {
      id
      ...CaseloadNews
    }
    y3: youth(id: $y3) {
      id
      ...CaseloadNews
    }
    y4: youth(id: $y4) {
      id
      ...CaseloadNews
    }
    y5: youth(id: $y5) {
      id
      ...CaseloadNews
    }
    y6: youth(id: $y6) {
      id
      ...CaseloadNews
    }
    y7: youth(id: $y7) {
      id
      ...CaseloadNews
    }
    y8: youth(id: $y8) {
      id
      ...CaseloadNews
    }
    y9: youth(id: $y9) {
      id
      ...CaseloadNews
    }
    y10: youth(id: $y10) {
      id
      ...CaseloadNews
    }
    y11: youth(id: $y11) {
      id
      ...CaseloadNews
    }
  }
`);

/** The news query's variables for up to NEWS_BATCH youths (a short batch repeats its last id). */
function newsVariables(ids: string[], since: string) {
  const vars: Record<string, string> = { newsSince: since };
  for (let i = 0; i < NEWS_BATCH; i++) vars[`y${i}`] = ids[Math.min(i, ids.length - 1)]!;
  return vars as CaseloadNewsQueryVariables;
}

/** How far back the news mark looks: a year of county days. */
export const newsSince = (today: string) => {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y - 1, m - 1, d)).toISOString().slice(0, 10);
};

type Edge = CaseloadAnswer['youths']['edges'][number];
type Row = Edge['node'];
type Sort = 'HUB' | 'NEWS' | 'NAME' | 'AGE' | 'MISSING' | 'COURT';

const SCOPE_LABEL: Record<CaseloadScope, string> = {
  ALL: 'All my youths',
  ON_MY_TEAM: 'Youths whose MDT I am on',
  MY_AGENCY_SERVES: 'Youths my agency serves (not on my MDT)',
};
const SORT_LABEL: Record<Sort, string> = {
  HUB: 'Hub order',
  NEWS: 'New since you looked first',
  NAME: 'Name or label',
  AGE: 'Age, youngest first',
  MISSING: 'Missing now, longest first',
  COURT: 'Next court date, soonest first',
};
/** Why a cell is blank: the reason in words, and which agency's rule, for the tooltip. */
function why(denials: Denial[]): string {
  const reasons = [
    ...new Set(
      denials.map(
        (d) =>
          `${CATEGORY_LABEL[d.category] ?? d.category} (${AGENCY_LABEL[d.agency] ?? d.agency}): ${
            REASON_LABEL[d.reason] ?? d.reason
          }`,
      ),
    ),
  ];
  return reasons.join('. ');
}

/** A blank cell that says on hover or keyboard focus why it is blank. Never an error: the rules at work. */
function HiddenCell({ what, denials }: { what: string; denials: Denial[] }) {
  const id = useId();
  const reason = why(denials);
  return (
    <span className="app-why">
      <button type="button" className="app-why__button" aria-describedby={id} data-hidden={what}>
        <span aria-hidden="true">—</span>
        <span className="usa-sr-only">{what} hidden</span>
      </button>
      <span role="tooltip" id={id} className="app-why__tip">
        {what} hidden. {reason}.
      </span>
    </span>
  );
}

interface Cells {
  news: boolean | null;
  name: ReactNode;
  nameText: string;
  age: number | null;
  ageCell: ReactNode;
  placement: ReactNode;
  missingHours: number | null;
  missing: ReactNode;
  court: string | null;
  courtCell: ReactNode;
  screening: ReactNode;
}

const CONCERN_LABEL: Record<string, string> = {
  NO_CONCERN: 'No concern',
  POSSIBLE: 'Possible concern',
  POSSIBLE_CONCERN: 'Possible concern',
  CLEAR: 'Clear concern',
  CLEAR_CONCERN: 'Clear concern',
};

interface LastScreening {
  agency: string;
  level: string;
  screenedOn: string;
  rescreenOverdue: boolean;
}

/** The latest screening of any agency the viewer may see, its level and date, an overdue rescreen flagged. */
function screeningCell(last: LastScreening | undefined, denials: Denial[]): ReactNode {
  if (!last) return denials.length ? <HiddenCell what="Last screening" denials={denials} /> : 'None';
  return (
    <span data-screening={last.level} data-rescreen-overdue={last.rescreenOverdue}>
      {CONCERN_LABEL[last.level] ?? valueLabel(last.level)}, {formatDate(last.screenedOn)} ({AGENCY_LABEL[last.agency]})
      {last.rescreenOverdue && <Tag className="app-tag app-tag--overdue">Rescreen overdue</Tag>}
    </span>
  );
}

type Missing = NonNullable<NonNullable<Row['childWelfare']>['missingNow']>;

function missingCell(flags: { agency: string; missing: Missing }[], denials: Denial[]): ReactNode {
  if (!flags.length) return denials.length ? <HiddenCell what="Whether missing" denials={denials} /> : 'No';
  return (
    <ul className="usa-list usa-list--unstyled app-missing">
      {flags.map(({ agency, missing }) => (
        <li key={agency} data-missing={agency}>
          <Tag className="app-tag app-tag--missing">Missing {missingFor(missing.hours)}</Tag>{' '}
          <span className="app-missing__since">
            since {formatDateTime(missing.since)} ({AGENCY_LABEL[agency]})
          </span>
          {missing.episode.reportingClocks?.map((c) => (
            <span key={c.kind} className={`app-clock app-clock--${c.status.toLowerCase()}`} data-clock={c.kind}>
              {clockText(c)}
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** Each column of a row, shown only where the viewer may see it, otherwise blank with the reason. */
function cellsOf(row: Row, news: boolean | null, i: number, errors: GraphQLErrorShape[], today: string): Cells {
  const at = (...path: string[]) => denialAt(errors, ['youths', 'edges', i, 'node', ...path]);
  const denied = (...paths: string[][]) => paths.map((p) => at(...p)).filter((d): d is Denial => Boolean(d));
  const label = youthLabel(row.id);

  const nameDenials = denied(['displayName']);
  const name = row.displayName ? (
    <Link className="usa-link app-caseload__name" to={`/youths/${row.id}`}>
      {row.displayName}
    </Link>
  ) : (
    <span className="app-caseload__label">
      <Link className="usa-link app-caseload__name" to={`/youths/${row.id}`}>
        {label}
      </Link>
      {nameDenials.length > 0 && <HiddenCell what="Name" denials={nameDenials} />}
    </span>
  );

  const ageDenials = denied(['dateOfBirth']);
  const age = row.dateOfBirth ? ageOn(row.dateOfBirth, today) : null;

  const placementDenials = denied(['childWelfare', 'currentPlacement']);
  const placementKind = row.childWelfare?.currentPlacement?.kind;
  const placement = placementKind ? (
    valueLabel(placementKind)
  ) : placementDenials.length ? (
    <HiddenCell what="Placement" denials={placementDenials} />
  ) : (
    'None'
  );

  const flags = [
    ...(row.childWelfare?.missingNow ? [{ agency: 'CHILD_WELFARE', missing: row.childWelfare.missingNow }] : []),
    ...(row.probation?.missingNow ? [{ agency: 'PROBATION', missing: row.probation.missingNow }] : []),
  ];
  const missingDenials = denied(['childWelfare', 'missingNow'], ['probation', 'missingNow']);

  const dates = [
    row.probation?.delinquencyCase?.nextHearingOn,
    ...(row.districtAttorney?.upcomingCourtDates ?? []).map((d) => d.scheduledOn),
  ].filter((d): d is string => Boolean(d) && d! >= today);
  const court = dates.sort()[0] ?? null;
  const courtDenials = denied(['probation', 'delinquencyCase'], ['districtAttorney', 'upcomingCourtDates']);

  const cwScreening = row.childWelfare?.latestCsecScreening;
  const prbScreening = row.probation?.latestCsecScreening;
  const last = [
    ...(cwScreening ? [{ agency: 'CHILD_WELFARE', ...cwScreening }] : []),
    ...(prbScreening
      ? [
          {
            agency: 'PROBATION',
            level: prbScreening.result,
            screenedOn: prbScreening.screenedOn,
            rescreenOverdue: false,
          },
        ]
      : []),
  ].sort((a, b) => b.screenedOn.localeCompare(a.screenedOn))[0];
  const screeningDenials = denied(['childWelfare', 'latestCsecScreening'], ['probation', 'latestCsecScreening']);

  return {
    news,
    screening: screeningCell(last, screeningDenials),
    name: (
      <>
        {name}
        {news && (
          <Tag className="app-tag app-tag--new app-caseload__news" data-news="true">
            New since you looked
          </Tag>
        )}
      </>
    ),
    nameText: row.displayName ?? label,
    age,
    ageCell: age !== null ? age : ageDenials.length ? <HiddenCell what="Age" denials={ageDenials} /> : 'Not recorded',
    placement,
    missingHours: flags.length ? Math.max(...flags.map((f) => f.missing.hours)) : null,
    missing: missingCell(flags, missingDenials),
    court,
    courtCell: court ? (
      formatDate(court)
    ) : courtDenials.length ? (
      <HiddenCell what="Court date" denials={courtDenials} />
    ) : (
      'None'
    ),
  };
}

const compare: Record<Sort, (a: Cells, b: Cells) => number> = {
  HUB: () => 0,
  NEWS: (a, b) => Number(b.news === true) - Number(a.news === true),
  NAME: (a, b) => a.nameText.localeCompare(b.nameText),
  AGE: (a, b) => (a.age ?? 99) - (b.age ?? 99),
  MISSING: (a, b) => (b.missingHours ?? -1) - (a.missingHours ?? -1),
  COURT: (a, b) => (a.court ?? '9999').localeCompare(b.court ?? '9999'),
};

/** The viewer's worklist: the youths whose team they are on or whom their agency serves. */
export function Caseload() {
  const coordinator = useSession()?.viewer.role === 'MDT_COORDINATOR';
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const [scope, setScope] = useState<CaseloadScope>('ALL');
  const [sort, setSort] = useState<Sort>('HUB');
  const [missingOnly, setMissingOnly] = useState(false);
  // The cursors of the pages before this one, for Previous.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const today = countyToday();
  const state = useAnswer(CaseloadQuery, { first: PAGE, after, search, scope });
  const session = useSession();
  const opened = (state.data?.data?.youths.edges ?? []).filter((e) => e.myLastLook).map((e) => e.node.id);
  const batches = Array.from({ length: Math.ceil(opened.length / NEWS_BATCH) }, (_, b) =>
    opened.slice(b * NEWS_BATCH, (b + 1) * NEWS_BATCH),
  );
  const since = newsSince(today);
  const news = useQueries({
    queries: batches.map((ids) => answerOptions(session, CaseloadNewsQuery, newsVariables(ids, since))),
  });
  const newsOf = new Map<string, unknown>();
  for (const answer of news)
    for (const youth of Object.values(answer.data?.data ?? {})) if (youth) newsOf.set(youth.id, youth);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSearch(draft.trim() || null);
    setCursors([null]);
  };
  const answer = state.data;
  const page = answer?.data?.youths;
  const rows = (page?.edges ?? []).map(({ node, myLastLook }, i) => ({
    node,
    cells: cellsOf(
      node,
      newsOf.has(node.id) ? hasNews(newsOf.get(node.id) as Record<string, unknown>, myLastLook) : null,
      i,
      answer?.errors ?? [],
      today,
    ),
  }));
  const shown = rows
    .filter((r) => !missingOnly || r.cells.missingHours !== null)
    .sort((a, b) => compare[sort](a.cells, b.cells));
  return (
    <>
      <h1>Your caseload</h1>
      <p>
        <Link className="usa-link" to="/action-items">
          My action items
        </Link>{' '}
        across your teams, overdue first.{' '}
        {coordinator ? (
          <Link className="usa-link" to="/referrals/inbox">
            Referral inbox
          </Link>
        ) : (
          <Link className="usa-link" to="/referrals/new">
            Refer a youth to the MDT
          </Link>
        )}
      </p>
      <form role="search" className="app-search" onSubmit={submit}>
        <Label htmlFor="caseload-search">Search</Label>
        <span className="usa-hint" id="caseload-search-hint">
          By the name as you see it (“S. C.”), by label (“Youth 187D”), or by your agency’s own number for the youth.
        </span>
        <div className="app-inline">
          <TextInput
            id="caseload-search"
            name="search"
            type="search"
            aria-describedby="caseload-search-hint"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <Button type="submit">Search</Button>
          {search && (
            <Button type="button" outline onClick={() => (setDraft(''), setSearch(null), setCursors([null]))}>
              Clear
            </Button>
          )}
        </div>
      </form>
      <div className="app-filters">
        <div>
          <Label htmlFor="caseload-scope">Show</Label>
          <Select
            id="caseload-scope"
            name="scope"
            value={scope}
            onChange={(e) => (setScope(e.target.value as CaseloadScope), setCursors([null]))}
          >
            {(Object.keys(SCOPE_LABEL) as CaseloadScope[]).map((s) => (
              <option key={s} value={s}>
                {SCOPE_LABEL[s]}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor="caseload-sort">Sort this page by</Label>
          <Select id="caseload-sort" name="sort" value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
            {(Object.keys(SORT_LABEL) as Sort[]).map((s) => (
              <option key={s} value={s}>
                {SORT_LABEL[s]}
              </option>
            ))}
          </Select>
        </div>
        <div className="usa-checkbox app-filters__check">
          <input
            className="usa-checkbox__input"
            id="caseload-missing"
            type="checkbox"
            checked={missingOnly}
            onChange={(e) => setMissingOnly(e.target.checked)}
          />
          <label className="usa-checkbox__label" htmlFor="caseload-missing">
            Only youths missing now
          </label>
        </div>
      </div>
      {state.isPending && <Loading what="your caseload" />}
      {state.isError && <ErrorBox>{state.error.message}</ErrorBox>}
      {answer && <ErrorList errors={otherErrors(answer.errors)} />}
      {page && (
        <>
          <p aria-live="polite" className="app-caseload__count">
            {countOf(page.totalCount, page.totalCountCapped, 'youth', 'youths')}
            {search ? ` matching “${search}”` : ''} · page {cursors.length}
            {missingOnly ? ` · ${shown.length} of this page’s ${rows.length} missing now` : ''}
          </p>
          {shown.length === 0 ? (
            <p className="app-none">No youths to show.</p>
          ) : (
            <Table fullWidth stackedStyle="headers" className="app-caseload" caption="Your youths">
              <thead>
                <tr>
                  <th scope="col">Youth</th>
                  <th scope="col">Age</th>
                  <th scope="col">Placement</th>
                  <th scope="col">Missing now</th>
                  <th scope="col">Last screening</th>
                  <th scope="col">Next court date</th>
                </tr>
              </thead>
              <tbody>
                {shown.map(({ node, cells }) => (
                  <tr
                    key={node.id}
                    data-youth={node.id}
                    data-missing-now={cells.missingHours !== null}
                    data-news={cells.news === null ? 'unopened' : cells.news}
                  >
                    <th scope="row" data-label="Youth">
                      {cells.name}
                    </th>
                    <td data-label="Age">{cells.ageCell}</td>
                    <td data-label="Placement">{cells.placement}</td>
                    <td data-label="Missing now">{cells.missing}</td>
                    <td data-label="Last screening">{cells.screening}</td>
                    <td data-label="Next court date">{cells.courtCell}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <nav className="app-pager" aria-label="Caseload pages">
            <Button
              type="button"
              outline
              disabled={cursors.length < 2}
              onClick={() => setCursors(cursors.slice(0, -1))}
            >
              Previous page
            </Button>
            <Button
              type="button"
              outline
              disabled={!page.pageInfo.hasNextPage}
              onClick={() => setCursors([...cursors, page.pageInfo.endCursor ?? null])}
            >
              Next page
            </Button>
          </nav>
        </>
      )}
    </>
  );
}
