import type { GraphQLResolveInfo } from 'graphql';
import type { AccountingParent, ChainAuditParent, YouthParent, TeamMemberParent, MdtNoteParent, ActionItemParent, YouthConnectionParent, EmergencyGrantConnectionParent } from '../mappers.ts';
import type { DisclosurePage as KitDisclosurePage, SubgraphContext } from '@hub/subgraph-kit';
import type { MdtNoteRow, ConsentRow, ServiceNeedRow, EmergencyGrantRow } from '../db/schema.ts';
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
  | 'PROBATION'
  | 'PUBLIC_DEFENDER';

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
  purposes: Array<PurposeOfUse>;
  recipientAgencies: Array<Agency>;
  recordedAt: Scalars['String']['output'];
  recordedBy: Scalars['String']['output'];
  revokeReason?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['String']['output']>;
  revokedBy?: Maybe<Scalars['String']['output']>;
  status: ConsentStatus;
};


/** A youth's consent: who gave it, what it opens, to whom, for what, and when. */
export type ConsentFhirArgs = {
  forAgency?: InputMaybe<Agency>;
};

export type ConsentGrantor =
  | 'ATTORNEY'
  | 'GUARDIAN'
  | 'YOUTH';

export type ConsentStatus =
  | 'ACTIVE'
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
  | 'RELEASED';

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

/** A disclosure-log checkpoint as the registry holds it: the latest for each agency. */
export type LogCheckpoint = {
  __typename?: 'LogCheckpoint';
  agency: Agency;
  /** When the registry received it (ISO 8601). */
  checkpointedAt: Scalars['String']['output'];
  hash: Scalars['String']['output'];
  seq: Scalars['Int']['output'];
};

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
  /** A member of the youth's MDT records an action item: what, whose (a member of the team today), due when (today or later). */
  createActionItem: ActionItem;
  /** End a court order now, saying why (1 to 2000 characters). Kept as recorded; the next request is decided without it. */
  endCourtOrder: CourtOrder;
  /** End an emergency grant now, saying why (1 to 2000 characters): its requester, or a privacy officer with purpose AUDIT. The very next request under it is refused in every agency. A grant ends once; one that ran out cannot be ended. */
  endEmergencyGrant: EmergencyGrant;
  /**
   * The youth's MDT coordinator ends a membership from today, saying why (1 to 1000 characters). The
   * membership is kept, ended; it opens nothing from the member's very next request, in any agency.
   */
  endTeamMembership: TeamMember;
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
  /** Break-glass: a member of the youth's MDT asks for emergency access, giving the reason (20 to 2000 characters). The grant is time-limited, opens only the emergency categories and only with the EMERGENCY purpose, and goes to the privacy officers' review queue. Refused while the viewer already holds one for this youth. */
  requestEmergencyAccess: EmergencyGrant;
  /** Revoke a consent; the very next request is decided without it. */
  revokeConsent: Consent;
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


export type MutationCreateActionItemArgs = {
  input: CreateActionItemInput;
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


export type MutationRequestEmergencyAccessArgs = {
  reason: Scalars['String']['input'];
  youthId: Scalars['ID']['input'];
};


export type MutationRevokeConsentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
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

/** The policy read back as a table: one row per data category, one cell per role. */
export type PolicyMatrix = {
  __typename?: 'PolicyMatrix';
  /** What an active emergency grant opens, with the EMERGENCY purpose. */
  emergencyOpens: Array<DataCategory>;
  /** The policy version hash every disclosure record carries. */
  policyVersion: Scalars['String']['output'];
  roles: Array<Role>;
  rows: Array<PolicyMatrixRow>;
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
};

export type PolicyMatrixRow = {
  __typename?: 'PolicyMatrixRow';
  category: DataCategory;
  /** In the order of PolicyMatrix.roles. */
  cells: Array<PolicyMatrixCell>;
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
  /** Who the verified token says you are. */
  me: Viewer;
  /** Your open action items on the teams you are on today: overdue first, then by due date (at most 100 a page). */
  myActionItems: ActionItemConnection;
  /** Your own emergency access to this youth while it is in effect (for a countdown), else null. */
  myEmergencyGrant?: Maybe<EmergencyGrant>;
  /** Privacy officers, purpose AUDIT: the need-to-know matrix as the policy decides it, role by category, for sharing across agencies. */
  policyMatrix: PolicyMatrix;
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


export type QueryMyActionItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyEmergencyGrantArgs = {
  youthId: Scalars['ID']['input'];
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

export type Role =
  | 'CBO_ADVOCATE'
  | 'CLINICIAN'
  | 'CW_SOCIAL_WORKER'
  | 'MDT_COORDINATOR'
  | 'PRIVACY_OFFICER'
  | 'PROBATION_OFFICER'
  | 'PROSECUTOR'
  | 'PUBLIC_DEFENDER'
  | 'PUBLIC_HEALTH_NURSE'
  | 'SCHOOL_LIAISON'
  | 'SURVIVOR_MENTOR'
  | 'VICTIM_ADVOCATE';

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
  /** The MDT's notes of this youth, newest first, each with its amendments (at most 100 a page). */
  mdtNotes?: Maybe<MdtNoteConnection>;
  preferredName?: Maybe<Scalars['String']['output']>;
  /** The MDT's service plan: needs identified and services received (no health needs: those stay with Health). */
  servicePlan?: Maybe<ServicePlan>;
  /** The youth's MDT: its members and their agencies. */
  team?: Maybe<Array<TeamMember>>;
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
  totalCount: Scalars['Int']['output'];
};

export type YouthEdge = {
  __typename?: 'YouthEdge';
  cursor: Scalars['String']['output'];
  node: Youth;
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
  AmendCourtOrderInput: AmendCourtOrderInput;
  AuditChainStatus: ResolverTypeWrapper<AuditChainStatus>;
  CaseloadScope: CaseloadScope;
  ChainAudit: ResolverTypeWrapper<ChainAuditParent>;
  ChainVerdict: ChainVerdict;
  ChainVerification: ResolverTypeWrapper<ChainVerification>;
  Consent: ResolverTypeWrapper<ConsentRow>;
  ConsentGrantor: ConsentGrantor;
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
  LogCheckpoint: ResolverTypeWrapper<LogCheckpoint>;
  MdtNote: ResolverTypeWrapper<MdtNoteParent>;
  MdtNoteAmendment: ResolverTypeWrapper<MdtNoteRow>;
  MdtNoteConnection: ResolverTypeWrapper<Omit<MdtNoteConnection, 'edges'> & { edges: Array<ResolversTypes['MdtNoteEdge']> }>;
  MdtNoteEdge: ResolverTypeWrapper<Omit<MdtNoteEdge, 'node'> & { node?: Maybe<ResolversTypes['MdtNote']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OwnAccess: OwnAccess;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PolicyMatrix: ResolverTypeWrapper<PolicyMatrix>;
  PolicyMatrixCell: ResolverTypeWrapper<PolicyMatrixCell>;
  PolicyMatrixRow: ResolverTypeWrapper<PolicyMatrixRow>;
  PurposeOfUse: PurposeOfUse;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordConsentInput: RecordConsentInput;
  RecordCourtOrderInput: RecordCourtOrderInput;
  Role: Role;
  ServiceDomain: ServiceDomain;
  ServiceNeed: ResolverTypeWrapper<ServiceNeedRow>;
  ServicePlan: ResolverTypeWrapper<Omit<ServicePlan, 'needs'> & { needs: Array<ResolversTypes['ServiceNeed']> }>;
  ServiceStatus: ServiceStatus;
  TeamMember: ResolverTypeWrapper<TeamMemberParent>;
  TimelineEvent: ResolverTypeWrapper<TimelineEvent>;
  UndeliveredPart: ResolverTypeWrapper<UndeliveredPart>;
  ViewAsInput: ViewAsInput;
  Viewer: ResolverTypeWrapper<Viewer>;
  Youth: ResolverTypeWrapper<YouthParent>;
  YouthConnection: ResolverTypeWrapper<YouthConnectionParent>;
  YouthEdge: ResolverTypeWrapper<Omit<YouthEdge, 'node'> & { node: ResolversTypes['Youth'] }>;
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
  AmendCourtOrderInput: AmendCourtOrderInput;
  AuditChainStatus: AuditChainStatus;
  ChainAudit: ChainAuditParent;
  ChainVerification: ChainVerification;
  Consent: ConsentRow;
  CourtOrder: CourtOrderWithEnd;
  CreateActionItemInput: CreateActionItemInput;
  Disclosure: Disclosure;
  DisclosureBasis: DisclosureBasis;
  DisclosurePage: KitDisclosurePage;
  EmergencyGrant: EmergencyGrantRow;
  EmergencyGrantConnection: EmergencyGrantConnectionParent;
  EmergencyGrantEdge: Omit<EmergencyGrantEdge, 'node'> & { node: ResolversParentTypes['EmergencyGrant'] };
  EmergencyRequester: EmergencyRequester;
  LogCheckpoint: LogCheckpoint;
  MdtNote: MdtNoteParent;
  MdtNoteAmendment: MdtNoteRow;
  MdtNoteConnection: Omit<MdtNoteConnection, 'edges'> & { edges: Array<ResolversParentTypes['MdtNoteEdge']> };
  MdtNoteEdge: Omit<MdtNoteEdge, 'node'> & { node?: Maybe<ResolversParentTypes['MdtNote']> };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PolicyMatrix: PolicyMatrix;
  PolicyMatrixCell: PolicyMatrixCell;
  PolicyMatrixRow: PolicyMatrixRow;
  Query: Record<PropertyKey, never>;
  RecordConsentInput: RecordConsentInput;
  RecordCourtOrderInput: RecordCourtOrderInput;
  ServiceNeed: ServiceNeedRow;
  ServicePlan: Omit<ServicePlan, 'needs'> & { needs: Array<ResolversParentTypes['ServiceNeed']> };
  TeamMember: TeamMemberParent;
  TimelineEvent: TimelineEvent;
  UndeliveredPart: UndeliveredPart;
  ViewAsInput: ViewAsInput;
  Viewer: Viewer;
  Youth: YouthParent;
  YouthConnection: YouthConnectionParent;
  YouthEdge: Omit<YouthEdge, 'node'> & { node: ResolversParentTypes['Youth'] };
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
  purposes?: Resolver<Array<ResolversTypes['PurposeOfUse']>, ParentType, ContextType>;
  recipientAgencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokeReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revokedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConsentStatus'], ParentType, ContextType>;
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

export type LogCheckpointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LogCheckpoint'] = ResolversParentTypes['LogCheckpoint']> = {
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  checkpointedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addTeamMember?: Resolver<ResolversTypes['TeamMember'], ParentType, ContextType, RequireFields<MutationAddTeamMemberArgs, 'memberSub' | 'reason' | 'youthId'>>;
  amendCourtOrder?: Resolver<ResolversTypes['CourtOrder'], ParentType, ContextType, RequireFields<MutationAmendCourtOrderArgs, 'id' | 'input' | 'reason'>>;
  amendMdtNote?: Resolver<ResolversTypes['MdtNote'], ParentType, ContextType, RequireFields<MutationAmendMdtNoteArgs, 'noteId' | 'reason' | 'text'>>;
  closeEmergencyReview?: Resolver<ResolversTypes['EmergencyGrant'], ParentType, ContextType, RequireFields<MutationCloseEmergencyReviewArgs, 'finding' | 'grantId' | 'note'>>;
  createActionItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationCreateActionItemArgs, 'input'>>;
  endCourtOrder?: Resolver<ResolversTypes['CourtOrder'], ParentType, ContextType, RequireFields<MutationEndCourtOrderArgs, 'id' | 'reason'>>;
  endEmergencyGrant?: Resolver<ResolversTypes['EmergencyGrant'], ParentType, ContextType, RequireFields<MutationEndEmergencyGrantArgs, 'grantId' | 'reason'>>;
  endTeamMembership?: Resolver<ResolversTypes['TeamMember'], ParentType, ContextType, RequireFields<MutationEndTeamMembershipArgs, 'membershipId' | 'reason'>>;
  recordConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationRecordConsentArgs, 'input'>>;
  recordConsentFromFhir?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationRecordConsentFromFhirArgs, 'resource'>>;
  recordCourtOrder?: Resolver<ResolversTypes['CourtOrder'], ParentType, ContextType, RequireFields<MutationRecordCourtOrderArgs, 'input'>>;
  recordMdtNote?: Resolver<ResolversTypes['MdtNote'], ParentType, ContextType, RequireFields<MutationRecordMdtNoteArgs, 'text' | 'youthId'>>;
  requestEmergencyAccess?: Resolver<ResolversTypes['EmergencyGrant'], ParentType, ContextType, RequireFields<MutationRequestEmergencyAccessArgs, 'reason' | 'youthId'>>;
  revokeConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationRevokeConsentArgs, 'id' | 'reason'>>;
  updateActionItem?: Resolver<ResolversTypes['ActionItem'], ParentType, ContextType, RequireFields<MutationUpdateActionItemArgs, 'id' | 'status'>>;
};

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PolicyMatrixResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PolicyMatrix'] = ResolversParentTypes['PolicyMatrix']> = {
  emergencyOpens?: Resolver<Array<ResolversTypes['DataCategory']>, ParentType, ContextType>;
  policyVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['PolicyMatrixRow']>, ParentType, ContextType>;
};

export type PolicyMatrixCellResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PolicyMatrixCell'] = ResolversParentTypes['PolicyMatrixCell']> = {
  inferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type PolicyMatrixRowResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PolicyMatrixRow'] = ResolversParentTypes['PolicyMatrixRow']> = {
  category?: Resolver<ResolversTypes['DataCategory'], ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['PolicyMatrixCell']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accessExplanation?: Resolver<Array<ResolversTypes['AccessDecision']>, ParentType, ContextType, RequireFields<QueryAccessExplanationArgs, 'youthId'>>;
  accountingOfDisclosures?: Resolver<Maybe<ResolversTypes['Accounting']>, ParentType, ContextType, RequireFields<QueryAccountingOfDisclosuresArgs, 'own' | 'statement' | 'youthId'>>;
  accountingSubjects?: Resolver<Array<ResolversTypes['AccountingSubject']>, ParentType, ContextType, RequireFields<QueryAccountingSubjectsArgs, 'search'>>;
  auditChainStatus?: Resolver<Array<ResolversTypes['AuditChainStatus']>, ParentType, ContextType>;
  auditChainVerification?: Resolver<ResolversTypes['ChainAudit'], ParentType, ContextType>;
  emergencyReviewQueue?: Resolver<ResolversTypes['EmergencyGrantConnection'], ParentType, ContextType, RequireFields<QueryEmergencyReviewQueueArgs, 'first' | 'status'>>;
  me?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  myActionItems?: Resolver<ResolversTypes['ActionItemConnection'], ParentType, ContextType, RequireFields<QueryMyActionItemsArgs, 'first'>>;
  myEmergencyGrant?: Resolver<Maybe<ResolversTypes['EmergencyGrant']>, ParentType, ContextType, RequireFields<QueryMyEmergencyGrantArgs, 'youthId'>>;
  policyMatrix?: Resolver<ResolversTypes['PolicyMatrix'], ParentType, ContextType>;
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
  mdtNotes?: Resolver<Maybe<ResolversTypes['MdtNoteConnection']>, ParentType, ContextType, RequireFields<YouthMdtNotesArgs, 'first'>>;
  preferredName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  servicePlan?: Resolver<Maybe<ResolversTypes['ServicePlan']>, ParentType, ContextType>;
  team?: Resolver<Maybe<Array<ResolversTypes['TeamMember']>>, ParentType, ContextType>;
  teamHistory?: Resolver<Maybe<Array<ResolversTypes['TeamMember']>>, ParentType, ContextType>;
};

export type YouthConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['YouthConnection'] = ResolversParentTypes['YouthConnection']> = {
  edges?: Resolver<Array<ResolversTypes['YouthEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type YouthEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['YouthEdge'] = ResolversParentTypes['YouthEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Youth'], ParentType, ContextType>;
};

export type Resolvers<ContextType = SubgraphContext> = {
  AccessDecision?: AccessDecisionResolvers<ContextType>;
  Accounting?: AccountingResolvers<ContextType>;
  AccountingSubject?: AccountingSubjectResolvers<ContextType>;
  ActionItem?: ActionItemResolvers<ContextType>;
  ActionItemConnection?: ActionItemConnectionResolvers<ContextType>;
  ActionItemEdge?: ActionItemEdgeResolvers<ContextType>;
  AuditChainStatus?: AuditChainStatusResolvers<ContextType>;
  ChainAudit?: ChainAuditResolvers<ContextType>;
  ChainVerification?: ChainVerificationResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  CourtOrder?: CourtOrderResolvers<ContextType>;
  Disclosure?: DisclosureResolvers<ContextType>;
  DisclosureBasis?: DisclosureBasisResolvers<ContextType>;
  DisclosurePage?: DisclosurePageResolvers<ContextType>;
  EmergencyGrant?: EmergencyGrantResolvers<ContextType>;
  EmergencyGrantConnection?: EmergencyGrantConnectionResolvers<ContextType>;
  EmergencyGrantEdge?: EmergencyGrantEdgeResolvers<ContextType>;
  EmergencyRequester?: EmergencyRequesterResolvers<ContextType>;
  LogCheckpoint?: LogCheckpointResolvers<ContextType>;
  MdtNote?: MdtNoteResolvers<ContextType>;
  MdtNoteAmendment?: MdtNoteAmendmentResolvers<ContextType>;
  MdtNoteConnection?: MdtNoteConnectionResolvers<ContextType>;
  MdtNoteEdge?: MdtNoteEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PolicyMatrix?: PolicyMatrixResolvers<ContextType>;
  PolicyMatrixCell?: PolicyMatrixCellResolvers<ContextType>;
  PolicyMatrixRow?: PolicyMatrixRowResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ServiceNeed?: ServiceNeedResolvers<ContextType>;
  ServicePlan?: ServicePlanResolvers<ContextType>;
  TeamMember?: TeamMemberResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
  UndeliveredPart?: UndeliveredPartResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  Youth?: YouthResolvers<ContextType>;
  YouthConnection?: YouthConnectionResolvers<ContextType>;
  YouthEdge?: YouthEdgeResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = SubgraphContext> = {
  sensitive?: SensitiveDirectiveResolver<any, any, ContextType>;
};
