import { date, index, pgTable, serial, text, uuid } from 'drizzle-orm/pg-core';
import { runawayColumns } from '@hub/subgraph-kit/runaway';

/**
 * The youth as probation knows them: its probation number, the crosswalk to the hub id, and the
 * CSEC status probation documents (WIC 16501.35), null until the youth is screened.
 */
export const probationYouth = pgTable('probation_youth', {
  localId: text('local_id').primaryKey(),
  hubYouthId: uuid('hub_youth_id').notNull().unique(),
  csecStatus: text('csec_status'),
  csecDocumentedOn: date('csec_documented_on'),
});

const youthRef = () =>
  text('local_id')
    .notNull()
    .references(() => probationYouth.localId);

/** The current or latest grant of supervision: one per youth. */
export const supervision = pgTable('supervision', {
  localId: youthRef().primaryKey(),
  kind: text('kind').notNull(),
  status: text('status').notNull(),
  startedOn: date('started_on').notNull(),
  endsOn: date('ends_on'),
  /** The officer's person id (the identity provider's `sub`). */
  officerId: text('officer_id').notNull(),
  officerName: text('officer_name').notNull(),
});

export const supervisionCondition = pgTable(
  'supervision_condition',
  {
    id: serial('id').primaryKey(),
    localId: youthRef(),
    condition: text('condition').notNull(),
    imposedOn: date('imposed_on').notNull(),
  },
  (t) => [index('supervision_condition_youth').on(t.localId)],
);

export const violation = pgTable(
  'probation_violation',
  {
    id: serial('id').primaryKey(),
    localId: youthRef(),
    occurredOn: date('occurred_on').notNull(),
    description: text('description').notNull(),
    response: text('response').notNull(),
  },
  (t) => [index('probation_violation_youth').on(t.localId)],
);

/** The juvenile court case (WIC 602): one per youth; no petition when probation handled it itself. */
export const delinquencyCase = pgTable('delinquency_case', {
  localId: youthRef().primaryKey(),
  petitionNumber: text('petition_number'),
  petitionFiledOn: date('petition_filed_on'),
  courtStatus: text('court_status').notNull(),
  nextHearingOn: date('next_hearing_on'),
  /** Sealed (WIC 781, 786): the petition and its events are then deemed never to have occurred. */
  sealedOn: date('sealed_on'),
  sealedUnder: text('sealed_under'),
});

export const citation = pgTable(
  'citation',
  {
    id: serial('id').primaryKey(),
    localId: youthRef(),
    issuedOn: date('issued_on').notNull(),
    offense: text('offense').notNull(),
    issuingAgency: text('issuing_agency').notNull(),
    disposition: text('disposition').notNull(),
  },
  (t) => [index('citation_youth').on(t.localId)],
);

export const detentionEpisode = pgTable(
  'detention_episode',
  {
    id: serial('id').primaryKey(),
    localId: youthRef(),
    admittedOn: date('admitted_on').notNull(),
    releasedOn: date('released_on'),
    facility: text('facility').notNull(),
  },
  (t) => [index('detention_episode_youth').on(t.localId)],
);

export const csecScreening = pgTable(
  'csec_screening',
  {
    id: serial('id').primaryKey(),
    localId: youthRef(),
    screenedOn: date('screened_on').notNull(),
    tool: text('tool').notNull(),
    result: text('result').notNull(),
    indicators: text('indicators').array().notNull(),
    reportedToChildWelfareOn: date('reported_to_child_welfare_on'),
  },
  (t) => [index('csec_screening_youth').on(t.localId)],
);

/**
 * An AWOL / runaway episode: from home supervision or a placement probation made. The 24-hour
 * reporting clocks (@hub/policies missing.ts) run from started_at.
 */
export const runawayEpisode = pgTable(
  'probation_runaway_episode',
  {
    id: serial('id').primaryKey(),
    localId: youthRef(),
    leftOn: date('left_on').notNull(),
    returnedOn: date('returned_on'),
    foundAt: text('found_at'),
    ...runawayColumns(),
  },
  (t) => [index('probation_runaway_youth').on(t.localId)],
);

export type YouthRow = typeof probationYouth.$inferSelect;
export type RunawayRow = typeof runawayEpisode.$inferSelect;
export type SupervisionRow = typeof supervision.$inferSelect;
export type ConditionRow = typeof supervisionCondition.$inferSelect;
export type ViolationRow = typeof violation.$inferSelect;
export type DelinquencyCaseRow = typeof delinquencyCase.$inferSelect;
export type CitationRow = typeof citation.$inferSelect;
export type DetentionRow = typeof detentionEpisode.$inferSelect;
export type ScreeningRow = typeof csecScreening.$inferSelect;
