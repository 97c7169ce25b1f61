import { date, index, jsonb, pgTable, serial, text, uuid } from 'drizzle-orm/pg-core';

/** The youth as this agency knows them: its own local id, the crosswalk to the hub id, the detective. */
export const client = pgTable('law_enforcement_client', {
  localId: text('local_id').primaryKey(),
  hubYouthId: uuid('hub_youth_id').notNull().unique(),
  detectiveId: text('detective_id').notNull(),
  detectiveName: text('detective_name').notNull(),
});

const byClient = () =>
  text('local_id')
    .notNull()
    .references(() => client.localId);

/** Investigations in which the youth is a victim or a witness: there is no column for a suspect youth. */
export const investigation = pgTable(
  'law_enforcement_investigation',
  {
    id: serial('id').primaryKey(),
    localId: byClient(),
    reportNumber: text('report_number').notNull().unique(),
    openedOn: date('opened_on').notNull(),
    youthRole: text('youth_role', { enum: ['VICTIM', 'WITNESS'] }).notNull(),
    status: text('status', { enum: ['OPEN', 'REFERRED_TO_DA', 'SUSPENDED', 'CLOSED'] }).notNull(),
    referredToDaOn: date('referred_to_da_on'),
    /** The suspected exploiter's offences: [{ code, description }]. */
    suspectedOffenses: jsonb('suspected_offenses').$type<{ code: string; description: string }[]>().notNull(),
  },
  (t) => [index('law_enforcement_investigation_client').on(t.localId)],
);

export const missingPersonReport = pgTable(
  'law_enforcement_missing_person_report',
  {
    id: serial('id').primaryKey(),
    localId: byClient(),
    reportNumber: text('report_number').notNull().unique(),
    /** Instants as ISO 8601 text in UTC, as the runaway records that point here keep them. */
    reportedAt: text('reported_at').notNull(),
    reportedBy: text('reported_by').notNull(),
    ncicEnteredAt: text('ncic_entered_at'),
    clearedAt: text('cleared_at'),
  },
  (t) => [index('law_enforcement_missing_person_report_client').on(t.localId)],
);

export const protectiveOrder = pgTable(
  'law_enforcement_protective_order',
  {
    id: serial('id').primaryKey(),
    localId: byClient(),
    orderNumber: text('order_number').notNull(),
    kind: text('kind', { enum: ['EMERGENCY_PROTECTIVE_ORDER', 'CRIMINAL_PROTECTIVE_ORDER'] }).notNull(),
    restrainedParty: text('restrained_party').notNull(),
    status: text('status', { enum: ['ACTIVE', 'EXPIRED', 'TERMINATED'] }).notNull(),
    issuedOn: date('issued_on').notNull(),
    expiresOn: date('expires_on'),
  },
  (t) => [index('law_enforcement_protective_order_client').on(t.localId)],
);

export const contact = pgTable(
  'law_enforcement_contact',
  {
    id: serial('id').primaryKey(),
    localId: byClient(),
    occurredOn: date('occurred_on').notNull(),
    kind: text('kind', { enum: ['INTERVIEW', 'WELFARE_CHECK', 'RECOVERY', 'REFERRAL'] }).notNull(),
    summary: text('summary').notNull(),
  },
  (t) => [index('law_enforcement_contact_client').on(t.localId)],
);

export type ClientRow = typeof client.$inferSelect;
export type InvestigationRow = typeof investigation.$inferSelect;
export type MissingPersonReportRow = typeof missingPersonReport.$inferSelect;
export type ProtectiveOrderRow = typeof protectiveOrder.$inferSelect;
export type ContactRow = typeof contact.$inferSelect;
