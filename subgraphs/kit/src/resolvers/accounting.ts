import { GraphQLError } from 'graphql';
import type { SubgraphContext } from '../context.ts';
import { accountingCount, accountingRows, type AccountingQuery } from '../db/accounting.ts';
import { parseAccountingId, parseViewerAccessId } from '../disclosure/accounting-id.ts';
import type { DisclosureRow } from '../disclosure/table.ts';
import { badInput } from '../errors.ts';
import { isUuid } from '../ids.ts';
import { consentBounds } from '../time.ts';

export interface DisclosurePage {
  entries: ReturnType<typeof toDisclosure>[];
  /** Counted only when the client asks for it (graphql-js calls a function field): a statement's pages never do. */
  totalCount: number | (() => Promise<number>);
  hasNextPage: boolean;
  endCursor: string | null;
}

const MAX_PAGE = 200;
/**
 * A statement's page (the gateway's export, `statement: true`, privacy officers under AUDIT only):
 * larger, so six years of one youth take few round trips and few STATEMENT rows. Its cost is the
 * gateway's own document's, not a client's (gateway/README.md).
 */
export const MAX_STATEMENT_PAGE = 1000;

function toDisclosure(row: DisclosureRow, agency: string) {
  return {
    id: `${agency}:${row.seq}`,
    seq: row.seq,
    agency,
    at: row.at.toISOString(),
    requestId: row.requestId,
    viewerSub: row.viewerSub,
    viewerName: row.viewerName,
    viewerAgency: row.viewerAgency,
    viewerRole: row.viewerRole,
    purpose: row.purpose,
    access: row.access,
    youthId: row.youthId,
    released: row.released,
    denied: row.denied,
    policyVersion: row.policyVersion,
    emergencyGrantId: row.emergencyGrantId,
    basis: row.basis,
    hash: row.hash,
  };
}

const cursorOf = (seq: number) => Buffer.from(`seq:${seq}`).toString('base64url');
function seqOf(cursor: string): number {
  const match = /^seq:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput('Not a cursor of this accounting');
  return Number(match[1]);
}

/**
 * An agency's part of the accounting of disclosures, from its own log, newest first. The policy
 * decides whose rows the viewer reads (`read-accounting`): a privacy officer acting for AUDIT
 * every row about the youth, anyone else only their own accesses. The read is itself logged.
 * Metadata only: no record is read here.
 */
export async function accountingPage(
  ref: { id: string },
  args: { first?: number | null; after?: string | null },
  ctx: SubgraphContext,
): Promise<DisclosurePage> {
  const filter = parseAccountingId(ref.id);
  const first = args.first ?? 50;
  const most = filter.statement ? MAX_STATEMENT_PAGE : MAX_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > most) throw badInput(`first must be between 1 and ${most}`);
  const before = args.after ? seqOf(args.after) : undefined;
  const scope = await ctx.access.rowScope('read-accounting');
  const empty: DisclosurePage = { entries: [], totalCount: 0, hasNextPage: false, endCursor: null };
  if (filter.statement && scope !== 'ALL') {
    const decision = await ctx.access.may('oversee');
    throw new GraphQLError('Only privacy officers acting for AUDIT produce a statement of disclosures', {
      extensions: {
        code: 'FORBIDDEN',
        reason: decision.reason,
        ruleId: decision.ruleId,
        legalBasis: decision.legalBasis,
      },
    });
  }
  if (!isUuid(filter.youthId)) return empty;
  ctx.disclosures.note(filter.youthId, filter.statement ? 'STATEMENT' : 'ACCOUNTING');
  if (scope === 'NONE') return empty;
  // Only who reads every row may filter by another viewer; anyone else reads their own rows.
  let viewerSub = scope === 'ALL' ? (filter.viewerSub ?? null) : ctx.viewer.sub;
  if (scope === 'OWN' && filter.viewerSub && filter.viewerSub !== ctx.viewer.sub) return empty;
  // The caller's own rows (a privacy officer's reads of the accounting) listed apart, or alone.
  if (filter.own === 'ONLY') {
    if (viewerSub && viewerSub !== ctx.viewer.sub) return empty;
    viewerSub = ctx.viewer.sub;
  }
  if (filter.own === 'EXCLUDE' && viewerSub === ctx.viewer.sub) return empty;

  const from = filter.from ? consentBounds(filter.from, null, ctx.timeZone).from : null;
  const to = filter.to ? consentBounds(filter.to, filter.to, ctx.timeZone).to : null;
  const query: AccountingQuery = {
    youthId: filter.youthId,
    viewerSub,
    from: from ? new Date(from) : null,
    to: to ? new Date(to) : null,
    before,
    first,
    categories: filter.categories ?? null,
    outcome: filter.outcome ?? null,
    access: filter.access ?? null,
    exclude: filter.own === 'EXCLUDE' ? ctx.viewer.sub : null,
  };
  const rows = await accountingRows(ctx.database, query);
  const shown = rows.slice(0, first);
  return {
    entries: shown.map((row) => toDisclosure(row, ctx.access.owner)),
    totalCount: () => accountingCount(ctx.database, query),
    hasNextPage: rows.length > first,
    endCursor: shown.length ? cursorOf(shown[shown.length - 1]!.seq) : null,
  };
}

/**
 * An agency's part of one viewer's accesses across youths (`accessByViewer`), from its own log,
 * newest first, decided as the accounting is (`read-accounting`): a privacy officer acting for
 * AUDIT reads anyone's rows, anyone else only their own (another viewer's are an empty page, as if
 * there were none). Every youth on the page is itself logged (ACCOUNTING), so the youth's
 * accounting shows that their rows were read here. Metadata only.
 */
export async function viewerAccessPage(
  ref: { id: string },
  args: { first?: number | null; after?: string | null },
  ctx: SubgraphContext,
): Promise<DisclosurePage> {
  const filter = parseViewerAccessId(ref.id);
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
    throw badInput(`first must be between 1 and ${MAX_PAGE}`);
  const before = args.after ? seqOf(args.after) : undefined;
  const empty: DisclosurePage = { entries: [], totalCount: 0, hasNextPage: false, endCursor: null };
  const scope = await ctx.access.rowScope('read-accounting');
  if (scope === 'NONE' || (scope === 'OWN' && filter.viewerSub !== ctx.viewer.sub)) return empty;
  const from = filter.from ? consentBounds(filter.from, null, ctx.timeZone).from : null;
  const to = filter.to ? consentBounds(filter.to, filter.to, ctx.timeZone).to : null;
  const query: AccountingQuery = {
    youthId: null,
    viewerSub: filter.viewerSub,
    from: from ? new Date(from) : null,
    to: to ? new Date(to) : null,
    before,
    first,
    categories: filter.categories ?? null,
    outcome: filter.outcome ?? null,
    access: filter.access ?? null,
    emergencyGrantId: filter.emergencyGrantId ?? null,
  };
  const rows = await accountingRows(ctx.database, query);
  const shown = rows.slice(0, first);
  for (const row of shown) ctx.disclosures.note(row.youthId, 'ACCOUNTING');
  return {
    entries: shown.map((row) => toDisclosure(row, ctx.access.owner)),
    totalCount: () => accountingCount(ctx.database, query),
    hasNextPage: rows.length > first,
    endCursor: shown.length ? cursorOf(shown[shown.length - 1]!.seq) : null,
  };
}
