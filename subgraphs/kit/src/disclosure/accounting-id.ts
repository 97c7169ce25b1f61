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
  /** RELEASED: rows that released a category; DENIED: rows that denied one; WITHHELD: rows that denied one and released none. */
  outcome?: 'RELEASED' | 'DENIED' | 'WITHHELD' | null;
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

/** What the registry's `accessByViewer` asked for, carried to every agency in the `ViewerAccess` key. */
export interface ViewerAccessFilter {
  viewerSub: string;
  from?: string | null;
  to?: string | null;
  categories?: string[] | null;
  outcome?: 'RELEASED' | 'DENIED' | 'WITHHELD' | null;
  access?: string[] | null;
  /** Only the rows made under this emergency grant (a grant's reads, in the review queue). */
  emergencyGrantId?: string | null;
}

function checkBounds(from: string | null | undefined, to: string | null | undefined): void {
  for (const bound of [from, to]) {
    if (bound && !(ISO.test(bound) && Number.isFinite(Date.parse(bound)))) {
      throw badInput('from and to must be ISO 8601 dates or date-times');
    }
  }
}

/** The opaque `ViewerAccess.id`: the filters, so each agency applies the same ones. */
export function viewerAccessId(filter: ViewerAccessFilter): string {
  checkBounds(filter.from, filter.to);
  if (!filter.viewerSub.trim() || filter.viewerSub.length > 200)
    throw badInput('viewerSub must be 1 to 200 characters');
  const { viewerSub, from = null, to = null, outcome = null, emergencyGrantId = null } = filter;
  const categories = filter.categories?.length ? [...new Set(filter.categories)].sort() : null;
  const access = filter.access?.length ? [...new Set(filter.access)].sort() : null;
  return Buffer.from(
    JSON.stringify({ viewerSub, from, to, categories, outcome, access, emergencyGrantId }),
    'utf8',
  ).toString('base64url');
}

export function parseViewerAccessId(id: string): ViewerAccessFilter {
  try {
    const parsed = JSON.parse(Buffer.from(id, 'base64url').toString('utf8')) as ViewerAccessFilter;
    if (typeof parsed.viewerSub === 'string') return parsed;
  } catch {
    // fall through
  }
  throw badInput('Not a viewer access id');
}

/** The period of the registry's `privacyAlerts`, carried to every agency in the `PrivacyAlerts` key. */
export interface AlertWindow {
  /** ISO dates (county days, inclusive). */
  from: string;
  to: string;
  /**
   * The emergency grants a privacy officer found not justified in the period (the registry's
   * reviews), with the county day of the finding: each agency raises an alert for its reads
   * under them.
   */
  notJustified?: { grantId: string; day: string }[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The longest period one alerts request scans: a quarter. */
export const MAX_ALERT_DAYS = 92;

export function alertsId(window: AlertWindow): string {
  if (
    !DATE.test(window.from) ||
    !DATE.test(window.to) ||
    !Number.isFinite(Date.parse(window.from)) ||
    !Number.isFinite(Date.parse(window.to))
  ) {
    throw badInput('from and to must be ISO 8601 dates');
  }
  const days = (Date.parse(window.to) - Date.parse(window.from)) / 86_400_000;
  if (days < 0) throw badInput('from must not be after to');
  if (days >= MAX_ALERT_DAYS) throw badInput(`from and to must be at most ${MAX_ALERT_DAYS} days apart`);
  const notJustified = (window.notJustified ?? []).map(({ grantId, day }) => ({ grantId, day }));
  return Buffer.from(JSON.stringify({ from: window.from, to: window.to, notJustified }), 'utf8').toString('base64url');
}

export function parseAlertsId(id: string): AlertWindow {
  try {
    const parsed = JSON.parse(Buffer.from(id, 'base64url').toString('utf8')) as AlertWindow;
    if (
      typeof parsed.from === 'string' &&
      DATE.test(parsed.from) &&
      typeof parsed.to === 'string' &&
      DATE.test(parsed.to)
    ) {
      return parsed;
    }
  } catch {
    // fall through
  }
  throw badInput('Not a privacy alerts id');
}
