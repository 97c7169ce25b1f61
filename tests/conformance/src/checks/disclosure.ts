import { accountingId } from '@hub/subgraph-kit/audit';
import type { PurposeOfUse, Viewer } from '@hub/policies';
import { check, type Access, type CheckResult, type RunContext } from '../context.ts';

/** One row of an agency's accounting of disclosures (schema/contract.graphql `Disclosure`). */
export interface DisclosureRow {
  id: string;
  seq: number;
  agency: string;
  at: string;
  requestId: string;
  viewerSub: string;
  viewerName: string | null;
  viewerAgency: string;
  viewerRole: string;
  purpose: string;
  access: string;
  youthId: string;
  released: string[];
  denied: string[];
  policyVersion: string;
  emergencyGrantId: string | null;
  hash: string;
}

const ENTRY = `id seq agency at requestId viewerSub viewerName viewerAgency viewerRole purpose access youthId
  released denied policyVersion emergencyGrantId hash`;

interface Page {
  status: number;
  requestId: string;
  rows: DisclosureRow[] | null;
  problem?: string;
}

/** One page of the subgraph's part of the accounting, through `_entities` as the gateway asks for it. */
async function page(
  ctx: RunContext,
  viewer: Viewer,
  purpose: PurposeOfUse,
  filter: { youthId: string; viewerSub?: string },
  after: string | null = null,
): Promise<Page & { endCursor: string | null; hasNextPage: boolean }> {
  const field = ctx.shape.accountingField!;
  const sent = await ctx.gateway.send(
    {
      query: `query ($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Accounting {
        ${field}(first: 200, after: $after) { hasNextPage endCursor entries { ${ENTRY} } } } } }`,
      variables: { r: [{ __typename: 'Accounting', id: accountingId(filter) }], after },
    },
    { viewer, purpose },
  );
  const part = sent.json?.data?._entities?.[0]?.[field];
  if (sent.status !== 200 || !part || !Array.isArray(part.entries)) {
    const problem = `the accounting answered HTTP ${sent.status}: ${JSON.stringify(sent.json).slice(0, 200)}`;
    return { status: sent.status, requestId: sent.requestId, rows: null, problem, endCursor: null, hasNextPage: false };
  }
  return {
    status: sent.status,
    requestId: sent.requestId,
    rows: part.entries as DisclosureRow[],
    endCursor: part.endCursor ?? null,
    hasNextPage: Boolean(part.hasNextPage),
  };
}

/**
 * Every row about a youth written since the run began, read as a privacy officer under AUDIT,
 * paging back until rows older than the run (a long-lived log holds more than this run's).
 */
async function rowsOfRun(
  ctx: RunContext,
  youthId: string,
): Promise<{ rows: DisclosureRow[]; problem?: string; requestIds: string[] }> {
  const since = ctx.startedAt.getTime() - 5 * 60_000;
  const rows: DisclosureRow[] = [];
  const requestIds: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const p = await page(ctx, ctx.viewers.auditor, 'AUDIT', { youthId }, after);
    requestIds.push(p.requestId);
    if (!p.rows) return { rows, problem: p.problem, requestIds };
    rows.push(...p.rows);
    if (!p.hasNextPage || !p.endCursor || p.rows.some((r) => Date.parse(r.at) < since)) break;
    after = p.endCursor;
  }
  const prefix = `conformance:${ctx.runId}:`;
  return { rows: rows.filter((r) => r.viewerSub.startsWith(prefix)), requestIds };
}

const sorted = (list: readonly string[]) => [...list].sort().join(',');

function recordProblems(access: Access, rows: DisclosureRow[], agency: string): string[] {
  const mine = rows.filter(
    (r) => r.requestId === access.requestId && r.youthId === access.youthId && r.access === 'RECORD',
  );
  const who = `${access.viewer.role}'s read of ${access.youthId} (request ${access.requestId})`;
  if (mine.length !== 1) return [`${who}: ${mine.length} RECORD rows in the log, expected 1`];
  const row = mine[0]!;
  const problems: string[] = [];
  const want: Partial<Record<keyof DisclosureRow, unknown>> = {
    viewerSub: access.viewer.sub,
    viewerAgency: access.viewer.agency,
    viewerRole: access.viewer.role,
    purpose: access.purpose,
    agency,
  };
  for (const [key, value] of Object.entries(want)) {
    if (row[key as keyof DisclosureRow] !== value)
      problems.push(`${who}: ${key} is ${JSON.stringify(row[key as keyof DisclosureRow])}`);
  }
  if (sorted(row.released) !== sorted(access.released)) {
    problems.push(`${who}: released [${row.released}], the policy released [${access.released}]`);
  }
  if (sorted(row.denied) !== sorted(access.denied)) {
    problems.push(`${who}: denied [${row.denied}], the policy denied [${access.denied}]`);
  }
  if (!row.policyVersion) problems.push(`${who}: no policy version`);
  if (!/^[0-9a-f]{64}$/.test(row.hash)) problems.push(`${who}: hash ${JSON.stringify(row.hash)} is not a SHA-256`);
  if (!Number.isInteger(row.seq)) problems.push(`${who}: seq ${JSON.stringify(row.seq)} is not a number`);
  return problems;
}

function appendOnlyProblems(before: DisclosureRow[], after: DisclosureRow[]): string[] {
  const problems: string[] = [];
  const now = new Map(after.map((r) => [r.seq, r]));
  for (const row of before) {
    const later = now.get(row.seq);
    if (!later) problems.push(`row ${row.seq} (request ${row.requestId}) is gone`);
    else if (JSON.stringify(later) !== JSON.stringify(row))
      problems.push(`row ${row.seq} changed: ${JSON.stringify(later).slice(0, 200)}`);
  }
  const last = Math.max(0, ...before.map((r) => r.seq));
  for (const row of after) {
    if (!before.some((r) => r.seq === row.seq) && row.seq <= last)
      problems.push(`row ${row.seq} appeared before the end of the log`);
  }
  if (new Set(after.map((r) => r.seq)).size !== after.length) problems.push('two rows share a sequence number');
  if (new Set(after.map((r) => r.hash)).size !== after.length) problems.push('two rows share a hash');
  return problems;
}

/** The accounting of disclosures, read back from outside: a row per access, scoped, append-only. */
export async function disclosureChecks(ctx: RunContext): Promise<CheckResult[]> {
  const youthId = ctx.heldYouth;
  const skipped = (id: string, title: string, why: string) => check(id, title, [why], true);
  const titles = {
    recorded:
      'writes one disclosure record per access, released and denied categories as decided, read back through the accounting',
    logged: "records a privacy officer's read of the accounting itself",
    scoped: 'shows a viewer who is not a privacy officer under AUDIT only their own accesses',
    appendOnly: 'keeps its log append-only: no row read earlier changes or disappears, new rows come after',
  };
  if (!ctx.shape.accountingField || !youthId) {
    const why = !ctx.shape.accountingField
      ? 'the SDL has no Accounting field returning DisclosurePage'
      : 'no youth with data was found';
    return [
      skipped('disclosure.recorded', titles.recorded, why),
      skipped('disclosure.accounting-logged', titles.logged, why),
      skipped('disclosure.accounting-scoped', titles.scoped, why),
      skipped('disclosure.append-only', titles.appendOnly, why),
    ];
  }
  const results: CheckResult[] = [];
  const first = await rowsOfRun(ctx, youthId);
  const alsoRead = [...new Set([ctx.absentYouth, ctx.emptyYouth])];
  const rest: Awaited<ReturnType<typeof rowsOfRun>>[] = [];
  for (const other of alsoRead) rest.push(await rowsOfRun(ctx, other));
  const accesses = ctx.accesses.filter((a) => a.youthId === youthId || alsoRead.includes(a.youthId));
  const recorded = [first, ...rest].map((r) => r.problem).filter((p): p is string => Boolean(p));
  if (!recorded.length) {
    const rows = [first, ...rest].flatMap((r) => r.rows);
    for (const access of accesses) recorded.push(...recordProblems(access, rows, ctx.target.agency));
  }
  results.push(check('disclosure.recorded', titles.recorded, recorded.slice(0, 20)));

  // More accesses, then the log again: what was read before must read the same.
  await ctx.read(ctx.viewers.owner, youthId);
  await ctx.read(ctx.viewers.stranger, youthId);
  const second = await rowsOfRun(ctx, youthId);
  const audited = first.requestIds[0];
  results.push(
    check(
      'disclosure.accounting-logged',
      titles.logged,
      second.rows.some(
        (r) => r.requestId === audited && r.viewerSub === ctx.viewers.auditor.sub && r.access !== 'RECORD',
      )
        ? []
        : [`no row for the privacy officer's accounting read (request ${audited})`],
    ),
  );
  results.push(
    check('disclosure.append-only', titles.appendOnly, [
      ...(second.problem ? [second.problem] : appendOnlyProblems(first.rows, second.rows)),
      ...(first.rows.length ? [] : ['the log showed no rows of this run to compare']),
    ]),
  );

  const { stranger, owner } = ctx.viewers;
  const others = await page(ctx, stranger, 'CARE_COORDINATION', { youthId, viewerSub: owner.sub });
  const own = await page(ctx, stranger, 'CARE_COORDINATION', { youthId });
  const scoped: string[] = [];
  if (!others.rows || !own.rows) scoped.push(others.problem ?? own.problem ?? 'no answer');
  else {
    if (others.rows.length) scoped.push(`asking for another viewer's accesses returned ${others.rows.length} rows`);
    const foreign = own.rows.filter((r) => r.viewerSub !== stranger.sub);
    if (foreign.length) scoped.push(`the viewer's own accounting showed ${foreign.length} rows of other viewers`);
    if (!own.rows.length) scoped.push("the viewer's own accesses were not shown to them");
  }
  results.push(check('disclosure.accounting-scoped', titles.scoped, scoped));
  return results;
}
