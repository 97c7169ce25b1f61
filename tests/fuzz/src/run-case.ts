import fc from 'fast-check';
import { PURPOSES, ROLE_AGENCY, ROLES, type PurposeOfUse, type Role } from '@hub/policies';
import { issueTestToken } from '@hub/subgraph-kit/testing';
import { persona, PERSONAS } from '@hub/synthetic';
import type { Hub } from '../../src/hub.ts';
import {
  checkExplanation,
  checkYouth,
  oracleFor,
  type CaseViewer,
  type ExpectedRow,
  type GraphQLError,
} from './check.ts';
import { render, youthSelectionArb, type Selection } from './query.ts';
import { applyYouthState, youthStateArb, type YouthState } from './registry-state.ts';
import type { FieldNode } from './schema-model.ts';

/**
 * How a youth's id reaches the gateway: written in the query, sent as a variable, or left to the
 * variable's default in the query. The gateway's limits and the subgraphs' checks read coerced
 * values, so all three must answer alike.
 */
export type IdPassing = 'literal' | 'variable' | 'default';

export interface FuzzCase {
  viewer: CaseViewer;
  purpose: PurposeOfUse;
  youths: { index: number; state: YouthState; pass: IdPassing }[];
  selections: Selection[];
  /** Also ask the registry's accessExplanation for each youth (every agency and category). */
  explain: boolean;
}

const viewerArb: fc.Arbitrary<CaseViewer> = fc.oneof(
  fc.constantFrom(...PERSONAS.map((p) => ({ sub: p.id, role: p.role, agency: p.agency }))),
  fc
    .record({ role: fc.constantFrom(...ROLES), n: fc.nat(2) })
    .map(({ role, n }) => ({ sub: `fuzz-${role.toLowerCase()}-${n}`, role: role as Role, agency: ROLE_AGENCY[role] })),
);

const purposeArb: fc.Arbitrary<PurposeOfUse> = fc.constantFrom<PurposeOfUse>(
  'CARE_COORDINATION',
  'CARE_COORDINATION',
  'CARE_COORDINATION',
  'EMERGENCY',
  'EMERGENCY',
  ...PURPOSES.filter((p) => p !== 'CARE_COORDINATION' && p !== 'EMERGENCY'),
);

/** Youths per run (two to this many); with their explanations and one field alias each, within the alias limit. */
export const MAX_YOUTHS = 5;

export function caseArb(model: FieldNode[], youthCount: number): fc.Arbitrary<FuzzCase> {
  return fc
    .record({
      viewer: viewerArb,
      purpose: purposeArb,
      youths: fc.uniqueArray(
        fc.record({
          index: fc.nat(youthCount - 1),
          state: youthStateArb,
          pass: fc.constantFrom<IdPassing>('literal', 'variable', 'default'),
        }),
        {
          minLength: 2,
          maxLength: MAX_YOUTHS,
          selector: (y) => y.index,
        },
      ),
      selections: youthSelectionArb(model),
      explain: fc.boolean(),
    })
    .map((c) =>
      // A counterexample prints as the request it sends and the states it wrote, not as the model.
      Object.assign(c, {
        [fc.toStringMethod]: () =>
          JSON.stringify({
            viewer: c.viewer,
            purpose: c.purpose,
            youths: c.youths,
            query: render(c.selections),
            explain: c.explain,
          }),
      }),
    );
}

export interface CaseOutcome {
  problems: string[];
  requestId: string;
  rows: ExpectedRow[];
  fieldsChecked: number;
  denials: number;
  /** accessExplanation entries compared with the oracle. */
  explained: number;
}

const tokens = new Map<string, string>();
async function tokenFor(hub: Hub, v: CaseViewer): Promise<string> {
  let t = tokens.get(v.sub);
  if (!t) {
    const name = v.sub.startsWith('fuzz-') ? 'Fuzz Viewer' : persona(v.sub).name;
    tokens.set(v.sub, (t = await issueTestToken(hub.keys, { id: v.sub, name, agency: v.agency, role: v.role })));
  }
  return t;
}

/** The operation and its variables: each youth's record (and explanation) by its id, passed as the case says. */
export function renderOperation(
  youths: { alias: string; id: string; pass: IdPassing }[],
  body: string,
  explain: boolean,
): { query: string; variables: Record<string, string> } {
  const definitions: string[] = [];
  const variables: Record<string, string> = {};
  const ref = (y: { alias: string; id: string; pass: IdPassing }) => {
    if (y.pass === 'literal') return `"${y.id}"`;
    const name = `id_${y.alias}`;
    if (y.pass === 'variable') {
      definitions.push(`$${name}: ID!`);
      variables[name] = y.id;
    } else definitions.push(`$${name}: ID = "${y.id}"`);
    return `$${name}`;
  };
  const parts = youths.map((y, i) => {
    const id = ref(y);
    const record = `${y.alias}: youth(id: ${id}) { ${body} }`;
    return explain ? `${record} e${i}: accessExplanation(youthId: ${id}) { agency category allowed reason }` : record;
  });
  const head = definitions.length ? `query (${definitions.join(', ')}) ` : '';
  return { query: `${head}{ ${parts.join(' ')} }`, variables };
}

/** Writes the case's registry state, asks the gateway once, and checks every youth's answer. */
export async function runCase(hub: Hub, c: FuzzCase, gatewayUrl = hub.url): Promise<CaseOutcome> {
  const youths = [];
  for (const [i, y] of c.youths.entries()) {
    const id = hub.world.youths[y.index]!.id;
    const { grantId } = await applyYouthState(hub.databases.mdt!, c.viewer, id, y.state);
    youths.push({ alias: `y${i}`, id, state: y.state, grantId, pass: y.pass });
  }
  const body = render(c.selections);
  const { query, variables } = renderOperation(youths, body, c.explain);
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await tokenFor(hub, c.viewer)}`,
      'x-purpose-of-use': c.purpose,
    },
    body: JSON.stringify({ query, variables }),
  });
  const requestId = response.headers.get('x-request-id') ?? '';
  const json = (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: GraphQLError[];
    extensions?: { obligations?: { code: string }[] };
  };
  const problems: string[] = [];
  if (response.status !== 200 || !json.data) {
    return {
      problems: [`status ${response.status}: ${JSON.stringify(json)}`],
      requestId,
      rows: [],
      fieldsChecked: 0,
      denials: 0,
      explained: 0,
    };
  }
  const errors = json.errors ?? [];
  const matched = new Set<GraphQLError>();
  const rows: ExpectedRow[] = [];
  let explained = 0;
  for (const [i, y] of youths.entries()) {
    if (c.explain) {
      const found = checkExplanation(json.data[`e${i}`], oracleFor(c.viewer, c.purpose, y.state));
      problems.push(...found.problems.map((p) => `e${i}: ${p}`));
      explained += found.checked;
    }
    const linked = y.state.team === 'member' || y.state.serves;
    const result = checkYouth({
      alias: y.alias,
      youthId: y.id,
      selections: c.selections,
      value: json.data[y.alias],
      errors,
      matched,
      expect: oracleFor(c.viewer, c.purpose, y.state),
      linked,
      grantId: c.purpose === 'EMERGENCY' ? y.grantId : null,
    });
    problems.push(...result.problems);
    rows.push(...result.rows.values());
  }
  for (const e of errors) if (!matched.has(e)) problems.push(`unexpected error: ${JSON.stringify(e)}`);
  // Obligations ride with data: the Part 2 notice exactly when substance-use records were released.
  const part2 = rows.some((r) => r.released.has('SUBSTANCE_USE'));
  const notice = (json.extensions?.obligations ?? []).some((o) => o.code === 'PART2_REDISCLOSURE_NOTICE');
  if (part2 !== notice) problems.push(`Part 2 notice ${notice ? 'sent' : 'missing'} (released: ${part2})`);
  const fieldsChecked = rows.reduce((n, r) => n + r.released.size + r.denied.size, 0);
  const denials = rows.reduce((n, r) => n + r.denied.size, 0);
  return { problems, requestId, rows, fieldsChecked, denials, explained };
}
