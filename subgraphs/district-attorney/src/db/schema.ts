import { boolean, date, index, integer, pgTable, serial, text, unique, uuid } from 'drizzle-orm/pg-core';

/**
 * The youth as the DA's victim-witness unit knows them: its file number, the crosswalk to the hub
 * id and the assigned advocate. No name, no address (Penal Code 293, Gov. Code 7923.615).
 */
export const victim = pgTable('da_victim', {
  localId: text('local_id').primaryKey(),
  hubYouthId: uuid('hub_youth_id').notNull().unique(),
  /** The advocate's person id (the token's `sub`); null until one is assigned. */
  advocateId: text('advocate_id'),
  advocateName: text('advocate_name'),
  advocateAssignedOn: date('advocate_assigned_on'),
});

/** The youth's part in one prosecution: a co-victim's file has its own row for the same case number. */
export const prosecution = pgTable(
  'da_case',
  {
    id: serial('id').primaryKey(),
    localId: text('local_id')
      .notNull()
      .references(() => victim.localId),
    caseNumber: text('case_number').notNull(),
    /** VICTIM or WITNESS: never the defendant. */
    role: text('role').notNull(),
    status: text('status').notNull(),
    referredOn: date('referred_on').notNull(),
    filedOn: date('filed_on'),
  },
  (t) => [unique('da_case_victim_case').on(t.localId, t.caseNumber)],
);

const caseRef = () =>
  integer('case_id')
    .notNull()
    .references(() => prosecution.id);

/** Charges against the alleged exploiter. */
export const charge = pgTable(
  'da_charge',
  {
    id: serial('id').primaryKey(),
    caseId: caseRef(),
    code: text('code').notNull(),
    description: text('description').notNull(),
  },
  (t) => [index('da_charge_case').on(t.caseId)],
);

export const courtDate = pgTable(
  'da_court_date',
  {
    id: serial('id').primaryKey(),
    caseId: caseRef(),
    scheduledOn: date('scheduled_on').notNull(),
    kind: text('kind').notNull(),
    department: text('department').notNull(),
    appearanceRequired: boolean('appearance_required').notNull(),
    /** SCHEDULED, HELD, CONTINUED or VACATED: the court clerk's calendar status. */
    status: text('status').notNull(),
  },
  (t) => [index('da_court_date_case').on(t.caseId)],
);

/** The restrained party is described generically, never named. */
export const protectiveOrder = pgTable(
  'da_protective_order',
  {
    id: serial('id').primaryKey(),
    caseId: caseRef(),
    kind: text('kind').notNull(),
    restrainedParty: text('restrained_party').notNull(),
    terms: text('terms').array().notNull(),
    status: text('status').notNull(),
    issuedOn: date('issued_on').notNull(),
    expiresOn: date('expires_on'),
  },
  (t) => [index('da_protective_order_case').on(t.caseId)],
);

export type VictimRow = typeof victim.$inferSelect;
export type CaseRow = typeof prosecution.$inferSelect;
export type ChargeRow = typeof charge.$inferSelect;
export type CourtDateRow = typeof courtDate.$inferSelect;
export type ProtectiveOrderRow = typeof protectiveOrder.$inferSelect;
