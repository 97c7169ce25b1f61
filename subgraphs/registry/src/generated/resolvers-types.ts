import type { GraphQLResolveInfo } from 'graphql';
import type { AccountingParent, ChainAuditParent, ViewerAccessParent, PrivacyAlertsParent, YouthParent, TeamMemberParent, MdtNoteParent, ActionItemParent, MdtMeetingParent, MdtAgendaEntryParent, MdtInviteeParent, YouthConnectionParent, EmergencyGrantConnectionParent } from '../mappers.ts';
import type { PrivacyAlert as KitPrivacyAlert, DisclosurePage as KitDisclosurePage, SubgraphContext } from '@hub/subgraph-kit';
import type { MdtNoteRow, MdtPersonRow, ConsentRow, ServiceNeedRow, EmergencyGrantRow } from '../db/schema.ts';
import type { ReferralWithDecision } from '../db/referrals.ts';
import type { TeamEnd as TeamEndRow, Restriction } from '../db/team-consent.ts';
import type { CourtOrderWithEnd } from '../db/court-orders.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
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

export type AccessDecision = {
  __typename?: 'AccessDecision';
  agency: Agency;
  allowed: Scalars['Boolean']['output'];
  category: DataCategory;
  legalBasis: Scalars['String']['output'];
  reason?: Maybe<DenialReason>;
  /**
   * Set when a limited cell decided (docs/domain.md, Limited cells): the only schema coordinates of the
   * category released (\`Type.field\`); the rest of the category is withheld (NEVER_SHARED). Null: the
   * whole category as \`allowed\` says.
   */
  releasedFields?: Maybe<Array<Scalars['String']['output']>>;
  ruleId: Scalars['String']['output'];
};

/**
 * The accounting of disclosures for one youth. The id carries the filters to every agency; each
 * agency adds its own part, from its own log, under a field named for it.
 */
export type Accounting = {
  __typename?: 'Accounting';
  access?: Maybe<Array<DisclosureAccess>>;
  categories?: Maybe<Array<DataCategory>>;
  from?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  outcome?: Maybe<DisclosureOutcome>;
  own: OwnAccess;
  /** The registry's own part: reads of identity, team, consents and plans. */
  registry?: Maybe<DisclosurePage>;
  statement: Scalars['Boolean']['output'];
  to?: Maybe<Scalars['String']['output']>;
  /**
   * Parts of requests that an agency released (its own rows say so) but the viewer never received:
   * the gateway gave up on that agency (no answer in time, a broken answer) and reported it. Match
   * them to the agencies' rows by request id and agency. Newest first; at most \`first\` (<= 200).
   * Whose: as the agencies' rows (a privacy officer under AUDIT every viewer's, anyone else their own).
   */
  undelivered: Array<UndeliveredPart>;
  viewerSub?: Maybe<Scalars['String']['output']>;
  youthId: Scalars['ID']['output'];
};


/**
 * The accounting of disclosures for one youth. The id carries the filters to every agency; each
 * agency adds its own part, from its own log, under a field named for it.
 */
export type AccountingRegistryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The accounting of disclosures for one youth. The id carries the filters to every agency; each
 * agency adds its own part, from its own log, under a field named for it.
 */
export type AccountingUndeliveredArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A youth as a privacy officer finds them for an accounting request: no more identity than this. */
export type AccountingSubject = {
  __typename?: 'AccountingSubject';
  /** ISO date, to tell youths of the same name apart. */
  dateOfBirth: Scalars['String']['output'];
  /** Initials only. */
  initials: Scalars['String']['output'];
  /** What the search matched: NAME, LOCAL_ID or HUB_ID. */
  matchedBy: Scalars['String']['output'];
  youthId: Scalars['ID']['output'];
};

/** A recommendation of the MDT that became a task: its text is MDT_NOTES. */
export type ActionItem = {
  __typename?: 'ActionItem';
  createdAt: Scalars['String']['output'];
  createdBy: Scalars['String']['output'];
  dueOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  meetingId?: Maybe<Scalars['ID']['output']>;
  /** Open and due before today (the county's date). */
  overdue: Scalars['Boolean']['output'];
  ownerName: Scalars['String']['output'];
  ownerSub: Scalars['String']['output'];
  status: ActionItemStatus;
  statusChangedAt?: Maybe<Scalars['String']['output']>;
  statusChangedBy?: Maybe<Scalars['String']['output']>;
  /** The note of the last status change (why it was dropped). */
  statusNote?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  youthId: Scalars['ID']['output'];
};

export type ActionItemConnection = {
  __typename?: 'ActionItemConnection';
  edges: Array<ActionItemEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActionItemEdge = {
  __typename?: 'ActionItemEdge';
  cursor: Scalars['String']['output'];
  /** Null when the item's category is denied. */
  node?: Maybe<ActionItem>;
};

export type ActionItemStatus =
  | 'DONE'
  | 'DROPPED'
  | 'OPEN';

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

/** A privacy officer's finding on an alert, kept once, append-only. */
export type AlertFinding = {
  __typename?: 'AlertFinding';
  agency: Agency;
  alertId: Scalars['ID']['output'];
  /** ISO 8601. */
  closedAt: Scalars['String']['output'];
  closedBy: Scalars['String']['output'];
  closedByName?: Maybe<Scalars['String']['output']>;
  day: Scalars['String']['output'];
  finding: PrivacyAlertFinding;
  kind: PrivacyAlertKind;
  note: Scalars['String']['output'];
  /** The viewer's sub, or the emergency grant's id. */
  subject: Scalars['String']['output'];
};

/** An amendment's terms: the youth is the amended order's. */
export type AmendCourtOrderInput = {
  agency: Agency;
  caseNumber: Scalars['String']['input'];
  categories: Array<DataCategory>;
  court: Scalars['String']['input'];
  effectiveFrom: Scalars['String']['input'];
  effectiveTo: Scalars['String']['input'];
  orderReference: Scalars['String']['input'];
  purposes: Array<PurposeOfUse>;
};

/** One subgraph's disclosure-log chain as the registry last recorded it; the seq and hashes are null before its first checkpoint. */
export type AuditChainStatus = {
  __typename?: 'AuditChainStatus';
  /** Seconds since checkpointedAt. */
  ageSeconds?: Maybe<Scalars['Int']['output']>;
  agency: Agency;
  /** When the registry received the checkpoint (ISO 8601). */
  checkpointedAt?: Maybe<Scalars['String']['output']>;
  headHash?: Maybe<Scalars['String']['output']>;
  /** When the head row was written (ISO 8601). */
  rowAt?: Maybe<Scalars['String']['output']>;
  seq?: Maybe<Scalars['Int']['output']>;
  subgraph: Scalars['String']['output'];
};

/** Which part of the caseload: all of it, the youths whose MDT you are on, or those your agency serves whose MDT you are not on. */
export type CaseloadScope =
  | 'ALL'
  | 'MY_AGENCY_SERVES'
  | 'ON_MY_TEAM';

/** The live verification of the disclosure logs: the registry's latest checkpoints, and each agency's verdict under its own field. */
export type ChainAudit = {
  __typename?: 'ChainAudit';
  /** The latest checkpoint of each agency's log. */
  checkpoints: Array<LogCheckpoint>;
  id: Scalars['ID']['output'];
  /** The registry's own log. */
  registry?: Maybe<ChainVerification>;
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

/** A youth's consent: who gave it, what it opens, to whom, for what, and when. */
export type Consent = {
  __typename?: 'Consent';
  categories: Array<DataCategory>;
  effectiveFrom: Scalars['String']['output'];
  effectiveTo?: Maybe<Scalars['String']['output']>;
  /**
   * The consent as a FHIR R4 Consent resource (JSON text), the youth named only by their identifier
   * at forAgency: your own agency (the default) or HUB (the hub's youth id, also used where your
   * agency holds no number for the youth).
   */
  fhir?: Maybe<Scalars['String']['output']>;
  formReference: Scalars['String']['output'];
  grantor: ConsentGrantor;
  id: Scalars['ID']['output'];
  /** Why the consent no longer applies (revoked, expired, or ended with the team), in words; null while it applies. */
  noLongerApplies?: Maybe<Scalars['String']['output']>;
  purposes: Array<PurposeOfUse>;
  recipientAgencies: Array<Agency>;
  recordedAt: Scalars['String']['output'];
  recordedBy: Scalars['String']['output'];
  revokeReason?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['String']['output']>;
  revokedBy?: Maybe<Scalars['String']['output']>;
  status: ConsentStatus;
  /** Given within the youth's MDT/CFT: it holds only while the youth takes part in the team (WIC 832(b)(4)). */
  withinTeam: Scalars['Boolean']['output'];
};


/** A youth's consent: who gave it, what it opens, to whom, for what, and when. */
export type ConsentFhirArgs = {
  forAgency?: InputMaybe<Agency>;
};

export type ConsentGrantor =
  | 'ATTORNEY'
  | 'GUARDIAN'
  | 'YOUTH';

/** A restriction the youth asked for (42 CFR 2.26): kept as recorded; lifting it is recorded beside it. */
export type ConsentRestriction = {
  __typename?: 'ConsentRestriction';
  /** Not lifted: consents do not open what it names. */
  active: Scalars['Boolean']['output'];
  categories: Array<DataCategory>;
  id: Scalars['ID']['output'];
  liftReason?: Maybe<Scalars['String']['output']>;
  liftedAt?: Maybe<Scalars['String']['output']>;
  liftedBy?: Maybe<Scalars['String']['output']>;
  reason: Scalars['String']['output'];
  recipientAgencies: Array<Agency>;
  recordedAt: Scalars['String']['output'];
  recordedBy: Scalars['String']['output'];
};

export type ConsentStatus =
  | 'ACTIVE'
  /** Given within the youth's MDT, which has since closed or which the youth has left (WIC 832(b)(4)). */
  | 'ENDED_WITH_TEAM'
  | 'EXPIRED'
  | 'REVOKED';

/** A court order as recorded: kept, never changed in place; its end (if any) is recorded beside it. */
export type CourtOrder = {
  __typename?: 'CourtOrder';
  agency: Agency;
  caseNumber: Scalars['String']['output'];
  categories: Array<DataCategory>;
  court?: Maybe<Scalars['String']['output']>;
  effectiveFrom: Scalars['String']['output'];
  effectiveTo?: Maybe<Scalars['String']['output']>;
  endReason?: Maybe<Scalars['String']['output']>;
  endedAt?: Maybe<Scalars['String']['output']>;
  endedBy?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  orderReference?: Maybe<Scalars['String']['output']>;
  purposes: Array<PurposeOfUse>;
  recordedAt?: Maybe<Scalars['String']['output']>;
  recordedBy?: Maybe<Scalars['String']['output']>;
  status: CourtOrderStatus;
  /** The amendment that superseded this order */
  supersededBy?: Maybe<Scalars['ID']['output']>;
  /** The order this one amends */
  supersedes?: Maybe<Scalars['ID']['output']>;
  youthId: Scalars['ID']['output'];
};

export type CourtOrderStatus =
  /** In effect, or not yet in effect */
  | 'ACTIVE'
  /** Ended early by the coordinator */
  | 'ENDED'
  /** Past its end date */
  | 'EXPIRED'
  /** Ended by an amendment that supersedes it */
  | 'SUPERSEDED';

export type CreateActionItemInput = {
  /** A county date (YYYY-MM-DD), today or later. */
  dueOn: Scalars['String']['input'];
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** The owner: a member of the youth's team today. */
  ownerSub: Scalars['ID']['input'];
  /** What is to be done (1 to 2000 characters). */
  text: Scalars['String']['input'];
  youthId: Scalars['ID']['input'];
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

export type DenialReason =
  | 'CONSENT_REQUIRED'
  | 'COURT_ORDER_REQUIRED'
  | 'NEVER_SHARED'
  | 'NOT_ON_TEAM'
  | 'PURPOSE_NOT_PERMITTED';

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

/**
 * Emergency (break-glass) access to one youth: who asked, why, for how long, and the privacy
 * officers' review. Access metadata, not a record of the youth: it is reached only through root
 * fields that authorize themselves (the requester's own grant; privacy officers with AUDIT).
 */
export type EmergencyGrant = {
  __typename?: 'EmergencyGrant';
  /** Granted, not yet expired and not ended. */
  active: Scalars['Boolean']['output'];
  /** When the grant was ended before it ran out, if it was (ISO 8601). */
  endedAt?: Maybe<Scalars['String']['output']>;
  /** Who ended it: the requester or a privacy officer (their sub). */
  endedBy?: Maybe<Scalars['String']['output']>;
  /** Why it was ended. */
  endedReason?: Maybe<Scalars['String']['output']>;
  /** The grant opens nothing from this instant on. */
  expiresAt: Scalars['String']['output'];
  finding?: Maybe<EmergencyReviewFinding>;
  grantedAt: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Why access was needed, in the requester's words. */
  reason: Scalars['String']['output'];
  requestedBy: EmergencyRequester;
  reviewNote?: Maybe<Scalars['String']['output']>;
  reviewStatus: EmergencyReviewStatus;
  reviewedAt?: Maybe<Scalars['String']['output']>;
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** The youth as a privacy officer under AUDIT may see them (initials and date of birth); null for anyone else. */
  subject?: Maybe<GrantSubject>;
  youthId: Scalars['ID']['output'];
};

export type EmergencyGrantConnection = {
  __typename?: 'EmergencyGrantConnection';
  edges: Array<EmergencyGrantEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EmergencyGrantEdge = {
  __typename?: 'EmergencyGrantEdge';
  cursor: Scalars['String']['output'];
  node: EmergencyGrant;
};

/** Who asked for emergency access, as their token said at the time. */
export type EmergencyRequester = {
  __typename?: 'EmergencyRequester';
  agency: Agency;
  name: Scalars['String']['output'];
  role: Role;
  sub: Scalars['ID']['output'];
};

export type EmergencyReviewFinding =
  | 'JUSTIFIED'
  | 'NEEDS_FOLLOW_UP'
  | 'NOT_JUSTIFIED';

export type EmergencyReviewStatus =
  | 'CLOSED'
  | 'OPEN';

/** The youth of an emergency grant, as the policy's oversight rule lets a privacy officer see them. */
export type GrantSubject = {
  __typename?: 'GrantSubject';
  /** ISO date. */
  dateOfBirth: Scalars['String']['output'];
  /** Initials only. */
  initials: Scalars['String']['output'];
  youthId: Scalars['ID']['output'];
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

/** One youth's slot on an agenda: the slot, and what the team reviews, decided as MDT_NOTES for the youth. */
export type MdtAgendaEntry = {
  __typename?: 'MdtAgendaEntry';
  meetingId: Scalars['ID']['output'];
  minutes: Scalars['Int']['output'];
  /** The notes recorded at this meeting for this youth, newest first. */
  notes?: Maybe<Array<MdtNote>>;
  /** The youth's open action items (the meeting reviews them), by due date. */
  openActionItems?: Maybe<Array<ActionItem>>;
  /** The youth's previous meeting's start (ISO 8601) before this one: the brief's 'since'. */
  previousMeetingAt?: Maybe<Scalars['String']['output']>;
  /** ISO 8601 instant. */
  startsAt: Scalars['String']['output'];
  /** The slot's start in the county's zone (YYYY-MM-DDTHH:MM). */
  startsAtLocal: Scalars['String']['output'];
  /** The youth (each of its fields decided by its owner, as anywhere). */
  youth: Youth;
};

export type MdtAgendaSlotInput = {
  /** 5 to 240 (60 when absent: one hour per youth). */
  minutes?: InputMaybe<Scalars['Int']['input']>;
  /** The slot's start, a county date and time (YYYY-MM-DDTHH:MM), at or after the meeting's start. */
  startsAt: Scalars['String']['input'];
  youthId: Scalars['ID']['input'];
};

/** A person of the MDT member directory: who they are, nothing of their teams or youths. */
export type MdtDirectoryPerson = {
  __typename?: 'MdtDirectoryPerson';
  agency: Agency;
  name: Scalars['String']['output'];
  role: Role;
  /** Their user id: what addTeamMember takes. */
  sub: Scalars['ID']['output'];
};

/** An invited member. notShownYouthIds is the coordinator's only (null for anyone else). */
export type MdtInvitee = {
  __typename?: 'MdtInvitee';
  agency: Agency;
  name: Scalars['String']['output'];
  notShownYouthIds?: Maybe<Array<Scalars['ID']['output']>>;
  role: Role;
  sub: Scalars['ID']['output'];
};

/** A meeting as you may see it: access metadata (when, what kind, who); the youths on it are MDT_NOTES. */
export type MdtMeeting = {
  __typename?: 'MdtMeeting';
  /** The youths on the agenda you are shown, by slot. */
  agenda: Array<MdtAgendaEntry>;
  /** Who attended, as last recorded; null until recorded. */
  attendance?: Maybe<Array<MdtInvitee>>;
  attendanceRecordedAt?: Maybe<Scalars['String']['output']>;
  attendanceRecordedBy?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** You are invited. */
  invited: Scalars['Boolean']['output'];
  /** Who was invited. */
  invitees: Array<MdtInvitee>;
  kind: MdtMeetingKind;
  /**
   * How many youths on the agenda you are not shown: the coordinator's only (the MDT coordinator of a
   * youth on the agenda, rule roster.coordinator), null for anyone else, so an invitee does not learn
   * that other youths, and so other teams, are on the meeting.
   */
  notShownCount?: Maybe<Scalars['Int']['output']>;
  scheduledAt: Scalars['String']['output'];
  scheduledBy: Scalars['String']['output'];
  scheduledByName: Scalars['String']['output'];
  /** ISO 8601 instant. */
  startsAt: Scalars['String']['output'];
  /** The start in the county's zone (YYYY-MM-DDTHH:MM). */
  startsAtLocal: Scalars['String']['output'];
  trigger?: Maybe<MdtUrgentTrigger>;
  triggeredAt?: Maybe<Scalars['String']['output']>;
};

export type MdtMeetingKind =
  /** The team's regular monthly meeting. */
  | 'MONTHLY'
  /** An urgent meeting, within 72 hours after its trigger. */
  | 'URGENT';

/** A note of the MDT's discussion of a youth: confidential (WIC 830), amended, never edited. */
export type MdtNote = {
  __typename?: 'MdtNote';
  /** Oldest first. */
  amendments: Array<MdtNoteAmendment>;
  authorName: Scalars['String']['output'];
  authorSub: Scalars['String']['output'];
  /** The line every display and print of the note carries. */
  confidentiality: Scalars['String']['output'];
  /** The text as last amended (the original text when never amended). */
  currentText: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  meetingId?: Maybe<Scalars['ID']['output']>;
  recordedAt: Scalars['String']['output'];
  /** The text as first recorded. */
  text: Scalars['String']['output'];
  youthId: Scalars['ID']['output'];
};

export type MdtNoteAmendment = {
  __typename?: 'MdtNoteAmendment';
  amendedAt: Scalars['String']['output'];
  amendedByName: Scalars['String']['output'];
  amendedBySub: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type MdtNoteConnection = {
  __typename?: 'MdtNoteConnection';
  edges: Array<MdtNoteEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MdtNoteEdge = {
  __typename?: 'MdtNoteEdge';
  cursor: Scalars['String']['output'];
  /** Null when the note's category is denied (never, on a page the category released). */
  node?: Maybe<MdtNote>;
};

/** A referral to the county's CSEC MDT, as submitted, with the coordinator's decision. All of it is CSEC_INDICATORS: that a youth was referred to a CSEC MDT is itself an indicator. */
export type MdtReferral = {
  __typename?: 'MdtReferral';
  dateOfBirth?: Maybe<Scalars['String']['output']>;
  decidedAt?: Maybe<Scalars['String']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  /** Why the coordinator accepted or declined it. */
  decisionReason?: Maybe<Scalars['String']['output']>;
  familyName?: Maybe<Scalars['String']['output']>;
  givenName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  indicators: Array<Scalars['String']['output']>;
  knownConsentsAndOrders?: Maybe<Scalars['String']['output']>;
  /** The referring agency's local id, for a youth not in the registry when referred. */
  localId?: Maybe<Scalars['String']['output']>;
  reasons: Scalars['String']['output'];
  referredByName: Scalars['String']['output'];
  referredByRole: Role;
  referredBySub: Scalars['String']['output'];
  referringAgency: Agency;
  safetyConcerns: Scalars['String']['output'];
  status: MdtReferralStatus;
  submittedAt: Scalars['String']['output'];
  urgency: MdtReferralUrgency;
  urgencyReason?: Maybe<Scalars['String']['output']>;
  /** The youth: named at submission, or registered or linked on acceptance. */
  youthId?: Maybe<Scalars['ID']['output']>;
};

export type MdtReferralDecision =
  | 'ACCEPTED'
  | 'DECLINED';

export type MdtReferralStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'OPEN';

export type MdtReferralUrgency =
  /** The next monthly meeting */
  | 'ROUTINE'
  /** Within 72 hours (a runaway return, a new identification, a safety concern): say why */
  | 'URGENT';

/** What an urgent meeting answers to. */
export type MdtUrgentTrigger =
  | 'NEW_IDENTIFICATION'
  | 'PLACEMENT_DISRUPTION'
  | 'RUNAWAY_RETURN'
  | 'SAFETY_THREAT';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * The youth's MDT coordinator adds a person of the MDT member directory (memberSub) to the youth's
   * team from today (the county's date), saying why (1 to 1000 characters). The member's "M" cells
   * open in every agency on their very next request. A youth off your teams answers as a missing one.
   */
  addTeamMember: TeamMember;
  /**
   * Amend a court order: the amendment is recorded as a new order (same youth) that supersedes the
   * old one, and the old one ends now, with the reason. Returns the new order.
   */
  amendCourtOrder: CourtOrder;
  /** A member of the youth's MDT amends a note, saying why; the original and every amendment are kept. */
  amendMdtNote: MdtNote;
  /** Privacy officers, purpose AUDIT: close an emergency grant's review with a finding and a note. A review closes once. NOT_JUSTIFIED also ends the grant if it is still in effect. */
  closeEmergencyReview: EmergencyGrant;
  /** Privacy officers, purpose AUDIT: close a privacy alert with a finding and a note (1 to 2000 characters). An alert closes once; the finding is kept, with who and when. */
  closePrivacyAlert: AlertFinding;
  /** A member of the youth's MDT records an action item: what, whose (a member of the team today), due when (today or later). */
  createActionItem: ActionItem;
  /**
   * The MDT coordinator accepts or declines an open referral, saying why (1 to 2000 characters).
   * ACCEPTED registers a youth not yet in the registry (or, with `youthId`, links the referring
   * agency's local id to that youth in the crosswalk) and opens the youth's team with the coordinator
   * and the referrer on it, through dated memberships. DECLINED: the referrer sees the reason.
   */
  decideMdtReferral: MdtReferral;
  /** End a court order now, saying why (1 to 2000 characters). Kept as recorded; the next request is decided without it. */
  endCourtOrder: CourtOrder;
  /** End an emergency grant now, saying why (1 to 2000 characters): its requester, or a privacy officer with purpose AUDIT. The very next request under it is refused in every agency. A grant ends once; one that ran out cannot be ended. */
  endEmergencyGrant: EmergencyGrant;
  /**
   * The youth's MDT coordinator ends a membership from today, saying why (1 to 1000 characters). The
   * membership is kept, ended; it opens nothing from the member's very next request, in any agency.
   */
  endTeamMembership: TeamMember;
  /**
   * The youth's MDT coordinator ends the youth's team: the team closed, or the youth left it, saying
   * why (1 to 1000 characters). Every open membership ends today, and every consent given within the
   * team stops applying on the very next request in every agency (WIC 832(b)(4)).
   */
  endYouthTeam: TeamEnd;
  /** Lift a restriction, saying why; consents open again on the very next request. */
  liftRestriction: ConsentRestriction;
  /**
   * You opened this youth's summary: records the moment as your last look (per viewer and youth, in
   * the registry) and returns the look before it, from which the summary's "since you last looked"
   * asks each agency's timeline(since:). Null when the youth does not exist or you have no link to
   * them (the same answer, as for youth(id)). Releases nothing of the youth's record.
   */
  markYouthSeen?: Maybe<YouthLook>;
  /**
   * The coordinator records who attended (invited members, or the coordinator), from the meeting's
   * county date on. A new recording replaces the last one; every recording is kept.
   */
  recordAttendance: MdtMeeting;
  /** Record a youth's consent to share categories with agencies. The youth's social worker, MDT coordinator or attorney only. */
  recordConsent: Consent;
  /**
   * Record a consent from a FHIR R4 Consent resource (JSON text): the same authority, rules and
   * disclosure log as recordConsent. The patient is the youth's identifier at your agency, or the
   * hub's youth id; an identifier the registry cannot resolve to a youth whose consents you manage
   * answers as an unknown youth does.
   */
  recordConsentFromFhir: Consent;
  /**
   * Record a juvenile court's order opening categories of a youth's records to one agency (WIC 827,
   * a granted JV-570 petition). The MDT coordinator on the youth's team only. It opens its cells on
   * the next request in every agency, and each release under it names the order in the accounting.
   */
  recordCourtOrder: CourtOrder;
  /**
   * A member of the youth's MDT records a note of the team's discussion (1 to 10000 characters),
   * optionally naming the meeting. Notes are never edited: amend one with amendMdtNote.
   */
  recordMdtNote: MdtNote;
  /**
   * Record a restriction the youth asked for (42 CFR 2.26; 45 CFR 164.522(a)): while it holds, no
   * consent opens these categories to these agencies (none named: to any agency). Who records consents
   * records it. Releases that need no consent (the treating program's own use, a court order, an
   * emergency grant) are not disclosures it restricts.
   */
  recordRestriction: ConsentRestriction;
  /** Break-glass: a member of the youth's MDT asks for emergency access, giving the reason (20 to 2000 characters). The grant is time-limited, opens only the emergency categories and only with the EMERGENCY purpose, and goes to the privacy officers' review queue. Refused while the viewer already holds one for this youth. */
  requestEmergencyAccess: EmergencyGrant;
  /** Revoke a consent; the very next request is decided without it. */
  revokeConsent: Consent;
  /**
   * The MDT coordinator, on the team of every youth on the agenda, schedules a meeting. BAD_USER_INPUT
   * names the field at fault (a start in the past, an urgent meeting without its trigger or later than
   * 72 hours after it, an unknown or repeated youth or member, overlapping slots...).
   */
  scheduleMdtMeeting: MdtMeeting;
  /**
   * Refer a youth to the county's CSEC MDT coordinator: a member of an agency that serves the youth
   * (`youthId`), or, for a youth not yet in the registry, your agency's own local id with the youth's
   * names and date of birth. The reasons and indicators are CSEC_INDICATORS.
   */
  submitMdtReferral: MdtReferral;
  /** The item's owner or the youth's MDT coordinator changes its status; DROPPED needs a note saying why. */
  updateActionItem: ActionItem;
};


export type MutationAddTeamMemberArgs = {
  memberSub: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  youthId: Scalars['ID']['input'];
};


export type MutationAmendCourtOrderArgs = {
  id: Scalars['ID']['input'];
  input: AmendCourtOrderInput;
  reason: Scalars['String']['input'];
};


export type MutationAmendMdtNoteArgs = {
  noteId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  text: Scalars['String']['input'];
};


export type MutationCloseEmergencyReviewArgs = {
  finding: EmergencyReviewFinding;
  grantId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationClosePrivacyAlertArgs = {
  alertId: Scalars['ID']['input'];
  finding: PrivacyAlertFinding;
  note: Scalars['String']['input'];
};


export type MutationCreateActionItemArgs = {
  input: CreateActionItemInput;
};


export type MutationDecideMdtReferralArgs = {
  decision: MdtReferralDecision;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  youthId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationEndCourtOrderArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationEndEmergencyGrantArgs = {
  grantId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationEndTeamMembershipArgs = {
  membershipId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationEndYouthTeamArgs = {
  how: TeamEndKind;
  reason: Scalars['String']['input'];
  youthId: Scalars['ID']['input'];
};


export type MutationLiftRestrictionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationMarkYouthSeenArgs = {
  youthId: Scalars['ID']['input'];
};


export type MutationRecordAttendanceArgs = {
  attendees: Array<Scalars['ID']['input']>;
  meetingId: Scalars['ID']['input'];
};


export type MutationRecordConsentArgs = {
  input: RecordConsentInput;
};


export type MutationRecordConsentFromFhirArgs = {
  resource: Scalars['String']['input'];
};


export type MutationRecordCourtOrderArgs = {
  input: RecordCourtOrderInput;
};


export type MutationRecordMdtNoteArgs = {
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
  youthId: Scalars['ID']['input'];
};


export type MutationRecordRestrictionArgs = {
  input: RecordRestrictionInput;
};


export type MutationRequestEmergencyAccessArgs = {
  reason: Scalars['String']['input'];
  youthId: Scalars['ID']['input'];
};


export type MutationRevokeConsentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationScheduleMdtMeetingArgs = {
  input: ScheduleMdtMeetingInput;
};


export type MutationSubmitMdtReferralArgs = {
  input: SubmitMdtReferralInput;
};


export type MutationUpdateActionItemArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  status: ActionItemStatus;
};

/** The caller's own rows of the accounting: with the others, left out, or alone. */
export type OwnAccess =
  | 'EXCLUDE'
  | 'INCLUDE'
  | 'ONLY';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** The decisions that change between the running policy and a proposed one (policy:diff). */
export type PolicyDiff = {
  __typename?: 'PolicyDiff';
  changes: Array<PolicyDiffChange>;
  /** The running policy's version hash. */
  fromVersion: Scalars['String']['output'];
  /** Points of the attribute space decided under both. */
  points: Scalars['Int']['output'];
  /** The report as the command prints it, line by line. */
  text: Array<Scalars['String']['output']>;
  /** The proposed rules' version hash. */
  toVersion: Scalars['String']['output'];
};

/** One point whose decision changes. */
export type PolicyDiffChange = {
  __typename?: 'PolicyDiffChange';
  after: Scalars['String']['output'];
  before: Scalars['String']['output'];
  /** READ (a category of records) or ACTION (a hub action). */
  kind: Scalars['String']['output'];
  /** The point in words: role, agency, category, owner, purpose, team, consent, order, grant. */
  point: Scalars['String']['output'];
};

/** The policy read back as a table: one row per data category, one cell per role. */
export type PolicyMatrix = {
  __typename?: 'PolicyMatrix';
  /** What an active emergency grant opens, with the EMERGENCY purpose. */
  emergencyOpens: Array<DataCategory>;
  /** The policy version hash every disclosure record carries. */
  policyVersion: Scalars['String']['output'];
  roles: Array<Role>;
  rows: Array<PolicyMatrixRow>;
  /** The text and legal basis of every rule a cell cites. */
  rules: Array<PolicyRuleText>;
};

/**
 * One role's access to one category of another agency's record. kind: A (the agency serves the
 * youth or on the team), M (on the team), A|C, M+C, C|O, C, O, N (never), ? (none of these).
 */
export type PolicyMatrixCell = {
  __typename?: 'PolicyMatrixCell';
  /** The deciding rule is inferred (no statute read settles it). */
  inferred: Scalars['Boolean']['output'];
  kind: Scalars['String']['output'];
  role: Role;
  /** The rule that decides the cell (its text in PolicyMatrix.rules). */
  ruleId: Scalars['String']['output'];
};

export type PolicyMatrixRow = {
  __typename?: 'PolicyMatrixRow';
  category: DataCategory;
  /** In the order of PolicyMatrix.roles. */
  cells: Array<PolicyMatrixCell>;
};

/** One rule of the policy, in words. */
export type PolicyRuleText = {
  __typename?: 'PolicyRuleText';
  description: Scalars['String']['output'];
  id: Scalars['String']['output'];
  /** No statute read settles it. */
  inferred: Scalars['Boolean']['output'];
  legalBasis: Scalars['String']['output'];
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

/** What a privacy officer found on an alert. */
export type PrivacyAlertFinding =
  /** Neither could be established */
  | 'INCONCLUSIVE'
  /** An explained, legitimate use */
  | 'LEGITIMATE'
  /** Misuse: a violation, taken up outside the hub */
  | 'MISUSE';

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
 * The privacy alerts of a period (privacyAlerts): each agency adds its own, computed from its own
 * log, under a field named for it; the registry keeps the findings.
 */
export type PrivacyAlerts = {
  __typename?: 'PrivacyAlerts';
  /** The findings kept on the period's alerts (by the alert's day). */
  findings: Array<AlertFinding>;
  from: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The registry's own alerts. */
  registry?: Maybe<Array<PrivacyAlert>>;
  to: Scalars['String']['output'];
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

export type Query = {
  __typename?: 'Query';
  /**
   * Who did what: one viewer's accesses across every youth, each agency's part from its own log
   * under its own field of ViewerAccess, newest first and paged per agency, decided as the
   * accounting is: a privacy officer with purpose AUDIT reads anyone's, anyone else only their own
   * (another viewer's read as none). Filters as the accounting's; `emergencyGrantId` keeps the rows
   * made under that grant. Each youth on a page is itself logged in that agency's accounting.
   */
  accessByViewer?: Maybe<ViewerAccess>;
  /** For you: per agency and category, whether you may see it and why. Releases no data. */
  accessExplanation: Array<AccessDecision>;
  /**
   * The accounting of disclosures for a youth (45 CFR 164.528): each agency's part comes from its
   * own log, under its own field of Accounting (select the agencies you want), newest first and
   * paged per agency. Privacy officers with purpose AUDIT see every access; anyone else sees only
   * their own. `from` and `to` are ISO dates (county days, inclusive) or date-times. `categories`
   * keeps rows that released or denied any of them (only released, or only denied, with `outcome`);
   * `access` keeps those access kinds; `own` lists the caller's own rows (a privacy officer's reads
   * of the accounting) apart: EXCLUDE leaves them out, ONLY shows them alone. The agency filter is
   * the choice of Accounting's fields. Every read of the accounting is itself logged.
   */
  accountingOfDisclosures?: Maybe<Accounting>;
  /**
   * Privacy officers, purpose AUDIT: find the youth an accounting is asked for, by name (given,
   * family, preferred or alias; part of it), by an agency's local id (exact) or by hub id. The policy
   * (rule oversight.privacy-officer) lets the officer see, for this only, the hub id, the initials
   * and the date of birth: enough to tell two youths of the same name apart, never the record. At
   * most 20 matches; each youth found is logged in the registry's accounting.
   */
  accountingSubjects: Array<AccountingSubject>;
  /** Privacy officers, purpose AUDIT: each subgraph's disclosure-log chain head as last checkpointed in the registry. */
  auditChainStatus: Array<AuditChainStatus>;
  /**
   * Privacy officers, purpose AUDIT: every agency's disclosure log verified now, each by its own
   * subgraph (select the agencies you want, as in Accounting), with the same code as
   * `npm run audit:verify`, against the latest checkpoint the registry holds for it.
   */
  auditChainVerification: ChainAudit;
  /** Privacy officers, purpose AUDIT: emergency grants to review, oldest first. A grant is in the queue from the moment it is granted. A null status lists every grant. */
  emergencyReviewQueue: EmergencyGrantConnection;
  /** One meeting, or null when it does not exist or you may not see it (the same answer). */
  mdtMeeting?: Maybe<MdtMeeting>;
  /**
   * The meetings you may see that start from the county date `from` through the county date `to`
   * (YYYY-MM-DD, both optional), oldest first, at most 500: a coordinator's, those with a youth of
   * their teams on the agenda; anyone else's, those they are invited to with a youth of their teams
   * on the agenda they are shown. The agenda lists only the youths you are shown.
   */
  mdtMeetings: Array<MdtMeeting>;
  /**
   * The MDT member directory: the people the county has designated who may join a youth's team, by
   * name, for the coordinator to pick a new member from (rule directory.coordinator; anyone else is
   * refused). Each is a name, role and agency, nothing of the youths they work with. search matches
   * the name, the user id or the role (case-insensitive); first is 1 to 500.
   */
  mdtMemberDirectory: Array<MdtDirectoryPerson>;
  /** One referral: for the coordinator any, for anyone else only their own; else null (the same answer as a referral that does not exist). */
  mdtReferral?: Maybe<MdtReferral>;
  /** The MDT coordinator's inbox: open referrals, urgent ones first, then oldest first (at most `first`, 1 to 200). */
  mdtReferralInbox: Array<MdtReferral>;
  /** The CSEC indicators a referral may name (docs/domain.md, Risk factors and indicators). */
  mdtReferralIndicators: Array<Scalars['String']['output']>;
  /** Who the verified token says you are. */
  me: Viewer;
  /** Your open action items on the teams you are on today: overdue first, then by due date (at most 100 a page). */
  myActionItems: ActionItemConnection;
  /** Your own emergency access to this youth while it is in effect (for a countdown), else null. */
  myEmergencyGrant?: Maybe<EmergencyGrant>;
  /** The referrals you submitted, newest first, with their status and, when declined, the reason (at most `first`, 1 to 200). */
  myMdtReferrals: Array<MdtReferral>;
  /**
   * Privacy officers, purpose AUDIT: what `npm run policy:diff -- default <rules>` prints, between the
   * running policy and a proposed rules file (its text: a JSON array of rules, as `policy:export`
   * writes it), computed by the policies package's own diff. Changes nothing.
   */
  policyDiff: PolicyDiff;
  /** Privacy officers, purpose AUDIT: the need-to-know matrix as the policy decides it, role by category, for sharing across agencies. */
  policyMatrix: PolicyMatrix;
  /**
   * Privacy officers, purpose AUDIT: the alerts of a period (ISO dates, county days, inclusive, at
   * most 92 days), each agency computing its own from its own log under its own field of
   * PrivacyAlerts, with the findings already kept. Alerts name viewers and days, never youths.
   */
  privacyAlerts?: Maybe<PrivacyAlerts>;
  /** Privacy officers, purpose AUDIT: what another viewer would be shown of this youth, per agency and category, and why, from the registry's facts for that viewer. Releases no record. */
  viewAs: Array<AccessDecision>;
  /** One youth, or null when the youth does not exist or you have no link to them (the same answer). */
  youth?: Maybe<Youth>;
  /**
   * Your caseload: youths whose team you are on, or whom your agency serves, by hub id, at most 100
   * a page. `scope` narrows it (CaseloadScope). `search` finds a youth by the name as you are shown
   * it (initials such as "S. C.", or the given, family or preferred name, only where you may see the
   * youth's identity), by the readable label ("Youth 187D" or "187D"), or by the local id your own
   * agency holds for the youth (exactly, in any case).
   */
  youths: YouthConnection;
};


export type QueryAccessByViewerArgs = {
  access?: InputMaybe<Array<DisclosureAccess>>;
  categories?: InputMaybe<Array<DataCategory>>;
  emergencyGrantId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<DisclosureOutcome>;
  to?: InputMaybe<Scalars['String']['input']>;
  viewerSub: Scalars['String']['input'];
};


export type QueryAccessExplanationArgs = {
  youthId: Scalars['ID']['input'];
};


export type QueryAccountingOfDisclosuresArgs = {
  access?: InputMaybe<Array<DisclosureAccess>>;
  categories?: InputMaybe<Array<DataCategory>>;
  from?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<DisclosureOutcome>;
  own?: InputMaybe<OwnAccess>;
  statement?: InputMaybe<Scalars['Boolean']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  viewerSub?: InputMaybe<Scalars['String']['input']>;
  youthId: Scalars['ID']['input'];
};


export type QueryAccountingSubjectsArgs = {
  search: Scalars['String']['input'];
};


export type QueryEmergencyReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EmergencyReviewStatus>;
};


export type QueryMdtMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMdtMeetingsArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMdtMemberDirectoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMdtReferralArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMdtReferralInboxArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyActionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyEmergencyGrantArgs = {
  youthId: Scalars['ID']['input'];
};


export type QueryMyMdtReferralsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPolicyDiffArgs = {
  rules: Scalars['String']['input'];
};


export type QueryPrivacyAlertsArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryViewAsArgs = {
  as: ViewAsInput;
  youthId: Scalars['ID']['input'];
};


export type QueryYouthArgs = {
  id: Scalars['ID']['input'];
};


export type QueryYouthsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<CaseloadScope>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type RecordConsentInput = {
  categories: Array<DataCategory>;
  /** ISO 8601 date or date-time */
  effectiveFrom: Scalars['String']['input'];
  /** ISO 8601; open-ended when absent */
  effectiveTo?: InputMaybe<Scalars['String']['input']>;
  /** The reference of the signed form kept on file */
  formReference: Scalars['String']['input'];
  grantor: ConsentGrantor;
  purposes: Array<PurposeOfUse>;
  recipientAgencies: Array<Agency>;
  /**
   * Given within the youth's MDT/CFT (WIC 832(b)(4)): it holds only while the youth takes part in the
   * team, and stops applying when the team is closed or the youth leaves it. The youth must have a team.
   */
  withinTeam?: InputMaybe<Scalars['Boolean']['input']>;
  youthId: Scalars['ID']['input'];
};

/** The terms of a court order: what it opens, to whom, for what, and when. */
export type RecordCourtOrderInput = {
  /** The agency it opens them to */
  agency: Agency;
  /** The court's case number, e.g. JV-2026-0100 */
  caseNumber: Scalars['String']['input'];
  /** The categories it opens; never ATTORNEY_CLIENT or PSYCHOTHERAPY_NOTES */
  categories: Array<DataCategory>;
  /** The issuing court, e.g. Superior Court of California, County of Santa Clara, Juvenile Division */
  court: Scalars['String']['input'];
  /** ISO 8601 date (county day, from its start) or date-time */
  effectiveFrom: Scalars['String']['input'];
  /** ISO 8601 date (the last day in effect, inclusive) or date-time; required */
  effectiveTo: Scalars['String']['input'];
  /** The order itself, e.g. JV-570 petition granted */
  orderReference: Scalars['String']['input'];
  /** The purposes it opens them for; empty means any the role may use */
  purposes: Array<PurposeOfUse>;
  youthId: Scalars['ID']['input'];
};

export type RecordRestrictionInput = {
  categories: Array<DataCategory>;
  /** What the youth asked for (1 to 1000 characters). */
  reason: Scalars['String']['input'];
  /** The agencies no consent may open them to; empty means every agency. */
  recipientAgencies: Array<Agency>;
  youthId: Scalars['ID']['input'];
};

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

export type ScheduleMdtMeetingInput = {
  /** 1 to 12 youths, each with its slot; slots do not overlap. */
  agenda: Array<MdtAgendaSlotInput>;
  /** 1 to 50 members of the MDT member directory, each on the team of at least one youth on the agenda. */
  invitees: Array<Scalars['ID']['input']>;
  kind: MdtMeetingKind;
  /** A county date and time (YYYY-MM-DDTHH:MM) in the future. */
  startsAt: Scalars['String']['input'];
  /** URGENT only: what happened. */
  trigger?: InputMaybe<MdtUrgentTrigger>;
  /** URGENT only: when it happened, a county date and time (YYYY-MM-DDTHH:MM), not in the future, at most 72 hours before the start. */
  triggeredAt?: InputMaybe<Scalars['String']['input']>;
};

export type ServiceDomain =
  | 'EDUCATION'
  | 'EMPLOYMENT'
  | 'HOUSING'
  | 'LEGAL'
  | 'LIFE_SKILLS'
  | 'MENTORING';

export type ServiceNeed = {
  __typename?: 'ServiceNeed';
  domain: ServiceDomain;
  id: Scalars['ID']['output'];
  /** The day the MDT identified the need (ISO date). */
  identifiedOn: Scalars['String']['output'];
  /** Who provides the service, once referred. */
  provider?: Maybe<Scalars['String']['output']>;
  /** The day the youth began receiving it (ISO date). */
  startedOn?: Maybe<Scalars['String']['output']>;
  status: ServiceStatus;
  youthId: Scalars['ID']['output'];
};

/** The MDT's service plan for a youth: each need identified and whether the service is received. */
export type ServicePlan = {
  __typename?: 'ServicePlan';
  /** Oldest first. */
  needs: Array<ServiceNeed>;
  youthId: Scalars['ID']['output'];
};

/** Identified: not yet acted on; referred: not yet received; receiving and completed: received. */
export type ServiceStatus =
  | 'COMPLETED'
  | 'IDENTIFIED'
  | 'RECEIVING'
  | 'REFERRED';

export type SubmitMdtReferralInput = {
  /** With localId: the youth's date of birth (YYYY-MM-DD). */
  dateOfBirth?: InputMaybe<Scalars['String']['input']>;
  /** With localId: the youth's family name. */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** With localId: the youth's given name. */
  givenName?: InputMaybe<Scalars['String']['input']>;
  /** The CSEC indicators you observed, from mdtReferralIndicators. */
  indicators: Array<Scalars['String']['input']>;
  /** Consents or court orders you know of (up to 2000 characters). */
  knownConsentsAndOrders?: InputMaybe<Scalars['String']['input']>;
  /** Your agency's own id for a youth not yet in the registry (1 to 100 printable characters, no spaces). */
  localId?: InputMaybe<Scalars['String']['input']>;
  /** Why you refer the youth, what you observed (1 to 4000 characters). */
  reasons: Scalars['String']['input'];
  /** Current safety concerns (1 to 4000 characters; say so if none are known). */
  safetyConcerns: Scalars['String']['input'];
  urgency: MdtReferralUrgency;
  /** Required when URGENT: why it cannot wait for the monthly meeting (1 to 2000 characters). */
  urgencyReason?: InputMaybe<Scalars['String']['input']>;
  /** A youth in the registry your agency serves; leave out for a youth not yet in it. */
  youthId?: InputMaybe<Scalars['ID']['input']>;
};

/** The end of the youth's team: how, from which county date, by whom and why. */
export type TeamEnd = {
  __typename?: 'TeamEnd';
  endedAt: Scalars['String']['output'];
  endedBy: Scalars['String']['output'];
  endedOn: Scalars['String']['output'];
  how: TeamEndKind;
  reason: Scalars['String']['output'];
  youthId: Scalars['ID']['output'];
};

export type TeamEndKind =
  | 'TEAM_CLOSED'
  | 'YOUTH_LEFT';

/**
 * One membership of a youth's MDT. Memberships are never changed in place: the coordinator ends one
 * (who, when, why) and every change is kept. Open from fromDate (a county date) through toDate
 * (inclusive) unless ended: an ended membership opens nothing from endedOn on.
 */
export type TeamMember = {
  __typename?: 'TeamMember';
  /** Who added the member (null for memberships from before the roster was kept in the hub). */
  addedBy?: Maybe<Scalars['String']['output']>;
  agency: Agency;
  /** Open today. */
  current: Scalars['Boolean']['output'];
  endReason?: Maybe<Scalars['String']['output']>;
  /** When it was ended (ISO 8601). */
  endedAt?: Maybe<Scalars['String']['output']>;
  endedBy?: Maybe<Scalars['String']['output']>;
  /** The county date from which the coordinator ended it. */
  endedOn?: Maybe<Scalars['String']['output']>;
  fromDate: Scalars['String']['output'];
  /** The membership (endTeamMembership takes it). */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  personId: Scalars['ID']['output'];
  /** Why the member was added. */
  reason?: Maybe<Scalars['String']['output']>;
  /** When the membership was recorded (ISO 8601). */
  recordedAt: Scalars['String']['output'];
  role: Role;
  toDate?: Maybe<Scalars['String']['output']>;
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

/** A part of one request that did not reach the viewer. */
export type UndeliveredPart = {
  __typename?: 'UndeliveredPart';
  /** The agency whose part it was. */
  agency: Agency;
  /** When the gateway reported it (ISO 8601, UTC). */
  reportedAt: Scalars['String']['output'];
  requestId: Scalars['String']['output'];
};

/** The viewer to simulate: a role of its agency, a purpose, and (for team membership and emergency grants) a person id. */
export type ViewAsInput = {
  agency: Agency;
  purpose?: InputMaybe<PurposeOfUse>;
  role: Role;
  sub?: InputMaybe<Scalars['String']['input']>;
};

export type Viewer = {
  __typename?: 'Viewer';
  agency: Agency;
  name: Scalars['String']['output'];
  role: Role;
  sub: Scalars['ID']['output'];
};

/**
 * One viewer's accesses across youths (accessByViewer): the id carries the filters; each agency adds
 * its own part, from its own log, under a field named for it.
 */
export type ViewerAccess = {
  __typename?: 'ViewerAccess';
  access?: Maybe<Array<DisclosureAccess>>;
  categories?: Maybe<Array<DataCategory>>;
  emergencyGrantId?: Maybe<Scalars['ID']['output']>;
  from?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  outcome?: Maybe<DisclosureOutcome>;
  /** The registry's own part. */
  registry?: Maybe<DisclosurePage>;
  to?: Maybe<Scalars['String']['output']>;
  viewerSub: Scalars['String']['output'];
};


/**
 * One viewer's accesses across youths (accessByViewer): the id carries the filters; each agency adds
 * its own part, from its own log, under a field named for it.
 */
export type ViewerAccessRegistryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Youth = {
  __typename?: 'Youth';
  /** The team's action items for this youth: open ones first, by due date (at most 100 a page). */
  actionItems?: Maybe<ActionItemConnection>;
  aliases?: Maybe<Array<Scalars['String']['output']>>;
  /** The youth's consents, in every state, newest first. */
  consents?: Maybe<Array<Consent>>;
  dateOfBirth?: Maybe<Scalars['String']['output']>;
  /** Initials only: the minimum needed to recognise the youth in a meeting. */
  displayName?: Maybe<Scalars['String']['output']>;
  familyName?: Maybe<Scalars['String']['output']>;
  givenName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The MDT meetings with this youth on the agenda that you may see, newest first. */
  mdtMeetings?: Maybe<Array<MdtMeeting>>;
  /** The MDT's notes of this youth, newest first, each with its amendments (at most 100 a page). */
  mdtNotes?: Maybe<MdtNoteConnection>;
  preferredName?: Maybe<Scalars['String']['output']>;
  /** The youth's restriction requests, newest first: for those who manage the youth's consents; anyone else sees those naming their agency (or every agency). */
  restrictions?: Maybe<Array<ConsentRestriction>>;
  /** The MDT's service plan: needs identified and services received (no health needs: those stay with Health). */
  servicePlan?: Maybe<ServicePlan>;
  /** The youth's MDT: its members and their agencies. */
  team?: Maybe<Array<TeamMember>>;
  /** The end of the youth's team (closed, or the youth left it), if it ended. */
  teamEnd?: Maybe<TeamEnd>;
  /** The roster, oldest first: the whole history (ended memberships included) for the youth's MDT coordinator; anyone else sees the memberships open today. */
  teamHistory?: Maybe<Array<TeamMember>>;
};


export type YouthActionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type YouthMdtNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type YouthConnection = {
  __typename?: 'YouthConnection';
  edges: Array<YouthEdge>;
  pageInfo: PageInfo;
  /** How many youths match, counted up to 1,000: when more match, 1,000 and totalCountCapped is true. */
  totalCount: Scalars['Int']['output'];
  /**
   * True when more youths may match than totalCount says (show it as "1,000+"). The count stops at
   * 1,000 so that a page costs the same in a county of 10,000 youths as of 100,000. A search counts
   * the matches the viewer may see among the first 1,000 youths it matches, and is never capped: that
   * it stopped would tell of matches by names the viewer may not see.
   */
  totalCountCapped: Scalars['Boolean']['output'];
};

export type YouthEdge = {
  __typename?: 'YouthEdge';
  cursor: Scalars['String']['output'];
  /** When you last opened this youth's summary (markYouthSeen), an ISO 8601 instant: your own data, never anyone else's; null when you never did. */
  myLastLook?: Maybe<Scalars['String']['output']>;
  node: Youth;
};

/** Your look at a youth's summary, as markYouthSeen recorded it: your own data, never anyone else's. */
export type YouthLook = {
  __typename?: 'YouthLook';
  /** This look (ISO 8601). */
  lookedAt: Scalars['String']['output'];
  /** When you opened the summary before this look (ISO 8601); null the first time. What is new is what is dated since then. */
  previousLookAt?: Maybe<Scalars['String']['output']>;
  youthId: Scalars['ID']['output'];
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
    & GraphQLRecursivePick<FederationTypes['ChainAudit'], {"id":true}> );
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
  AccessDecision: ResolverTypeWrapper<AccessDecision>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Accounting: ResolverTypeWrapper<AccountingParent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccountingSubject: ResolverTypeWrapper<AccountingSubject>;
  ActionItem: ResolverTypeWrapper<ActionItemParent>;
  ActionItemConnection: ResolverTypeWrapper<Omit<ActionItemConnection, 'edges'> & { edges: Array<ResolversTypes['ActionItemEdge']> }>;
  ActionItemEdge: ResolverTypeWrapper<Omit<ActionItemEdge, 'node'> & { node?: Maybe<ResolversTypes['ActionItem']> }>;
  ActionItemStatus: ActionItemStatus;
  Agency: Agency;
  AlertFinding: ResolverTypeWrapper<AlertFinding>;
  AmendCourtOrderInput: AmendCourtOrderInput;
  AuditChainStatus: ResolverTypeWrapper<AuditChainStatus>;
  CaseloadScope: CaseloadScope;
  ChainAudit: ResolverTypeWrapper<ChainAuditParent>;
  ChainVerdict: ChainVerdict;
  ChainVerification: ResolverTypeWrapper<ChainVerification>;
  Consent: ResolverTypeWrapper<ConsentRow>;
  ConsentGrantor: ConsentGrantor;
  ConsentRestriction: ResolverTypeWrapper<Restriction>;
  ConsentStatus: ConsentStatus;
  CourtOrder: ResolverTypeWrapper<CourtOrderWithEnd>;
  CourtOrderStatus: CourtOrderStatus;
  CreateActionItemInput: CreateActionItemInput;
  DataCategory: DataCategory;
  DenialReason: DenialReason;
  Disclosure: ResolverTypeWrapper<Disclosure>;
  DisclosureAccess: DisclosureAccess;
  DisclosureBasis: ResolverTypeWrapper<DisclosureBasis>;
  DisclosureOutcome: DisclosureOutcome;
  DisclosurePage: ResolverTypeWrapper<KitDisclosurePage>;
  EmergencyGrant: ResolverTypeWrapper<EmergencyGrantRow>;
  EmergencyGrantConnection: ResolverTypeWrapper<EmergencyGrantConnectionParent>;
  EmergencyGrantEdge: ResolverTypeWrapper<Omit<EmergencyGrantEdge, 'node'> & { node: ResolversTypes['EmergencyGrant'] }>;
  EmergencyRequester: ResolverTypeWrapper<EmergencyRequester>;
  EmergencyReviewFinding: EmergencyReviewFinding;
  EmergencyReviewStatus: EmergencyReviewStatus;
  GrantSubject: ResolverTypeWrapper<GrantSubject>;
  LogCheckpoint: ResolverTypeWrapper<LogCheckpoint>;
  MdtAgendaEntry: ResolverTypeWrapper<MdtAgendaEntryParent>;
  MdtAgendaSlotInput: MdtAgendaSlotInput;
  MdtDirectoryPerson: ResolverTypeWrapper<MdtPersonRow>;
  MdtInvitee: ResolverTypeWrapper<MdtInviteeParent>;
  MdtMeeting: ResolverTypeWrapper<MdtMeetingParent>;
  MdtMeetingKind: MdtMeetingKind;
  MdtNote: ResolverTypeWrapper<MdtNoteParent>;
  MdtNoteAmendment: ResolverTypeWrapper<MdtNoteRow>;
  MdtNoteConnection: ResolverTypeWrapper<Omit<MdtNoteConnection, 'edges'> & { edges: Array<ResolversTypes['MdtNoteEdge']> }>;
  MdtNoteEdge: ResolverTypeWrapper<Omit<MdtNoteEdge, 'node'> & { node?: Maybe<ResolversTypes['MdtNote']> }>;
  MdtReferral: ResolverTypeWrapper<ReferralWithDecision>;
  MdtReferralDecision: MdtReferralDecision;
  MdtReferralStatus: MdtReferralStatus;
  MdtReferralUrgency: MdtReferralUrgency;
  MdtUrgentTrigger: MdtUrgentTrigger;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OwnAccess: OwnAccess;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PolicyDiff: ResolverTypeWrapper<PolicyDiff>;
  PolicyDiffChange: ResolverTypeWrapper<PolicyDiffChange>;
  PolicyMatrix: ResolverTypeWrapper<PolicyMatrix>;
  PolicyMatrixCell: ResolverTypeWrapper<PolicyMatrixCell>;
  PolicyMatrixRow: ResolverTypeWrapper<PolicyMatrixRow>;
  PolicyRuleText: ResolverTypeWrapper<PolicyRuleText>;
  PrivacyAlert: ResolverTypeWrapper<KitPrivacyAlert>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PrivacyAlertFinding: PrivacyAlertFinding;
  PrivacyAlertKind: PrivacyAlertKind;
  PrivacyAlerts: ResolverTypeWrapper<PrivacyAlertsParent>;
  PurposeOfUse: PurposeOfUse;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordConsentInput: RecordConsentInput;
  RecordCourtOrderInput: RecordCourtOrderInput;
  RecordRestrictionInput: RecordRestrictionInput;
  Role: Role;
  ScheduleMdtMeetingInput: ScheduleMdtMeetingInput;
  ServiceDomain: ServiceDomain;
  ServiceNeed: ResolverTypeWrapper<ServiceNeedRow>;
  ServicePlan: ResolverTypeWrapper<Omit<ServicePlan, 'needs'> & { needs: Array<ResolversTypes['ServiceNeed']> }>;
  ServiceStatus: ServiceStatus;
  SubmitMdtReferralInput: SubmitMdtReferralInput;
  TeamEnd: ResolverTypeWrapper<TeamEndRow>;
  TeamEndKind: TeamEndKind;
  TeamMember: ResolverTypeWrapper<TeamMemberParent>;
  TimelineEvent: ResolverTypeWrapper<TimelineEvent>;
  UndeliveredPart: ResolverTypeWrapper<UndeliveredPart>;
  ViewAsInput: ViewAsInput;
  Viewer: ResolverTypeWrapper<Viewer>;
  ViewerAccess: ResolverTypeWrapper<ViewerAccessParent>;
  Youth: ResolverTypeWrapper<YouthParent>;
  YouthConnection: ResolverTypeWrapper<YouthConnectionParent>;
  YouthEdge: ResolverTypeWrapper<Omit<YouthEdge, 'node'> & { node: ResolversTypes['Youth'] }>;
  YouthLook: ResolverTypeWrapper<YouthLook>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessDecision: AccessDecision;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  Accounting: AccountingParent;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AccountingSubject: AccountingSubject;
  ActionItem: ActionItemParent;
  ActionItemConnection: Omit<ActionItemConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActionItemEdge']> };
  ActionItemEdge: Omit<ActionItemEdge, 'node'> & { node?: Maybe<ResolversParentTypes['ActionItem']> };
  AlertFinding: AlertFinding;
  AmendCourtOrderInput: AmendCourtOrderInput;
  AuditChainStatus: AuditChainStatus;
  ChainAudit: ChainAuditParent;
  ChainVerification: ChainVerification;
  Consent: ConsentRow;
  ConsentRestriction: Restriction;
  CourtOrder: CourtOrderWithEnd;
  CreateActionItemInput: CreateActionItemInput;
  Disclosure: Disclosure;
  DisclosureBasis: DisclosureBasis;
  DisclosurePage: KitDisclosurePage;
  EmergencyGrant: EmergencyGrantRow;
  EmergencyGrantConnection: EmergencyGrantConnectionParent;
  EmergencyGrantEdge: Omit<EmergencyGrantEdge, 'node'> & { node: ResolversParentTypes['EmergencyGrant'] };
  EmergencyRequester: EmergencyRequester;
  GrantSubject: GrantSubject;
  LogCheckpoint: LogCheckpoint;
  MdtAgendaEntry: MdtAgendaEntryParent;
  MdtAgendaSlotInput: MdtAgendaSlotInput;
  MdtDirectoryPerson: MdtPersonRow;
  MdtInvitee: MdtInviteeParent;
  MdtMeeting: MdtMeetingParent;
  MdtNote: MdtNoteParent;
  MdtNoteAmendment: MdtNoteRow;
  MdtNoteConnection: Omit<MdtNoteConnection, 'edges'> & { edges: Array<ResolversParentTypes['MdtNoteEdge']> };
  MdtNoteEdge: Omit<MdtNoteEdge, 'node'> & { node?: Maybe<ResolversParentTypes['MdtNote']> };
  MdtReferral: ReferralWithDecision;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PolicyDiff: PolicyDiff;
  PolicyDiffChange: PolicyDiffChange;
  PolicyMatrix: PolicyMatrix;
  PolicyMatrixCell: PolicyMatrixCell;
  PolicyMatrixRow: PolicyMatrixRow;
  PolicyRuleText: PolicyRuleText;
  PrivacyAlert: KitPrivacyAlert;
  Float: Scalars['Float']['output'];
  PrivacyAlerts: PrivacyAlertsParent;
  Query: Record<PropertyKey, never>;
  RecordConsentInput: RecordConsentInput;
  RecordCourtOrderInput: RecordCourtOrderInput;
  RecordRestrictionInput: RecordRestrictionInput;
  ScheduleMdtMeetingInput: ScheduleMdtMeetingInput;
  ServiceNeed: ServiceNeedRow;
  ServicePlan: Omit<ServicePlan, 'needs'> & { needs: Array<ResolversParentTypes['ServiceNeed']> };
  SubmitMdtReferralInput: SubmitMdtReferralInput;
  TeamEnd: TeamEndRow;
  TeamMember: TeamMemberParent;
  TimelineEvent: TimelineEvent;
  UndeliveredPart: UndeliveredPart;
  ViewAsInput: ViewAsInput;
  Viewer: Viewer;
  ViewerAccess: ViewerAccessParent;
  Youth: YouthParent;
  YouthConnection: YouthConnectionParent;
  YouthEdge: Omit<YouthEdge, 'node'> & { node: ResolversParentTypes['Youth'] };
  YouthLook: YouthLook;
};

export type SensitiveDirectiveArgs = {
  category: DataCategory;
};

export type SensitiveDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = SensitiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccessDecisionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AccessDecision'] = ResolversParentTypes['AccessDecision']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  allowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['DataCategory'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['DenialReason']>, ParentType, ContextType>;
  releasedFields?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  ruleId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AccountingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Accounting'] = ResolversParentTypes['Accounting'], FederationReferenceType extends FederationReferenceTypes['Accounting'] = FederationReferenceTypes['Accounting']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Accounting']> | FederationReferenceType, FederationReferenceType, ContextType>;
  access?: Resolver<Maybe<Array<ResolversTypes['DisclosureAccess']>>, ParentType, ContextType>;
  categories?: Resolver<Maybe<Array<ResolversTypes['DataCategory']>>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['DisclosureOutcome']>, ParentType, ContextType>;
  own?: Resolver<ResolversTypes['OwnAccess'], ParentType, ContextType>;
  registry?: Resolver<Maybe<ResolversTypes['DisclosurePage']>, ParentType, ContextType, RequireFields<AccountingRegistryArgs, 'first'>>;
  statement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  undelivered?: Resolver<Array<ResolversTypes['UndeliveredPart']>, ParentType, ContextType, RequireFields<AccountingUndeliveredArgs, 'first'>>;
  viewerSub?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  youthId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type AccountingSubjectResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AccountingSubject'] = ResolversParentTypes['AccountingSubject']> = {
  dateOfBirth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  initials?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  youthId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ActionItemResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ActionItem'] = ResolversParentTypes['ActionItem']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ownerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerSub?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionItemStatus'], ParentType, ContextType>;
  statusChangedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusChangedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  youthId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ActionItemConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ActionItemConnection'] = ResolversParentTypes['ActionItemConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActionItemEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActionItemEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ActionItemEdge'] = ResolversParentTypes['ActionItemEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ActionItem']>, ParentType, ContextType>;
};

export type AlertFindingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AlertFinding'] = ResolversParentTypes['AlertFinding']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  alertId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  closedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finding?: Resolver<ResolversTypes['PrivacyAlertFinding'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PrivacyAlertKind'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditChainStatusResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditChainStatus'] = ResolversParentTypes['AuditChainStatus']> = {
  ageSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  checkpointedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  headHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rowAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seq?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChainAuditResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ChainAudit'] = ResolversParentTypes['ChainAudit'], FederationReferenceType extends FederationReferenceTypes['ChainAudit'] = FederationReferenceTypes['ChainAudit']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ChainAudit']> | FederationReferenceType, FederationReferenceType, ContextType>;
  checkpoints?: Resolver<Array<ResolversTypes['LogCheckpoint']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  registry?: Resolver<Maybe<ResolversTypes['ChainVerification']>, ParentType, ContextType>;
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

export type ConsentResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = {
  categories?: Resolver<Array<ResolversTypes['DataCategory']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fhir?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<ConsentFhirArgs>>;
  formReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grantor?: Resolver<ResolversTypes['ConsentGrantor'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  noLongerApplies?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purposes?: Resolver<Array<ResolversTypes['PurposeOfUse']>, ParentType, ContextType>;
  recipientAgencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsentStatus'], ParentType, ContextType>;
  withinTeam?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ConsentRestrictionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ConsentRestriction'] = ResolversParentTypes['ConsentRestriction']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['DataCategory']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  liftReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  liftedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  liftedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipientAgencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CourtOrderResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CourtOrder'] = ResolversParentTypes['CourtOrder']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['DataCategory']>, ParentType, ContextType>;
  court?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purposes?: Resolver<Array<ResolversTypes['PurposeOfUse']>, ParentType, ContextType>;
  recordedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CourtOrderStatus'], ParentType, ContextType>;
  supersededBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  supersedes?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  youthId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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

export type EmergencyGrantResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyGrant'] = ResolversParentTypes['EmergencyGrant']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finding?: Resolver<Maybe<ResolversTypes['EmergencyReviewFinding']>, ParentType, ContextType>;
  grantedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['EmergencyRequester'], ParentType, ContextType>;
  reviewNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewStatus?: Resolver<ResolversTypes['EmergencyReviewStatus'], ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['GrantSubject']>, ParentType, ContextType>;
  youthId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EmergencyGrantConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyGrantConnection'] = ResolversParentTypes['EmergencyGrantConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmergencyGrantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmergencyGrantEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyGrantEdge'] = ResolversParentTypes['EmergencyGrantEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EmergencyGrant'], ParentType, ContextType>;
};

export type EmergencyRequesterResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmergencyRequester'] = ResolversParentTypes['EmergencyRequester']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  sub?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type GrantSubjectResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['GrantSubject'] = ResolversParentTypes['GrantSubject']> = {
  dateOfBirth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  initials?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  youthId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type LogCheckpointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LogCheckpoint'] = ResolversParentTypes['LogCheckpoint']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  checkpointedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MdtAgendaEntryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MdtAgendaEntry'] = ResolversParentTypes['MdtAgendaEntry']> = {
  meetingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notes?: Resolver<Maybe<Array<ResolversTypes['MdtNote']>>, ParentType, ContextType>;
  openActionItems?: Resolver<Maybe<Array<ResolversTypes['ActionItem']>>, ParentType, ContextType>;
  previousMeetingAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAtLocal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  youth?: Resolver<ResolversTypes['Youth'], ParentType, ContextType>;
};

export type MdtDirectoryPersonResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MdtDirectoryPerson'] = ResolversParentTypes['MdtDirectoryPerson']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  sub?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MdtInviteeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MdtInvitee'] = ResolversParentTypes['MdtInvitee']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notShownYouthIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  sub?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MdtMeetingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MdtMeeting'] = ResolversParentTypes['MdtMeeting']> = {
  agenda?: Resolver<Array<ResolversTypes['MdtAgendaEntry']>, ParentType, ContextType>;
  attendance?: Resolver<Maybe<Array<ResolversTypes['MdtInvitee']>>, ParentType, ContextType>;
  attendanceRecordedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attendanceRecordedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  invitees?: Resolver<Array<ResolversTypes['MdtInvitee']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MdtMeetingKind'], ParentType, ContextType>;
  notShownCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  scheduledAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scheduledBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scheduledByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsAtLocal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trigger?: Resolver<Maybe<ResolversTypes['MdtUrgentTrigger']>, ParentType, ContextType>;
  triggeredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MdtNoteResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MdtNote'] = ResolversParentTypes['MdtNote']> = {
  amendments?: Resolver<Array<ResolversTypes['MdtNoteAmendment']>, ParentType, ContextType>;
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  authorSub?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidentiality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currentText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  youthId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MdtNoteAmendmentResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MdtNoteAmendment'] = ResolversParentTypes['MdtNoteAmendment']> = {
  amendedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amendedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amendedBySub?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MdtNoteConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MdtNoteConnection'] = ResolversParentTypes['MdtNoteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MdtNoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MdtNoteEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MdtNoteEdge'] = ResolversParentTypes['MdtNoteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['MdtNote']>, ParentType, ContextType>;
};

export type MdtReferralResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MdtReferral'] = ResolversParentTypes['MdtReferral']> = {
  dateOfBirth?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  familyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  givenName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  knownConsentsAndOrders?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  localId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reasons?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referredByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referredByRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  referredBySub?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referringAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  safetyConcerns?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MdtReferralStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  urgency?: Resolver<ResolversTypes['MdtReferralUrgency'], ParentType, ContextType>;
  urgencyReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  youthId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addTeamMember?: Resolver<ResolversTypes['TeamMember'], ParentType, ContextType, RequireFields<MutationAddTeamMemberArgs, 'memberSub' | 'reason' | 'youthId'>>;
  amendCourtOrder?: Resolver<ResolversTypes['CourtOrder'], ParentType, ContextType, RequireFields<MutationAmendCourtOrderArgs, 'id' | 'input' | 'reason'>>;
  amendMdtNote?: Resolver<ResolversTypes['MdtNote'], ParentType, ContextType, RequireFields<MutationAmendMdtNoteArgs, 'noteId' | 'reason' | 'text'>>;
  closeEmergencyReview?: Resolver<ResolversTypes['EmergencyGrant'], ParentType, ContextType, RequireFields<MutationCloseEmergencyReviewArgs, 'finding' | 'grantId' | 'note'>>;
  closePrivacyAlert?: Resolver<ResolversTypes['AlertFinding'], ParentType, ContextType, RequireFields<MutationClosePrivacyAlertArgs, 'alertId' | 'finding' | 'note'>>;
  createActionItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationCreateActionItemArgs, 'input'>>;
  decideMdtReferral?: Resolver<ResolversTypes['MdtReferral'], ParentType, ContextType, RequireFields<MutationDecideMdtReferralArgs, 'decision' | 'id' | 'reason'>>;
  endCourtOrder?: Resolver<ResolversTypes['CourtOrder'], ParentType, ContextType, RequireFields<MutationEndCourtOrderArgs, 'id' | 'reason'>>;
  endEmergencyGrant?: Resolver<ResolversTypes['EmergencyGrant'], ParentType, ContextType, RequireFields<MutationEndEmergencyGrantArgs, 'grantId' | 'reason'>>;
  endTeamMembership?: Resolver<ResolversTypes['TeamMember'], ParentType, ContextType, RequireFields<MutationEndTeamMembershipArgs, 'membershipId' | 'reason'>>;
  endYouthTeam?: Resolver<ResolversTypes['TeamEnd'], ParentType, ContextType, RequireFields<MutationEndYouthTeamArgs, 'how' | 'reason' | 'youthId'>>;
  liftRestriction?: Resolver<ResolversTypes['ConsentRestriction'], ParentType, ContextType, RequireFields<MutationLiftRestrictionArgs, 'id' | 'reason'>>;
  markYouthSeen?: Resolver<Maybe<ResolversTypes['YouthLook']>, ParentType, ContextType, RequireFields<MutationMarkYouthSeenArgs, 'youthId'>>;
  recordAttendance?: Resolver<ResolversTypes['MdtMeeting'], ParentType, ContextType, RequireFields<MutationRecordAttendanceArgs, 'attendees' | 'meetingId'>>;
  recordConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationRecordConsentArgs, 'input'>>;
  recordConsentFromFhir?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationRecordConsentFromFhirArgs, 'resource'>>;
  recordCourtOrder?: Resolver<ResolversTypes['CourtOrder'], ParentType, ContextType, RequireFields<MutationRecordCourtOrderArgs, 'input'>>;
  recordMdtNote?: Resolver<ResolversTypes['MdtNote'], ParentType, ContextType, RequireFields<MutationRecordMdtNoteArgs, 'text' | 'youthId'>>;
  recordRestriction?: Resolver<ResolversTypes['ConsentRestriction'], ParentType, ContextType, RequireFields<MutationRecordRestrictionArgs, 'input'>>;
  requestEmergencyAccess?: Resolver<ResolversTypes['EmergencyGrant'], ParentType, ContextType, RequireFields<MutationRequestEmergencyAccessArgs, 'reason' | 'youthId'>>;
  revokeConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationRevokeConsentArgs, 'id' | 'reason'>>;
  scheduleMdtMeeting?: Resolver<ResolversTypes['MdtMeeting'], ParentType, ContextType, RequireFields<MutationScheduleMdtMeetingArgs, 'input'>>;
  submitMdtReferral?: Resolver<ResolversTypes['MdtReferral'], ParentType, ContextType, RequireFields<MutationSubmitMdtReferralArgs, 'input'>>;
  updateActionItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationUpdateActionItemArgs, 'id' | 'status'>>;
};

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PolicyDiffResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PolicyDiff'] = ResolversParentTypes['PolicyDiff']> = {
  changes?: Resolver<Array<ResolversTypes['PolicyDiffChange']>, ParentType, ContextType>;
  fromVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  toVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PolicyDiffChangeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PolicyDiffChange'] = ResolversParentTypes['PolicyDiffChange']> = {
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  point?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PolicyMatrixResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PolicyMatrix'] = ResolversParentTypes['PolicyMatrix']> = {
  emergencyOpens?: Resolver<Array<ResolversTypes['DataCategory']>, ParentType, ContextType>;
  policyVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['PolicyMatrixRow']>, ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['PolicyRuleText']>, ParentType, ContextType>;
};

export type PolicyMatrixCellResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PolicyMatrixCell'] = ResolversParentTypes['PolicyMatrixCell']> = {
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  ruleId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PolicyMatrixRowResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PolicyMatrixRow'] = ResolversParentTypes['PolicyMatrixRow']> = {
  category?: Resolver<ResolversTypes['DataCategory'], ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['PolicyMatrixCell']>, ParentType, ContextType>;
};

export type PolicyRuleTextResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PolicyRuleText'] = ResolversParentTypes['PolicyRuleText']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  findings?: Resolver<Array<ResolversTypes['AlertFinding']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  registry?: Resolver<Maybe<Array<ResolversTypes['PrivacyAlert']>>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accessByViewer?: Resolver<Maybe<ResolversTypes['ViewerAccess']>, ParentType, ContextType, RequireFields<QueryAccessByViewerArgs, 'viewerSub'>>;
  accessExplanation?: Resolver<Array<ResolversTypes['AccessDecision']>, ParentType, ContextType, RequireFields<QueryAccessExplanationArgs, 'youthId'>>;
  accountingOfDisclosures?: Resolver<Maybe<ResolversTypes['Accounting']>, ParentType, ContextType, RequireFields<QueryAccountingOfDisclosuresArgs, 'own' | 'statement' | 'youthId'>>;
  accountingSubjects?: Resolver<Array<ResolversTypes['AccountingSubject']>, ParentType, ContextType, RequireFields<QueryAccountingSubjectsArgs, 'search'>>;
  auditChainStatus?: Resolver<Array<ResolversTypes['AuditChainStatus']>, ParentType, ContextType>;
  auditChainVerification?: Resolver<ResolversTypes['ChainAudit'], ParentType, ContextType>;
  emergencyReviewQueue?: Resolver<ResolversTypes['EmergencyGrantConnection'], ParentType, ContextType, RequireFields<QueryEmergencyReviewQueueArgs, 'first' | 'status'>>;
  mdtMeeting?: Resolver<Maybe<ResolversTypes['MdtMeeting']>, ParentType, ContextType, RequireFields<QueryMdtMeetingArgs, 'id'>>;
  mdtMeetings?: Resolver<Array<ResolversTypes['MdtMeeting']>, ParentType, ContextType, Partial<QueryMdtMeetingsArgs>>;
  mdtMemberDirectory?: Resolver<Array<ResolversTypes['MdtDirectoryPerson']>, ParentType, ContextType, RequireFields<QueryMdtMemberDirectoryArgs, 'first'>>;
  mdtReferral?: Resolver<Maybe<ResolversTypes['MdtReferral']>, ParentType, ContextType, RequireFields<QueryMdtReferralArgs, 'id'>>;
  mdtReferralInbox?: Resolver<Array<ResolversTypes['MdtReferral']>, ParentType, ContextType, RequireFields<QueryMdtReferralInboxArgs, 'first'>>;
  mdtReferralIndicators?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  me?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  myActionItems?: Resolver<ResolversTypes['ActionItemConnection'], ParentType, ContextType, RequireFields<QueryMyActionItemsArgs, 'first'>>;
  myEmergencyGrant?: Resolver<Maybe<ResolversTypes['EmergencyGrant']>, ParentType, ContextType, RequireFields<QueryMyEmergencyGrantArgs, 'youthId'>>;
  myMdtReferrals?: Resolver<Array<ResolversTypes['MdtReferral']>, ParentType, ContextType, RequireFields<QueryMyMdtReferralsArgs, 'first'>>;
  policyDiff?: Resolver<ResolversTypes['PolicyDiff'], ParentType, ContextType, RequireFields<QueryPolicyDiffArgs, 'rules'>>;
  policyMatrix?: Resolver<ResolversTypes['PolicyMatrix'], ParentType, ContextType>;
  privacyAlerts?: Resolver<Maybe<ResolversTypes['PrivacyAlerts']>, ParentType, ContextType, RequireFields<QueryPrivacyAlertsArgs, 'from' | 'to'>>;
  viewAs?: Resolver<Array<ResolversTypes['AccessDecision']>, ParentType, ContextType, RequireFields<QueryViewAsArgs, 'as' | 'youthId'>>;
  youth?: Resolver<Maybe<ResolversTypes['Youth']>, ParentType, ContextType, RequireFields<QueryYouthArgs, 'id'>>;
  youths?: Resolver<ResolversTypes['YouthConnection'], ParentType, ContextType, RequireFields<QueryYouthsArgs, 'first' | 'scope'>>;
};

export type ServiceNeedResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ServiceNeed'] = ResolversParentTypes['ServiceNeed']> = {
  domain?: Resolver<ResolversTypes['ServiceDomain'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceStatus'], ParentType, ContextType>;
  youthId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ServicePlanResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ServicePlan'] = ResolversParentTypes['ServicePlan']> = {
  needs?: Resolver<Array<ResolversTypes['ServiceNeed']>, ParentType, ContextType>;
  youthId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TeamEndResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TeamEnd'] = ResolversParentTypes['TeamEnd']> = {
  endedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endedOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  how?: Resolver<ResolversTypes['TeamEndKind'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  youthId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TeamMemberResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TeamMember'] = ResolversParentTypes['TeamMember']> = {
  addedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  personId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  toDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TimelineEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['DataCategory'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UndeliveredPartResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UndeliveredPart'] = ResolversParentTypes['UndeliveredPart']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  sub?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ViewerAccessResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ViewerAccess'] = ResolversParentTypes['ViewerAccess'], FederationReferenceType extends FederationReferenceTypes['ViewerAccess'] = FederationReferenceTypes['ViewerAccess']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ViewerAccess']> | FederationReferenceType, FederationReferenceType, ContextType>;
  access?: Resolver<Maybe<Array<ResolversTypes['DisclosureAccess']>>, ParentType, ContextType>;
  categories?: Resolver<Maybe<Array<ResolversTypes['DataCategory']>>, ParentType, ContextType>;
  emergencyGrantId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['DisclosureOutcome']>, ParentType, ContextType>;
  registry?: Resolver<Maybe<ResolversTypes['DisclosurePage']>, ParentType, ContextType, RequireFields<ViewerAccessRegistryArgs, 'first'>>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  viewerSub?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type YouthResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Youth'] = ResolversParentTypes['Youth'], FederationReferenceType extends FederationReferenceTypes['Youth'] = FederationReferenceTypes['Youth']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Youth']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actionItems?: Resolver<Maybe<ResolversTypes['ActionItemConnection']>, ParentType, ContextType, RequireFields<YouthActionItemsArgs, 'first'>>;
  aliases?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  consents?: Resolver<Maybe<Array<ResolversTypes['Consent']>>, ParentType, ContextType>;
  dateOfBirth?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  familyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  givenName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mdtMeetings?: Resolver<Maybe<Array<ResolversTypes['MdtMeeting']>>, ParentType, ContextType>;
  mdtNotes?: Resolver<Maybe<ResolversTypes['MdtNoteConnection']>, ParentType, ContextType, RequireFields<YouthMdtNotesArgs, 'first'>>;
  preferredName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  restrictions?: Resolver<Maybe<Array<ResolversTypes['ConsentRestriction']>>, ParentType, ContextType>;
  servicePlan?: Resolver<Maybe<ResolversTypes['ServicePlan']>, ParentType, ContextType>;
  team?: Resolver<Maybe<Array<ResolversTypes['TeamMember']>>, ParentType, ContextType>;
  teamEnd?: Resolver<Maybe<ResolversTypes['TeamEnd']>, ParentType, ContextType>;
  teamHistory?: Resolver<Maybe<Array<ResolversTypes['TeamMember']>>, ParentType, ContextType>;
};

export type YouthConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['YouthConnection'] = ResolversParentTypes['YouthConnection']> = {
  edges?: Resolver<Array<ResolversTypes['YouthEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountCapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type YouthEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['YouthEdge'] = ResolversParentTypes['YouthEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  myLastLook?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Youth'], ParentType, ContextType>;
};

export type YouthLookResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['YouthLook'] = ResolversParentTypes['YouthLook']> = {
  lookedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousLookAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  youthId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type Resolvers<ContextType = SubgraphContext> = {
  AccessDecision?: AccessDecisionResolvers<ContextType>;
  Accounting?: AccountingResolvers<ContextType>;
  AccountingSubject?: AccountingSubjectResolvers<ContextType>;
  ActionItem?: ActionItemResolvers<ContextType>;
  ActionItemConnection?: ActionItemConnectionResolvers<ContextType>;
  ActionItemEdge?: ActionItemEdgeResolvers<ContextType>;
  AlertFinding?: AlertFindingResolvers<ContextType>;
  AuditChainStatus?: AuditChainStatusResolvers<ContextType>;
  ChainAudit?: ChainAuditResolvers<ContextType>;
  ChainVerification?: ChainVerificationResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ConsentRestriction?: ConsentRestrictionResolvers<ContextType>;
  CourtOrder?: CourtOrderResolvers<ContextType>;
  Disclosure?: DisclosureResolvers<ContextType>;
  DisclosureBasis?: DisclosureBasisResolvers<ContextType>;
  DisclosurePage?: DisclosurePageResolvers<ContextType>;
  EmergencyGrant?: EmergencyGrantResolvers<ContextType>;
  EmergencyGrantConnection?: EmergencyGrantConnectionResolvers<ContextType>;
  EmergencyGrantEdge?: EmergencyGrantEdgeResolvers<ContextType>;
  EmergencyRequester?: EmergencyRequesterResolvers<ContextType>;
  GrantSubject?: GrantSubjectResolvers<ContextType>;
  LogCheckpoint?: LogCheckpointResolvers<ContextType>;
  MdtAgendaEntry?: MdtAgendaEntryResolvers<ContextType>;
  MdtDirectoryPerson?: MdtDirectoryPersonResolvers<ContextType>;
  MdtInvitee?: MdtInviteeResolvers<ContextType>;
  MdtMeeting?: MdtMeetingResolvers<ContextType>;
  MdtNote?: MdtNoteResolvers<ContextType>;
  MdtNoteAmendment?: MdtNoteAmendmentResolvers<ContextType>;
  MdtNoteConnection?: MdtNoteConnectionResolvers<ContextType>;
  MdtNoteEdge?: MdtNoteEdgeResolvers<ContextType>;
  MdtReferral?: MdtReferralResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PolicyDiff?: PolicyDiffResolvers<ContextType>;
  PolicyDiffChange?: PolicyDiffChangeResolvers<ContextType>;
  PolicyMatrix?: PolicyMatrixResolvers<ContextType>;
  PolicyMatrixCell?: PolicyMatrixCellResolvers<ContextType>;
  PolicyMatrixRow?: PolicyMatrixRowResolvers<ContextType>;
  PolicyRuleText?: PolicyRuleTextResolvers<ContextType>;
  PrivacyAlert?: PrivacyAlertResolvers<ContextType>;
  PrivacyAlerts?: PrivacyAlertsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ServiceNeed?: ServiceNeedResolvers<ContextType>;
  ServicePlan?: ServicePlanResolvers<ContextType>;
  TeamEnd?: TeamEndResolvers<ContextType>;
  TeamMember?: TeamMemberResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  UndeliveredPart?: UndeliveredPartResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  ViewerAccess?: ViewerAccessResolvers<ContextType>;
  Youth?: YouthResolvers<ContextType>;
  YouthConnection?: YouthConnectionResolvers<ContextType>;
  YouthEdge?: YouthEdgeResolvers<ContextType>;
  YouthLook?: YouthLookResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = SubgraphContext> = {
  sensitive?: SensitiveDirectiveResolver<any, any, ContextType>;
};
