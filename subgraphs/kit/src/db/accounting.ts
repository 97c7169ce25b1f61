import { and, arrayOverlaps, count, desc, eq, gte, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { disclosureLog, type DisclosureRow } from '../disclosure/table.ts';
import type { Database } from './database.ts';

export interface AccountingQuery {
  /** The youth's rows; null for every youth's (a viewer's accesses, which then must be given). */
  youthId: string | null;
  /** Only this viewer's accesses; null for every viewer's. */
  viewerSub: string | null;
  /** Instants: from inclusive, to exclusive. */
  from: Date | null;
  to: Date | null;
  /** Rows before this sequence number (the previous page's last), newest first. */
  before?: number | undefined;
  first: number;
  /** Rows that released or denied one of these (narrowed by `outcome`); null for any. */
  categories?: readonly string[] | null;
  outcome?: 'RELEASED' | 'DENIED' | 'WITHHELD' | null;
  access?: readonly string[] | null;
  /** Leave out (`exclude`) or keep only (`only`) this viewer's rows. */
  exclude?: string | null;
  /** Only rows made under (or, EMERGENCY_* rows, about) this emergency grant. */
  emergencyGrantId?: string | null;
}

/** Released or denied anything (of `categories`, when given). */
function outcomeCondition(column: 'released' | 'denied', categories: readonly string[] | null | undefined): SQL {
  const array = disclosureLog[column];
  return categories?.length ? arrayOverlaps(array, [...categories]) : sql`cardinality(${array}) > 0`;
}

/** The filter's conditions, shared by a page and its count. */
function accountingWhere(q: AccountingQuery): SQL | undefined {
  if (!q.youthId && !q.viewerSub) throw new Error('accountingRows needs a youth or a viewer');
  const conditions: SQL[] = [];
  if (q.youthId) conditions.push(eq(disclosureLog.youthId, q.youthId));
  if (q.emergencyGrantId) conditions.push(eq(disclosureLog.emergencyGrantId, q.emergencyGrantId));
  if (q.viewerSub) conditions.push(eq(disclosureLog.viewerSub, q.viewerSub));
  if (q.from) conditions.push(gte(disclosureLog.at, q.from));
  if (q.to) conditions.push(lt(disclosureLog.at, q.to));
  if (q.access?.length) conditions.push(inArray(disclosureLog.access, [...q.access]));
  if (q.exclude) conditions.push(ne(disclosureLog.viewerSub, q.exclude));
  if (q.outcome === 'RELEASED') conditions.push(outcomeCondition('released', q.categories));
  else if (q.outcome === 'DENIED') conditions.push(outcomeCondition('denied', q.categories));
  else if (q.outcome === 'WITHHELD') {
    conditions.push(outcomeCondition('denied', q.categories), sql`cardinality(${disclosureLog.released}) = 0`);
  } else if (q.categories?.length) {
    conditions.push(or(outcomeCondition('released', q.categories), outcomeCondition('denied', q.categories))!);
  }
  return and(...conditions);
}

/**
 * One page of the disclosure log about a youth (or by a viewer), newest first, one row more than
 * asked. Keyset on `seq` (`before`): with the youth's (youth_id, seq) index a page reads about its
 * own rows from the index, not the youth's whole history, so page n costs what page 1 does.
 */
export async function accountingRows({ logDb: db }: Database, q: AccountingQuery): Promise<DisclosureRow[]> {
  const where = accountingWhere(q);
  const page = q.before === undefined ? where : and(where, lt(disclosureLog.seq, q.before));
  return db
    .select()
    .from(disclosureLog)
    .where(page)
    .orderBy(desc(disclosureLog.seq))
    .limit(q.first + 1);
}

/** How many rows the filter matches in all (a page's `totalCount`): read only when a client asks for it. */
export async function accountingCount({ logDb: db }: Database, q: AccountingQuery): Promise<number> {
  const [total] = await db.select({ n: count() }).from(disclosureLog).where(accountingWhere(q));
  return total?.n ?? 0;
}
