import { and, eq, inArray, sql } from 'drizzle-orm';
import { isUuid, type Database, type HubDb } from '@hub/subgraph-kit';
import { youthLook } from './schema.ts';

/** The viewer's last looks at these youths (their own data), by youth id. */
export async function lastLooks({ db }: Database, viewerSub: string, youthIds: readonly string[]) {
  const valid = youthIds.filter(isUuid);
  if (!valid.length) return new Map<string, Date>();
  const rows = await db
    .select({ youthId: youthLook.youthId, lookedAt: youthLook.lookedAt })
    .from(youthLook)
    .where(and(eq(youthLook.viewerSub, viewerSub), inArray(youthLook.youthId, valid)));
  return new Map(rows.map((r) => [r.youthId, r.lookedAt]));
}

/**
 * Records a look and returns the one before it, in one transaction: the row is locked while it
 * moves, so two tabs opening the summary at once each get a true previous look.
 */
export async function recordLook(
  database: Database,
  viewerSub: string,
  youthId: string,
  at: Date,
): Promise<{ previous: Date | null; lookedAt: Date }> {
  return database.db.transaction(async (raw) => {
    const tx = raw as unknown as HubDb;
    const [old] = await tx
      .select({ lookedAt: youthLook.lookedAt })
      .from(youthLook)
      .where(and(eq(youthLook.viewerSub, viewerSub), eq(youthLook.youthId, youthId)))
      .for('update');
    await tx
      .insert(youthLook)
      .values({ viewerSub, youthId, lookedAt: at })
      .onConflictDoUpdate({
        target: [youthLook.viewerSub, youthLook.youthId],
        set: { lookedAt: sql`greatest(${youthLook.lookedAt}, excluded.looked_at)` },
      });
    return { previous: old?.lookedAt ?? null, lookedAt: at };
  });
}
