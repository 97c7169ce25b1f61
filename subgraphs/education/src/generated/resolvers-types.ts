import type { GraphQLResolveInfo } from 'graphql';
import type { AccountingParent, ChainAuditParent, YouthParent, RecordParent, TimelineParent, EnrollmentParent, AttendanceParent, CreditsParent, SpecialEducationParent, LiaisonParent } from '../mappers.ts';
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
  education?: Maybe<DisclosurePage>;
  id: Scalars['ID']['output'];
};


/**
 * This agency's part of the accounting of disclosures, served from its own disclosure log (the
 * registry's `accountingOfDisclosures` starts it). Privacy officers under AUDIT see every row about
 * the youth; anyone else only their own accesses. Metadata only, never the record.
 */
export type AccountingEducationArgs = {
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

/**
 * The live verification of this agency's disclosure log (the registry's auditChainVerification
 * starts it and hands on its latest checkpoints). Privacy officers under AUDIT only; this agency decides.
 */
export type ChainAudit = {
  __typename?: 'ChainAudit';
  checkpoints: Array<LogCheckpoint>;
  education?: Maybe<ChainVerification>;
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

export type CreditSummary = {
  __typename?: 'CreditSummary';
  /** The transcript date the figures come from. */
  asOf: Scalars['String']['output'];
  /** Credits earned, partial credits included (Ed Code 51225.2 for foster youth who change schools). */
  earned: Scalars['Float']['output'];
  /** Credits the youth needs to graduate: the district's, or the state's 130 under Ed Code 51225.1. */
  required: Scalars['Float']['output'];
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

/** IDEA's disability categories (34 CFR 300.8(c)). */
export type DisabilityCategory =
  | 'AUTISM'
  | 'DEAFNESS'
  | 'DEAF_BLINDNESS'
  | 'EMOTIONAL_DISTURBANCE'
  | 'HEARING_IMPAIRMENT'
  | 'INTELLECTUAL_DISABILITY'
  | 'MULTIPLE_DISABILITIES'
  | 'ORTHOPEDIC_IMPAIRMENT'
  | 'OTHER_HEALTH_IMPAIRMENT'
  | 'SPECIFIC_LEARNING_DISABILITY'
  | 'SPEECH_OR_LANGUAGE_IMPAIRMENT'
  | 'TRAUMATIC_BRAIN_INJURY'
  | 'VISUAL_IMPAIRMENT';

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

export type EducationRecord = {
  __typename?: 'EducationRecord';
  /** Attendance by school year, oldest first. */
  attendance?: Maybe<Array<SchoolYearAttendance>>;
  /** Credits toward a high-school diploma; null when the agency holds none (before high school). */
  credits?: Maybe<CreditSummary>;
  /** Every enrolment, oldest first; a foster youth's school changes tend to follow placement changes. */
  enrollments?: Maybe<Array<Enrollment>>;
  /** The school liaison working with the youth and the MDT; null when the agency holds no record. */
  schoolLiaison?: Maybe<SchoolLiaison>;
  /** The school that holds the youth's cumulative record: the open enrolment, else the latest; null when the agency holds none. */
  schoolOfRecord?: Maybe<Enrollment>;
  /** Special education under IDEA; null when the youth was never referred. */
  specialEducation?: Maybe<SpecialEducation>;
  /** The education agency's dated events, one list per category, to merge with the other agencies'. With `since` (an ISO date, a county day, or a date-time), only what is dated from that day through today: what changed since then. Each list is decided on its own as always: a withheld list answers the same with or without `since`. Each list also takes `last` (1 to 100): only its newest events, still oldest first. */
  timeline?: Maybe<EducationTimeline>;
};


export type EducationRecordTimelineArgs = {
  since?: InputMaybe<Scalars['String']['input']>;
};

export type EducationTimeline = {
  __typename?: 'EducationTimeline';
  /** Enrolments entered and exited, the IEP, its next review and reevaluation, the credit transcript. */
  education?: Maybe<Array<TimelineEvent>>;
};


export type EducationTimelineEducationArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type Enrollment = {
  __typename?: 'Enrollment';
  district: Scalars['String']['output'];
  enteredOn: Scalars['String']['output'];
  exitReason?: Maybe<Scalars['String']['output']>;
  /** Null while the youth is enrolled. */
  exitedOn?: Maybe<Scalars['String']['output']>;
  /** The grade the youth was in when the enrolment ended (now, for an open one). */
  gradeLevel: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  schoolName: Scalars['String']['output'];
};

/** A disclosure-log checkpoint as the registry holds it: the latest for each agency. */
export type LogCheckpoint = {
  __typename?: 'LogCheckpoint';
  agency: Agency;
  /** When the registry received it (ISO 8601). */
  checkpointedAt: Scalars['String']['output'];
  hash: Scalars['String']['output'];
  seq: Scalars['Int']['output'];
};

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
  education?: Maybe<Array<PrivacyAlert>>;
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

export type SchoolLiaison = {
  __typename?: 'SchoolLiaison';
  name: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
};

export type SchoolYearAttendance = {
  __typename?: 'SchoolYearAttendance';
  /** Absent on 10% or more of the days enrolled (Ed Code 60901(c)(1)). */
  chronicallyAbsent: Scalars['Boolean']['output'];
  daysAbsent: Scalars['Int']['output'];
  /** Days of instruction the youth was enrolled, across every school that year. */
  daysEnrolled: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** July to June, e.g. 2026-27 (Ed Code 37200). */
  schoolYear: Scalars['String']['output'];
};

export type SpecialEducation = {
  __typename?: 'SpecialEducation';
  /** The IDEA disability category the youth is (or was) eligible under; null unless found eligible. */
  eligibility?: Maybe<DisabilityCategory>;
  /** Date of the current (or last) IEP. */
  iepDate?: Maybe<Scalars['String']['output']>;
  /** The next three-yearly reevaluation due (34 CFR 300.303(b)(2)). */
  nextReevaluationOn?: Maybe<Scalars['String']['output']>;
  /** The next IEP meeting due: the annual review, or the initial IEP meeting while an assessment is pending. */
  nextReviewOn?: Maybe<Scalars['String']['output']>;
  status: SpecialEducationStatus;
};

export type SpecialEducationStatus =
  /** An IEP is in effect. */
  | 'ACTIVE_IEP'
  /** Referred, the assessment plan consented to; the initial IEP meeting is due within 60 days (Ed Code 56043). */
  | 'ASSESSMENT_PENDING'
  /** Was eligible; no longer receives special education. */
  | 'EXITED'
  /** Assessed and found not eligible. */
  | 'NOT_ELIGIBLE';

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
  education?: Maybe<DisclosurePage>;
  id: Scalars['ID']['output'];
};


/**
 * This agency's part of one viewer's accesses across youths, from its own log, newest first (the
 * registry's `accessByViewer` starts it). Decided as the accounting: privacy officers under AUDIT
 * read anyone's rows, anyone else only their own. Each youth on a page is logged. Metadata only.
 */
export type ViewerAccessEducationArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Youth = {
  __typename?: 'Youth';
  /** The education agency's part of the youth record; each field is decided on its own. */
  education?: Maybe<EducationRecord>;
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
  ChainAudit: ResolverTypeWrapper<ChainAuditParent>;
  ChainVerdict: ChainVerdict;
  ChainVerification: ResolverTypeWrapper<ChainVerification>;
  CreditSummary: ResolverTypeWrapper<CreditsParent>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DataCategory: DataCategory;
  DisabilityCategory: DisabilityCategory;
  Disclosure: ResolverTypeWrapper<Disclosure>;
  DisclosureAccess: DisclosureAccess;
  DisclosureBasis: ResolverTypeWrapper<DisclosureBasis>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DisclosureOutcome: DisclosureOutcome;
  DisclosurePage: ResolverTypeWrapper<KitDisclosurePage>;
  EducationRecord: ResolverTypeWrapper<RecordParent>;
  EducationTimeline: ResolverTypeWrapper<TimelineParent>;
  Enrollment: ResolverTypeWrapper<EnrollmentParent>;
  LogCheckpoint: ResolverTypeWrapper<LogCheckpoint>;
  PrivacyAlert: ResolverTypeWrapper<KitPrivacyAlert>;
  PrivacyAlertKind: PrivacyAlertKind;
  PrivacyAlerts: ResolverTypeWrapper<AccountingParent>;
  PurposeOfUse: PurposeOfUse;
  Role: Role;
  SchoolLiaison: ResolverTypeWrapper<LiaisonParent>;
  SchoolYearAttendance: ResolverTypeWrapper<AttendanceParent>;
  SpecialEducation: ResolverTypeWrapper<SpecialEducationParent>;
  SpecialEducationStatus: SpecialEducationStatus;
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
  ChainAudit: ChainAuditParent;
  ChainVerification: ChainVerification;
  CreditSummary: CreditsParent;
  Float: Scalars['Float']['output'];
  Disclosure: Disclosure;
  DisclosureBasis: DisclosureBasis;
  Boolean: Scalars['Boolean']['output'];
  DisclosurePage: KitDisclosurePage;
  EducationRecord: RecordParent;
  EducationTimeline: TimelineParent;
  Enrollment: EnrollmentParent;
  LogCheckpoint: LogCheckpoint;
  PrivacyAlert: KitPrivacyAlert;
  PrivacyAlerts: AccountingParent;
  SchoolLiaison: LiaisonParent;
  SchoolYearAttendance: AttendanceParent;
  SpecialEducation: SpecialEducationParent;
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
  education?: Resolver<Maybe<ResolversTypes['DisclosurePage']>, ParentType, ContextType, RequireFields<AccountingEducationArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ChainAuditResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ChainAudit'] = ResolversParentTypes['ChainAudit'], FederationReferenceType extends FederationReferenceTypes['ChainAudit'] = FederationReferenceTypes['ChainAudit']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ChainAudit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  education?: Resolver<Maybe<ResolversTypes['ChainVerification']>, ParentType, ContextType>;
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

export type CreditSummaryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreditSummary'] = ResolversParentTypes['CreditSummary']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  earned?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
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

export type EducationRecordResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EducationRecord'] = ResolversParentTypes['EducationRecord']> = {
  attendance?: Resolver<Maybe<Array<ResolversTypes['SchoolYearAttendance']>>, ParentType, ContextType>;
  credits?: Resolver<Maybe<ResolversTypes['CreditSummary']>, ParentType, ContextType>;
  enrollments?: Resolver<Maybe<Array<ResolversTypes['Enrollment']>>, ParentType, ContextType>;
  schoolLiaison?: Resolver<Maybe<ResolversTypes['SchoolLiaison']>, ParentType, ContextType>;
  schoolOfRecord?: Resolver<Maybe<ResolversTypes['Enrollment']>, ParentType, ContextType>;
  specialEducation?: Resolver<Maybe<ResolversTypes['SpecialEducation']>, ParentType, ContextType>;
  timeline?: Resolver<Maybe<ResolversTypes['EducationTimeline']>, ParentType, ContextType, Partial<EducationRecordTimelineArgs>>;
};

export type EducationTimelineResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EducationTimeline'] = ResolversParentTypes['EducationTimeline']> = {
  education?: Resolver<Maybe<Array<ResolversTypes['TimelineEvent']>>, ParentType, ContextType, Partial<EducationTimelineEducationArgs>>;
};

export type EnrollmentResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Enrollment'] = ResolversParentTypes['Enrollment']> = {
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enteredOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exitReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exitedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gradeLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  schoolName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LogCheckpointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LogCheckpoint'] = ResolversParentTypes['LogCheckpoint']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  checkpointedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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
  education?: Resolver<Maybe<Array<ResolversTypes['PrivacyAlert']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SchoolLiaisonResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SchoolLiaison'] = ResolversParentTypes['SchoolLiaison']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type SchoolYearAttendanceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SchoolYearAttendance'] = ResolversParentTypes['SchoolYearAttendance']> = {
  chronicallyAbsent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  daysAbsent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  daysEnrolled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SpecialEducationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SpecialEducation'] = ResolversParentTypes['SpecialEducation']> = {
  eligibility?: Resolver<Maybe<ResolversTypes['DisabilityCategory']>, ParentType, ContextType>;
  iepDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextReevaluationOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextReviewOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SpecialEducationStatus'], ParentType, ContextType>;
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
  education?: Resolver<Maybe<ResolversTypes['DisclosurePage']>, ParentType, ContextType, RequireFields<ViewerAccessEducationArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type YouthResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Youth'] = ResolversParentTypes['Youth'], FederationReferenceType extends FederationReferenceTypes['Youth'] = FederationReferenceTypes['Youth']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Youth']> | FederationReferenceType, FederationReferenceType, ContextType>;
  education?: Resolver<Maybe<ResolversTypes['EducationRecord']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = SubgraphContext> = {
  Accounting?: AccountingResolvers<ContextType>;
  ChainAudit?: ChainAuditResolvers<ContextType>;
  ChainVerification?: ChainVerificationResolvers<ContextType>;
  CreditSummary?: CreditSummaryResolvers<ContextType>;
  Disclosure?: DisclosureResolvers<ContextType>;
  DisclosureBasis?: DisclosureBasisResolvers<ContextType>;
  DisclosurePage?: DisclosurePageResolvers<ContextType>;
  EducationRecord?: EducationRecordResolvers<ContextType>;
  EducationTimeline?: EducationTimelineResolvers<ContextType>;
  Enrollment?: EnrollmentResolvers<ContextType>;
  LogCheckpoint?: LogCheckpointResolvers<ContextType>;
  PrivacyAlert?: PrivacyAlertResolvers<ContextType>;
  PrivacyAlerts?: PrivacyAlertsResolvers<ContextType>;
  SchoolLiaison?: SchoolLiaisonResolvers<ContextType>;
  SchoolYearAttendance?: SchoolYearAttendanceResolvers<ContextType>;
  SpecialEducation?: SpecialEducationResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  ViewerAccess?: ViewerAccessResolvers<ContextType>;
  Youth?: YouthResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = SubgraphContext> = {
  sensitive?: SensitiveDirectiveResolver<any, any, ContextType>;
};
