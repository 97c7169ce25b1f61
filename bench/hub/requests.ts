import { issueTestToken, type TestKeys } from '@hub/subgraph-kit/testing';
import { persona } from '@hub/synthetic';
import { AUDITOR, log, VIEWER, type TargetName } from './flags.ts';
import { Q1, Q2, Q3, Q4, Q5, Q5_VARIABLES, type QueryName } from './queries.ts';
import type { Group } from './targets.ts';

/** One request of the load: the same few are cycled through by every connection. */
export interface Request {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export async function post(url: string, r: Request): Promise<{ status: number; json: any }> {
  const res = await fetch(url + r.path, { method: 'POST', headers: r.headers, body: r.body });
  return { status: res.status, json: (await res.json()) as any };
}

/**
 * Step 3: what each target is asked. Q1, Q3 and Q4 go through the viewer's caseload (its first 100
 * youths, from the hub itself), Q1, Q2, Q4 and Q5 as the viewer, Q3 as the auditor under AUDIT; the SQL
 * floor gets the same questions in its own shape. The monolith serves only Q1..Q3, so without a hub
 * it is asked Q2 for a page of 100.
 */
export async function requests(
  keys: TestKeys,
  groups: Partial<Record<TargetName, Group>>,
): Promise<(target: TargetName, query: QueryName) => Request[]> {
  const bearer = async (id: string, purpose = 'CARE_COORDINATION') => ({
    'content-type': 'application/json',
    authorization: `Bearer ${await issueTestToken(keys, persona(id), { expiresIn: '6h' })}`,
    'x-purpose-of-use': purpose,
  });
  const viewerHeaders = await bearer(VIEWER);
  const auditorHeaders = await bearer(AUDITOR, 'AUDIT');
  const ref = groups.hub ?? groups.off ?? groups.mono!;
  const page = await post(ref.url, {
    path: '/graphql',
    headers: viewerHeaders,
    body: JSON.stringify(
      ref.target === 'mono'
        ? { query: Q2, variables: { first: 100 } }
        : { query: `{ youths(first: 100) { totalCount edges { node { id } } } }` },
    ),
  });
  if (!page.json.data?.youths) throw new Error(`caseload: ${JSON.stringify(page.json)}`);
  const caseload = (page.json.data.youths.edges as { node: { id: string } }[]).map((e) => e.node.id);
  log(
    `${VIEWER}'s caseload: ${page.json.data.youths.totalCount} youths; Q1/Q3 cycle through the first ${caseload.length}`,
  );
  const hub: Record<QueryName, Request[]> = {
    Q1: caseload.map((id) => ({
      path: '/graphql',
      headers: viewerHeaders,
      body: JSON.stringify({ query: Q1, variables: { id } }),
    })),
    Q2: [{ path: '/graphql', headers: viewerHeaders, body: JSON.stringify({ query: Q2, variables: { first: 50 } }) }],
    Q3: caseload.map((id) => ({
      path: '/graphql',
      headers: auditorHeaders,
      body: JSON.stringify({ query: Q3, variables: { id } }),
    })),
    // The web app's youth summary and its caseload page, with the variables the app sends.
    Q4: caseload.map((id) => ({
      path: '/graphql',
      headers: viewerHeaders,
      body: JSON.stringify({ query: Q4, variables: { id } }),
    })),
    Q5: [{ path: '/graphql', headers: viewerHeaders, body: JSON.stringify({ query: Q5, variables: Q5_VARIABLES }) }],
  };
  const json = { 'content-type': 'application/json' };
  const floor: Record<QueryName, Request[]> = {
    Q1: caseload.map((id) => ({ path: '/summary', headers: json, body: JSON.stringify({ ids: [id] }) })),
    Q2: [{ path: '/caseload', headers: json, body: JSON.stringify({ viewer: VIEWER, first: 50 }) }],
    Q3: caseload.map((id) => ({ path: '/accounting', headers: json, body: JSON.stringify({ youthId: id }) })),
    Q4: caseload.map((id) => ({ path: '/youth-summary', headers: json, body: JSON.stringify({ ids: [id] }) })),
    Q5: [{ path: '/worklist', headers: json, body: JSON.stringify({ viewer: VIEWER, first: Q5_VARIABLES.first }) }],
  };
  return (target, query) => (target === 'floor' ? floor : hub)[query];
}
