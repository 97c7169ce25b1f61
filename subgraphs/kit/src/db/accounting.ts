import { and, arrayOverlaps, count, desc, eq, gte, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { disclosureLog, type DisclosureRow } from '../disclosure/table.ts';
import type { Database } from './database.ts';

export interface AccountingQuery {
  youthId: string;
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
  outcome?: 'RELEASED' | 'DENIED' | null;
  access?: readonly string[] | null;
  /** Leave out (`exclude`) or keep only (`only`) this viewer's rows. */
  exclude?: string | null;
}

/** Released or denied anything (of `categories`, when given). */
function outcomeCondition(column: 'released' | 'denied', categories: readonly string[] | null | undefined): SQL {
  const array = disclosureLog[column];
  return categories?.length ? arrayOverlaps(array, [...categories]) : sql`cardinality(${array}) > 0`;
}

/** One page of the disclosure log about a youth, newest first, one row more than asked, and the filter's total. */
export async function accountingRows(
  { logDb: db }: Database,
  q: AccountingQuery,
): Promise<{ rows: DisclosureRow[]; total: number }> {
  const conditions: SQL[] = [eq(disclosureLog.youthId, q.youthId)];
  if (q.viewerSub) conditions.push(eq(disclosureLog.viewerSub, q.viewerSub));
  if (q.from) conditions.push(gte(disclosureLog.at, q.from));
  if (q.to) conditions.push(lt(disclosureLog.at, q.to));
  if (q.access?.length) conditions.push(inArray(disclosureLog.access, [...q.access]));
  if (q.exclude) conditions.push(ne(disclosureLog.viewerSub, q.exclude));
  if (q.outcome === 'RELEASED') conditions.push(outcomeCondition('released', q.categories));
  else if (q.outcome === 'DENIED') conditions.push(outcomeCondition('denied', q.categories));
  else if (q.categories?.length) {
    conditions.push(or(outcomeCondition('released', q.categories), outcomeCondition('denied', q.categories))!);
  }
  const where = and(...conditions);
  const page = q.before === undefined ? where : and(where, lt(disclosureLog.seq, q.before));
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(disclosureLog)
      .where(page)
      .orderBy(desc(disclosureLog.seq))
      .limit(q.first + 1),
    db.select({ n: count() }).from(disclosureLog).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
