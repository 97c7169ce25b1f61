import { sql } from 'drizzle-orm';
import type { Database } from '@hub/subgraph-kit';

/**
 * Changes one row of a subgraph's disclosure log behind the append-only triggers, as someone with
 * the database's own rights could: what the chain's verification must catch.
 */
export async function tamperDisclosureRow(database: Database, seq: number, purpose: string): Promise<void> {
  await database.rows(sql`alter table disclosure_log disable trigger user`);
  await database.rows(sql`update disclosure_log set purpose = ${purpose} where seq = ${seq}`);
  await database.rows(sql`alter table disclosure_log enable trigger user`);
}
