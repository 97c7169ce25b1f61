import type { GraphQLResolveInfo } from 'graphql';
import type { AccountingParent, ChainAuditParent, YouthParent, RecordParent, TimelineParent, WorkerParent, ReferralParent, PlacementParent, RunawayParent, IndicatorParent, ScreeningParent, ClockParent, MissingNowParent, SafetyPlanParent } from '../mappers.ts';
import type { PrivacyAlert as KitPrivacyAlert, DisclosurePage as KitDisclosurePage, SubgraphContext } from '@hub/subgraph-kit';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * This agency's part of the accounting of disclosures, served from its own disclosure log (the
 * registry's `accountingOfDisclosures` starts it). Privacy officers under AUDIT see every row about
 * the youth; anyone else only their own accesses. Metadata only, never the record.
 */
export type Accounting = {
  __typename?: 'Accounting';
  childWelfare?: Maybe<DisclosurePage>;
  id: Scalars['ID']['output'];
};


/**
 * This agency's part of the accounting of disclosures, served from its own disclosure log (the
 * registry's `accountingOfDisclosures` starts it). Privacy officers under AUDIT see every row about
 * the youth; anyone else only their own accesses. Metadata only, never the record.
 */
export type AccountingChildWelfareArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Agency =
  | 'CHILD_WELFARE'
  /** Community-based organisations and survivor mentors */
  | 'COMMUNITY'
  | 'DISTRICT_ATTORNEY'
  | 'EDUCATION'
  | 'HEALTH'
  /** The hub itself: MDT coordinators and the privacy office */
  | 'HUB'
  /** A law-enforcement agency on the MDT (a county detective; Penal Code 13753, WIC 18951(e)) */
  | 'LAW_ENFORCEMENT'
  | 'PROBATION'
  | 'PUBLIC_DEFENDER';

export type AssignedWorker = {
  __typename?: 'AssignedWorker';
  name: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
};

export type CaseSafetyPlan = {
  __typename?: 'CaseSafetyPlan';
  summary: Scalars['String']['output'];
  updatedOn: Scalars['String']['output'];
};

/**
 * The live verification of this agency's disclosure log (the registry's auditChainVerification
 * starts it and hands on its latest checkpoints). Privacy officers under AUDIT only; this agency decides.
 */
export type ChainAudit = {
  __typename?: 'ChainAudit';
  checkpoints: Array<LogCheckpoint>;
  childWelfare?: Maybe<ChainVerification>;
  id: Scalars['ID']['output'];
};

export type ChainVerdict =
  /** The log is not what was written: see firstBrokenSeq and problem. */
  | 'BROKEN'
  /** Every row links to the one before, matches its hash, and the chain reaches the checkpoint. */
  | 'INTACT';

/**
 * One agency's disclosure log, verified now by the agency itself with the same code as
 * `npm run audit:verify`, against the registry's latest checkpoint of it.
 */
export type ChainVerification = {
  __typename?: 'ChainVerification';
  agency: Agency;
  checkpointAgeSeconds?: Maybe<Scalars['Int']['output']>;
  /** The latest checkpoint's row, null before the first. */
  checkpointSeq?: Maybe<Scalars['Int']['output']>;
  checkpointedAt?: Maybe<Scalars['String']['output']>;
  /** The first row at which the log stops being what was written. */
  firstBrokenSeq?: Maybe<Scalars['Int']['output']>;
  headHash?: Maybe<Scalars['String']['output']>;
  headSeq?: Maybe<Scalars['Int']['output']>;
  /** Why an intact log is weakly anchored (no checkpoint yet). */
  note?: Maybe<Scalars['String']['output']>;
  problem?: Maybe<Scalars['String']['output']>;
  /** Rows walked. */
  rows: Scalars['Int']['output'];
  verdict: ChainVerdict;
};

export type ChildWelfareRecord = {
  __typename?: 'ChildWelfareRecord';
  assignedWorker?: Maybe<AssignedWorker>;
  /** Child welfare's own case number (its local id for this youth). */
  caseNumber?: Maybe<Scalars['String']['output']>;
  caseOpenedOn?: Maybe<Scalars['String']['output']>;
  csecIndicators?: Maybe<Array<CsecIndicator>>;
  /** Child welfare's own CSEC screenings as data, oldest first. */
  csecScreenings?: Maybe<Array<CsecScreening>>;
  currentPlacement?: Maybe<Placement>;
  dependencyStatus?: Maybe<Scalars['String']['output']>;
  /** The latest of csecScreenings; null when child welfare never screened the youth. */
  latestCsecScreening?: Maybe<CsecScreening>;
  /** Whether the youth is missing now from child welfare's care, and for how long; null when not. */
  missingNow?: Maybe<MissingNow>;
  placements?: Maybe<Array<Placement>>;
  referrals?: Maybe<Array<Referral>>;
  /** Runaway episodes, oldest first. */
  runawayEpisodes?: Maybe<Array<RunawayEpisode>>;
  safetyPlan?: Maybe<CaseSafetyPlan>;
  /** Child welfare's dated events, one list per category, to merge with the other agencies'. With `since` (an ISO date, a county day, or a date-time), only what is dated from that day through today: what changed since then. Each list is decided on its own as always: a withheld list answers the same with or without `since`. Each list also takes `last` (1 to 100): only its newest events, still oldest first. */
  timeline?: Maybe<ChildWelfareTimeline>;
};


export type ChildWelfareRecordTimelineArgs = {
  since?: InputMaybe<Scalars['String']['input']>;
};

export type ChildWelfareTimeline = {
  __typename?: 'ChildWelfareTimeline';
  /** Referrals received, the case opened. */
  childWelfareCase?: Maybe<Array<TimelineEvent>>;
  /** CSEC indicators observed. */
  csecIndicators?: Maybe<Array<TimelineEvent>>;
  /** Placements started and ended. */
  placement?: Maybe<Array<TimelineEvent>>;
  /** Runaway episodes: left and returned. */
  runaway?: Maybe<Array<TimelineEvent>>;
  /** The safety plan's last update. */
  safetyPlan?: Maybe<Array<TimelineEvent>>;
};


export type ChildWelfareTimelineChildWelfareCaseArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type ChildWelfareTimelineCsecIndicatorsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type ChildWelfareTimelinePlacementArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type ChildWelfareTimelineRunawayArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type ChildWelfareTimelineSafetyPlanArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** The level of concern a CSEC screening found. */
export type CsecConcernLevel =
  | 'CLEAR'
  | 'NO_CONCERN'
  | 'POSSIBLE';

export type CsecIndicator = {
  __typename?: 'CsecIndicator';
  id: Scalars['ID']['output'];
  indicator: Scalars['String']['output'];
  observedOn: Scalars['String']['output'];
  source: Scalars['String']['output'];
};

/** A CSEC screening child welfare performed (a validated tool such as the CSE-IT, or the county's own). */
export type CsecScreening = {
  __typename?: 'CsecScreening';
  id: Scalars['ID']['output'];
  /** The indicators the screening scored as present. */
  indicators: Array<Scalars['String']['output']>;
  level: CsecConcernLevel;
  /** The county day a rescreen is due; null when none is planned. */
  nextRescreenDue?: Maybe<Scalars['String']['output']>;
  /** Whether nextRescreenDue is before today in the county. */
  rescreenOverdue: Scalars['Boolean']['output'];
  /** The county day of the screening. */
  screenedOn: Scalars['String']['output'];
  /** Who screened. */
  screenerName: Scalars['String']['output'];
  /** The tool, e.g. CSE-IT, and its version. */
  tool: Scalars['String']['output'];
  toolVersion: Scalars['String']['output'];
};

/** The data categories of the need-to-know table (docs/domain.md), with their HL7 v3 sensitivity codes. */
export type DataCategory =
  /** Attorney-client communications, privileged (no HL7 sensitivity code) */
  | 'ATTORNEY_CLIENT'
  /** Child-welfare referrals, allegations and case (HL7 SOC) */
  | 'CHILD_WELFARE_CASE'
  /** CSEC identification and risk indicators (HL7 SDV) */
  | 'CSEC_INDICATORS'
  /** Delinquency case, WIC 827 (no HL7 sensitivity code) */
  | 'DELINQUENCY'
  /** Education records and IEP, FERPA (no HL7 sensitivity code) */
  | 'EDUCATION'
  /** Identity and demographics (HL7 DEMO) */
  | 'IDENTITY'
  /** Law-enforcement records of a youth as a victim: trafficking reports and investigations, protective orders, contacts; Penal Code 13753, WIC 827 (HL7 SDV) */
  | 'LAW_ENFORCEMENT_RECORDS'
  /** MDT meeting notes, WIC 830 (HL7 SOC) */
  | 'MDT_NOTES'
  /** Mental-health diagnoses and treatment, without psychotherapy notes (HL7 MH) */
  | 'MENTAL_HEALTH'
  /** Physical health: exams, medications, appointments (no HL7 sensitivity code) */
  | 'PHYSICAL_HEALTH'
  /** Placements and whereabouts (HL7 LOCIS) */
  | 'PLACEMENT'
  /** Probation supervision (no HL7 sensitivity code) */
  | 'PROBATION'
  /** Psychotherapy notes (HL7 PSYTHPN) */
  | 'PSYCHOTHERAPY_NOTES'
  /** Runaway / AWOL episodes (HL7 LOCIS) */
  | 'RUNAWAY'
  /** Safety plan (HL7 SOC) */
  | 'SAFETY_PLAN'
  /** Sexual and reproductive health, minor-consent services (HL7 SEX) */
  | 'SEXUAL_HEALTH'
  /** Substance-use treatment records, 42 CFR Part 2 (HL7 ETH) */
  | 'SUBSTANCE_USE'
  /** Substance-use counseling notes, 42 CFR 2.11 (2024): the treating counsellor's own, kept apart (no HL7 code of their own) */
  | 'SUD_COUNSELING_NOTES'
  /** Victim / witness status (HL7 SDV) */
  | 'VICTIM_WITNESS';

/**
 * One row of an agency's disclosure log, as the accounting of disclosures shows it (45 CFR 164.528):
 * who, when, why, which categories were released and which denied. Metadata, never the record.
 */
export type Disclosure = {
  __typename?: 'Disclosure';
  access: DisclosureAccess;
  /** The data owner that wrote the row. */
  agency: Agency;
  /** ISO 8601 date-time, UTC. */
  at: Scalars['String']['output'];
  /** Per category decided, the rule and legal basis; null for rows written before they were recorded ("not recorded"). */
  basis?: Maybe<Array<DisclosureBasis>>;
  denied: Array<DataCategory>;
  /** Set when the access was made under an emergency (break-glass) grant. */
  emergencyGrantId?: Maybe<Scalars['ID']['output']>;
  /** The row's SHA-256 chain hash. */
  hash: Scalars['String']['output'];
  /** The agency's log and the row's number in it. */
  id: Scalars['ID']['output'];
  policyVersion: Scalars['String']['output'];
  purpose: PurposeOfUse;
  released: Array<DataCategory>;
  requestId: Scalars['String']['output'];
  /** The row's number in its agency's chain. */
  seq: Scalars['Int']['output'];
  viewerAgency: Agency;
  viewerName?: Maybe<Scalars['String']['output']>;
  viewerRole: Role;
  viewerSub: Scalars['String']['output'];
  youthId: Scalars['ID']['output'];
};

/** What a disclosure record was about: the youth's records, or an oversight read that released none. */
export type DisclosureAccess =
  /** The accounting of disclosures itself, read by an auditor or by the viewer it concerns */
  | 'ACCOUNTING'
  /** A consent recorded or revoked: its terms returned to the one who managed it */
  | 'CONSENT'
  /** A court order recorded, ended or amended: its terms returned to the coordinator who managed it */
  | 'COURT_ORDER'
  /** An emergency grant requested: committed with this row; the row names the grant */
  | 'EMERGENCY_GRANT'
  /** An emergency grant ended before it ran out; the row names the grant */
  | 'EMERGENCY_GRANT_ENDED'
  /** A privacy officer's review of an emergency grant closed; the row names the grant */
  | 'EMERGENCY_REVIEW'
  /** The MDT's own work changed (a team membership added or ended, a note, an action item, a referral): logged with the change, in the same transaction */
  | 'MDT'
  /** The youth's records, decided category by category */
  | 'RECORD'
  /** A statement of the accounting (45 CFR 164.528) produced for the youth by a privacy officer */
  | 'STATEMENT'
  /** A privacy officer's view-as simulation, which releases no record */
  | 'VIEW_AS';

/** Why one category was released or denied: the policy rule that decided it and its legal basis. */
export type DisclosureBasis = {
  __typename?: 'DisclosureBasis';
  allowed: Scalars['Boolean']['output'];
  category: DataCategory;
  legalBasis: Scalars['String']['output'];
  ruleId: Scalars['String']['output'];
};

/** Whether a row released any category, denied any, or both (a row may be both). */
export type DisclosureOutcome =
  | 'DENIED'
  | 'RELEASED'
  /** Denied a category and released none: a request where nothing was disclosed (a statement's second section). */
  | 'WITHHELD';

/** One agency's part of the accounting, newest first. */
export type DisclosurePage = {
  __typename?: 'DisclosurePage';
  endCursor?: Maybe<Scalars['String']['output']>;
  entries: Array<Disclosure>;
  hasNextPage: Scalars['Boolean']['output'];
  /** Rows matching the filters, in this agency's log. */
  totalCount: Scalars['Int']['output'];
};

/** WIC 16501.45: whether the youth was exploited before entering care, while in care, while absent from care, or is at risk only. */
export type ExploitationTiming =
  | 'BEFORE_CARE'
  | 'IN_CARE'
  | 'RISK_ONLY'
  | 'WHILE_ABSENT';

/** A disclosure-log checkpoint as the registry holds it: the latest for each agency. */
export type LogCheckpoint = {
  __typename?: 'LogCheckpoint';
  agency: Agency;
  /** When the registry received it (ISO 8601). */
  checkpointedAt: Scalars['String']['output'];
  hash: Scalars['String']['output'];
  seq: Scalars['Int']['output'];
};

/** The youth is missing now: the latest episode has no return. */
export type MissingNow = {
  __typename?: 'MissingNow';
  episode: RunawayEpisode;
  /** Whole hours since then. */
  hours: Scalars['Int']['output'];
  /** When the youth went missing (ISO 8601). */
  since: Scalars['String']['output'];
};

export type Placement = {
  __typename?: 'Placement';
  endDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: PlacementKind;
  providerName: Scalars['String']['output'];
  startDate: Scalars['String']['output'];
};

export type PlacementKind =
  | 'FOSTER_HOME'
  | 'GROUP_HOME'
  | 'RELATIVE'
  | 'SHELTER'
  | 'STRTP';

/**
 * A signal for the privacy officer's queue, computed from one agency's own log when asked. It names
 * a viewer, a county day and the rows behind it, never a youth: the rows are read through
 * accessByViewer (from, to, viewerSub; emergencyGrantId for a grant), which logs each youth it shows.
 */
export type PrivacyAlert = {
  __typename?: 'PrivacyAlert';
  /** Whose log raised it. */
  agency: Agency;
  /** DAILY_SPIKE: the viewer's usual, reads per active day over the days before. */
  baseline?: Maybe<Scalars['Float']['output']>;
  /** Reads (AFTER_HOURS, DAILY_SPIKE, GRANT_NOT_JUSTIFIED) or youths denied (OFF_TEAM_DENIALS). */
  count: Scalars['Int']['output'];
  /** The county day (ISO date). */
  day: Scalars['String']['output'];
  emergencyGrantId?: Maybe<Scalars['ID']['output']>;
  /** The rows behind it lie from this instant (ISO 8601) ... */
  from: Scalars['String']['output'];
  /** Stable: <kind>/<agency>/<day>/<viewer sub or grant id>; a finding is kept against it. */
  id: Scalars['ID']['output'];
  kind: PrivacyAlertKind;
  /** The rows behind it, as Disclosure ids (<agency>:<seq>), newest first, at most 50. */
  rowIds: Array<Scalars['ID']['output']>;
  /** One line: what was seen. */
  summary: Scalars['String']['output'];
  /** ... up to this one (exclusive). */
  to: Scalars['String']['output'];
  viewerAgency?: Maybe<Agency>;
  viewerName?: Maybe<Scalars['String']['output']>;
  viewerRole?: Maybe<Role>;
  viewerSub: Scalars['String']['output'];
};

/** What raised a privacy alert (issue 18, item 3; thresholds in the kit's README). */
export type PrivacyAlertKind =
  /** A viewer's reads outside the county's working hours on one day */
  | 'AFTER_HOURS'
  /** A viewer's reads on one day far above their own usual */
  | 'DAILY_SPIKE'
  /** An emergency grant a privacy officer found not justified: the reads made under it */
  | 'GRANT_NOT_JUSTIFIED'
  /** Repeated denials on one day for youths off the viewer's teams */
  | 'OFF_TEAM_DENIALS';

/**
 * This agency's privacy alerts for the period, computed now from its own log (the registry's
 * `privacyAlerts` starts it). Privacy officers under AUDIT only; this agency decides.
 */
export type PrivacyAlerts = {
  __typename?: 'PrivacyAlerts';
  childWelfare?: Maybe<Array<PrivacyAlert>>;
  id: Scalars['ID']['output'];
};

/** Why data is requested, sent by the client as X-Purpose-Of-Use; each maps to an HL7 v3 PurposeOfUse code. */
export type PurposeOfUse =
  /** Privacy officers' audit (HL7 HCOMPL) */
  | 'AUDIT'
  /** Coordination of care (HL7 COC); the default */
  | 'CARE_COORDINATION'
  /** Under a court order (HL7 HLEGAL) */
  | 'COURT_ORDERED'
  /** Break-glass emergency access (HL7 BTG) */
  | 'EMERGENCY'
  /** Prosecution of exploiters (HL7 HLEGAL) */
  | 'PROSECUTION';

/** A referral to the child abuse hotline, with its allegation (CANRA reports included). */
export type Referral = {
  __typename?: 'Referral';
  allegation: Scalars['String']['output'];
  canraReport: Scalars['Boolean']['output'];
  disposition: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  receivedOn: Scalars['String']['output'];
};

/** One 24-hour reporting deadline of a runaway episode. */
export type ReportingClock = {
  __typename?: 'ReportingClock';
  /** Twenty-four hours after the youth went missing (ISO 8601). */
  dueAt: Scalars['String']['output'];
  kind: ReportingClockKind;
  legalBasis: Scalars['String']['output'];
  reportedAt?: Maybe<Scalars['String']['output']>;
  status: ReportingClockStatus;
};

/** To whom a missing youth must be reported within 24 hours (WIC 16501.35; PC 11166(j); 42 USC 671(a)(35)(B)). */
export type ReportingClockKind =
  | 'LAW_ENFORCEMENT'
  | 'NCMEC';

/** RUNNING: not reported, not yet due; OVERDUE: due and not reported; MET: reported in time; MET_LATE: reported after the deadline. */
export type ReportingClockStatus =
  | 'MET'
  | 'MET_LATE'
  | 'OVERDUE'
  | 'RUNNING';

export type Role =
  | 'CBO_ADVOCATE'
  | 'CLINICIAN'
  | 'CW_SOCIAL_WORKER'
  /** A detective of a law-enforcement agency on the MDT */
  | 'LAW_ENFORCEMENT_OFFICER'
  | 'MDT_COORDINATOR'
  | 'PRIVACY_OFFICER'
  | 'PROBATION_OFFICER'
  | 'PROSECUTOR'
  | 'PUBLIC_DEFENDER'
  | 'PUBLIC_HEALTH_NURSE'
  | 'SCHOOL_LIAISON'
  | 'SURVIVOR_MENTOR'
  | 'VICTIM_ADVOCATE';

/**
 * A runaway / AWOL episode. A youth who runs is at risk of recruitment within 72 hours. Instants are
 * ISO 8601 (UTC); days are county days.
 */
export type RunawayEpisode = {
  __typename?: 'RunawayEpisode';
  /** The return debrief: where the youth was while absent. */
  debriefLocation?: Maybe<Scalars['String']['output']>;
  /** WIC 16501.45: when exploitation happened, or a risk only. */
  exploitationTiming?: Maybe<ExploitationTiming>;
  /** The return debrief: whether the youth was exploited while absent. */
  exploitedWhileAbsent?: Maybe<Scalars['Boolean']['output']>;
  /** Where the youth was found. */
  foundAt?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The law-enforcement report number, and when it was made (for entry into NCIC). */
  lawEnforcementReportNumber?: Maybe<Scalars['String']['output']>;
  lawEnforcementReportedAt?: Maybe<Scalars['String']['output']>;
  /** The county day the youth left. */
  leftOn: Scalars['String']['output'];
  /** The report to the National Center for Missing and Exploited Children, and when it was made. */
  ncmecReportNumber?: Maybe<Scalars['String']['output']>;
  ncmecReportedAt?: Maybe<Scalars['String']['output']>;
  /** Who reported the youth missing. */
  reportedBy?: Maybe<Scalars['String']['output']>;
  /** The 24-hour reporting clocks (law enforcement, NCMEC): for child welfare's own staff only, null for anyone else (rule missing.clocks-owner). */
  reportingClocks?: Maybe<Array<ReportingClock>>;
  /** When the youth returned; null while missing. */
  returnedAt?: Maybe<Scalars['String']['output']>;
  /** The county day the youth returned; null while missing. */
  returnedOn?: Maybe<Scalars['String']['output']>;
  /** The return debrief: whether a new CSEC screening was done on return. */
  screenedOnReturn?: Maybe<Scalars['Boolean']['output']>;
  /** When the youth went missing; the 24-hour reporting clocks run from it. */
  startedAt: Scalars['String']['output'];
};

/**
 * One dated event from an agency's record, in the one shape every agency uses, so that a client can
 * merge all the agencies' lists into a single chronology (by date, then id). It has no category of
 * its own: each agency's `timeline` has one list per data category, named for it (`placement`,
 * `substanceUse`, ...), and the list is released or denied as that category.
 */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  /** The agency whose record it is. */
  agency: Agency;
  /** The category the event was released under; always the category of the list that holds it. */
  category: DataCategory;
  /** An ISO 8601 calendar date (YYYY-MM-DD), in the county's time zone. May lie ahead (a hearing). */
  date: Scalars['String']['output'];
  /** Unique across the hub: the agency, the kind of record and the record's local id. */
  id: Scalars['ID']['output'];
  /** What happened, as a code: PLACEMENT_STARTED, RUNAWAY_RETURNED, HEARING_SCHEDULED, ... */
  kind: Scalars['String']['output'];
  /** One line a team member can read. */
  summary: Scalars['String']['output'];
};

/**
 * This agency's part of one viewer's accesses across youths, from its own log, newest first (the
 * registry's `accessByViewer` starts it). Decided as the accounting: privacy officers under AUDIT
 * read anyone's rows, anyone else only their own. Each youth on a page is logged. Metadata only.
 */
export type ViewerAccess = {
  __typename?: 'ViewerAccess';
  childWelfare?: Maybe<DisclosurePage>;
  id: Scalars['ID']['output'];
};


/**
 * This agency's part of one viewer's accesses across youths, from its own log, newest first (the
 * registry's `accessByViewer` starts it). Decided as the accounting: privacy officers under AUDIT
 * read anyone's rows, anyone else only their own. Each youth on a page is logged. Metadata only.
 */
export type ViewerAccessChildWelfareArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Youth = {
  __typename?: 'Youth';
  /** Child welfare's part of the youth record; each field is decided on its own. */
  childWelfare?: Maybe<ChildWelfareRecord>;
  id: Scalars['ID']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Accounting: Accounting;
  ChainAudit: ChainAudit;
  PrivacyAlerts: PrivacyAlerts;
  ViewerAccess: ViewerAccess;
  Youth: Youth;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Accounting:
    ( { __typename: 'Accounting' }
    & GraphQLRecursivePick<FederationTypes['Accounting'], {"id":true}> );
  ChainAudit:
    ( { __typename: 'ChainAudit' }
    & GraphQLRecursivePick<FederationTypes['ChainAudit'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['ChainAudit'], {"checkpoints":{"agency":true,"seq":true,"hash":true,"checkpointedAt":true}}> ) );
  PrivacyAlerts:
    ( { __typename: 'PrivacyAlerts' }
    & GraphQLRecursivePick<FederationTypes['PrivacyAlerts'], {"id":true}> );
  ViewerAccess:
    ( { __typename: 'ViewerAccess' }
    & GraphQLRecursivePick<FederationTypes['ViewerAccess'], {"id":true}> );
  Youth:
    ( { __typename: 'Youth' }
    & GraphQLRecursivePick<FederationTypes['Youth'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Accounting: ResolverTypeWrapper<AccountingParent>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Agency: Agency;
  AssignedWorker: ResolverTypeWrapper<WorkerParent>;
  CaseSafetyPlan: ResolverTypeWrapper<SafetyPlanParent>;
  ChainAudit: ResolverTypeWrapper<ChainAuditParent>;
  ChainVerdict: ChainVerdict;
  ChainVerification: ResolverTypeWrapper<ChainVerification>;
  ChildWelfareRecord: ResolverTypeWrapper<RecordParent>;
  ChildWelfareTimeline: ResolverTypeWrapper<TimelineParent>;
  CsecConcernLevel: CsecConcernLevel;
  CsecIndicator: ResolverTypeWrapper<IndicatorParent>;
  CsecScreening: ResolverTypeWrapper<ScreeningParent>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DataCategory: DataCategory;
  Disclosure: ResolverTypeWrapper<Disclosure>;
  DisclosureAccess: DisclosureAccess;
  DisclosureBasis: ResolverTypeWrapper<DisclosureBasis>;
  DisclosureOutcome: DisclosureOutcome;
  DisclosurePage: ResolverTypeWrapper<KitDisclosurePage>;
  ExploitationTiming: ExploitationTiming;
  LogCheckpoint: ResolverTypeWrapper<LogCheckpoint>;
  MissingNow: ResolverTypeWrapper<MissingNowParent>;
  Placement: ResolverTypeWrapper<PlacementParent>;
  PlacementKind: PlacementKind;
  PrivacyAlert: ResolverTypeWrapper<KitPrivacyAlert>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PrivacyAlertKind: PrivacyAlertKind;
  PrivacyAlerts: ResolverTypeWrapper<AccountingParent>;
  PurposeOfUse: PurposeOfUse;
  Referral: ResolverTypeWrapper<ReferralParent>;
  ReportingClock: ResolverTypeWrapper<ClockParent>;
  ReportingClockKind: ReportingClockKind;
  ReportingClockStatus: ReportingClockStatus;
  Role: Role;
  RunawayEpisode: ResolverTypeWrapper<RunawayParent>;
  TimelineEvent: ResolverTypeWrapper<TimelineEvent>;
  ViewerAccess: ResolverTypeWrapper<AccountingParent>;
  Youth: ResolverTypeWrapper<YouthParent>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Accounting: AccountingParent;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  AssignedWorker: WorkerParent;
  CaseSafetyPlan: SafetyPlanParent;
  ChainAudit: ChainAuditParent;
  ChainVerification: ChainVerification;
  ChildWelfareRecord: RecordParent;
  ChildWelfareTimeline: TimelineParent;
  CsecIndicator: IndicatorParent;
  CsecScreening: ScreeningParent;
  Boolean: Scalars['Boolean']['output'];
  Disclosure: Disclosure;
  DisclosureBasis: DisclosureBasis;
  DisclosurePage: KitDisclosurePage;
  LogCheckpoint: LogCheckpoint;
  MissingNow: MissingNowParent;
  Placement: PlacementParent;
  PrivacyAlert: KitPrivacyAlert;
  Float: Scalars['Float']['output'];
  PrivacyAlerts: AccountingParent;
  Referral: ReferralParent;
  ReportingClock: ClockParent;
  RunawayEpisode: RunawayParent;
  TimelineEvent: TimelineEvent;
  ViewerAccess: AccountingParent;
  Youth: YouthParent;
};

export type SensitiveDirectiveArgs = {
  category: DataCategory;
};

export type SensitiveDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = SensitiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccountingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Accounting'] = ResolversParentTypes['Accounting'], FederationReferenceType extends FederationReferenceTypes['Accounting'] = FederationReferenceTypes['Accounting']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Accounting']> | FederationReferenceType, FederationReferenceType, ContextType>;
  childWelfare?: Resolver<Maybe<ResolversTypes['DisclosurePage']>, ParentType, ContextType, RequireFields<AccountingChildWelfareArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AssignedWorkerResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AssignedWorker'] = ResolversParentTypes['AssignedWorker']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CaseSafetyPlanResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CaseSafetyPlan'] = ResolversParentTypes['CaseSafetyPlan']> = {
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChainAuditResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ChainAudit'] = ResolversParentTypes['ChainAudit'], FederationReferenceType extends FederationReferenceTypes['ChainAudit'] = FederationReferenceTypes['ChainAudit']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ChainAudit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  childWelfare?: Resolver<Maybe<ResolversTypes['ChainVerification']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ChainVerificationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ChainVerification'] = ResolversParentTypes['ChainVerification']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  checkpointAgeSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  checkpointSeq?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  checkpointedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstBrokenSeq?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  headHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  headSeq?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['ChainVerdict'], ParentType, ContextType>;
};

export type ChildWelfareRecordResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ChildWelfareRecord'] = ResolversParentTypes['ChildWelfareRecord']> = {
  assignedWorker?: Resolver<Maybe<ResolversTypes['AssignedWorker']>, ParentType, ContextType>;
  caseNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  caseOpenedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  csecIndicators?: Resolver<Maybe<Array<ResolversTypes['CsecIndicator']>>, ParentType, ContextType>;
  csecScreenings?: Resolver<Maybe<Array<ResolversTypes['CsecScreening']>>, ParentType, ContextType>;
  currentPlacement?: Resolver<Maybe<ResolversTypes['Placement']>, ParentType, ContextType>;
  dependencyStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latestCsecScreening?: Resolver<Maybe<ResolversTypes['CsecScreening']>, ParentType, ContextType>;
  missingNow?: Resolver<Maybe<ResolversTypes['MissingNow']>, ParentType, ContextType>;
  placements?: Resolver<Maybe<Array<ResolversTypes['Placement']>>, ParentType, ContextType>;
  referrals?: Resolver<Maybe<Array<ResolversTypes['Referral']>>, ParentType, ContextType>;
  runawayEpisodes?: Resolver<Maybe<Array<ResolversTypes['RunawayEpisode']>>, ParentType, ContextType>;
  safetyPlan?: Resolver<Maybe<ResolversTypes['CaseSafetyPlan']>, ParentType, ContextType>;
  timeline?: Resolver<Maybe<ResolversTypes['ChildWelfareTimeline']>, ParentType, ContextType, Partial<ChildWelfareRecordTimelineArgs>>;
};

export type ChildWelfareTimelineResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ChildWelfareTimeline'] = ResolversParentTypes['ChildWelfareTimeline']> = {
  childWelfareCase?: Resolver<Maybe<Array<ResolversTypes['TimelineEvent']>>, ParentType, ContextType, Partial<ChildWelfareTimelineChildWelfareCaseArgs>>;
  csecIndicators?: Resolver<Maybe<Array<ResolversTypes['TimelineEvent']>>, ParentType, ContextType, Partial<ChildWelfareTimelineCsecIndicatorsArgs>>;
  placement?: Resolver<Maybe<Array<ResolversTypes['TimelineEvent']>>, ParentType, ContextType, Partial<ChildWelfareTimelinePlacementArgs>>;
  runaway?: Resolver<Maybe<Array<ResolversTypes['TimelineEvent']>>, ParentType, ContextType, Partial<ChildWelfareTimelineRunawayArgs>>;
  safetyPlan?: Resolver<Maybe<Array<ResolversTypes['TimelineEvent']>>, ParentType, ContextType, Partial<ChildWelfareTimelineSafetyPlanArgs>>;
};

export type CsecIndicatorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CsecIndicator'] = ResolversParentTypes['CsecIndicator']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  observedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CsecScreeningResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CsecScreening'] = ResolversParentTypes['CsecScreening']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['CsecConcernLevel'], ParentType, ContextType>;
  nextRescreenDue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rescreenOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  screenedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  screenerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tool?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toolVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DisclosureResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Disclosure'] = ResolversParentTypes['Disclosure']> = {
  access?: Resolver<ResolversTypes['DisclosureAccess'], ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  basis?: Resolver<Maybe<Array<ResolversTypes['DisclosureBasis']>>, ParentType, ContextType>;
  denied?: Resolver<Array<ResolversTypes['DataCategory']>, ParentType, ContextType>;
  emergencyGrantId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  policyVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['PurposeOfUse'], ParentType, ContextType>;
  released?: Resolver<Array<ResolversTypes['DataCategory']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  viewerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  viewerRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  viewerSub?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  youthId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DisclosureBasisResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DisclosureBasis'] = ResolversParentTypes['DisclosureBasis']> = {
  allowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['DataCategory'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ruleId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DisclosurePageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DisclosurePage'] = ResolversParentTypes['DisclosurePage']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['Disclosure']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LogCheckpointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LogCheckpoint'] = ResolversParentTypes['LogCheckpoint']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  checkpointedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MissingNowResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MissingNow'] = ResolversParentTypes['MissingNow']> = {
  episode?: Resolver<ResolversTypes['RunawayEpisode'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlacementResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Placement'] = ResolversParentTypes['Placement']> = {
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlacementKind'], ParentType, ContextType>;
  providerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PrivacyAlertResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PrivacyAlert'] = ResolversParentTypes['PrivacyAlert']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  baseline?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emergencyGrantId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PrivacyAlertKind'], ParentType, ContextType>;
  rowIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  viewerAgency?: Resolver<Maybe<ResolversTypes['Agency']>, ParentType, ContextType>;
  viewerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  viewerRole?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  viewerSub?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PrivacyAlertsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PrivacyAlerts'] = ResolversParentTypes['PrivacyAlerts'], FederationReferenceType extends FederationReferenceTypes['PrivacyAlerts'] = FederationReferenceTypes['PrivacyAlerts']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PrivacyAlerts']> | FederationReferenceType, FederationReferenceType, ContextType>;
  childWelfare?: Resolver<Maybe<Array<ResolversTypes['PrivacyAlert']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ReferralResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Referral'] = ResolversParentTypes['Referral']> = {
  allegation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  canraReport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  disposition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportingClockResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReportingClock'] = ResolversParentTypes['ReportingClock']> = {
  dueAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportingClockKind'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReportingClockStatus'], ParentType, ContextType>;
};

export type RunawayEpisodeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RunawayEpisode'] = ResolversParentTypes['RunawayEpisode']> = {
  debriefLocation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exploitationTiming?: Resolver<Maybe<ResolversTypes['ExploitationTiming']>, ParentType, ContextType>;
  exploitedWhileAbsent?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  foundAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lawEnforcementReportNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lawEnforcementReportedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leftOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ncmecReportNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ncmecReportedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportingClocks?: Resolver<Maybe<Array<ResolversTypes['ReportingClock']>>, ParentType, ContextType>;
  returnedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  returnedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  screenedOnReturn?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TimelineEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['DataCategory'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerAccessResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ViewerAccess'] = ResolversParentTypes['ViewerAccess'], FederationReferenceType extends FederationReferenceTypes['ViewerAccess'] = FederationReferenceTypes['ViewerAccess']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ViewerAccess']> | FederationReferenceType, FederationReferenceType, ContextType>;
  childWelfare?: Resolver<Maybe<ResolversTypes['DisclosurePage']>, ParentType, ContextType, RequireFields<ViewerAccessChildWelfareArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type YouthResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Youth'] = ResolversParentTypes['Youth'], FederationReferenceType extends FederationReferenceTypes['Youth'] = FederationReferenceTypes['Youth']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Youth']> | FederationReferenceType, FederationReferenceType, ContextType>;
  childWelfare?: Resolver<Maybe<ResolversTypes['ChildWelfareRecord']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = SubgraphContext> = {
  Accounting?: AccountingResolvers<ContextType>;
  AssignedWorker?: AssignedWorkerResolvers<ContextType>;
  CaseSafetyPlan?: CaseSafetyPlanResolvers<ContextType>;
  ChainAudit?: ChainAuditResolvers<ContextType>;
  ChainVerification?: ChainVerificationResolvers<ContextType>;
  ChildWelfareRecord?: ChildWelfareRecordResolvers<ContextType>;
  ChildWelfareTimeline?: ChildWelfareTimelineResolvers<ContextType>;
  CsecIndicator?: CsecIndicatorResolvers<ContextType>;
  CsecScreening?: CsecScreeningResolvers<ContextType>;
  Disclosure?: DisclosureResolvers<ContextType>;
  DisclosureBasis?: DisclosureBasisResolvers<ContextType>;
  DisclosurePage?: DisclosurePageResolvers<ContextType>;
  LogCheckpoint?: LogCheckpointResolvers<ContextType>;
  MissingNow?: MissingNowResolvers<ContextType>;
  Placement?: PlacementResolvers<ContextType>;
  PrivacyAlert?: PrivacyAlertResolvers<ContextType>;
  PrivacyAlerts?: PrivacyAlertsResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  ReportingClock?: ReportingClockResolvers<ContextType>;
  RunawayEpisode?: RunawayEpisodeResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  ViewerAccess?: ViewerAccessResolvers<ContextType>;
  Youth?: YouthResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = SubgraphContext> = {
  sensitive?: SensitiveDirectiveResolver<any, any, ContextType>;
};
