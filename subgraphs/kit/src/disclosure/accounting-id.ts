import { badInput } from '../errors.ts';

/** What the registry's `accountingOfDisclosures` asked for, carried to every agency in the `Accounting` key. */
export interface AccountingFilter {
  youthId: string;
  /** ISO date or date-time; a date starts at the county's midnight. */
  from?: string | null;
  /** ISO date or date-time; a date runs to the end of that county day. */
  to?: string | null;
  viewerSub?: string | null;
  /** Rows that released or denied any of these categories (with `outcome`, only released or only denied). */
  categories?: string[] | null;
  /** RELEASED: rows that released a category; DENIED: rows that denied one. */
  outcome?: 'RELEASED' | 'DENIED' | null;
  /** Only these access kinds (RECORD, ACCOUNTING, VIEW_AS, CONSENT, STATEMENT). */
  access?: string[] | null;
  /** The caller's own rows: INCLUDE (default), EXCLUDE (a privacy officer's reads listed apart) or ONLY. */
  own?: 'INCLUDE' | 'EXCLUDE' | 'ONLY' | null;
  /** A statement for the youth (45 CFR 164.528) is produced: privacy officers under AUDIT only, logged as STATEMENT. */
  statement?: boolean | null;
}

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
  const { youthId, from = null, to = null, viewerSub = null, outcome = null, own = null } = filter;
  const statement = filter.statement === true;
  const categories = filter.categories?.length ? [...new Set(filter.categories)].sort() : null;
  const access = filter.access?.length ? [...new Set(filter.access)].sort() : null;
  return Buffer.from(
    JSON.stringify({ youthId, from, to, viewerSub, categories, outcome, access, own, statement }),
    'utf8',
  ).toString('base64url');
}

export function parseAccountingId(id: string): AccountingFilter {
  try {
    const parsed = JSON.parse(Buffer.from(id, 'base64url').toString('utf8')) as AccountingFilter;
    if (typeof parsed.youthId === 'string') return parsed;
  } catch {
    // fall through
  }
  throw badInput('Not an accounting id');
}
