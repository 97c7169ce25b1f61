import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One-time ids (the `jti` of a gateway signature or a service token) seen by any replica of this
 * service, kept until they expire: a captured request replays on no replica sharing the database.
 */
export const seenOneTimeIds = pgTable('hub_seen_one_time_ids', {
  jti: text('jti').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3, mode: 'date' }).notNull(),
});
