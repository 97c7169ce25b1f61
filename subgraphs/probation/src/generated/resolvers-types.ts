import type { GraphQLResolveInfo } from 'graphql';
import type { AccountingParent, ChainAuditParent, YouthParent, RecordParent, TimelineParent, SupervisionParent, OfficerParent, ConditionParent, ViolationParent, DelinquencyCaseParent, CitationParent, DetentionParent, CsecIdentificationParent, ScreeningParent, ClockParent, MissingNowParent, RunawayParent } from '../mappers.ts';
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
  id: Scalars['ID']['output'];
  probation?: Maybe<DisclosurePage>;
};


/**
 * This agency's part of the accounting of disclosures, served from its own disclosure log (the
 * registry's `accountingOfDisclosures` starts it). Privacy officers under AUDIT see every row about
 * the youth; anyone else only their own accesses. Metadata only, never the record.
 */
export type AccountingProbationArgs = {
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
  id: Scalars['ID']['output'];
  probation?: Maybe<ChainVerification>;
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
  id: Scalars['ID']['output'];
  probation?: Maybe<Array<PrivacyAlert>>;
};

export type ProbationCitation = {
  __typename?: 'ProbationCitation';
  disposition: ProbationCitationDisposition;
  id: Scalars['ID']['output'];
  issuedOn: Scalars['String']['output'];
  issuingAgency: Scalars['String']['output'];
  offense: Scalars['String']['output'];
};

export type ProbationCitationDisposition =
  | 'COUNSELED_AND_CLOSED'
  /** A diversion program instead of a petition (WIC 654). */
  | 'DIVERTED'
  /** Probation asked the District Attorney to file a petition (WIC 650). */
  | 'PETITION_REQUESTED';

/** A condition of supervision the court or probation imposed. */
export type ProbationCondition = {
  __typename?: 'ProbationCondition';
  condition: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  imposedOn: Scalars['String']['output'];
};

export type ProbationCourtStatus =
  /** Deferred entry of judgment granted (WIC 790). */
  | 'DEFERRED_ENTRY'
  | 'DISMISSED'
  /** No petition: probation handled the referral itself (WIC 654). */
  | 'NOT_FILED'
  | 'PETITION_PENDING'
  /** Petition sustained; disposition ordered. */
  | 'SUSTAINED';

/** The CSEC status probation documents (WIC 16501.35), from its latest screening. */
export type ProbationCsecIdentification = {
  __typename?: 'ProbationCsecIdentification';
  documentedOn: Scalars['String']['output'];
  /** Screenings, oldest first. */
  screenings?: Maybe<Array<ProbationCsecScreening>>;
  status: ProbationCsecStatus;
};

export type ProbationCsecScreening = {
  __typename?: 'ProbationCsecScreening';
  id: Scalars['ID']['output'];
  indicators: Array<Scalars['String']['output']>;
  /** The day probation reported to child welfare (CANRA; Penal Code 11165.1 includes trafficking of a child). */
  reportedToChildWelfareOn?: Maybe<Scalars['String']['output']>;
  result: ProbationCsecScreeningResult;
  screenedOn: Scalars['String']['output'];
  /** The screening tool, e.g. the CSE-IT. */
  tool: Scalars['String']['output'];
};

/** The CSE-IT's levels of concern. */
export type ProbationCsecScreeningResult =
  | 'CLEAR_CONCERN'
  | 'NO_CONCERN'
  | 'POSSIBLE_CONCERN';

export type ProbationCsecStatus =
  | 'AT_RISK'
  /** Identified as a victim of commercial sexual exploitation. */
  | 'IDENTIFIED'
  /** Screened; no concern identified. */
  | 'NOT_IDENTIFIED';

export type ProbationDelinquencyCase = {
  __typename?: 'ProbationDelinquencyCase';
  /** Citations and referrals to probation, oldest first. Never for commercial sex conduct of the minor (SB 1322). */
  citations?: Maybe<Array<ProbationCitation>>;
  courtStatus: ProbationCourtStatus;
  /** Juvenile hall or camp episodes, oldest first. */
  detentionEpisodes?: Maybe<Array<ProbationDetentionEpisode>>;
  nextHearingOn?: Maybe<Scalars['String']['output']>;
  petitionFiledOn?: Maybe<Scalars['String']['output']>;
  /** The juvenile court petition (WIC 602); null when probation handled the referral without one. */
  petitionNumber?: Maybe<Scalars['String']['output']>;
};

export type ProbationDetentionEpisode = {
  __typename?: 'ProbationDetentionEpisode';
  admittedOn: Scalars['String']['output'];
  facility: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Null while the youth is detained. */
  releasedOn?: Maybe<Scalars['String']['output']>;
};

/** The youth is missing now (AWOL): the latest episode has no return. */
export type ProbationMissingNow = {
  __typename?: 'ProbationMissingNow';
  episode: ProbationRunawayEpisode;
  /** Whole hours since then. */
  hours: Scalars['Int']['output'];
  /** When the youth went missing (ISO 8601). */
  since: Scalars['String']['output'];
};

export type ProbationOfficer = {
  __typename?: 'ProbationOfficer';
  name: Scalars['String']['output'];
  /** The officer's person id (the identity provider's `sub`). */
  personId: Scalars['ID']['output'];
};

export type ProbationRecord = {
  __typename?: 'ProbationRecord';
  /** Probation's own CSEC identification and screenings (WIC 16501.35); null when the youth was never screened. */
  csecIdentification?: Maybe<ProbationCsecIdentification>;
  /** The juvenile case file (WIC 827): petition, court status, citations, detention; null when the agency holds no record. */
  delinquencyCase?: Maybe<ProbationDelinquencyCase>;
  /** Probation's latest CSEC screening; null when probation never screened the youth. */
  latestCsecScreening?: Maybe<ProbationCsecScreening>;
  /** Whether the youth is missing now (AWOL), and for how long; null when not. */
  missingNow?: Maybe<ProbationMissingNow>;
  /** AWOL / runaway episodes from home supervision or a probation placement, oldest first. */
  runawayEpisodes?: Maybe<Array<ProbationRunawayEpisode>>;
  /** The current or latest grant of supervision; null when probation supervises the youth under none. */
  supervision?: Maybe<ProbationSupervision>;
  /** Probation's dated events, one list per category, to merge with the other agencies'. With `since` (an ISO date, a county day, or a date-time), only what is dated from that day through today: what changed since then. Each list is decided on its own as always: a withheld list answers the same with or without `since`. Each list also takes `last` (1 to 100): only its newest events, still oldest first. */
  timeline?: Maybe<ProbationTimeline>;
};


export type ProbationRecordTimelineArgs = {
  since?: InputMaybe<Scalars['String']['input']>;
};

/** One 24-hour reporting deadline of an AWOL episode. */
export type ProbationReportingClock = {
  __typename?: 'ProbationReportingClock';
  /** Twenty-four hours after the youth went missing (ISO 8601). */
  dueAt: Scalars['String']['output'];
  kind: ReportingClockKind;
  legalBasis: Scalars['String']['output'];
  reportedAt?: Maybe<Scalars['String']['output']>;
  status: ReportingClockStatus;
};

/**
 * An AWOL / runaway episode from home supervision or a probation placement. Instants are ISO 8601
 * (UTC); days are county days.
 */
export type ProbationRunawayEpisode = {
  __typename?: 'ProbationRunawayEpisode';
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
  /** The 24-hour reporting clocks (law enforcement, NCMEC): for probation's own staff only, null for anyone else (rule missing.clocks-owner). */
  reportingClocks?: Maybe<Array<ProbationReportingClock>>;
  /** When the youth returned; null while missing. */
  returnedAt?: Maybe<Scalars['String']['output']>;
  /** The county day the youth returned; null while missing. */
  returnedOn?: Maybe<Scalars['String']['output']>;
  /** The return debrief: whether a new CSEC screening was done on return. */
  screenedOnReturn?: Maybe<Scalars['Boolean']['output']>;
  /** When the youth went missing; the 24-hour reporting clocks run from it. */
  startedAt: Scalars['String']['output'];
};

export type ProbationSupervision = {
  __typename?: 'ProbationSupervision';
  conditions?: Maybe<Array<ProbationCondition>>;
  /** The scheduled end while active; the day it ended once completed. */
  endsOn?: Maybe<Scalars['String']['output']>;
  kind: ProbationSupervisionKind;
  /** The assigned probation officer. */
  officer?: Maybe<ProbationOfficer>;
  startedOn: Scalars['String']['output'];
  status: ProbationSupervisionStatus;
  /** Violations of the conditions, oldest first. */
  violations?: Maybe<Array<ProbationViolation>>;
};

export type ProbationSupervisionKind =
  /** Deferred entry of judgment (WIC 790). */
  | 'DEFERRED_ENTRY_OF_JUDGMENT'
  /** Informal supervision without wardship (WIC 654, 654.2). */
  | 'INFORMAL'
  /** Probation without wardship (WIC 725(a)). */
  | 'NON_WARD'
  /** Wardship probation (WIC 602, 727). */
  | 'WARD';

export type ProbationSupervisionStatus =
  | 'ACTIVE'
  | 'COMPLETED';

export type ProbationTimeline = {
  __typename?: 'ProbationTimeline';
  /** CSEC screenings, their reports to child welfare, the CSEC status documented. */
  csecIndicators?: Maybe<Array<TimelineEvent>>;
  /** Citations issued, the petition filed, detention admissions and releases, the next hearing. */
  delinquency?: Maybe<Array<TimelineEvent>>;
  /** Supervision started and ended (or due to end), conditions imposed, violations. */
  probation?: Maybe<Array<TimelineEvent>>;
};


export type ProbationTimelineCsecIndicatorsArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type ProbationTimelineDelinquencyArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type ProbationTimelineProbationArgs = {
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type ProbationViolation = {
  __typename?: 'ProbationViolation';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  occurredOn: Scalars['String']['output'];
  response: ProbationViolationResponse;
};

export type ProbationViolationResponse =
  | 'CONDITIONS_MODIFIED'
  /** The officer counselled the youth; nothing filed. */
  | 'COUNSELED'
  /** A notice of probation violation filed with the court (WIC 777). */
  | 'NOTICE_FILED';

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
  id: Scalars['ID']['output'];
  probation?: Maybe<DisclosurePage>;
};


/**
 * This agency's part of one viewer's accesses across youths, from its own log, newest first (the
 * registry's `accessByViewer` starts it). Decided as the accounting: privacy officers under AUDIT
 * read anyone's rows, anyone else only their own. Each youth on a page is logged. Metadata only.
 */
export type ViewerAccessProbationArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Youth = {
  __typename?: 'Youth';
  id: Scalars['ID']['output'];
  /** Probation's part of the youth record; each field is decided on its own. */
  probation?: Maybe<ProbationRecord>;
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
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Agency: Agency;
  ChainAudit: ResolverTypeWrapper<ChainAuditParent>;
  ChainVerdict: ChainVerdict;
  ChainVerification: ResolverTypeWrapper<ChainVerification>;
  DataCategory: DataCategory;
  Disclosure: ResolverTypeWrapper<Disclosure>;
  DisclosureAccess: DisclosureAccess;
  DisclosureBasis: ResolverTypeWrapper<DisclosureBasis>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DisclosureOutcome: DisclosureOutcome;
  DisclosurePage: ResolverTypeWrapper<KitDisclosurePage>;
  ExploitationTiming: ExploitationTiming;
  LogCheckpoint: ResolverTypeWrapper<LogCheckpoint>;
  PrivacyAlert: ResolverTypeWrapper<KitPrivacyAlert>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PrivacyAlertKind: PrivacyAlertKind;
  PrivacyAlerts: ResolverTypeWrapper<AccountingParent>;
  ProbationCitation: ResolverTypeWrapper<CitationParent>;
  ProbationCitationDisposition: ProbationCitationDisposition;
  ProbationCondition: ResolverTypeWrapper<ConditionParent>;
  ProbationCourtStatus: ProbationCourtStatus;
  ProbationCsecIdentification: ResolverTypeWrapper<CsecIdentificationParent>;
  ProbationCsecScreening: ResolverTypeWrapper<ScreeningParent>;
  ProbationCsecScreeningResult: ProbationCsecScreeningResult;
  ProbationCsecStatus: ProbationCsecStatus;
  ProbationDelinquencyCase: ResolverTypeWrapper<DelinquencyCaseParent>;
  ProbationDetentionEpisode: ResolverTypeWrapper<DetentionParent>;
  ProbationMissingNow: ResolverTypeWrapper<MissingNowParent>;
  ProbationOfficer: ResolverTypeWrapper<OfficerParent>;
  ProbationRecord: ResolverTypeWrapper<RecordParent>;
  ProbationReportingClock: ResolverTypeWrapper<ClockParent>;
  ProbationRunawayEpisode: ResolverTypeWrapper<RunawayParent>;
  ProbationSupervision: ResolverTypeWrapper<SupervisionParent>;
  ProbationSupervisionKind: ProbationSupervisionKind;
  ProbationSupervisionStatus: ProbationSupervisionStatus;
  ProbationTimeline: ResolverTypeWrapper<TimelineParent>;
  ProbationViolation: ResolverTypeWrapper<ViolationParent>;
  ProbationViolationResponse: ProbationViolationResponse;
  PurposeOfUse: PurposeOfUse;
  ReportingClockKind: ReportingClockKind;
  ReportingClockStatus: ReportingClockStatus;
  Role: Role;
  TimelineEvent: ResolverTypeWrapper<TimelineEvent>;
  ViewerAccess: ResolverTypeWrapper<AccountingParent>;
  Youth: ResolverTypeWrapper<YouthParent>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Accounting: AccountingParent;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ChainAudit: ChainAuditParent;
  ChainVerification: ChainVerification;
  Disclosure: Disclosure;
  DisclosureBasis: DisclosureBasis;
  Boolean: Scalars['Boolean']['output'];
  DisclosurePage: KitDisclosurePage;
  LogCheckpoint: LogCheckpoint;
  PrivacyAlert: KitPrivacyAlert;
  Float: Scalars['Float']['output'];
  PrivacyAlerts: AccountingParent;
  ProbationCitation: CitationParent;
  ProbationCondition: ConditionParent;
  ProbationCsecIdentification: CsecIdentificationParent;
  ProbationCsecScreening: ScreeningParent;
  ProbationDelinquencyCase: DelinquencyCaseParent;
  ProbationDetentionEpisode: DetentionParent;
  ProbationMissingNow: MissingNowParent;
  ProbationOfficer: OfficerParent;
  ProbationRecord: RecordParent;
  ProbationReportingClock: ClockParent;
  ProbationRunawayEpisode: RunawayParent;
  ProbationSupervision: SupervisionParent;
  ProbationTimeline: TimelineParent;
  ProbationViolation: ViolationParent;
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
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  probation?: Resolver<Maybe<ResolversTypes['DisclosurePage']>, ParentType, ContextType, RequireFields<AccountingProbationArgs, 'first'>>;
};

export type ChainAuditResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ChainAudit'] = ResolversParentTypes['ChainAudit'], FederationReferenceType extends FederationReferenceTypes['ChainAudit'] = FederationReferenceTypes['ChainAudit']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ChainAudit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  probation?: Resolver<Maybe<ResolversTypes['ChainVerification']>, ParentType, ContextType>;
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
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  probation?: Resolver<Maybe<Array<ResolversTypes['PrivacyAlert']>>, ParentType, ContextType>;
};

export type ProbationCitationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProbationCitation'] = ResolversParentTypes['ProbationCitation']> = {
  disposition?: Resolver<ResolversTypes['ProbationCitationDisposition'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuingAgency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offense?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProbationConditionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProbationCondition'] = ResolversParentTypes['ProbationCondition']> = {
  condition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imposedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProbationCsecIdentificationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProbationCsecIdentification'] = ResolversParentTypes['ProbationCsecIdentification']> = {
  documentedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  screenings?: Resolver<Maybe<Array<ResolversTypes['ProbationCsecScreening']>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProbationCsecStatus'], ParentType, ContextType>;
};

export type ProbationCsecScreeningResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProbationCsecScreening'] = ResolversParentTypes['ProbationCsecScreening']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reportedToChildWelfareOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  result?: Resolver<ResolversTypes['ProbationCsecScreeningResult'], ParentType, ContextType>;
  screenedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tool?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProbationDelinquencyCaseResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProbationDelinquencyCase'] = ResolversParentTypes['ProbationDelinquencyCase']> = {
  citations?: Resolver<Maybe<Array<ResolversTypes['ProbationCitation']>>, ParentType, ContextType>;
  courtStatus?: Resolver<ResolversTypes['ProbationCourtStatus'], ParentType, ContextType>;
  detentionEpisodes?: Resolver<Maybe<Array<ResolversTypes['ProbationDetentionEpisode']>>, ParentType, ContextType>;
  nextHearingOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  petitionFiledOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  petitionNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProbationDetentionEpisodeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProbationDetentionEpisode'] = ResolversParentTypes['ProbationDetentionEpisode']> = {
  admittedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facility?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  releasedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProbationMissingNowResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProbationMissingNow'] = ResolversParentTypes['ProbationMissingNow']> = {
  episode?: Resolver<ResolversTypes['ProbationRunawayEpisode'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProbationOfficerResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProbationOfficer'] = ResolversParentTypes['ProbationOfficer']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ProbationRecordResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProbationRecord'] = ResolversParentTypes['ProbationRecord']> = {
  csecIdentification?: Resolver<Maybe<ResolversTypes['ProbationCsecIdentification']>, ParentType, ContextType>;
  delinquencyCase?: Resolver<Maybe<ResolversTypes['ProbationDelinquencyCase']>, ParentType, ContextType>;
  latestCsecScreening?: Resolver<Maybe<ResolversTypes['ProbationCsecScreening']>, ParentType, ContextType>;
  missingNow?: Resolver<Maybe<ResolversTypes['ProbationMissingNow']>, ParentType, ContextType>;
  runawayEpisodes?: Resolver<Maybe<Array<ResolversTypes['ProbationRunawayEpisode']>>, ParentType, ContextType>;
  supervision?: Resolver<Maybe<ResolversTypes['ProbationSupervision']>, ParentType, ContextType>;
  timeline?: Resolver<Maybe<ResolversTypes['ProbationTimeline']>, ParentType, ContextType, Partial<ProbationRecordTimelineArgs>>;
};

export type ProbationReportingClockResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProbationReportingClock'] = ResolversParentTypes['ProbationReportingClock']> = {
  dueAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReportingClockKind'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReportingClockStatus'], ParentType, ContextType>;
};

export type ProbationRunawayEpisodeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProbationRunawayEpisode'] = ResolversParentTypes['ProbationRunawayEpisode']> = {
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
  reportingClocks?: Resolver<Maybe<Array<ResolversTypes['ProbationReportingClock']>>, ParentType, ContextType>;
  returnedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  returnedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  screenedOnReturn?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProbationSupervisionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProbationSupervision'] = ResolversParentTypes['ProbationSupervision']> = {
  conditions?: Resolver<Maybe<Array<ResolversTypes['ProbationCondition']>>, ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProbationSupervisionKind'], ParentType, ContextType>;
  officer?: Resolver<Maybe<ResolversTypes['ProbationOfficer']>, ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProbationSupervisionStatus'], ParentType, ContextType>;
  violations?: Resolver<Maybe<Array<ResolversTypes['ProbationViolation']>>, ParentType, ContextType>;
};

export type ProbationTimelineResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProbationTimeline'] = ResolversParentTypes['ProbationTimeline']> = {
  csecIndicators?: Resolver<Maybe<Array<ResolversTypes['TimelineEvent']>>, ParentType, ContextType, Partial<ProbationTimelineCsecIndicatorsArgs>>;
  delinquency?: Resolver<Maybe<Array<ResolversTypes['TimelineEvent']>>, ParentType, ContextType, Partial<ProbationTimelineDelinquencyArgs>>;
  probation?: Resolver<Maybe<Array<ResolversTypes['TimelineEvent']>>, ParentType, ContextType, Partial<ProbationTimelineProbationArgs>>;
};

export type ProbationViolationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProbationViolation'] = ResolversParentTypes['ProbationViolation']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  response?: Resolver<ResolversTypes['ProbationViolationResponse'], ParentType, ContextType>;
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
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  probation?: Resolver<Maybe<ResolversTypes['DisclosurePage']>, ParentType, ContextType, RequireFields<ViewerAccessProbationArgs, 'first'>>;
};

export type YouthResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Youth'] = ResolversParentTypes['Youth'], FederationReferenceType extends FederationReferenceTypes['Youth'] = FederationReferenceTypes['Youth']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Youth']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  probation?: Resolver<Maybe<ResolversTypes['ProbationRecord']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = SubgraphContext> = {
  Accounting?: AccountingResolvers<ContextType>;
  ChainAudit?: ChainAuditResolvers<ContextType>;
  ChainVerification?: ChainVerificationResolvers<ContextType>;
  Disclosure?: DisclosureResolvers<ContextType>;
  DisclosureBasis?: DisclosureBasisResolvers<ContextType>;
  DisclosurePage?: DisclosurePageResolvers<ContextType>;
  LogCheckpoint?: LogCheckpointResolvers<ContextType>;
  PrivacyAlert?: PrivacyAlertResolvers<ContextType>;
  PrivacyAlerts?: PrivacyAlertsResolvers<ContextType>;
  ProbationCitation?: ProbationCitationResolvers<ContextType>;
  ProbationCondition?: ProbationConditionResolvers<ContextType>;
  ProbationCsecIdentification?: ProbationCsecIdentificationResolvers<ContextType>;
  ProbationCsecScreening?: ProbationCsecScreeningResolvers<ContextType>;
  ProbationDelinquencyCase?: ProbationDelinquencyCaseResolvers<ContextType>;
  ProbationDetentionEpisode?: ProbationDetentionEpisodeResolvers<ContextType>;
  ProbationMissingNow?: ProbationMissingNowResolvers<ContextType>;
  ProbationOfficer?: ProbationOfficerResolvers<ContextType>;
  ProbationRecord?: ProbationRecordResolvers<ContextType>;
  ProbationReportingClock?: ProbationReportingClockResolvers<ContextType>;
  ProbationRunawayEpisode?: ProbationRunawayEpisodeResolvers<ContextType>;
  ProbationSupervision?: ProbationSupervisionResolvers<ContextType>;
  ProbationTimeline?: ProbationTimelineResolvers<ContextType>;
  ProbationViolation?: ProbationViolationResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  ViewerAccess?: ViewerAccessResolvers<ContextType>;
  Youth?: YouthResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = SubgraphContext> = {
  sensitive?: SensitiveDirectiveResolver<any, any, ContextType>;
};
