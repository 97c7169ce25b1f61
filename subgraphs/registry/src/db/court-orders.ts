import { desc, eq, inArray } from 'drizzle-orm';
import { isUuid, type Database, type HubDb } from '@hub/subgraph-kit';
import { courtOrder, courtOrderEnd, type CourtOrderEndRow, type CourtOrderRow } from './schema.ts';

/** A court order with its end, if it has one: what the CourtOrder type resolves from. */
export type CourtOrderWithEnd = CourtOrderRow & { end: CourtOrderEndRow | null };

async function withEnds(db: Database['db'] | HubDb, orders: CourtOrderRow[]): Promise<CourtOrderWithEnd[]> {
  if (!orders.length) return [];
  const ends = await db
    .select()
    .from(courtOrderEnd)
    .where(
      inArray(
        courtOrderEnd.orderId,
        orders.map((o) => o.id),
      ),
    );
  return orders.map((o) => ({ ...o, end: ends.find((e) => e.orderId === o.id) ?? null }));
}

export async function courtOrderById({ db }: Database, id: string): Promise<CourtOrderWithEnd | undefined> {
  if (!isUuid(id)) return undefined;
  const rows = await db.select().from(courtOrder).where(eq(courtOrder.id, id.toLowerCase()));
  return (await withEnds(db, rows))[0];
}

/** Every court order of these youths, newest first, with their ends. */
export async function courtOrdersOf({ db }: Database, youthIds: readonly string[]): Promise<CourtOrderWithEnd[]> {
  const valid = youthIds.filter(isUuid);
  if (!valid.length) return [];
  const rows = await db
    .select()
    .from(courtOrder)
    .where(inArray(courtOrder.youthId, valid))
    .orderBy(desc(courtOrder.effectiveFrom));
  return withEnds(db, rows);
}

/** In the caller's transaction (committed with its disclosure row). */
export async function insertCourtOrder(tx: HubDb, row: typeof courtOrder.$inferInsert): Promise<CourtOrderWithEnd> {
  const [inserted] = await tx.insert(courtOrder).values(row).returning();
  return { ...inserted!, end: null };
}

/**
 * Ends an order unless it already has ended: the end is a row of its own, the order is never
 * changed. Returns the end, or undefined if the order had ended before.
 */
export async function endCourtOrderRow(
  tx: HubDb,
  end: typeof courtOrderEnd.$inferInsert,
): Promise<CourtOrderEndRow | undefined> {
  const [row] = await tx.insert(courtOrderEnd).values(end).onConflictDoNothing().returning();
  return row;
}
