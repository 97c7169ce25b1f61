import { boolean, date, index, integer, pgTable, serial, text, uuid } from 'drizzle-orm/pg-core';
import { runawayColumns } from '@hub/subgraph-kit/runaway';

/** The youth as child welfare knows them: its own case number, and the crosswalk to the hub id. */
export const cwCase = pgTable('cw_case', {
  localId: text('local_id').primaryKey(),
  hubYouthId: uuid('hub_youth_id').notNull().unique(),
  dependencyStatus: text('dependency_status').notNull(),
  caseOpenedOn: date('case_opened_on').notNull(),
  workerId: text('worker_id').notNull(),
  workerName: text('worker_name').notNull(),
  safetyPlanSummary: text('safety_plan_summary'),
  safetyPlanUpdatedOn: date('safety_plan_updated_on'),
});

const caseRef = () =>
  text('local_id')
    .notNull()
    .references(() => cwCase.localId);

export const referral = pgTable(
  'cw_referral',
  {
    id: serial('id').primaryKey(),
    localId: caseRef(),
    receivedOn: date('received_on').notNull(),
    allegation: text('allegation').notNull(),
    disposition: text('disposition').notNull(),
    canraReport: boolean('canra_report').notNull(),
  },
  (t) => [index('cw_referral_case').on(t.localId)],
);

export const placement = pgTable(
  'cw_placement',
  {
    id: serial('id').primaryKey(),
    localId: caseRef(),
    sequence: integer('sequence').notNull(),
    kind: text('kind').notNull(),
    providerName: text('provider_name').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
  },
  (t) => [index('cw_placement_case').on(t.localId)],
);

export const runawayEpisode = pgTable(
  'cw_runaway_episode',
  {
    id: serial('id').primaryKey(),
    localId: caseRef(),
    leftOn: date('left_on').notNull(),
    returnedOn: date('returned_on'),
    foundAt: text('found_at'),
    ...runawayColumns(),
  },
  (t) => [index('cw_runaway_case').on(t.localId)],
);

export const csecIndicator = pgTable(
  'cw_csec_indicator',
  {
    id: serial('id').primaryKey(),
    localId: caseRef(),
    indicator: text('indicator').notNull(),
    observedOn: date('observed_on').notNull(),
    source: text('source').notNull(),
  },
  (t) => [index('cw_indicator_case').on(t.localId)],
);

/**
 * A CSEC screening child welfare performed, as structured data: the tool and its version, who
 * screened and when, the level of concern, the indicators scored, when to rescreen.
 */
export const csecScreening = pgTable(
  'cw_csec_screening',
  {
    id: serial('id').primaryKey(),
    localId: caseRef(),
    tool: text('tool').notNull(),
    toolVersion: text('tool_version').notNull(),
    screenedOn: date('screened_on').notNull(),
    screenerName: text('screener_name').notNull(),
    /** NO_CONCERN, POSSIBLE or CLEAR. */
    level: text('level').notNull(),
    indicators: text('indicators').array().notNull(),
    nextRescreenDue: date('next_rescreen_due'),
  },
  (t) => [index('cw_screening_case').on(t.localId, t.screenedOn)],
);

export type CaseRow = typeof cwCase.$inferSelect;
export type ReferralRow = typeof referral.$inferSelect;
export type PlacementRow = typeof placement.$inferSelect;
export type RunawayRow = typeof runawayEpisode.$inferSelect;
export type IndicatorRow = typeof csecIndicator.$inferSelect;
export type ScreeningRow = typeof csecScreening.$inferSelect;
