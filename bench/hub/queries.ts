/**
 * The bench's three operations, shared by the load generator (run.ts) and the monolith floor
 * (monolith.ts), which serves exactly these and nothing else. Each agency's part is written once
 * here: Q1 and Q2 ask the same fields per youth (so Q2/Q1 is per youth), and the monolith asks each
 * subgraph for its part with the same selection the client wrote.
 */

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
];

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

export type QueryName = 'Q1' | 'Q2' | 'Q3';
export const QUERY_TEXT: Record<QueryName, string> = { Q1, Q2, Q3 };
