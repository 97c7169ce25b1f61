import { date, index, pgTable, serial, text, uuid } from 'drizzle-orm/pg-core';

/** The youth as the defender's office knows them: its client number, and the crosswalk to the hub id. */
export const client = pgTable('pd_client', {
  localId: text('local_id').primaryKey(),
  hubYouthId: uuid('hub_youth_id').notNull().unique(),
  /** The assigned defender's person id (the token's `sub`). */
  defenderId: text('defender_id').notNull(),
  defenderName: text('defender_name').notNull(),
});

const clientRef = () =>
  text('local_id')
    .notNull()
    .references(() => client.localId);

/** A delinquency or dependency petition the office represents the client in. No charges are kept. */
export const matter = pgTable(
  'pd_matter',
  {
    id: serial('id').primaryKey(),
    localId: clientRef(),
    matterNumber: text('matter_number').notNull().unique(),
    /** DELINQUENCY or DEPENDENCY. */
    kind: text('kind').notNull(),
    /** PENDING, UNDER_JURISDICTION, DISMISSED or CLOSED. */
    status: text('status').notNull(),
    openedOn: date('opened_on').notNull(),
    closedOn: date('closed_on'),
    nextHearingOn: date('next_hearing_on'),
    nextHearingKind: text('next_hearing_kind'),
  },
  (t) => [index('pd_matter_client').on(t.localId)],
);

/** Privileged (Evidence Code 954): kept in its own table, released only to the client's own office. */
export const communication = pgTable(
  'pd_communication',
  {
    id: serial('id').primaryKey(),
    localId: clientRef(),
    occurredOn: date('occurred_on').notNull(),
    /** IN_PERSON, PHONE, VIDEO or LETTER. */
    channel: text('channel').notNull(),
    attorneyId: text('attorney_id').notNull(),
    attorney: text('attorney').notNull(),
    summary: text('summary').notNull(),
  },
  (t) => [index('pd_communication_client').on(t.localId)],
);

export type ClientRow = typeof client.$inferSelect;
export type MatterRow = typeof matter.$inferSelect;
export type CommunicationRow = typeof communication.$inferSelect;
