import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
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
    /**
     * Given within the youth's MDT/CFT (WIC 832(b)(4)): it holds only while the youth takes part in
     * that team, and ends when the team is closed or the youth leaves it (`mdt_team_end`).
     */
    withinTeam: boolean('within_team').notNull().default(false),
  },
  (t) => [index('consent_youth').on(t.youthId)],
);

/**
 * The youth's team closed, or the youth left it: from `endedOn` (a county date) the team is over
 * for this youth, its open memberships end, and every consent given within it stops applying.
 * At most one per team; append-only.
 */
export const mdtTeamEnd = pgTable(
  'mdt_team_end',
  {
    teamId: uuid('team_id')
      .primaryKey()
      .references(() => mdtTeam.id),
    /** TEAM_CLOSED or YOUTH_LEFT. */
    how: text('how').notNull(),
    endedOn: date('ended_on').notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true, mode: 'string' }).notNull(),
    endedBy: text('ended_by').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [check('mdt_team_end_how', sql`${t.how} in ('TEAM_CLOSED', 'YOUTH_LEFT')`)],
);

/**
 * A restriction the youth asked for (42 CFR 2.26; 45 CFR 164.522(a)): while not lifted, no
 * consent opens these categories to these agencies (none listed: to anyone). Kept as recorded;
 * lifting it is a `consent_restriction_lift` row.
 */
export const consentRestriction = pgTable(
  'consent_restriction',
  {
    id: uuid('id').primaryKey(),
    youthId: uuid('youth_id')
      .notNull()
      .references(() => youth.id),
    categories: text('categories').array().notNull(),
    recipientAgencies: text('recipient_agencies').array().notNull(),
    /** What the youth asked for, in the words of the one who recorded it. */
    reason: text('reason').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('consent_restriction_youth').on(t.youthId)],
);

export const consentRestrictionLift = pgTable('consent_restriction_lift', {
  restrictionId: uuid('restriction_id')
    .primaryKey()
    .references(() => consentRestriction.id),
  liftedAt: timestamp('lifted_at', { withTimezone: true, mode: 'string' }).notNull(),
  liftedBy: text('lifted_by').notNull(),
  reason: text('reason').notNull(),
});

/**
 * A program that treats youths (e.g. Health's 42 CFR Part 2 substance-use program): the table's
 * "in program". Its staff read the program's own records of the youths it treats; others in the
 * same agency still need the youth's consent.
 */
export const treatmentProgram = pgTable('treatment_program', {
  id: text('id').primaryKey(),
  agency: text('agency').notNull(),
  name: text('name').notNull(),
});

/** Who works in a program: a person (the token's `sub`) from a county date, to an optional last day (inclusive). */
export const treatmentProgramStaff = pgTable(
  'treatment_program_staff',
  {
    programId: text('program_id')
      .notNull()
      .references(() => treatmentProgram.id),
    personId: text('person_id').notNull(),
    name: text('name').notNull(),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date'),
  },
  (t) => [primaryKey({ columns: [t.programId, t.personId] }), index('treatment_program_staff_person').on(t.personId)],
);

/** Which program treats (or treated) the youth: the program holds the youth's record. */
export const treatmentProgramYouth = pgTable(
  'treatment_program_youth',
  {
    programId: text('program_id')
      .notNull()
      .references(() => treatmentProgram.id),
    youthId: uuid('youth_id')
      .notNull()
      .references(() => youth.id),
    admittedOn: date('admitted_on').notNull(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.youthId] }), index('treatment_program_youth_youth').on(t.youthId)],
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

/**
 * A privacy officer's finding on a privacy alert (issue 18, item 3): an alert is computed from the
 * logs when asked and is closed once, with who, when and why. Append-only (triggers refuse UPDATE,
 * DELETE and TRUNCATE), as the emergency reviews' findings are kept.
 */
export const privacyAlertFinding = pgTable(
  'privacy_alert_finding',
  {
    alertId: text('alert_id').primaryKey(),
    kind: text('kind').notNull(),
    agency: text('agency').notNull(),
    /** The county day the alert is about. */
    day: date('day', { mode: 'string' }).notNull(),
    /** The viewer's sub, or the emergency grant's id. */
    subject: text('subject').notNull(),
    finding: text('finding').notNull(),
    note: text('note').notNull(),
    closedBy: text('closed_by').notNull(),
    closedByName: text('closed_by_name'),
    closedAt: timestamp('closed_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    index('privacy_alert_finding_day').on(t.day),
    check('privacy_alert_finding_kind', sql`${t.finding} in ('LEGITIMATE', 'MISUSE', 'INCONCLUSIVE')`),
  ],
);

export type PrivacyAlertFindingRow = typeof privacyAlertFinding.$inferSelect;
export type YouthRow = typeof youth.$inferSelect;
export type TeamMemberRow = typeof teamMember.$inferSelect;
export type TeamMembershipEndRow = typeof teamMembershipEnd.$inferSelect;
export type MdtPersonRow = typeof mdtPerson.$inferSelect;
export type ConsentRow = typeof consent.$inferSelect;
export type MdtTeamEndRow = typeof mdtTeamEnd.$inferSelect;
export type ConsentRestrictionRow = typeof consentRestriction.$inferSelect;
export type ConsentRestrictionLiftRow = typeof consentRestrictionLift.$inferSelect;
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

/**
 * A referral to the county's CSEC MDT (issue 17, item 1): a registered youth the referring agency
 * serves (`youth_id`), or a youth not yet in the registry, named by the agency's own local id with
 * the identity the coordinator registers or links on acceptance. Its reasons and indicators are
 * CSEC_INDICATORS. Append-only (migration 0009's triggers): its decision is a row of its own.
 */
export const mdtReferral = pgTable(
  'mdt_referral',
  {
    id: uuid('id').primaryKey(),
    youthId: uuid('youth_id').references(() => youth.id),
    referringAgency: text('referring_agency').notNull(),
    localId: text('local_id'),
    givenName: text('given_name'),
    familyName: text('family_name'),
    dateOfBirth: date('date_of_birth'),
    referredBy: text('referred_by').notNull(),
    referredByName: text('referred_by_name').notNull(),
    referredByRole: text('referred_by_role').notNull(),
    reasons: text('reasons').notNull(),
    indicators: text('indicators').array().notNull().default([]),
    urgency: text('urgency').notNull(),
    urgencyReason: text('urgency_reason'),
    safetyConcerns: text('safety_concerns').notNull(),
    knownConsentsAndOrders: text('known_consents_and_orders'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('mdt_referral_referrer').on(t.referredBy, t.submittedAt),
    check('mdt_referral_urgency', sql`${t.urgency} in ('ROUTINE', 'URGENT')`),
    check('mdt_referral_urgent_reason', sql`${t.urgency} <> 'URGENT' or ${t.urgencyReason} is not null`),
    check(
      'mdt_referral_youth_or_local_id',
      sql`(${t.youthId} is null) = (${t.localId} is not null) and (${t.localId} is null) = (${t.givenName} is null)
        and (${t.localId} is null) = (${t.familyName} is null) and (${t.localId} is null) = (${t.dateOfBirth} is null)`,
    ),
  ],
);

/** The coordinator's decision on a referral: at most one; ACCEPTED names the youth registered or linked. */
export const mdtReferralDecision = pgTable(
  'mdt_referral_decision',
  {
    referralId: uuid('referral_id')
      .primaryKey()
      .references(() => mdtReferral.id),
    decision: text('decision').notNull(),
    reason: text('reason').notNull(),
    youthId: uuid('youth_id').references(() => youth.id),
    decidedBy: text('decided_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    check('mdt_referral_decision_kind', sql`${t.decision} in ('ACCEPTED', 'DECLINED')`),
    check('mdt_referral_accepted_youth', sql`(${t.decision} = 'ACCEPTED') = (${t.youthId} is not null)`),
  ],
);

export type MdtReferralRow = typeof mdtReferral.$inferSelect;
export type MdtReferralDecisionRow = typeof mdtReferralDecision.$inferSelect;

/**
 * When each viewer last opened each youth's summary: the viewer's own data (`markYouthSeen`), from
 * which "since you last looked" is asked. One row per viewer and youth, moved forward on each look.
 */
export const youthLook = pgTable(
  'youth_look',
  {
    viewerSub: text('viewer_sub').notNull(),
    youthId: uuid('youth_id')
      .notNull()
      .references(() => youth.id),
    lookedAt: timestamp('looked_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.viewerSub, t.youthId] })],
);

/**
 * An MDT meeting (issue 17): when (an instant; shown in the county's zone), MONTHLY or URGENT. An
 * urgent meeting names its trigger and falls within 72 hours after it. Append-only: a meeting is
 * kept as scheduled.
 */
export const mdtMeeting = pgTable(
  'mdt_meeting',
  {
    id: uuid('id').primaryKey(),
    startsAt: timestamp('starts_at', { withTimezone: true, precision: 3 }).notNull(),
    kind: text('kind').notNull(),
    triggerKind: text('trigger_kind'),
    triggeredAt: timestamp('triggered_at', { withTimezone: true, precision: 3 }),
    scheduledBy: text('scheduled_by').notNull(),
    scheduledByName: text('scheduled_by_name').notNull(),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('mdt_meeting_starts').on(t.startsAt),
    check('mdt_meeting_kind', sql`${t.kind} in ('MONTHLY', 'URGENT')`),
    check(
      'mdt_meeting_urgent_trigger',
      sql`(${t.kind} = 'URGENT') = (${t.triggerKind} is not null and ${t.triggeredAt} is not null)
        and (${t.kind} <> 'URGENT' or (${t.startsAt} >= ${t.triggeredAt} and ${t.startsAt} <= ${t.triggeredAt} + interval '72 hours'))`,
    ),
  ],
);

/** A youth on a meeting's agenda, with a time slot. One slot per youth, no two slots at one time. */
export const mdtMeetingYouth = pgTable(
  'mdt_meeting_youth',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => mdtMeeting.id),
    youthId: uuid('youth_id')
      .notNull()
      .references(() => youth.id),
    slotStartsAt: timestamp('slot_starts_at', { withTimezone: true, precision: 3 }).notNull(),
    minutes: bigint('minutes', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.youthId] }),
    uniqueIndex('mdt_meeting_youth_slot').on(t.meetingId, t.slotStartsAt),
    index('mdt_meeting_youth_youth').on(t.youthId),
    check('mdt_meeting_youth_minutes', sql`${t.minutes} between 5 and 240`),
  ],
);

/**
 * An invited member. `notShown` lists the agenda's youths whose team they were not on when invited:
 * they are not shown those youths (and, on any request, not the youths whose team they have left).
 */
export const mdtMeetingInvitee = pgTable(
  'mdt_meeting_invitee',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => mdtMeeting.id),
    personSub: text('person_sub').notNull(),
    name: text('name').notNull(),
    agency: text('agency').notNull(),
    role: text('role').notNull(),
    notShown: uuid('not_shown').array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.personSub] }), index('mdt_meeting_invitee_person').on(t.personSub)],
);

/** Each recording of a meeting's attendance, kept: the latest is the attendance. Append-only. */
export const mdtMeetingAttendance = pgTable(
  'mdt_meeting_attendance',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => mdtMeeting.id),
    attendees: text('attendees').array().notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('mdt_meeting_attendance_meeting').on(t.meetingId, t.id)],
);

export type MdtMeetingRow = typeof mdtMeeting.$inferSelect;
export type MdtMeetingYouthRow = typeof mdtMeetingYouth.$inferSelect;
export type MdtMeetingInviteeRow = typeof mdtMeetingInvitee.$inferSelect;
export type MdtMeetingAttendanceRow = typeof mdtMeetingAttendance.$inferSelect;
