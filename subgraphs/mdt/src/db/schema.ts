import { date, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

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

export const mdtTeam = pgTable('mdt_team', {
  id: uuid('id').primaryKey(),
  youthId: uuid('youth_id')
    .notNull()
    .unique()
    .references(() => youth.id),
  convenedOn: date('convened_on').notNull(),
});

export const teamMember = pgTable(
  'team_member',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => mdtTeam.id),
    personId: text('person_id').notNull(),
    name: text('name').notNull(),
    agency: text('agency').notNull(),
    role: text('role').notNull(),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date'),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.personId, t.fromDate] }), index('team_member_person').on(t.personId)],
);

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
  },
  (t) => [index('court_order_youth').on(t.youthId)],
);

export type YouthRow = typeof youth.$inferSelect;
export type TeamMemberRow = typeof teamMember.$inferSelect;
export type ConsentRow = typeof consent.$inferSelect;
