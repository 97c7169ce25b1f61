import { lt } from 'drizzle-orm';
import { ReplayGuard, type OneTimeIds } from '@hub/protocol';
import type { Database } from '../db/database.ts';
import { seenOneTimeIds } from './table.ts';

/** How often expired ids are swept out of the table (at most once per interval, on a claim). */
const SWEEP_INTERVAL_MS = 30_000;

/**
 * Remembers one-time ids in the service's own database, so that two replicas of a subgraph (or of
 * the registry) on one database refuse each other's replays: the first replica to insert an id
 * wins, the primary key refuses the second. A replay on the same replica is refused from memory
 * without a round trip. Expired ids are deleted now and then; a token is refused once expired
 * anyway (its `exp` is checked before the id is claimed), so a swept id can never be reused.
 */
export class DatabaseReplayGuard implements OneTimeIds {
  private readonly local = new ReplayGuard();
  private lastSweep = 0;
  constructor(private readonly database: Pick<Database, 'serviceDb'>) {}

  async claim(jti: string, expiresAtMs: number, nowMs = Date.now()): Promise<boolean> {
    if (!this.local.claim(jti, expiresAtMs, nowMs)) return false;
    const db = this.database.serviceDb;
    if (nowMs - this.lastSweep >= SWEEP_INTERVAL_MS) {
      this.lastSweep = nowMs;
      await db.delete(seenOneTimeIds).where(lt(seenOneTimeIds.expiresAt, new Date(nowMs)));
    }
    const inserted = await db
      .insert(seenOneTimeIds)
      .values({ jti, expiresAt: new Date(expiresAtMs) })
      .onConflictDoNothing()
      .returning({ jti: seenOneTimeIds.jti });
    return inserted.length === 1;
  }
}
