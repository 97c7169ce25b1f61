import { and, arrayContains, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Database } from '@hub/subgraph-kit';
import { deliveryFailure } from './schema.ts';

export async function recordDeliveryFailure(
  { db }: Database,
  report: { requestId: string; subgraph: string; viewerSub: string; youthIds: string[] },
): Promise<void> {
  await db.insert(deliveryFailure).values(report).onConflictDoNothing();
}

export interface DeliveryFailureFilter {
  youthId: string;
  from: string | null;
  to: string | null;
  /** Only this viewer's own requests (anyone but a privacy officer under AUDIT). */
  viewerSub: string | null;
  limit: number;
}

/** The youth's undelivered parts in the period, newest first. */
export async function deliveryFailuresOf({ db }: Database, f: DeliveryFailureFilter) {
  const where: SQL[] = [arrayContains(deliveryFailure.youthIds, [f.youthId])];
  if (f.from) where.push(gte(deliveryFailure.reportedAt, new Date(f.from)));
  if (f.to) where.push(lt(deliveryFailure.reportedAt, new Date(f.to)));
  if (f.viewerSub) where.push(eq(deliveryFailure.viewerSub, f.viewerSub));
  return db
    .select()
    .from(deliveryFailure)
    .where(and(...where))
    .orderBy(desc(deliveryFailure.reportedAt))
    .limit(f.limit);
}
