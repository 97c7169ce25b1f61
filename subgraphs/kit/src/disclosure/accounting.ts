import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { isUuid } from '../ids.ts';
import { badInput } from '../errors.ts';
import type { SubgraphContext } from '../context.ts';
import { consentBounds } from '../time.ts';
import { disclosureLog, type DisclosureRow } from './table.ts';

/** What the registry's `accountingOfDisclosures` asked for, carried to every agency in the `Accounting` key. */
export interface AccountingFilter {
  youthId: string;
  /** ISO date or date-time; a date starts at the county's midnight. */
  from?: string | null;
  /** ISO date or date-time; a date runs to the end of that county day. */
  to?: string | null;
  viewerSub?: string | null;
}

export interface DisclosurePage {
  entries: ReturnType<typeof toDisclosure>[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

const MAX_PAGE = 200;
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** The opaque `Accounting.id`: the filters, so each agency applies the same ones. */
export function accountingId(filter: AccountingFilter): string {
  for (const bound of [filter.from, filter.to]) {
    if (bound && !(ISO.test(bound) && Number.isFinite(Date.parse(bound)))) {
      throw badInput('from and to must be ISO 8601 dates or date-times');
    }
  }
  if (filter.viewerSub !== undefined && filter.viewerSub !== null && !filter.viewerSub.trim()) {
    throw badInput('viewerSub must not be blank');
  }
  const { youthId, from = null, to = null, viewerSub = null } = filter;
  return Buffer.from(JSON.stringify({ youthId, from, to, viewerSub }), 'utf8').toString('base64url');
}

function parseAccountingId(id: string): AccountingFilter {
  try {
    const parsed = JSON.parse(Buffer.from(id, 'base64url').toString('utf8')) as AccountingFilter;
    if (typeof parsed.youthId === 'string') return parsed;
  } catch {
    // fall through
  }
  throw badInput('Not an accounting id');
}

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
 * An agency's part of the accounting of disclosures, from its own log, newest first. A privacy
 * officer under the AUDIT purpose sees every row about the youth; anyone else only their own
 * accesses. The read is itself logged. Metadata only: no record is read here.
 */
export async function accountingPage(
  ref: { id: string },
  args: { first?: number | null; after?: string | null },
  ctx: SubgraphContext,
): Promise<DisclosurePage> {
  const filter = parseAccountingId(ref.id);
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
    throw badInput(`first must be between 1 and ${MAX_PAGE}`);
  const before = args.after ? seqOf(args.after) : undefined;
  const auditor = ctx.viewer.role === 'PRIVACY_OFFICER' && ctx.purpose === 'AUDIT';
  const empty: DisclosurePage = { entries: [], totalCount: 0, hasNextPage: false, endCursor: null };
  if (!isUuid(filter.youthId)) return empty;
  ctx.disclosures.note(filter.youthId, 'ACCOUNTING');
  const viewerSub = auditor ? filter.viewerSub : ctx.viewer.sub;
  if (!auditor && filter.viewerSub && filter.viewerSub !== ctx.viewer.sub) return empty;

  const from = filter.from ? consentBounds(filter.from, null, ctx.timeZone).from : null;
  const to = filter.to ? consentBounds(filter.to, filter.to, ctx.timeZone).to : null;
  const conditions: SQL[] = [eq(disclosureLog.youthId, filter.youthId)];
  if (viewerSub) conditions.push(eq(disclosureLog.viewerSub, viewerSub));
  if (from) conditions.push(gte(disclosureLog.at, new Date(from)));
  if (to) conditions.push(lt(disclosureLog.at, new Date(to)));
  const where = and(...conditions);
  const page = before === undefined ? where : and(where, lt(disclosureLog.seq, before));
  const db = ctx.database.logDb;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(disclosureLog)
      .where(page)
      .orderBy(desc(disclosureLog.seq))
      .limit(first + 1),
    db.select({ n: count() }).from(disclosureLog).where(where),
  ]);
  const shown = rows.slice(0, first);
  return {
    entries: shown.map((row) => toDisclosure(row, ctx.access.owner)),
    totalCount: total?.n ?? 0,
    hasNextPage: rows.length > first,
    endCursor: shown.length ? cursorOf(shown[shown.length - 1]!.seq) : null,
  };
}
