/**
 * The bench's five operations, shared by the load generator (run.ts) and the monolith floor
 * (monolith.ts), which serves exactly these and nothing else. Each agency's part of Q1-Q3 is
 * written once here: Q1 and Q2 ask the same fields per youth (so Q2/Q1 is per youth), and the
 * monolith asks each subgraph for its part with the same selection the client wrote. Q4 and Q5 are
 * what people open, imported from the web app itself (never copied, so the bench follows the app):
 * Q4 the youth summary's one request (`YouthSummary`), Q5 the worklist caseload's first page
 * (`Caseload`, as the page first asks it).
 */

import { loadSupergraphConfig } from '@hub/schema';
import { CaseloadQuery, PAGE as CASELOAD_PAGE } from '../../web/src/pages/caseload-query.ts';
import { YouthSummaryQuery } from '../../web/src/pages/youth/queries.ts';

/** A field of `Youth` or `Accounting` that one agency subgraph resolves, and what the bench selects under it. */
export interface AgencyPart {
  /** The field under Youth / Accounting, e.g. `health`. */
  field: string;
  /** The subgraph that owns it (its name in the supergraph config). */
  subgraph: string;
  selection: string;
}

/** The registry's own fields of Youth in Q1 and Q2. */
export const YOUTH_REGISTRY_SELECTION = 'id displayName';
export const YOUTH_PARTS: AgencyPart[] = [
  { field: 'childWelfare', subgraph: 'child-welfare', selection: 'caseNumber placements { kind }' },
  { field: 'health', subgraph: 'health', selection: 'mentalHealth { treatmentStatus } substanceUse { status }' },
  { field: 'probation', subgraph: 'probation', selection: 'supervision { status }' },
  { field: 'education', subgraph: 'education', selection: 'schoolOfRecord { schoolName }' },
  { field: 'districtAttorney', subgraph: 'district-attorney', selection: 'cases { role }' },
  { field: 'publicDefender', subgraph: 'public-defender', selection: 'matters { kind }' },
  { field: 'lawEnforcement', subgraph: 'law-enforcement', selection: 'investigations { youthRole }' },
];

// Every agency subgraph of the one list is part of every operation: a subgraph published later
// and not added above would be started by the bench and never asked, so the bench refuses to run.
const unasked = loadSupergraphConfig()
  .filter((e) => !e.registry && !YOUTH_PARTS.some((p) => p.subgraph === e.name))
  .map((e) => e.name);
if (unasked.length) {
  throw new Error(
    `bench/hub/queries.ts: no part of Q1-Q3 for ${unasked.join(', ')}: add it to YOUTH_PARTS (and the SQL floor)`,
  );
}

const PAGE = 'totalCount entries { at viewerSub access released denied }';
/** The registry's own fields of Accounting in Q3 (its own part of the log included). */
export const ACCOUNTING_REGISTRY_SELECTION = `youthId registry { ${PAGE} }`;
export const ACCOUNTING_PARTS: AgencyPart[] = YOUTH_PARTS.map(({ field, subgraph }) => ({
  field,
  subgraph,
  selection: PAGE,
}));

const parts = (list: AgencyPart[]) => list.map((p) => `${p.field} { ${p.selection} }`).join('\n  ');

export const SELECTION = `${YOUTH_REGISTRY_SELECTION}
  ${parts(YOUTH_PARTS)}`;
export const Q1 = `query ($id: ID!) { youth(id: $id) { ${SELECTION} } }`;
export const Q2 = `query ($first: Int) { youths(first: $first) { totalCount edges { node { ${SELECTION} } } } }`;
export const Q3 = `query ($id: ID!) { accountingOfDisclosures(youthId: $id) { ${ACCOUNTING_REGISTRY_SELECTION} ${parts(
  ACCOUNTING_PARTS,
)} } }`;

/** The youth summary as the web app sends it (`String()` of the typed document: the operation and its fragments). */
export const Q4 = String(YouthSummaryQuery);
/** The caseload page as the web app first asks it: its first page, every scope, no search. */
export const Q5 = String(CaseloadQuery);
export const Q5_VARIABLES = { first: CASELOAD_PAGE, after: null, search: null, scope: 'ALL' };

export const QUERY_NAMES = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5'] as const;
export type QueryName = (typeof QUERY_NAMES)[number];
export const QUERY_TEXT: Record<QueryName, string> = { Q1, Q2, Q3, Q4, Q5 };
