import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Why one category was released or denied: the deciding policy rule and its legal basis. Recorded
 * in every row written since chain encoding v2; older rows carry none ("not recorded").
 */
export interface DisclosureBasis {
  category: string;
  allowed: boolean;
  ruleId: string;
  legalBasis: string;
}

/**
 * The disclosure log, in the data owner's own database: one row per request and youth, written
 * before the response leaves. Append-only (triggers refuse UPDATE, DELETE and TRUNCATE) and
 * hash-chained: each row carries the previous row's hash and its own.
 */
export const disclosureLog = pgTable(
  'disclosure_log',
  {
    /** 1, 2, 3, ... with no gap: a missing number is a deleted row. */
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3, mode: 'date' }).notNull(),
    requestId: text('request_id').notNull(),
    viewerSub: text('viewer_sub').notNull(),
    viewerName: text('viewer_name'),
    viewerAgency: text('viewer_agency').notNull(),
    viewerRole: text('viewer_role').notNull(),
    purpose: text('purpose').notNull(),
    /** RECORD (the youth's data), ACCOUNTING (this log, read), VIEW_AS (a simulation), CONSENT, STATEMENT (a statement produced). */
    access: text('access').notNull(),
    youthId: text('youth_id').notNull(),
    released: text('released').array().notNull(),
    denied: text('denied').array().notNull(),
    policyVersion: text('policy_version').notNull(),
    emergencyGrantId: text('emergency_grant_id'),
    /** Per category decided, the rule and legal basis; null in rows written before it was recorded (v1). */
    basis: jsonb('basis').$type<DisclosureBasis[]>(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull().unique(),
  },
  (t) => [
    index('disclosure_log_youth').on(t.youthId, t.at),
    // The accounting pages one youth's rows newest first by seq (keyset): a page reads its own rows,
    // however long the youth's history (a six-year statement).
    index('disclosure_log_youth_seq').on(t.youthId, t.seq),
    index('disclosure_log_viewer').on(t.viewerSub, t.at),
    // The privacy officer's alerts scan a period across viewers.
    index('disclosure_log_at').on(t.at),
  ],
);

export type DisclosureRow = typeof disclosureLog.$inferSelect;
