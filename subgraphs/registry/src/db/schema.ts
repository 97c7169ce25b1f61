import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const youth = pgTable('youth', {
  id: uuid('id').primaryKey(),
  givenName: text('given_name').notNull(),
  familyName: text('family_name').notNull(),
  preferredName: text('preferred_name'),
  dateOfBirth: date('date_of_birth').notNull(),
  aliases: text('aliases').array().notNull().default([]),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The crosswalk: each agency's own local id for a hub youth. */
export const agencyLink = pgTable(
  'agency_link',
  {
    youthId: uuid('youth_id')
      .notNull()
      .references(() => youth.id),
    agency: text('agency').notNull(),
    localId: text('local_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agency, t.localId] }),
    uniqueIndex('agency_link_youth_agency').on(t.youthId, t.agency),
  ],
);

/**
 * Every change to the crosswalk, written by the database itself (migration 0003's triggers on
 * `agency_link`), whoever makes it: a link tells the policy that an agency serves a youth, which
 * widens what its staff may read. Who asked and why come from the session (`hub.actor`,
 * `hub.reason`, set by `npm run registry:links`); the database user always. Append-only.
 */
export const agencyLinkEvent = pgTable(
  'agency_link_event',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** The transaction: one run of the tool, one batch. */
    batch: bigint('batch', { mode: 'number' }).notNull(),
    action: text('action').notNull(),
    agency: text('agency').notNull(),
    youthId: uuid('youth_id').notNull(),
    localId: text('local_id').notNull(),
    recordedBy: text('recorded_by'),
    reason: text('reason'),
    databaseUser: text('database_user').notNull(),
  },
  (t) => [
    index('agency_link_event_agency').on(t.agency, t.id),
    check('agency_link_event_action', sql`${t.action} in ('LINK', 'UNLINK')`),
  ],
);

export const mdtTeam = pgTable('mdt_team', {
  id: uuid('id').primaryKey(),
  youthId: uuid('youth_id')
    .notNull()
    .unique()
    .references(() => youth.id),
  convenedOn: date('convened_on').notNull(),
});

/**
 * The people who may be put on a team: the county's MDT member directory (who they are, their
 * agency and role), kept from the county's user store. A membership names one of them.
 */
export const mdtPerson = pgTable('mdt_person', {
  sub: text('sub').primaryKey(),
  name: text('name').notNull(),
  agency: text('agency').notNull(),
  role: text('role').notNull(),
});

/**
 * One membership of a youth's MDT: from a county date, to an optional last day (inclusive), who
 * added it and why. Never changed in place (migration 0007's triggers): a membership is ended by
 * a `team_membership_end` row, so the roster's whole history stays.
 */
export const teamMember = pgTable(
  'team_member',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => mdtTeam.id),
    personId: text('person_id').notNull(),
    name: text('name').notNull(),
    agency: text('agency').notNull(),
    role: text('role').notNull(),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date'),
    /** Who added the member (null for rows from before the roster was kept in the hub). */
    addedBy: text('added_by'),
    reason: text('reason'),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('team_member_team').on(t.teamId, t.personId), index('team_member_person').on(t.personId)],
);

/**
 * A membership ended: by whom, when and why. The membership opens nothing from `endedOn` (a county
 * date) on. At most one per membership; append-only.
 */
export const teamMembershipEnd = pgTable('team_membership_end', {
  membershipId: uuid('membership_id')
    .primaryKey()
    .references(() => teamMember.id),
  endedOn: date('ended_on').notNull(),
  endedAt: timestamp('ended_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  endedBy: text('ended_by').notNull(),
  reason: text('reason').notNull(),
});

export const consent = pgTable(
  'consent',
  {
    id: uuid('id').primaryKey(),
    youthId: uuid('youth_id')
      .notNull()
      .references(() => youth.id),
    grantor: text('grantor').notNull(),
    categories: text('categories').array().notNull(),
    recipientAgencies: text('recipient_agencies').array().notNull(),
    purposes: text('purposes').array().notNull(),
    effectiveFrom: timestamp('effective_from', { withTimezone: true, mode: 'string' }).notNull(),
    effectiveTo: timestamp('effective_to', { withTimezone: true, mode: 'string' }),
    formReference: text('form_reference').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'string' }),
    revokedBy: text('revoked_by'),
    revokeReason: text('revoke_reason'),
  },
  (t) => [index('consent_youth').on(t.youthId)],
);

export const courtOrder = pgTable(
  'court_order',
  {
    id: uuid('id').primaryKey(),
    youthId: uuid('youth_id')
      .notNull()
      .references(() => youth.id),
    agency: text('agency').notNull(),
    categories: text('categories').array().notNull(),
    effectiveFrom: timestamp('effective_from', { withTimezone: true, mode: 'string' }).notNull(),
    effectiveTo: timestamp('effective_to', { withTimezone: true, mode: 'string' }),
    caseNumber: text('case_number').notNull(),
    /** The issuing court; null for orders seeded before orders were recorded through the hub. */
    court: text('court'),
    /** The order itself, e.g. "JV-570 petition granted"; null for seeded orders. */
    orderReference: text('order_reference'),
    /** Purposes the order opens its categories for; empty means any the role may use. */
    purposes: text('purposes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    recordedBy: text('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).defaultNow(),
    /** The order this one amends (and so ended). */
    supersedes: uuid('supersedes'),
  },
  (t) => [index('court_order_youth').on(t.youthId)],
);

/**
 * An order ended early or superseded by an amendment: orders are kept as recorded and never
 * changed in place; an order with a row here opens nothing from `endedAt` on.
 */
export const courtOrderEnd = pgTable('court_order_end', {
  orderId: uuid('order_id')
    .primaryKey()
    .references(() => courtOrder.id),
  endedAt: timestamp('ended_at', { withTimezone: true, mode: 'string' }).notNull(),
  endedBy: text('ended_by').notNull(),
  reason: text('reason').notNull(),
  supersededBy: uuid('superseded_by').references(() => courtOrder.id),
});

/**
 * Emergency (break-glass) access: a team member's time-limited grant, with the written reason,
 * and the privacy officers' review of it. Each row is an item in the review queue from the moment
 * it is granted until a privacy officer closes it with a finding.
 */
export const emergencyGrant = pgTable(
  'emergency_grant',
  {
    id: uuid('id').primaryKey(),
    youthId: uuid('youth_id')
      .notNull()
      .references(() => youth.id),
    requesterSub: text('requester_sub').notNull(),
    requesterName: text('requester_name').notNull(),
    requesterAgency: text('requester_agency').notNull(),
    requesterRole: text('requester_role').notNull(),
    reason: text('reason').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true, precision: 3 }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    reviewStatus: text('review_status').notNull().default('OPEN'),
    finding: text('finding'),
    reviewNote: text('review_note'),
    reviewedBy: text('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, precision: 3 }),
    /** Ended before it ran out (by its requester or a privacy officer): set once, never cleared. */
    endedAt: timestamp('ended_at', { withTimezone: true, precision: 3 }),
    endedBy: text('ended_by'),
    endedReason: text('ended_reason'),
  },
  (t) => [
    index('emergency_grant_requester').on(t.requesterSub, t.youthId, t.expiresAt),
    index('emergency_grant_review').on(t.reviewStatus, t.grantedAt, t.id),
    check('emergency_grant_expires_after_granted', sql`${t.expiresAt} > ${t.grantedAt}`),
    check('emergency_grant_review_status', sql`${t.reviewStatus} in ('OPEN', 'CLOSED')`),
    check(
      'emergency_grant_review_complete',
      sql`(${t.reviewStatus} = 'OPEN' and ${t.finding} is null and ${t.reviewedBy} is null and ${t.reviewedAt} is null)
        or (${t.reviewStatus} = 'CLOSED' and ${t.finding} is not null and ${t.reviewNote} is not null
          and ${t.reviewedBy} is not null and ${t.reviewedAt} is not null)`,
    ),
    check(
      'emergency_grant_end_complete',
      sql`(${t.endedAt} is null and ${t.endedBy} is null and ${t.endedReason} is null)
        or (${t.endedAt} is not null and ${t.endedBy} is not null and ${t.endedReason} is not null)`,
    ),
  ],
);

/**
 * The head of each subgraph's disclosure-log chain, as the subgraph reported it (authenticated by
 * its service token, kept verbatim). Append-only: the database refuses UPDATE, DELETE and TRUNCATE
 * (migration 0002). A later audit compares each subgraph's chain with these.
 */
export const logCheckpoint = pgTable(
  'log_checkpoint',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    subgraph: text('subgraph').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
    rowAt: timestamp('row_at', { withTimezone: true, precision: 3 }).notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    token: text('token').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('log_checkpoint_subgraph_seq').on(t.subgraph, t.seq),
    check('log_checkpoint_seq', sql`${t.seq} >= 0`),
    check('log_checkpoint_hash', sql`${t.hash} ~ '^[0-9a-f]{64}$'`),
  ],
);

/**
 * Parts of a request the gateway could not deliver to the viewer (issue 15, item 2): the agency's
 * own disclosure rows of that request say what it released; this says the viewer never received
 * it. Reported by the gateway (signed, bound to the user's token), append-only like the checkpoints.
 */
export const deliveryFailure = pgTable(
  'delivery_failure',
  {
    requestId: text('request_id').notNull(),
    subgraph: text('subgraph').notNull(),
    viewerSub: text('viewer_sub').notNull(),
    youthIds: uuid('youth_ids').array().notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.subgraph] }),
    index('delivery_failure_youths').using('gin', t.youthIds),
  ],
);

export type YouthRow = typeof youth.$inferSelect;
export type TeamMemberRow = typeof teamMember.$inferSelect;
export type TeamMembershipEndRow = typeof teamMembershipEnd.$inferSelect;
export type MdtPersonRow = typeof mdtPerson.$inferSelect;
export type ConsentRow = typeof consent.$inferSelect;
export type EmergencyGrantRow = typeof emergencyGrant.$inferSelect;
export type CourtOrderRow = typeof courtOrder.$inferSelect;
export type CourtOrderEndRow = typeof courtOrderEnd.$inferSelect;
export type CheckpointRow = typeof logCheckpoint.$inferSelect;
export type AgencyLinkEventRow = typeof agencyLinkEvent.$inferSelect;

/**
 * The MDT's service plan: each need the team identified and whether the youth is receiving the
 * service. Only needs that reveal no health category (housing, education, employment, legal, life
 * skills, mentoring): health needs live in the health agency's own record under their own law.
 */
export const serviceNeed = pgTable(
  'service_need',
  {
    id: uuid('id').primaryKey(),
    youthId: uuid('youth_id')
      .notNull()
      .references(() => youth.id),
    domain: text('domain').notNull(),
    identifiedOn: date('identified_on').notNull(),
    status: text('status').notNull(),
    provider: text('provider'),
    startedOn: date('started_on'),
  },
  (t) => [
    index('service_need_youth').on(t.youthId),
    check(
      'service_need_domain',
      sql`${t.domain} in ('HOUSING', 'EDUCATION', 'EMPLOYMENT', 'LEGAL', 'LIFE_SKILLS', 'MENTORING')`,
    ),
    check('service_need_status', sql`${t.status} in ('IDENTIFIED', 'REFERRED', 'RECEIVING', 'COMPLETED')`),
  ],
);

export type ServiceNeedRow = typeof serviceNeed.$inferSelect;

/**
 * The MDT's notes of a youth (WIC 830: confidential). A note is never edited: an amendment is a
 * new row naming the note it amends (`amends`), with who and why; the original stays. Append-only.
 */
export const mdtNote = pgTable(
  'mdt_note',
  {
    id: uuid('id').primaryKey(),
    youthId: uuid('youth_id')
      .notNull()
      .references(() => youth.id),
    meetingId: uuid('meeting_id'),
    text: text('text').notNull(),
    authorSub: text('author_sub').notNull(),
    authorName: text('author_name').notNull(),
    /** The author's agency: the note is listed only where rule roster.involvement lists that agency. */
    authorAgency: text('author_agency').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** The note this row amends; null for an original note. */
    amends: uuid('amends'),
    amendReason: text('amend_reason'),
  },
  (t) => [
    index('mdt_note_youth').on(t.youthId, t.recordedAt),
    index('mdt_note_amends').on(t.amends),
    check('mdt_note_amendment_has_reason', sql`(${t.amends} is null) = (${t.amendReason} is null)`),
  ],
);

/** An MDT action item: what, for which youth, whose, by when. Its status changes are rows of `mdt_action_item_update`. */
export const mdtActionItem = pgTable(
  'mdt_action_item',
  {
    id: uuid('id').primaryKey(),
    youthId: uuid('youth_id')
      .notNull()
      .references(() => youth.id),
    meetingId: uuid('meeting_id'),
    text: text('text').notNull(),
    ownerSub: text('owner_sub').notNull(),
    ownerName: text('owner_name').notNull(),
    /** The owner's and the creator's agencies: listed only where rule roster.involvement lists both. */
    ownerAgency: text('owner_agency').notNull(),
    dueOn: date('due_on').notNull(),
    createdBy: text('created_by').notNull(),
    createdByAgency: text('created_by_agency').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('mdt_action_item_owner').on(t.ownerSub, t.dueOn),
    index('mdt_action_item_youth').on(t.youthId, t.dueOn),
  ],
);

/** Every status change of an action item, kept: the latest is its status (OPEN before any). Append-only. */
export const mdtActionItemUpdate = pgTable(
  'mdt_action_item_update',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => mdtActionItem.id),
    status: text('status').notNull(),
    note: text('note'),
    by: text('by').notNull(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('mdt_action_item_update_item').on(t.itemId, t.id),
    check('mdt_action_item_update_status', sql`${t.status} in ('OPEN', 'DONE', 'DROPPED')`),
    check('mdt_action_item_dropped_reason', sql`${t.status} <> 'DROPPED' or ${t.note} is not null`),
  ],
);

export type MdtNoteRow = typeof mdtNote.$inferSelect;
export type MdtActionItemRow = typeof mdtActionItem.$inferSelect;
export type MdtActionItemUpdateRow = typeof mdtActionItemUpdate.$inferSelect;
