/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** Which part of the caseload: all of it, the youths whose MDT you are on, or those your agency serves whose MDT you are not on. */
export type CaseloadScope =
  | 'ALL'
  | 'MY_AGENCY_SERVES'
  | 'ON_MY_TEAM';

export type ChainVerdict =
  /** The log is not what was written: see firstBrokenSeq and problem. */
  | 'BROKEN'
  /** Every row links to the one before, matches its hash, and the chain reaches the checkpoint. */
  | 'INTACT';

export type ConsentGrantor =
  | 'ATTORNEY'
  | 'GUARDIAN'
  | 'YOUTH';

export type ConsentStatus =
  | 'ACTIVE'
  /** Given within the youth's MDT, which has since closed or which the youth has left (WIC 832(b)(4)). */
  | 'ENDED_WITH_TEAM'
  | 'EXPIRED'
  | 'REVOKED';

export type CourtEventKind =
  | 'ARRAIGNMENT'
  | 'PRELIMINARY_HEARING'
  | 'PRETRIAL_CONFERENCE'
  | 'RESTITUTION_HEARING'
  | 'SENTENCING'
  | 'TRIAL';

export type CreateActionItemInput = {
  /** A county date (YYYY-MM-DD), today or later. */
  dueOn: string;
  meetingId?: string | number | null | undefined;
  /** The owner: a member of the youth's team today. */
  ownerSub: string | number;
  /** What is to be done (1 to 2000 characters). */
  text: string;
  youthId: string | number;
};

/** The level of concern a CSEC screening found. */
export type CsecConcernLevel =
  | 'CLEAR'
  | 'NO_CONCERN'
  | 'POSSIBLE';

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

export type DefenderMatterKind =
  /** A WIC 602 petition; counsel appointed under WIC 634. */
  | 'DELINQUENCY'
  /** A WIC 300 petition; counsel appointed under WIC 317. */
  | 'DEPENDENCY';

export type DefenderMatterStatus =
  | 'CLOSED'
  | 'DISMISSED'
  /** Filed, not yet adjudicated. */
  | 'PENDING'
  /** Adjudicated; the court keeps jurisdiction and reviews. */
  | 'UNDER_JURISDICTION';

export type DenialReason =
  | 'CONSENT_REQUIRED'
  | 'COURT_ORDER_REQUIRED'
  | 'NEVER_SHARED'
  | 'NOT_ON_TEAM'
  | 'PURPOSE_NOT_PERMITTED';

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

/** Whether a row released any category, denied any, or both (a row may be both). */
export type DisclosureOutcome =
  | 'DENIED'
  | 'RELEASED'
  /** Denied a category and released none: a request where nothing was disclosed (a statement's second section). */
  | 'WITHHELD';

export type EmergencyReviewFinding =
  | 'JUSTIFIED'
  | 'NEEDS_FOLLOW_UP'
  | 'NOT_JUSTIFIED';

export type EmergencyReviewStatus =
  | 'CLOSED'
  | 'OPEN';

/** ASAM levels of care for adolescents. */
export type LevelOfCare =
  /** Level 0.5 */
  | 'EARLY_INTERVENTION'
  /** Level 2.1 */
  | 'INTENSIVE_OUTPATIENT'
  /** Level 1 */
  | 'OUTPATIENT'
  /** Level 3 */
  | 'RESIDENTIAL';

export type MdtAgendaSlotInput = {
  /** 5 to 240 (60 when absent: one hour per youth). */
  minutes?: number | null | undefined;
  /** The slot's start, a county date and time (YYYY-MM-DDTHH:MM), at or after the meeting's start. */
  startsAt: string;
  youthId: string | number;
};

export type MdtMeetingKind =
  /** The team's regular monthly meeting. */
  | 'MONTHLY'
  /** An urgent meeting, within 72 hours after its trigger. */
  | 'URGENT';

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

/** The caller's own rows of the accounting: with the others, left out, or alone. */
export type OwnAccess =
  | 'EXCLUDE'
  | 'INCLUDE'
  | 'ONLY';

export type PlacementKind =
  | 'FOSTER_HOME'
  | 'GROUP_HOME'
  | 'RELATIVE'
  | 'SHELTER'
  | 'STRTP';

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

export type ProbationCourtStatus =
  /** Deferred entry of judgment granted (WIC 790). */
  | 'DEFERRED_ENTRY'
  | 'DISMISSED'
  /** No petition: probation handled the referral itself (WIC 654). */
  | 'NOT_FILED'
  | 'PETITION_PENDING'
  /** Petition sustained; disposition ordered. */
  | 'SUSTAINED';

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

export type ProsecutionStatus =
  | 'DISMISSED'
  | 'FILED'
  | 'IN_TRIAL'
  | 'SENTENCED'
  /** Referred; the charging decision is pending. */
  | 'UNDER_REVIEW';

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

export type RecordConsentInput = {
  categories: Array<DataCategory>;
  /** ISO 8601 date or date-time */
  effectiveFrom: string;
  /** ISO 8601; open-ended when absent */
  effectiveTo?: string | null | undefined;
  /** The reference of the signed form kept on file */
  formReference: string;
  grantor: ConsentGrantor;
  purposes: Array<PurposeOfUse>;
  recipientAgencies: Array<Agency>;
  /**
   * Given within the youth's MDT/CFT (WIC 832(b)(4)): it holds only while the youth takes part in the
   * team, and stops applying when the team is closed or the youth leaves it. The youth must have a team.
   */
  withinTeam?: boolean | null | undefined;
  youthId: string | number;
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

export type ScheduleMdtMeetingInput = {
  /** 1 to 12 youths, each with its slot; slots do not overlap. */
  agenda: Array<MdtAgendaSlotInput>;
  /** 1 to 50 members of the MDT member directory, each on the team of at least one youth on the agenda. */
  invitees: Array<string | number>;
  kind: MdtMeetingKind;
  /** A county date and time (YYYY-MM-DDTHH:MM) in the future. */
  startsAt: string;
  /** URGENT only: what happened. */
  trigger?: MdtUrgentTrigger | null | undefined;
  /** URGENT only: when it happened, a county date and time (YYYY-MM-DDTHH:MM), not in the future, at most 72 hours before the start. */
  triggeredAt?: string | null | undefined;
};

export type ServiceDomain =
  | 'EDUCATION'
  | 'EMPLOYMENT'
  | 'HOUSING'
  | 'LEGAL'
  | 'LIFE_SKILLS'
  | 'MENTORING';

/** Identified: not yet acted on; referred: not yet received; receiving and completed: received. */
export type ServiceStatus =
  | 'COMPLETED'
  | 'IDENTIFIED'
  | 'RECEIVING'
  | 'REFERRED';

export type SexualHealthService =
  | 'CONTRACEPTIVE_COUNSELING'
  | 'HPV_VACCINATION'
  | 'PREGNANCY_TEST'
  | 'STI_SCREENING'
  | 'STI_TREATMENT';

export type SpecialEducationStatus =
  /** An IEP is in effect. */
  | 'ACTIVE_IEP'
  /** Referred, the assessment plan consented to; the initial IEP meeting is due within 60 days (Ed Code 56043). */
  | 'ASSESSMENT_PENDING'
  /** Was eligible; no longer receives special education. */
  | 'EXITED'
  /** Assessed and found not eligible. */
  | 'NOT_ELIGIBLE';

export type SubmitMdtReferralInput = {
  /** With localId: the youth's date of birth (YYYY-MM-DD). */
  dateOfBirth?: string | null | undefined;
  /** With localId: the youth's family name. */
  familyName?: string | null | undefined;
  /** With localId: the youth's given name. */
  givenName?: string | null | undefined;
  /** The CSEC indicators you observed, from mdtReferralIndicators. */
  indicators: Array<string>;
  /** Consents or court orders you know of (up to 2000 characters). */
  knownConsentsAndOrders?: string | null | undefined;
  /** Your agency's own id for a youth not yet in the registry (1 to 100 printable characters, no spaces). */
  localId?: string | null | undefined;
  /** Why you refer the youth, what you observed (1 to 4000 characters). */
  reasons: string;
  /** Current safety concerns (1 to 4000 characters; say so if none are known). */
  safetyConcerns: string;
  urgency: MdtReferralUrgency;
  /** Required when URGENT: why it cannot wait for the monthly meeting (1 to 2000 characters). */
  urgencyReason?: string | null | undefined;
  /** A youth in the registry your agency serves; leave out for a youth not yet in it. */
  youthId?: string | number | null | undefined;
};

export type SubstanceUseStatus =
  | 'COMPLETED'
  | 'IN_TREATMENT'
  | 'LEFT_BEFORE_COMPLETION';

export type TreatmentStatus =
  | 'ACTIVE'
  | 'COMPLETED'
  | 'DISCONTINUED'
  /** Needs services not yet received. */
  | 'WAITLISTED';

export type VictimWitnessRole =
  | 'VICTIM'
  | 'WITNESS';

/** The viewer to simulate: a role of its agency, a purpose, and (for team membership and emergency grants) a person id. */
export type ViewAsInput = {
  agency: Agency;
  purpose?: PurposeOfUse | null | undefined;
  role: Role;
  sub?: string | null | undefined;
};

export type EndEmergencyGrantMutationVariables = Exact<{
  grantId: string | number;
  reason: string;
}>;


export type EndEmergencyGrantMutation = { endEmergencyGrant: { id: string, active: boolean, endedAt: string | null } };

export type CaseloadNewsFragment = { childWelfare: { timeline: { childWelfareCase: Array<{ date: string }> | null, placement: Array<{ date: string }> | null, runaway: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null, safetyPlan: Array<{ date: string }> | null } | null } | null, probation: { timeline: { probation: Array<{ date: string }> | null, delinquency: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null } | null } | null, health: { timeline: { mentalHealth: Array<{ date: string }> | null, psychotherapyNotes: Array<{ date: string }> | null, substanceUse: Array<{ date: string }> | null, sexualHealth: Array<{ date: string }> | null, physicalHealth: Array<{ date: string }> | null } | null } | null, education: { timeline: { education: Array<{ date: string }> | null } | null } | null, districtAttorney: { timeline: { victimWitness: Array<{ date: string }> | null } | null } | null, publicDefender: { timeline: { delinquency: Array<{ date: string }> | null, attorneyClient: Array<{ date: string }> | null } | null } | null };

export type CaseloadNewsQueryVariables = Exact<{
  newsSince: string;
  y0: string | number;
  y1: string | number;
  y2: string | number;
  y3: string | number;
  y4: string | number;
  y5: string | number;
  y6: string | number;
  y7: string | number;
  y8: string | number;
  y9: string | number;
  y10: string | number;
  y11: string | number;
}>;


export type CaseloadNewsQuery = { y0: { id: string, childWelfare: { timeline: { childWelfareCase: Array<{ date: string }> | null, placement: Array<{ date: string }> | null, runaway: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null, safetyPlan: Array<{ date: string }> | null } | null } | null, probation: { timeline: { probation: Array<{ date: string }> | null, delinquency: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null } | null } | null, health: { timeline: { mentalHealth: Array<{ date: string }> | null, psychotherapyNotes: Array<{ date: string }> | null, substanceUse: Array<{ date: string }> | null, sexualHealth: Array<{ date: string }> | null, physicalHealth: Array<{ date: string }> | null } | null } | null, education: { timeline: { education: Array<{ date: string }> | null } | null } | null, districtAttorney: { timeline: { victimWitness: Array<{ date: string }> | null } | null } | null, publicDefender: { timeline: { delinquency: Array<{ date: string }> | null, attorneyClient: Array<{ date: string }> | null } | null } | null } | null, y1: { id: string, childWelfare: { timeline: { childWelfareCase: Array<{ date: string }> | null, placement: Array<{ date: string }> | null, runaway: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null, safetyPlan: Array<{ date: string }> | null } | null } | null, probation: { timeline: { probation: Array<{ date: string }> | null, delinquency: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null } | null } | null, health: { timeline: { mentalHealth: Array<{ date: string }> | null, psychotherapyNotes: Array<{ date: string }> | null, substanceUse: Array<{ date: string }> | null, sexualHealth: Array<{ date: string }> | null, physicalHealth: Array<{ date: string }> | null } | null } | null, education: { timeline: { education: Array<{ date: string }> | null } | null } | null, districtAttorney: { timeline: { victimWitness: Array<{ date: string }> | null } | null } | null, publicDefender: { timeline: { delinquency: Array<{ date: string }> | null, attorneyClient: Array<{ date: string }> | null } | null } | null } | null, y2: { id: string, childWelfare: { timeline: { childWelfareCase: Array<{ date: string }> | null, placement: Array<{ date: string }> | null, runaway: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null, safetyPlan: Array<{ date: string }> | null } | null } | null, probation: { timeline: { probation: Array<{ date: string }> | null, delinquency: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null } | null } | null, health: { timeline: { mentalHealth: Array<{ date: string }> | null, psychotherapyNotes: Array<{ date: string }> | null, substanceUse: Array<{ date: string }> | null, sexualHealth: Array<{ date: string }> | null, physicalHealth: Array<{ date: string }> | null } | null } | null, education: { timeline: { education: Array<{ date: string }> | null } | null } | null, districtAttorney: { timeline: { victimWitness: Array<{ date: string }> | null } | null } | null, publicDefender: { timeline: { delinquency: Array<{ date: string }> | null, attorneyClient: Array<{ date: string }> | null } | null } | null } | null, y3: { id: string, childWelfare: { timeline: { childWelfareCase: Array<{ date: string }> | null, placement: Array<{ date: string }> | null, runaway: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null, safetyPlan: Array<{ date: string }> | null } | null } | null, probation: { timeline: { probation: Array<{ date: string }> | null, delinquency: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null } | null } | null, health: { timeline: { mentalHealth: Array<{ date: string }> | null, psychotherapyNotes: Array<{ date: string }> | null, substanceUse: Array<{ date: string }> | null, sexualHealth: Array<{ date: string }> | null, physicalHealth: Array<{ date: string }> | null } | null } | null, education: { timeline: { education: Array<{ date: string }> | null } | null } | null, districtAttorney: { timeline: { victimWitness: Array<{ date: string }> | null } | null } | null, publicDefender: { timeline: { delinquency: Array<{ date: string }> | null, attorneyClient: Array<{ date: string }> | null } | null } | null } | null, y4: { id: string, childWelfare: { timeline: { childWelfareCase: Array<{ date: string }> | null, placement: Array<{ date: string }> | null, runaway: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null, safetyPlan: Array<{ date: string }> | null } | null } | null, probation: { timeline: { probation: Array<{ date: string }> | null, delinquency: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null } | null } | null, health: { timeline: { mentalHealth: Array<{ date: string }> | null, psychotherapyNotes: Array<{ date: string }> | null, substanceUse: Array<{ date: string }> | null, sexualHealth: Array<{ date: string }> | null, physicalHealth: Array<{ date: string }> | null } | null } | null, education: { timeline: { education: Array<{ date: string }> | null } | null } | null, districtAttorney: { timeline: { victimWitness: Array<{ date: string }> | null } | null } | null, publicDefender: { timeline: { delinquency: Array<{ date: string }> | null, attorneyClient: Array<{ date: string }> | null } | null } | null } | null, y5: { id: string, childWelfare: { timeline: { childWelfareCase: Array<{ date: string }> | null, placement: Array<{ date: string }> | null, runaway: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null, safetyPlan: Array<{ date: string }> | null } | null } | null, probation: { timeline: { probation: Array<{ date: string }> | null, delinquency: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null } | null } | null, health: { timeline: { mentalHealth: Array<{ date: string }> | null, psychotherapyNotes: Array<{ date: string }> | null, substanceUse: Array<{ date: string }> | null, sexualHealth: Array<{ date: string }> | null, physicalHealth: Array<{ date: string }> | null } | null } | null, education: { timeline: { education: Array<{ date: string }> | null } | null } | null, districtAttorney: { timeline: { victimWitness: Array<{ date: string }> | null } | null } | null, publicDefender: { timeline: { delinquency: Array<{ date: string }> | null, attorneyClient: Array<{ date: string }> | null } | null } | null } | null, y6: { id: string, childWelfare: { timeline: { childWelfareCase: Array<{ date: string }> | null, placement: Array<{ date: string }> | null, runaway: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null, safetyPlan: Array<{ date: string }> | null } | null } | null, probation: { timeline: { probation: Array<{ date: string }> | null, delinquency: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null } | null } | null, health: { timeline: { mentalHealth: Array<{ date: string }> | null, psychotherapyNotes: Array<{ date: string }> | null, substanceUse: Array<{ date: string }> | null, sexualHealth: Array<{ date: string }> | null, physicalHealth: Array<{ date: string }> | null } | null } | null, education: { timeline: { education: Array<{ date: string }> | null } | null } | null, districtAttorney: { timeline: { victimWitness: Array<{ date: string }> | null } | null } | null, publicDefender: { timeline: { delinquency: Array<{ date: string }> | null, attorneyClient: Array<{ date: string }> | null } | null } | null } | null, y7: { id: string, childWelfare: { timeline: { childWelfareCase: Array<{ date: string }> | null, placement: Array<{ date: string }> | null, runaway: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null, safetyPlan: Array<{ date: string }> | null } | null } | null, probation: { timeline: { probation: Array<{ date: string }> | null, delinquency: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null } | null } | null, health: { timeline: { mentalHealth: Array<{ date: string }> | null, psychotherapyNotes: Array<{ date: string }> | null, substanceUse: Array<{ date: string }> | null, sexualHealth: Array<{ date: string }> | null, physicalHealth: Array<{ date: string }> | null } | null } | null, education: { timeline: { education: Array<{ date: string }> | null } | null } | null, districtAttorney: { timeline: { victimWitness: Array<{ date: string }> | null } | null } | null, publicDefender: { timeline: { delinquency: Array<{ date: string }> | null, attorneyClient: Array<{ date: string }> | null } | null } | null } | null, y8: { id: string, childWelfare: { timeline: { childWelfareCase: Array<{ date: string }> | null, placement: Array<{ date: string }> | null, runaway: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null, safetyPlan: Array<{ date: string }> | null } | null } | null, probation: { timeline: { probation: Array<{ date: string }> | null, delinquency: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null } | null } | null, health: { timeline: { mentalHealth: Array<{ date: string }> | null, psychotherapyNotes: Array<{ date: string }> | null, substanceUse: Array<{ date: string }> | null, sexualHealth: Array<{ date: string }> | null, physicalHealth: Array<{ date: string }> | null } | null } | null, education: { timeline: { education: Array<{ date: string }> | null } | null } | null, districtAttorney: { timeline: { victimWitness: Array<{ date: string }> | null } | null } | null, publicDefender: { timeline: { delinquency: Array<{ date: string }> | null, attorneyClient: Array<{ date: string }> | null } | null } | null } | null, y9: { id: string, childWelfare: { timeline: { childWelfareCase: Array<{ date: string }> | null, placement: Array<{ date: string }> | null, runaway: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null, safetyPlan: Array<{ date: string }> | null } | null } | null, probation: { timeline: { probation: Array<{ date: string }> | null, delinquency: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null } | null } | null, health: { timeline: { mentalHealth: Array<{ date: string }> | null, psychotherapyNotes: Array<{ date: string }> | null, substanceUse: Array<{ date: string }> | null, sexualHealth: Array<{ date: string }> | null, physicalHealth: Array<{ date: string }> | null } | null } | null, education: { timeline: { education: Array<{ date: string }> | null } | null } | null, districtAttorney: { timeline: { victimWitness: Array<{ date: string }> | null } | null } | null, publicDefender: { timeline: { delinquency: Array<{ date: string }> | null, attorneyClient: Array<{ date: string }> | null } | null } | null } | null, y10: { id: string, childWelfare: { timeline: { childWelfareCase: Array<{ date: string }> | null, placement: Array<{ date: string }> | null, runaway: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null, safetyPlan: Array<{ date: string }> | null } | null } | null, probation: { timeline: { probation: Array<{ date: string }> | null, delinquency: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null } | null } | null, health: { timeline: { mentalHealth: Array<{ date: string }> | null, psychotherapyNotes: Array<{ date: string }> | null, substanceUse: Array<{ date: string }> | null, sexualHealth: Array<{ date: string }> | null, physicalHealth: Array<{ date: string }> | null } | null } | null, education: { timeline: { education: Array<{ date: string }> | null } | null } | null, districtAttorney: { timeline: { victimWitness: Array<{ date: string }> | null } | null } | null, publicDefender: { timeline: { delinquency: Array<{ date: string }> | null, attorneyClient: Array<{ date: string }> | null } | null } | null } | null, y11: { id: string, childWelfare: { timeline: { childWelfareCase: Array<{ date: string }> | null, placement: Array<{ date: string }> | null, runaway: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null, safetyPlan: Array<{ date: string }> | null } | null } | null, probation: { timeline: { probation: Array<{ date: string }> | null, delinquency: Array<{ date: string }> | null, csecIndicators: Array<{ date: string }> | null } | null } | null, health: { timeline: { mentalHealth: Array<{ date: string }> | null, psychotherapyNotes: Array<{ date: string }> | null, substanceUse: Array<{ date: string }> | null, sexualHealth: Array<{ date: string }> | null, physicalHealth: Array<{ date: string }> | null } | null } | null, education: { timeline: { education: Array<{ date: string }> | null } | null } | null, districtAttorney: { timeline: { victimWitness: Array<{ date: string }> | null } | null } | null, publicDefender: { timeline: { delinquency: Array<{ date: string }> | null, attorneyClient: Array<{ date: string }> | null } | null } | null } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { sub: string, name: string, agency: Agency, role: Role } };

export type CaseloadQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
  scope?: CaseloadScope | null | undefined;
}>;


export type CaseloadQuery = { youths: { totalCount: number, totalCountCapped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, myLastLook: string | null, node: { id: string, displayName: string | null, dateOfBirth: string | null, childWelfare: { currentPlacement: { kind: PlacementKind } | null, latestCsecScreening: { level: CsecConcernLevel, screenedOn: string, rescreenOverdue: boolean } | null, missingNow: { since: string, hours: number, episode: { reportingClocks: Array<{ kind: ReportingClockKind, status: ReportingClockStatus, dueAt: string }> | null } } | null } | null, probation: { missingNow: { since: string, hours: number, episode: { reportingClocks: Array<{ kind: ReportingClockKind, status: ReportingClockStatus, dueAt: string }> | null } } | null, delinquencyCase: { nextHearingOn: string | null } | null, latestCsecScreening: { result: ProbationCsecScreeningResult, screenedOn: string } | null } | null, districtAttorney: { upcomingCourtDates: Array<{ scheduledOn: string }> | null } | null } }> } };

export type YouthConsentsQueryVariables = Exact<{
  id: string | number;
}>;


export type YouthConsentsQuery = { youth: { id: string, displayName: string | null, team: Array<{ personId: string, name: string }> | null, consents: Array<{ id: string, grantor: ConsentGrantor, categories: Array<DataCategory>, recipientAgencies: Array<Agency>, purposes: Array<PurposeOfUse>, effectiveFrom: string, effectiveTo: string | null, status: ConsentStatus, formReference: string, recordedBy: string, recordedAt: string, revokedAt: string | null, revokedBy: string | null, revokeReason: string | null, withinTeam: boolean, noLongerApplies: string | null }> | null } | null };

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordConsentMutation = { recordConsent: { id: string, status: ConsentStatus } };

export type RevokeConsentMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevokeConsentMutation = { revokeConsent: { id: string, status: ConsentStatus } };

export type MdtMeetingsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type MdtMeetingsQuery = { mdtMeetings: Array<{ id: string, startsAt: string, kind: MdtMeetingKind, trigger: MdtUrgentTrigger | null, invited: boolean, notShownCount: number | null, attendanceRecordedAt: string | null, agenda: Array<{ startsAt: string, youth: { id: string, displayName: string | null } }> }> };

export type MdtMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type MdtMeetingQuery = { mdtMeeting: { id: string, startsAt: string, kind: MdtMeetingKind, trigger: MdtUrgentTrigger | null, triggeredAt: string | null, scheduledByName: string, invited: boolean, notShownCount: number | null, attendanceRecordedAt: string | null, invitees: Array<{ sub: string, name: string, agency: Agency, role: Role }>, attendance: Array<{ sub: string }> | null, agenda: Array<{ startsAt: string, minutes: number, previousMeetingAt: string | null, youth: { id: string, displayName: string | null, team: Array<{ personId: string, name: string, agency: Agency, role: Role }> | null }, openActionItems: Array<{ id: string, text: string, ownerSub: string, ownerName: string, dueOn: string, overdue: boolean, meetingId: string | null }> | null, notes: Array<{ id: string, text: string, currentText: string, authorName: string, recordedAt: string, confidentiality: string, amendments: Array<{ id: string, text: string, reason: string, amendedByName: string, amendedAt: string }> }> | null }> } | null };

export type RecordAttendanceMutationVariables = Exact<{
  meetingId: string | number;
  attendees: Array<string | number> | string | number;
}>;


export type RecordAttendanceMutation = { recordAttendance: { id: string, attendanceRecordedAt: string | null, attendance: Array<{ sub: string }> | null } };

export type RecordMeetingNoteMutationVariables = Exact<{
  meetingId?: string | number | null | undefined;
  youthId: string | number;
  text: string;
}>;


export type RecordMeetingNoteMutation = { recordMdtNote: { id: string } };

export type AgendaCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type AgendaCandidatesQuery = { youths: { edges: Array<{ node: { id: string, displayName: string | null, team: Array<{ personId: string, name: string, agency: Agency, role: Role }> | null } }> } };

export type ScheduleMdtMeetingMutationVariables = Exact<{
  input: ScheduleMdtMeetingInput;
}>;


export type ScheduleMdtMeetingMutation = { scheduleMdtMeeting: { id: string } };

export type AmendMeetingNoteMutationVariables = Exact<{
  noteId: string | number;
  text: string;
  reason: string;
}>;


export type AmendMeetingNoteMutation = { amendMdtNote: { id: string, currentText: string } };

export type CreateMeetingActionItemMutationVariables = Exact<{
  input: CreateActionItemInput;
}>;


export type CreateMeetingActionItemMutation = { createActionItem: { id: string, ownerName: string, dueOn: string } };

export type MyActionItemsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyActionItemsQuery = { myActionItems: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, youthId: string, text: string, dueOn: string, status: ActionItemStatus, overdue: boolean, statusNote: string | null, statusChangedAt: string | null } | null }> } };

export type UpdateActionItemMutationVariables = Exact<{
  id: string | number;
  status: ActionItemStatus;
  note?: string | null | undefined;
}>;


export type UpdateActionItemMutation = { updateActionItem: { id: string, status: ActionItemStatus, statusNote: string | null } };

export type ViewerPageFragment = { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ id: string, agency: Agency, at: string, viewerSub: string, viewerName: string | null, viewerRole: Role, viewerAgency: Agency, purpose: PurposeOfUse, access: DisclosureAccess, youthId: string, released: Array<DataCategory>, denied: Array<DataCategory>, emergencyGrantId: string | null }> };

export type AccessByViewerQueryVariables = Exact<{
  viewerSub: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
  outcome?: DisclosureOutcome | null | undefined;
  access?: Array<DisclosureAccess> | DisclosureAccess | null | undefined;
  emergencyGrantId?: string | number | null | undefined;
  first: number;
  registry?: string | null | undefined;
  childWelfare?: string | null | undefined;
  probation?: string | null | undefined;
  health?: string | null | undefined;
  education?: string | null | undefined;
  districtAttorney?: string | null | undefined;
  publicDefender?: string | null | undefined;
  lawEnforcement?: string | null | undefined;
}>;


export type AccessByViewerQuery = { accessByViewer: { id: string, registry: { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ id: string, agency: Agency, at: string, viewerSub: string, viewerName: string | null, viewerRole: Role, viewerAgency: Agency, purpose: PurposeOfUse, access: DisclosureAccess, youthId: string, released: Array<DataCategory>, denied: Array<DataCategory>, emergencyGrantId: string | null }> } | null, childWelfare: { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ id: string, agency: Agency, at: string, viewerSub: string, viewerName: string | null, viewerRole: Role, viewerAgency: Agency, purpose: PurposeOfUse, access: DisclosureAccess, youthId: string, released: Array<DataCategory>, denied: Array<DataCategory>, emergencyGrantId: string | null }> } | null, probation: { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ id: string, agency: Agency, at: string, viewerSub: string, viewerName: string | null, viewerRole: Role, viewerAgency: Agency, purpose: PurposeOfUse, access: DisclosureAccess, youthId: string, released: Array<DataCategory>, denied: Array<DataCategory>, emergencyGrantId: string | null }> } | null, health: { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ id: string, agency: Agency, at: string, viewerSub: string, viewerName: string | null, viewerRole: Role, viewerAgency: Agency, purpose: PurposeOfUse, access: DisclosureAccess, youthId: string, released: Array<DataCategory>, denied: Array<DataCategory>, emergencyGrantId: string | null }> } | null, education: { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ id: string, agency: Agency, at: string, viewerSub: string, viewerName: string | null, viewerRole: Role, viewerAgency: Agency, purpose: PurposeOfUse, access: DisclosureAccess, youthId: string, released: Array<DataCategory>, denied: Array<DataCategory>, emergencyGrantId: string | null }> } | null, districtAttorney: { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ id: string, agency: Agency, at: string, viewerSub: string, viewerName: string | null, viewerRole: Role, viewerAgency: Agency, purpose: PurposeOfUse, access: DisclosureAccess, youthId: string, released: Array<DataCategory>, denied: Array<DataCategory>, emergencyGrantId: string | null }> } | null, publicDefender: { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ id: string, agency: Agency, at: string, viewerSub: string, viewerName: string | null, viewerRole: Role, viewerAgency: Agency, purpose: PurposeOfUse, access: DisclosureAccess, youthId: string, released: Array<DataCategory>, denied: Array<DataCategory>, emergencyGrantId: string | null }> } | null, lawEnforcement: { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ id: string, agency: Agency, at: string, viewerSub: string, viewerName: string | null, viewerRole: Role, viewerAgency: Agency, purpose: PurposeOfUse, access: DisclosureAccess, youthId: string, released: Array<DataCategory>, denied: Array<DataCategory>, emergencyGrantId: string | null }> } | null } | null };

export type AlertFragment = { id: string, kind: PrivacyAlertKind, agency: Agency, day: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency | null, viewerRole: Role | null, count: number, baseline: number | null, summary: string, rowIds: Array<string>, emergencyGrantId: string | null, from: string, to: string };

export type PrivacyAlertsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PrivacyAlertsQuery = { privacyAlerts: { id: string, findings: Array<{ alertId: string, finding: PrivacyAlertFinding, note: string, closedBy: string, closedByName: string | null, closedAt: string }>, registry: Array<{ id: string, kind: PrivacyAlertKind, agency: Agency, day: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency | null, viewerRole: Role | null, count: number, baseline: number | null, summary: string, rowIds: Array<string>, emergencyGrantId: string | null, from: string, to: string }> | null, childWelfare: Array<{ id: string, kind: PrivacyAlertKind, agency: Agency, day: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency | null, viewerRole: Role | null, count: number, baseline: number | null, summary: string, rowIds: Array<string>, emergencyGrantId: string | null, from: string, to: string }> | null, probation: Array<{ id: string, kind: PrivacyAlertKind, agency: Agency, day: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency | null, viewerRole: Role | null, count: number, baseline: number | null, summary: string, rowIds: Array<string>, emergencyGrantId: string | null, from: string, to: string }> | null, health: Array<{ id: string, kind: PrivacyAlertKind, agency: Agency, day: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency | null, viewerRole: Role | null, count: number, baseline: number | null, summary: string, rowIds: Array<string>, emergencyGrantId: string | null, from: string, to: string }> | null, education: Array<{ id: string, kind: PrivacyAlertKind, agency: Agency, day: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency | null, viewerRole: Role | null, count: number, baseline: number | null, summary: string, rowIds: Array<string>, emergencyGrantId: string | null, from: string, to: string }> | null, districtAttorney: Array<{ id: string, kind: PrivacyAlertKind, agency: Agency, day: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency | null, viewerRole: Role | null, count: number, baseline: number | null, summary: string, rowIds: Array<string>, emergencyGrantId: string | null, from: string, to: string }> | null, publicDefender: Array<{ id: string, kind: PrivacyAlertKind, agency: Agency, day: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency | null, viewerRole: Role | null, count: number, baseline: number | null, summary: string, rowIds: Array<string>, emergencyGrantId: string | null, from: string, to: string }> | null, lawEnforcement: Array<{ id: string, kind: PrivacyAlertKind, agency: Agency, day: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency | null, viewerRole: Role | null, count: number, baseline: number | null, summary: string, rowIds: Array<string>, emergencyGrantId: string | null, from: string, to: string }> | null } | null };

export type ClosePrivacyAlertMutationVariables = Exact<{
  alertId: string | number;
  finding: PrivacyAlertFinding;
  note: string;
}>;


export type ClosePrivacyAlertMutation = { closePrivacyAlert: { alertId: string, finding: PrivacyAlertFinding, closedAt: string } };

export type AccountingPageFragment = { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ id: string, seq: number, agency: Agency, at: string, requestId: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency, viewerRole: Role, purpose: PurposeOfUse, access: DisclosureAccess, released: Array<DataCategory>, denied: Array<DataCategory>, emergencyGrantId: string | null, basis: Array<{ category: DataCategory, allowed: boolean, ruleId: string, legalBasis: string }> | null }> };

export type AccountingSubjectsQueryVariables = Exact<{
  search: string;
}>;


export type AccountingSubjectsQuery = { accountingSubjects: Array<{ youthId: string, initials: string, dateOfBirth: string, matchedBy: string }> };

export type AccountingQueryVariables = Exact<{
  youthId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  viewerSub?: string | null | undefined;
  categories?: Array<DataCategory> | DataCategory | null | undefined;
  outcome?: DisclosureOutcome | null | undefined;
  access?: Array<DisclosureAccess> | DisclosureAccess | null | undefined;
  own?: OwnAccess | null | undefined;
  statement?: boolean | null | undefined;
  first: number;
  registry?: string | null | undefined;
  childWelfare?: string | null | undefined;
  probation?: string | null | undefined;
  health?: string | null | undefined;
  education?: string | null | undefined;
  districtAttorney?: string | null | undefined;
  publicDefender?: string | null | undefined;
  lawEnforcement?: string | null | undefined;
}>;


export type AccountingQuery = { accountingOfDisclosures: { id: string, undelivered: Array<{ requestId: string, agency: Agency }>, registry: { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ id: string, seq: number, agency: Agency, at: string, requestId: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency, viewerRole: Role, purpose: PurposeOfUse, access: DisclosureAccess, released: Array<DataCategory>, denied: Array<DataCategory>, emergencyGrantId: string | null, basis: Array<{ category: DataCategory, allowed: boolean, ruleId: string, legalBasis: string }> | null }> } | null, childWelfare: { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ id: string, seq: number, agency: Agency, at: string, requestId: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency, viewerRole: Role, purpose: PurposeOfUse, access: DisclosureAccess, released: Array<DataCategory>, denied: Array<DataCategory>, emergencyGrantId: string | null, basis: Array<{ category: DataCategory, allowed: boolean, ruleId: string, legalBasis: string }> | null }> } | null, probation: { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ id: string, seq: number, agency: Agency, at: string, requestId: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency, viewerRole: Role, purpose: PurposeOfUse, access: DisclosureAccess, released: Array<DataCategory>, denied: Array<DataCategory>, emergencyGrantId: string | null, basis: Array<{ category: DataCategory, allowed: boolean, ruleId: string, legalBasis: string }> | null }> } | null, health: { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ id: string, seq: number, agency: Agency, at: string, requestId: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency, viewerRole: Role, purpose: PurposeOfUse, access: DisclosureAccess, released: Array<DataCategory>, denied: Array<DataCategory>, emergencyGrantId: string | null, basis: Array<{ category: DataCategory, allowed: boolean, ruleId: string, legalBasis: string }> | null }> } | null, education: { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ id: string, seq: number, agency: Agency, at: string, requestId: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency, viewerRole: Role, purpose: PurposeOfUse, access: DisclosureAccess, released: Array<DataCategory>, denied: Array<DataCategory>, emergencyGrantId: string | null, basis: Array<{ category: DataCategory, allowed: boolean, ruleId: string, legalBasis: string }> | null }> } | null, districtAttorney: { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ id: string, seq: number, agency: Agency, at: string, requestId: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency, viewerRole: Role, purpose: PurposeOfUse, access: DisclosureAccess, released: Array<DataCategory>, denied: Array<DataCategory>, emergencyGrantId: string | null, basis: Array<{ category: DataCategory, allowed: boolean, ruleId: string, legalBasis: string }> | null }> } | null, publicDefender: { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ id: string, seq: number, agency: Agency, at: string, requestId: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency, viewerRole: Role, purpose: PurposeOfUse, access: DisclosureAccess, released: Array<DataCategory>, denied: Array<DataCategory>, emergencyGrantId: string | null, basis: Array<{ category: DataCategory, allowed: boolean, ruleId: string, legalBasis: string }> | null }> } | null, lawEnforcement: { totalCount: number, hasNextPage: boolean, endCursor: string | null, entries: Array<{ id: string, seq: number, agency: Agency, at: string, requestId: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency, viewerRole: Role, purpose: PurposeOfUse, access: DisclosureAccess, released: Array<DataCategory>, denied: Array<DataCategory>, emergencyGrantId: string | null, basis: Array<{ category: DataCategory, allowed: boolean, ruleId: string, legalBasis: string }> | null }> } | null } | null };

export type StatementPageFragment = { totalCount: number, hasNextPage: boolean, entries: Array<{ id: string, agency: Agency, at: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency, viewerRole: Role, purpose: PurposeOfUse, access: DisclosureAccess, released: Array<DataCategory>, denied: Array<DataCategory> }> };

export type StatementQueryVariables = Exact<{
  youthId: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
  viewerSub?: string | null | undefined;
  categories?: Array<DataCategory> | DataCategory | null | undefined;
  outcome?: DisclosureOutcome | null | undefined;
  access?: Array<DisclosureAccess> | DisclosureAccess | null | undefined;
  first: number;
}>;


export type StatementQuery = { accountingOfDisclosures: { id: string, registry: { totalCount: number, hasNextPage: boolean, entries: Array<{ id: string, agency: Agency, at: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency, viewerRole: Role, purpose: PurposeOfUse, access: DisclosureAccess, released: Array<DataCategory>, denied: Array<DataCategory> }> } | null, childWelfare: { totalCount: number, hasNextPage: boolean, entries: Array<{ id: string, agency: Agency, at: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency, viewerRole: Role, purpose: PurposeOfUse, access: DisclosureAccess, released: Array<DataCategory>, denied: Array<DataCategory> }> } | null, probation: { totalCount: number, hasNextPage: boolean, entries: Array<{ id: string, agency: Agency, at: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency, viewerRole: Role, purpose: PurposeOfUse, access: DisclosureAccess, released: Array<DataCategory>, denied: Array<DataCategory> }> } | null, health: { totalCount: number, hasNextPage: boolean, entries: Array<{ id: string, agency: Agency, at: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency, viewerRole: Role, purpose: PurposeOfUse, access: DisclosureAccess, released: Array<DataCategory>, denied: Array<DataCategory> }> } | null, education: { totalCount: number, hasNextPage: boolean, entries: Array<{ id: string, agency: Agency, at: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency, viewerRole: Role, purpose: PurposeOfUse, access: DisclosureAccess, released: Array<DataCategory>, denied: Array<DataCategory> }> } | null, districtAttorney: { totalCount: number, hasNextPage: boolean, entries: Array<{ id: string, agency: Agency, at: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency, viewerRole: Role, purpose: PurposeOfUse, access: DisclosureAccess, released: Array<DataCategory>, denied: Array<DataCategory> }> } | null, publicDefender: { totalCount: number, hasNextPage: boolean, entries: Array<{ id: string, agency: Agency, at: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency, viewerRole: Role, purpose: PurposeOfUse, access: DisclosureAccess, released: Array<DataCategory>, denied: Array<DataCategory> }> } | null, lawEnforcement: { totalCount: number, hasNextPage: boolean, entries: Array<{ id: string, agency: Agency, at: string, viewerSub: string, viewerName: string | null, viewerAgency: Agency, viewerRole: Role, purpose: PurposeOfUse, access: DisclosureAccess, released: Array<DataCategory>, denied: Array<DataCategory> }> } | null } | null };

export type PolicyMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type PolicyMatrixQuery = { policyMatrix: { policyVersion: string, roles: Array<Role>, emergencyOpens: Array<DataCategory>, rows: Array<{ category: DataCategory, cells: Array<{ role: Role, kind: string, inferred: boolean, ruleId: string }> }>, rules: Array<{ id: string, description: string, legalBasis: string, inferred: boolean }> } };

export type PolicyDiffQueryVariables = Exact<{
  rules: string;
}>;


export type PolicyDiffQuery = { policyDiff: { fromVersion: string, toVersion: string, points: number, text: Array<string>, changes: Array<{ kind: string, point: string, before: string, after: string }> } };

export type ViewAsQueryVariables = Exact<{
  youthId: string | number;
  as: ViewAsInput;
}>;


export type ViewAsQuery = { viewAs: Array<{ agency: Agency, category: DataCategory, allowed: boolean, reason: DenialReason | null, ruleId: string, legalBasis: string }> };

export type ReviewQueueQueryVariables = Exact<{
  status?: EmergencyReviewStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ReviewQueueQuery = { emergencyReviewQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, youthId: string, reason: string, grantedAt: string, expiresAt: string, active: boolean, reviewStatus: EmergencyReviewStatus, finding: EmergencyReviewFinding | null, reviewNote: string | null, reviewedBy: string | null, reviewedAt: string | null, endedAt: string | null, endedBy: string | null, endedReason: string | null, subject: { initials: string, dateOfBirth: string } | null, requestedBy: { sub: string, name: string, agency: Agency, role: Role } } }> } };

export type CloseEmergencyReviewMutationVariables = Exact<{
  grantId: string | number;
  finding: EmergencyReviewFinding;
  note: string;
}>;


export type CloseEmergencyReviewMutation = { closeEmergencyReview: { id: string, reviewStatus: EmergencyReviewStatus } };

export type VerificationFragment = { agency: Agency, verdict: ChainVerdict, rows: number, headSeq: number | null, headHash: string | null, checkpointSeq: number | null, checkpointedAt: string | null, checkpointAgeSeconds: number | null, firstBrokenSeq: number | null, problem: string | null, note: string | null };

export type AuditChainVerificationQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditChainVerificationQuery = { auditChainVerification: { id: string, registry: { agency: Agency, verdict: ChainVerdict, rows: number, headSeq: number | null, headHash: string | null, checkpointSeq: number | null, checkpointedAt: string | null, checkpointAgeSeconds: number | null, firstBrokenSeq: number | null, problem: string | null, note: string | null } | null, childWelfare: { agency: Agency, verdict: ChainVerdict, rows: number, headSeq: number | null, headHash: string | null, checkpointSeq: number | null, checkpointedAt: string | null, checkpointAgeSeconds: number | null, firstBrokenSeq: number | null, problem: string | null, note: string | null } | null, probation: { agency: Agency, verdict: ChainVerdict, rows: number, headSeq: number | null, headHash: string | null, checkpointSeq: number | null, checkpointedAt: string | null, checkpointAgeSeconds: number | null, firstBrokenSeq: number | null, problem: string | null, note: string | null } | null, health: { agency: Agency, verdict: ChainVerdict, rows: number, headSeq: number | null, headHash: string | null, checkpointSeq: number | null, checkpointedAt: string | null, checkpointAgeSeconds: number | null, firstBrokenSeq: number | null, problem: string | null, note: string | null } | null, education: { agency: Agency, verdict: ChainVerdict, rows: number, headSeq: number | null, headHash: string | null, checkpointSeq: number | null, checkpointedAt: string | null, checkpointAgeSeconds: number | null, firstBrokenSeq: number | null, problem: string | null, note: string | null } | null, districtAttorney: { agency: Agency, verdict: ChainVerdict, rows: number, headSeq: number | null, headHash: string | null, checkpointSeq: number | null, checkpointedAt: string | null, checkpointAgeSeconds: number | null, firstBrokenSeq: number | null, problem: string | null, note: string | null } | null, publicDefender: { agency: Agency, verdict: ChainVerdict, rows: number, headSeq: number | null, headHash: string | null, checkpointSeq: number | null, checkpointedAt: string | null, checkpointAgeSeconds: number | null, firstBrokenSeq: number | null, problem: string | null, note: string | null } | null, lawEnforcement: { agency: Agency, verdict: ChainVerdict, rows: number, headSeq: number | null, headHash: string | null, checkpointSeq: number | null, checkpointedAt: string | null, checkpointAgeSeconds: number | null, firstBrokenSeq: number | null, problem: string | null, note: string | null } | null } };

export type ReferralIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferralIndicatorsQuery = { mdtReferralIndicators: Array<string> };

export type SubmitMdtReferralMutationVariables = Exact<{
  input: SubmitMdtReferralInput;
}>;


export type SubmitMdtReferralMutation = { submitMdtReferral: { id: string, status: MdtReferralStatus } };

export type MyMdtReferralsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMdtReferralsQuery = { myMdtReferrals: Array<{ id: string, youthId: string | null, localId: string | null, givenName: string | null, familyName: string | null, submittedAt: string, urgency: MdtReferralUrgency, indicators: Array<string>, status: MdtReferralStatus, decidedAt: string | null, decisionReason: string | null }> };

export type MdtReferralInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type MdtReferralInboxQuery = { mdtReferralInbox: Array<{ id: string, youthId: string | null, localId: string | null, givenName: string | null, familyName: string | null, referringAgency: Agency, referredByName: string, submittedAt: string, urgency: MdtReferralUrgency, urgencyReason: string | null, indicators: Array<string> }> };

export type MdtReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type MdtReferralQuery = { mdtReferral: { id: string, youthId: string | null, referringAgency: Agency, localId: string | null, givenName: string | null, familyName: string | null, dateOfBirth: string | null, referredBySub: string, referredByName: string, referredByRole: Role, submittedAt: string, reasons: string, indicators: Array<string>, urgency: MdtReferralUrgency, urgencyReason: string | null, safetyConcerns: string, knownConsentsAndOrders: string | null, status: MdtReferralStatus, decidedBy: string | null, decidedAt: string | null, decisionReason: string | null } | null };

export type DecideMdtReferralMutationVariables = Exact<{
  id: string | number;
  decision: MdtReferralDecision;
  reason: string;
  youthId?: string | number | null | undefined;
}>;


export type DecideMdtReferralMutation = { decideMdtReferral: { id: string, status: MdtReferralStatus, youthId: string | null, decisionReason: string | null } };

export type YouthRosterQueryVariables = Exact<{
  id: string | number;
}>;


export type YouthRosterQuery = { youth: { id: string, displayName: string | null, teamHistory: Array<{ id: string, personId: string, name: string, agency: Agency, role: Role, fromDate: string, toDate: string | null, addedBy: string | null, reason: string | null, recordedAt: string, endedOn: string | null, endedAt: string | null, endedBy: string | null, endReason: string | null, current: boolean }> | null } | null };

export type MemberDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberDirectoryQuery = { mdtMemberDirectory: Array<{ sub: string, name: string, agency: Agency, role: Role }> };

export type AddTeamMemberMutationVariables = Exact<{
  youthId: string | number;
  memberSub: string | number;
  reason: string;
}>;


export type AddTeamMemberMutation = { addTeamMember: { id: string, name: string, current: boolean } };

export type EndTeamMembershipMutationVariables = Exact<{
  membershipId: string | number;
  reason: string;
}>;


export type EndTeamMembershipMutation = { endTeamMembership: { id: string, name: string, current: boolean } };

export type MyEmergencyGrantQueryVariables = Exact<{
  youthId: string | number;
}>;


export type MyEmergencyGrantQuery = { myEmergencyGrant: { id: string, reason: string, grantedAt: string, expiresAt: string, active: boolean, reviewStatus: EmergencyReviewStatus } | null };

export type RequestEmergencyAccessMutationVariables = Exact<{
  youthId: string | number;
  reason: string;
}>;


export type RequestEmergencyAccessMutation = { requestEmergencyAccess: { id: string, expiresAt: string } };

export type YouthSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type YouthSummaryQuery = { youth: { id: string, displayName: string | null, preferredName: string | null, dateOfBirth: string | null, team: Array<{ personId: string, name: string, agency: Agency, role: Role }> | null, servicePlan: { needs: Array<{ id: string, domain: ServiceDomain, identifiedOn: string, status: ServiceStatus, provider: string | null, startedOn: string | null }> } | null, childWelfare: { caseNumber: string | null, dependencyStatus: string | null, caseOpenedOn: string | null, assignedWorker: { name: string } | null, currentPlacement: { kind: PlacementKind, providerName: string, startDate: string } | null, placements: Array<{ id: string, kind: PlacementKind, providerName: string, startDate: string, endDate: string | null }> | null, runawayEpisodes: Array<{ id: string, leftOn: string, returnedOn: string | null }> | null, missingNow: { since: string, hours: number, episode: { reportingClocks: Array<{ kind: ReportingClockKind, status: ReportingClockStatus, dueAt: string }> | null } } | null, csecIndicators: Array<{ id: string, indicator: string, observedOn: string, source: string }> | null, latestCsecScreening: { id: string, tool: string, toolVersion: string, screenedOn: string, screenerName: string, level: CsecConcernLevel, indicators: Array<string>, nextRescreenDue: string | null, rescreenOverdue: boolean } | null, referrals: Array<{ id: string, receivedOn: string, allegation: string, disposition: string }> | null, safetyPlan: { summary: string, updatedOn: string } | null, timeline: { childWelfareCase: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, placement: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, runaway: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, csecIndicators: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, safetyPlan: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, probation: { missingNow: { since: string, hours: number, episode: { reportingClocks: Array<{ kind: ReportingClockKind, status: ReportingClockStatus, dueAt: string }> | null } } | null, supervision: { kind: ProbationSupervisionKind, status: ProbationSupervisionStatus, startedOn: string, endsOn: string | null, officer: { name: string } | null } | null, delinquencyCase: { petitionNumber: string | null, courtStatus: ProbationCourtStatus, nextHearingOn: string | null } | null, csecIdentification: { status: ProbationCsecStatus, documentedOn: string } | null, latestCsecScreening: { id: string, screenedOn: string, tool: string, result: ProbationCsecScreeningResult, indicators: Array<string> } | null, timeline: { probation: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, delinquency: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, csecIndicators: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, health: { mentalHealth: { currentProvider: string, clinicianName: string, treatmentStatus: TreatmentStatus, nextAppointmentOn: string | null } | null, psychotherapyNotes: Array<{ id: string, writtenOn: string, author: string }> | null, substanceUse: { programName: string, levelOfCare: LevelOfCare, admittedOn: string, dischargedOn: string | null, status: SubstanceUseStatus } | null, sexualHealth: { visits: Array<{ id: string, visitOn: string, service: SexualHealthService }> | null } | null, physicalHealth: { primaryClinician: string, lastExamOn: string | null, upcomingAppointments: Array<{ id: string, scheduledOn: string, kind: string, clinic: string }> | null } | null, timeline: { mentalHealth: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, psychotherapyNotes: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, substanceUse: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, sexualHealth: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, physicalHealth: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, education: { schoolOfRecord: { schoolName: string, district: string, gradeLevel: number } | null, credits: { earned: number, required: number, asOf: string } | null, specialEducation: { status: SpecialEducationStatus, nextReviewOn: string | null } | null, schoolLiaison: { name: string } | null, timeline: { education: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, districtAttorney: { victimAdvocate: { name: string } | null, cases: Array<{ id: string, caseNumber: string, role: VictimWitnessRole, status: ProsecutionStatus }> | null, upcomingCourtDates: Array<{ id: string, scheduledOn: string, kind: CourtEventKind, department: string }> | null, timeline: { victimWitness: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, publicDefender: { assignedDefender: { name: string } | null, matters: Array<{ id: string, matterNumber: string, kind: DefenderMatterKind, status: DefenderMatterStatus, nextHearingOn: string | null }> | null, communications: Array<{ id: string, occurredOn: string }> | null, timeline: { delinquency: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, attorneyClient: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null } | null };

export type EventFragment = { id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string };

export type YouthTimelineFragment = { childWelfare: { timeline: { childWelfareCase: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, placement: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, runaway: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, csecIndicators: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, safetyPlan: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, probation: { timeline: { probation: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, delinquency: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, csecIndicators: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, health: { timeline: { mentalHealth: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, psychotherapyNotes: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, substanceUse: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, sexualHealth: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, physicalHealth: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, education: { timeline: { education: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, districtAttorney: { timeline: { victimWitness: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, publicDefender: { timeline: { delinquency: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, attorneyClient: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null };

export type MarkYouthSeenMutationVariables = Exact<{
  youthId: string | number;
}>;


export type MarkYouthSeenMutation = { markYouthSeen: { youthId: string, previousLookAt: string | null, lookedAt: string } | null };

export type YouthTimelineSinceFragment = { childWelfare: { timeline: { childWelfareCase: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, placement: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, runaway: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, csecIndicators: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, safetyPlan: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, probation: { timeline: { probation: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, delinquency: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, csecIndicators: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, health: { timeline: { mentalHealth: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, psychotherapyNotes: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, substanceUse: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, sexualHealth: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, physicalHealth: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, education: { timeline: { education: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, districtAttorney: { timeline: { victimWitness: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, publicDefender: { timeline: { delinquency: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, attorneyClient: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null };

export type YouthChangesQueryVariables = Exact<{
  id: string | number;
  since: string;
}>;


export type YouthChangesQuery = { youth: { id: string, childWelfare: { timeline: { childWelfareCase: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, placement: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, runaway: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, csecIndicators: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, safetyPlan: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, probation: { timeline: { probation: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, delinquency: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, csecIndicators: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, health: { timeline: { mentalHealth: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, psychotherapyNotes: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, substanceUse: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, sexualHealth: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, physicalHealth: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, education: { timeline: { education: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, districtAttorney: { timeline: { victimWitness: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null, publicDefender: { timeline: { delinquency: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null, attorneyClient: Array<{ id: string, date: string, agency: Agency, category: DataCategory, kind: string, summary: string }> | null } | null } | null } | null };

export type YouthMeetingsQueryVariables = Exact<{
  id: string | number;
}>;


export type YouthMeetingsQuery = { youth: { id: string, mdtMeetings: Array<{ id: string, startsAt: string }> | null } | null };

export type AccessExplanationQueryVariables = Exact<{
  youthId: string | number;
}>;


export type AccessExplanationQuery = { accessExplanation: Array<{ agency: Agency, category: DataCategory, allowed: boolean, reason: DenialReason | null, ruleId: string, legalBasis: string }> };

export type YouthMdtWorkQueryVariables = Exact<{
  id: string | number;
}>;


export type YouthMdtWorkQuery = { youth: { id: string, mdtNotes: { totalCount: number, edges: Array<{ node: { id: string, currentText: string, authorName: string, recordedAt: string, confidentiality: string, amendments: Array<{ id: string, reason: string, amendedByName: string }> } | null }> } | null, actionItems: { totalCount: number, edges: Array<{ node: { id: string, text: string, ownerName: string, dueOn: string, status: ActionItemStatus, overdue: boolean } | null }> } | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CaseloadNewsFragmentDoc = new TypedDocumentString(`
    fragment CaseloadNews on Youth {
  childWelfare {
    timeline(since: $newsSince) {
      childWelfareCase(last: 1) {
        date
      }
      placement(last: 1) {
        date
      }
      runaway(last: 1) {
        date
      }
      csecIndicators(last: 1) {
        date
      }
      safetyPlan(last: 1) {
        date
      }
    }
  }
  probation {
    timeline(since: $newsSince) {
      probation(last: 1) {
        date
      }
      delinquency(last: 1) {
        date
      }
      csecIndicators(last: 1) {
        date
      }
    }
  }
  health {
    timeline(since: $newsSince) {
      mentalHealth(last: 1) {
        date
      }
      psychotherapyNotes(last: 1) {
        date
      }
      substanceUse(last: 1) {
        date
      }
      sexualHealth(last: 1) {
        date
      }
      physicalHealth(last: 1) {
        date
      }
    }
  }
  education {
    timeline(since: $newsSince) {
      education(last: 1) {
        date
      }
    }
  }
  districtAttorney {
    timeline(since: $newsSince) {
      victimWitness(last: 1) {
        date
      }
    }
  }
  publicDefender {
    timeline(since: $newsSince) {
      delinquency(last: 1) {
        date
      }
      attorneyClient(last: 1) {
        date
      }
    }
  }
}
    `, {"fragmentName":"CaseloadNews"}) as unknown as TypedDocumentString<CaseloadNewsFragment, unknown>;
export const ViewerPageFragmentDoc = new TypedDocumentString(`
    fragment ViewerPage on DisclosurePage {
  totalCount
  hasNextPage
  endCursor
  entries {
    id
    agency
    at
    viewerSub
    viewerName
    viewerRole
    viewerAgency
    purpose
    access
    youthId
    released
    denied
    emergencyGrantId
  }
}
    `, {"fragmentName":"ViewerPage"}) as unknown as TypedDocumentString<ViewerPageFragment, unknown>;
export const AlertFragmentDoc = new TypedDocumentString(`
    fragment Alert on PrivacyAlert {
  id
  kind
  agency
  day
  viewerSub
  viewerName
  viewerAgency
  viewerRole
  count
  baseline
  summary
  rowIds
  emergencyGrantId
  from
  to
}
    `, {"fragmentName":"Alert"}) as unknown as TypedDocumentString<AlertFragment, unknown>;
export const AccountingPageFragmentDoc = new TypedDocumentString(`
    fragment AccountingPage on DisclosurePage {
  totalCount
  hasNextPage
  endCursor
  entries {
    id
    seq
    agency
    at
    requestId
    viewerSub
    viewerName
    viewerAgency
    viewerRole
    purpose
    access
    released
    denied
    emergencyGrantId
    basis {
      category
      allowed
      ruleId
      legalBasis
    }
  }
}
    `, {"fragmentName":"AccountingPage"}) as unknown as TypedDocumentString<AccountingPageFragment, unknown>;
export const StatementPageFragmentDoc = new TypedDocumentString(`
    fragment StatementPage on DisclosurePage {
  totalCount
  hasNextPage
  entries {
    id
    agency
    at
    viewerSub
    viewerName
    viewerAgency
    viewerRole
    purpose
    access
    released
    denied
  }
}
    `, {"fragmentName":"StatementPage"}) as unknown as TypedDocumentString<StatementPageFragment, unknown>;
export const VerificationFragmentDoc = new TypedDocumentString(`
    fragment Verification on ChainVerification {
  agency
  verdict
  rows
  headSeq
  headHash
  checkpointSeq
  checkpointedAt
  checkpointAgeSeconds
  firstBrokenSeq
  problem
  note
}
    `, {"fragmentName":"Verification"}) as unknown as TypedDocumentString<VerificationFragment, unknown>;
export const EventFragmentDoc = new TypedDocumentString(`
    fragment Event on TimelineEvent {
  id
  date
  agency
  category
  kind
  summary
}
    `, {"fragmentName":"Event"}) as unknown as TypedDocumentString<EventFragment, unknown>;
export const YouthTimelineFragmentDoc = new TypedDocumentString(`
    fragment YouthTimeline on Youth {
  childWelfare {
    timeline {
      childWelfareCase {
        ...Event
      }
      placement {
        ...Event
      }
      runaway {
        ...Event
      }
      csecIndicators {
        ...Event
      }
      safetyPlan {
        ...Event
      }
    }
  }
  probation {
    timeline {
      probation {
        ...Event
      }
      delinquency {
        ...Event
      }
      csecIndicators {
        ...Event
      }
    }
  }
  health {
    timeline {
      mentalHealth {
        ...Event
      }
      psychotherapyNotes {
        ...Event
      }
      substanceUse {
        ...Event
      }
      sexualHealth {
        ...Event
      }
      physicalHealth {
        ...Event
      }
    }
  }
  education {
    timeline {
      education {
        ...Event
      }
    }
  }
  districtAttorney {
    timeline {
      victimWitness {
        ...Event
      }
    }
  }
  publicDefender {
    timeline {
      delinquency {
        ...Event
      }
      attorneyClient {
        ...Event
      }
    }
  }
}
    fragment Event on TimelineEvent {
  id
  date
  agency
  category
  kind
  summary
}`, {"fragmentName":"YouthTimeline"}) as unknown as TypedDocumentString<YouthTimelineFragment, unknown>;
export const YouthTimelineSinceFragmentDoc = new TypedDocumentString(`
    fragment YouthTimelineSince on Youth {
  childWelfare {
    timeline(since: $since) {
      childWelfareCase {
        ...Event
      }
      placement {
        ...Event
      }
      runaway {
        ...Event
      }
      csecIndicators {
        ...Event
      }
      safetyPlan {
        ...Event
      }
    }
  }
  probation {
    timeline(since: $since) {
      probation {
        ...Event
      }
      delinquency {
        ...Event
      }
      csecIndicators {
        ...Event
      }
    }
  }
  health {
    timeline(since: $since) {
      mentalHealth {
        ...Event
      }
      psychotherapyNotes {
        ...Event
      }
      substanceUse {
        ...Event
      }
      sexualHealth {
        ...Event
      }
      physicalHealth {
        ...Event
      }
    }
  }
  education {
    timeline(since: $since) {
      education {
        ...Event
      }
    }
  }
  districtAttorney {
    timeline(since: $since) {
      victimWitness {
        ...Event
      }
    }
  }
  publicDefender {
    timeline(since: $since) {
      delinquency {
        ...Event
      }
      attorneyClient {
        ...Event
      }
    }
  }
}
    fragment Event on TimelineEvent {
  id
  date
  agency
  category
  kind
  summary
}`, {"fragmentName":"YouthTimelineSince"}) as unknown as TypedDocumentString<YouthTimelineSinceFragment, unknown>;
export const EndEmergencyGrantDocument = new TypedDocumentString(`
    mutation EndEmergencyGrant($grantId: ID!, $reason: String!) {
  endEmergencyGrant(grantId: $grantId, reason: $reason) {
    id
    active
    endedAt
  }
}
    `) as unknown as TypedDocumentString<EndEmergencyGrantMutation, EndEmergencyGrantMutationVariables>;
export const CaseloadNewsDocument = new TypedDocumentString(`
    query CaseloadNews($newsSince: String!, $y0: ID!, $y1: ID!, $y2: ID!, $y3: ID!, $y4: ID!, $y5: ID!, $y6: ID!, $y7: ID!, $y8: ID!, $y9: ID!, $y10: ID!, $y11: ID!) {
  y0: youth(id: $y0) {
    id
    ...CaseloadNews
  }
  y1: youth(id: $y1) {
    id
    ...CaseloadNews
  }
  y2: youth(id: $y2) {
    id
    ...CaseloadNews
  }
  y3: youth(id: $y3) {
    id
    ...CaseloadNews
  }
  y4: youth(id: $y4) {
    id
    ...CaseloadNews
  }
  y5: youth(id: $y5) {
    id
    ...CaseloadNews
  }
  y6: youth(id: $y6) {
    id
    ...CaseloadNews
  }
  y7: youth(id: $y7) {
    id
    ...CaseloadNews
  }
  y8: youth(id: $y8) {
    id
    ...CaseloadNews
  }
  y9: youth(id: $y9) {
    id
    ...CaseloadNews
  }
  y10: youth(id: $y10) {
    id
    ...CaseloadNews
  }
  y11: youth(id: $y11) {
    id
    ...CaseloadNews
  }
}
    fragment CaseloadNews on Youth {
  childWelfare {
    timeline(since: $newsSince) {
      childWelfareCase(last: 1) {
        date
      }
      placement(last: 1) {
        date
      }
      runaway(last: 1) {
        date
      }
      csecIndicators(last: 1) {
        date
      }
      safetyPlan(last: 1) {
        date
      }
    }
  }
  probation {
    timeline(since: $newsSince) {
      probation(last: 1) {
        date
      }
      delinquency(last: 1) {
        date
      }
      csecIndicators(last: 1) {
        date
      }
    }
  }
  health {
    timeline(since: $newsSince) {
      mentalHealth(last: 1) {
        date
      }
      psychotherapyNotes(last: 1) {
        date
      }
      substanceUse(last: 1) {
        date
      }
      sexualHealth(last: 1) {
        date
      }
      physicalHealth(last: 1) {
        date
      }
    }
  }
  education {
    timeline(since: $newsSince) {
      education(last: 1) {
        date
      }
    }
  }
  districtAttorney {
    timeline(since: $newsSince) {
      victimWitness(last: 1) {
        date
      }
    }
  }
  publicDefender {
    timeline(since: $newsSince) {
      delinquency(last: 1) {
        date
      }
      attorneyClient(last: 1) {
        date
      }
    }
  }
}`) as unknown as TypedDocumentString<CaseloadNewsQuery, CaseloadNewsQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    sub
    name
    agency
    role
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const CaseloadDocument = new TypedDocumentString(`
    query Caseload($first: Int!, $after: String, $search: String, $scope: CaseloadScope) {
  youths(first: $first, after: $after, search: $search, scope: $scope) {
    totalCount
    totalCountCapped
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      myLastLook
      node {
        id
        displayName
        dateOfBirth
        childWelfare {
          currentPlacement {
            kind
          }
          latestCsecScreening {
            level
            screenedOn
            rescreenOverdue
          }
          missingNow {
            since
            hours
            episode {
              reportingClocks {
                kind
                status
                dueAt
              }
            }
          }
        }
        probation {
          missingNow {
            since
            hours
            episode {
              reportingClocks {
                kind
                status
                dueAt
              }
            }
          }
          delinquencyCase {
            nextHearingOn
          }
          latestCsecScreening {
            result
            screenedOn
          }
        }
        districtAttorney {
          upcomingCourtDates {
            scheduledOn
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseloadQuery, CaseloadQueryVariables>;
export const YouthConsentsDocument = new TypedDocumentString(`
    query YouthConsents($id: ID!) {
  youth(id: $id) {
    id
    displayName
    team {
      personId
      name
    }
    consents {
      id
      grantor
      categories
      recipientAgencies
      purposes
      effectiveFrom
      effectiveTo
      status
      formReference
      recordedBy
      recordedAt
      revokedAt
      revokedBy
      revokeReason
      withinTeam
      noLongerApplies
    }
  }
}
    `) as unknown as TypedDocumentString<YouthConsentsQuery, YouthConsentsQueryVariables>;
export const RecordConsentDocument = new TypedDocumentString(`
    mutation RecordConsent($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RecordConsentMutation, RecordConsentMutationVariables>;
export const RevokeConsentDocument = new TypedDocumentString(`
    mutation RevokeConsent($id: ID!, $reason: String!) {
  revokeConsent(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const MdtMeetingsDocument = new TypedDocumentString(`
    query MdtMeetings($from: String, $to: String) {
  mdtMeetings(from: $from, to: $to) {
    id
    startsAt
    kind
    trigger
    invited
    notShownCount
    attendanceRecordedAt
    agenda {
      startsAt
      youth {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MdtMeetingsQuery, MdtMeetingsQueryVariables>;
export const MdtMeetingDocument = new TypedDocumentString(`
    query MdtMeeting($id: ID!) {
  mdtMeeting(id: $id) {
    id
    startsAt
    kind
    trigger
    triggeredAt
    scheduledByName
    invited
    notShownCount
    invitees {
      sub
      name
      agency
      role
    }
    attendance {
      sub
    }
    attendanceRecordedAt
    agenda {
      startsAt
      minutes
      previousMeetingAt
      youth {
        id
        displayName
        team {
          personId
          name
          agency
          role
        }
      }
      openActionItems {
        id
        text
        ownerSub
        ownerName
        dueOn
        overdue
        meetingId
      }
      notes {
        id
        text
        currentText
        authorName
        recordedAt
        confidentiality
        amendments {
          id
          text
          reason
          amendedByName
          amendedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MdtMeetingQuery, MdtMeetingQueryVariables>;
export const RecordAttendanceDocument = new TypedDocumentString(`
    mutation RecordAttendance($meetingId: ID!, $attendees: [ID!]!) {
  recordAttendance(meetingId: $meetingId, attendees: $attendees) {
    id
    attendance {
      sub
    }
    attendanceRecordedAt
  }
}
    `) as unknown as TypedDocumentString<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const RecordMeetingNoteDocument = new TypedDocumentString(`
    mutation RecordMeetingNote($meetingId: ID, $youthId: ID!, $text: String!) {
  recordMdtNote(meetingId: $meetingId, youthId: $youthId, text: $text) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordMeetingNoteMutation, RecordMeetingNoteMutationVariables>;
export const AgendaCandidatesDocument = new TypedDocumentString(`
    query AgendaCandidates {
  youths(first: 100, scope: ON_MY_TEAM) {
    edges {
      node {
        id
        displayName
        team {
          personId
          name
          agency
          role
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgendaCandidatesQuery, AgendaCandidatesQueryVariables>;
export const ScheduleMdtMeetingDocument = new TypedDocumentString(`
    mutation ScheduleMdtMeeting($input: ScheduleMdtMeetingInput!) {
  scheduleMdtMeeting(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScheduleMdtMeetingMutation, ScheduleMdtMeetingMutationVariables>;
export const AmendMeetingNoteDocument = new TypedDocumentString(`
    mutation AmendMeetingNote($noteId: ID!, $text: String!, $reason: String!) {
  amendMdtNote(noteId: $noteId, text: $text, reason: $reason) {
    id
    currentText
  }
}
    `) as unknown as TypedDocumentString<AmendMeetingNoteMutation, AmendMeetingNoteMutationVariables>;
export const CreateMeetingActionItemDocument = new TypedDocumentString(`
    mutation CreateMeetingActionItem($input: CreateActionItemInput!) {
  createActionItem(input: $input) {
    id
    ownerName
    dueOn
  }
}
    `) as unknown as TypedDocumentString<CreateMeetingActionItemMutation, CreateMeetingActionItemMutationVariables>;
export const MyActionItemsDocument = new TypedDocumentString(`
    query MyActionItems($first: Int!, $after: String) {
  myActionItems(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        youthId
        text
        dueOn
        status
        overdue
        statusNote
        statusChangedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyActionItemsQuery, MyActionItemsQueryVariables>;
export const UpdateActionItemDocument = new TypedDocumentString(`
    mutation UpdateActionItem($id: ID!, $status: ActionItemStatus!, $note: String) {
  updateActionItem(id: $id, status: $status, note: $note) {
    id
    status
    statusNote
  }
}
    `) as unknown as TypedDocumentString<UpdateActionItemMutation, UpdateActionItemMutationVariables>;
export const AccessByViewerDocument = new TypedDocumentString(`
    query AccessByViewer($viewerSub: String!, $from: String, $to: String, $outcome: DisclosureOutcome, $access: [DisclosureAccess!], $emergencyGrantId: ID, $first: Int!, $registry: String, $childWelfare: String, $probation: String, $health: String, $education: String, $districtAttorney: String, $publicDefender: String, $lawEnforcement: String) {
  accessByViewer(
    viewerSub: $viewerSub
    from: $from
    to: $to
    outcome: $outcome
    access: $access
    emergencyGrantId: $emergencyGrantId
  ) {
    id
    registry(first: $first, after: $registry) {
      ...ViewerPage
    }
    childWelfare(first: $first, after: $childWelfare) {
      ...ViewerPage
    }
    probation(first: $first, after: $probation) {
      ...ViewerPage
    }
    health(first: $first, after: $health) {
      ...ViewerPage
    }
    education(first: $first, after: $education) {
      ...ViewerPage
    }
    districtAttorney(first: $first, after: $districtAttorney) {
      ...ViewerPage
    }
    publicDefender(first: $first, after: $publicDefender) {
      ...ViewerPage
    }
    lawEnforcement(first: $first, after: $lawEnforcement) {
      ...ViewerPage
    }
  }
}
    fragment ViewerPage on DisclosurePage {
  totalCount
  hasNextPage
  endCursor
  entries {
    id
    agency
    at
    viewerSub
    viewerName
    viewerRole
    viewerAgency
    purpose
    access
    youthId
    released
    denied
    emergencyGrantId
  }
}`) as unknown as TypedDocumentString<AccessByViewerQuery, AccessByViewerQueryVariables>;
export const PrivacyAlertsDocument = new TypedDocumentString(`
    query PrivacyAlerts($from: String!, $to: String!) {
  privacyAlerts(from: $from, to: $to) {
    id
    findings {
      alertId
      finding
      note
      closedBy
      closedByName
      closedAt
    }
    registry {
      ...Alert
    }
    childWelfare {
      ...Alert
    }
    probation {
      ...Alert
    }
    health {
      ...Alert
    }
    education {
      ...Alert
    }
    districtAttorney {
      ...Alert
    }
    publicDefender {
      ...Alert
    }
    lawEnforcement {
      ...Alert
    }
  }
}
    fragment Alert on PrivacyAlert {
  id
  kind
  agency
  day
  viewerSub
  viewerName
  viewerAgency
  viewerRole
  count
  baseline
  summary
  rowIds
  emergencyGrantId
  from
  to
}`) as unknown as TypedDocumentString<PrivacyAlertsQuery, PrivacyAlertsQueryVariables>;
export const ClosePrivacyAlertDocument = new TypedDocumentString(`
    mutation ClosePrivacyAlert($alertId: ID!, $finding: PrivacyAlertFinding!, $note: String!) {
  closePrivacyAlert(alertId: $alertId, finding: $finding, note: $note) {
    alertId
    finding
    closedAt
  }
}
    `) as unknown as TypedDocumentString<ClosePrivacyAlertMutation, ClosePrivacyAlertMutationVariables>;
export const AccountingSubjectsDocument = new TypedDocumentString(`
    query AccountingSubjects($search: String!) {
  accountingSubjects(search: $search) {
    youthId
    initials
    dateOfBirth
    matchedBy
  }
}
    `) as unknown as TypedDocumentString<AccountingSubjectsQuery, AccountingSubjectsQueryVariables>;
export const AccountingDocument = new TypedDocumentString(`
    query Accounting($youthId: ID!, $from: String, $to: String, $viewerSub: String, $categories: [DataCategory!], $outcome: DisclosureOutcome, $access: [DisclosureAccess!], $own: OwnAccess, $statement: Boolean, $first: Int!, $registry: String, $childWelfare: String, $probation: String, $health: String, $education: String, $districtAttorney: String, $publicDefender: String, $lawEnforcement: String) {
  accountingOfDisclosures(
    youthId: $youthId
    from: $from
    to: $to
    viewerSub: $viewerSub
    categories: $categories
    outcome: $outcome
    access: $access
    own: $own
    statement: $statement
  ) {
    id
    undelivered {
      requestId
      agency
    }
    registry(first: $first, after: $registry) {
      ...AccountingPage
    }
    childWelfare(first: $first, after: $childWelfare) {
      ...AccountingPage
    }
    probation(first: $first, after: $probation) {
      ...AccountingPage
    }
    health(first: $first, after: $health) {
      ...AccountingPage
    }
    education(first: $first, after: $education) {
      ...AccountingPage
    }
    districtAttorney(first: $first, after: $districtAttorney) {
      ...AccountingPage
    }
    publicDefender(first: $first, after: $publicDefender) {
      ...AccountingPage
    }
    lawEnforcement(first: $first, after: $lawEnforcement) {
      ...AccountingPage
    }
  }
}
    fragment AccountingPage on DisclosurePage {
  totalCount
  hasNextPage
  endCursor
  entries {
    id
    seq
    agency
    at
    requestId
    viewerSub
    viewerName
    viewerAgency
    viewerRole
    purpose
    access
    released
    denied
    emergencyGrantId
    basis {
      category
      allowed
      ruleId
      legalBasis
    }
  }
}`) as unknown as TypedDocumentString<AccountingQuery, AccountingQueryVariables>;
export const StatementDocument = new TypedDocumentString(`
    query Statement($youthId: ID!, $from: String, $to: String, $viewerSub: String, $categories: [DataCategory!], $outcome: DisclosureOutcome, $access: [DisclosureAccess!], $first: Int!) {
  accountingOfDisclosures(
    youthId: $youthId
    from: $from
    to: $to
    viewerSub: $viewerSub
    categories: $categories
    outcome: $outcome
    access: $access
    own: EXCLUDE
    statement: true
  ) {
    id
    registry(first: $first) {
      ...StatementPage
    }
    childWelfare(first: $first) {
      ...StatementPage
    }
    probation(first: $first) {
      ...StatementPage
    }
    health(first: $first) {
      ...StatementPage
    }
    education(first: $first) {
      ...StatementPage
    }
    districtAttorney(first: $first) {
      ...StatementPage
    }
    publicDefender(first: $first) {
      ...StatementPage
    }
    lawEnforcement(first: $first) {
      ...StatementPage
    }
  }
}
    fragment StatementPage on DisclosurePage {
  totalCount
  hasNextPage
  entries {
    id
    agency
    at
    viewerSub
    viewerName
    viewerAgency
    viewerRole
    purpose
    access
    released
    denied
  }
}`) as unknown as TypedDocumentString<StatementQuery, StatementQueryVariables>;
export const PolicyMatrixDocument = new TypedDocumentString(`
    query PolicyMatrix {
  policyMatrix {
    policyVersion
    roles
    emergencyOpens
    rows {
      category
      cells {
        role
        kind
        inferred
        ruleId
      }
    }
    rules {
      id
      description
      legalBasis
      inferred
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyMatrixQuery, PolicyMatrixQueryVariables>;
export const PolicyDiffDocument = new TypedDocumentString(`
    query PolicyDiff($rules: String!) {
  policyDiff(rules: $rules) {
    fromVersion
    toVersion
    points
    text
    changes {
      kind
      point
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<PolicyDiffQuery, PolicyDiffQueryVariables>;
export const ViewAsDocument = new TypedDocumentString(`
    query ViewAs($youthId: ID!, $as: ViewAsInput!) {
  viewAs(youthId: $youthId, as: $as) {
    agency
    category
    allowed
    reason
    ruleId
    legalBasis
  }
}
    `) as unknown as TypedDocumentString<ViewAsQuery, ViewAsQueryVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue($status: EmergencyReviewStatus, $first: Int!, $after: String) {
  emergencyReviewQueue(status: $status, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        youthId
        subject {
          initials
          dateOfBirth
        }
        requestedBy {
          sub
          name
          agency
          role
        }
        reason
        grantedAt
        expiresAt
        active
        reviewStatus
        finding
        reviewNote
        reviewedBy
        reviewedAt
        endedAt
        endedBy
        endedReason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const CloseEmergencyReviewDocument = new TypedDocumentString(`
    mutation CloseEmergencyReview($grantId: ID!, $finding: EmergencyReviewFinding!, $note: String!) {
  closeEmergencyReview(grantId: $grantId, finding: $finding, note: $note) {
    id
    reviewStatus
  }
}
    `) as unknown as TypedDocumentString<CloseEmergencyReviewMutation, CloseEmergencyReviewMutationVariables>;
export const AuditChainVerificationDocument = new TypedDocumentString(`
    query AuditChainVerification {
  auditChainVerification {
    id
    registry {
      ...Verification
    }
    childWelfare {
      ...Verification
    }
    probation {
      ...Verification
    }
    health {
      ...Verification
    }
    education {
      ...Verification
    }
    districtAttorney {
      ...Verification
    }
    publicDefender {
      ...Verification
    }
    lawEnforcement {
      ...Verification
    }
  }
}
    fragment Verification on ChainVerification {
  agency
  verdict
  rows
  headSeq
  headHash
  checkpointSeq
  checkpointedAt
  checkpointAgeSeconds
  firstBrokenSeq
  problem
  note
}`) as unknown as TypedDocumentString<AuditChainVerificationQuery, AuditChainVerificationQueryVariables>;
export const ReferralIndicatorsDocument = new TypedDocumentString(`
    query ReferralIndicators {
  mdtReferralIndicators
}
    `) as unknown as TypedDocumentString<ReferralIndicatorsQuery, ReferralIndicatorsQueryVariables>;
export const SubmitMdtReferralDocument = new TypedDocumentString(`
    mutation SubmitMdtReferral($input: SubmitMdtReferralInput!) {
  submitMdtReferral(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitMdtReferralMutation, SubmitMdtReferralMutationVariables>;
export const MyMdtReferralsDocument = new TypedDocumentString(`
    query MyMdtReferrals {
  myMdtReferrals(first: 200) {
    id
    youthId
    localId
    givenName
    familyName
    submittedAt
    urgency
    indicators
    status
    decidedAt
    decisionReason
  }
}
    `) as unknown as TypedDocumentString<MyMdtReferralsQuery, MyMdtReferralsQueryVariables>;
export const MdtReferralInboxDocument = new TypedDocumentString(`
    query MdtReferralInbox {
  mdtReferralInbox(first: 200) {
    id
    youthId
    localId
    givenName
    familyName
    referringAgency
    referredByName
    submittedAt
    urgency
    urgencyReason
    indicators
  }
}
    `) as unknown as TypedDocumentString<MdtReferralInboxQuery, MdtReferralInboxQueryVariables>;
export const MdtReferralDocument = new TypedDocumentString(`
    query MdtReferral($id: ID!) {
  mdtReferral(id: $id) {
    id
    youthId
    referringAgency
    localId
    givenName
    familyName
    dateOfBirth
    referredBySub
    referredByName
    referredByRole
    submittedAt
    reasons
    indicators
    urgency
    urgencyReason
    safetyConcerns
    knownConsentsAndOrders
    status
    decidedBy
    decidedAt
    decisionReason
  }
}
    `) as unknown as TypedDocumentString<MdtReferralQuery, MdtReferralQueryVariables>;
export const DecideMdtReferralDocument = new TypedDocumentString(`
    mutation DecideMdtReferral($id: ID!, $decision: MdtReferralDecision!, $reason: String!, $youthId: ID) {
  decideMdtReferral(
    id: $id
    decision: $decision
    reason: $reason
    youthId: $youthId
  ) {
    id
    status
    youthId
    decisionReason
  }
}
    `) as unknown as TypedDocumentString<DecideMdtReferralMutation, DecideMdtReferralMutationVariables>;
export const YouthRosterDocument = new TypedDocumentString(`
    query YouthRoster($id: ID!) {
  youth(id: $id) {
    id
    displayName
    teamHistory {
      id
      personId
      name
      agency
      role
      fromDate
      toDate
      addedBy
      reason
      recordedAt
      endedOn
      endedAt
      endedBy
      endReason
      current
    }
  }
}
    `) as unknown as TypedDocumentString<YouthRosterQuery, YouthRosterQueryVariables>;
export const MemberDirectoryDocument = new TypedDocumentString(`
    query MemberDirectory {
  mdtMemberDirectory(first: 500) {
    sub
    name
    agency
    role
  }
}
    `) as unknown as TypedDocumentString<MemberDirectoryQuery, MemberDirectoryQueryVariables>;
export const AddTeamMemberDocument = new TypedDocumentString(`
    mutation AddTeamMember($youthId: ID!, $memberSub: ID!, $reason: String!) {
  addTeamMember(youthId: $youthId, memberSub: $memberSub, reason: $reason) {
    id
    name
    current
  }
}
    `) as unknown as TypedDocumentString<AddTeamMemberMutation, AddTeamMemberMutationVariables>;
export const EndTeamMembershipDocument = new TypedDocumentString(`
    mutation EndTeamMembership($membershipId: ID!, $reason: String!) {
  endTeamMembership(membershipId: $membershipId, reason: $reason) {
    id
    name
    current
  }
}
    `) as unknown as TypedDocumentString<EndTeamMembershipMutation, EndTeamMembershipMutationVariables>;
export const MyEmergencyGrantDocument = new TypedDocumentString(`
    query MyEmergencyGrant($youthId: ID!) {
  myEmergencyGrant(youthId: $youthId) {
    id
    reason
    grantedAt
    expiresAt
    active
    reviewStatus
  }
}
    `) as unknown as TypedDocumentString<MyEmergencyGrantQuery, MyEmergencyGrantQueryVariables>;
export const RequestEmergencyAccessDocument = new TypedDocumentString(`
    mutation RequestEmergencyAccess($youthId: ID!, $reason: String!) {
  requestEmergencyAccess(youthId: $youthId, reason: $reason) {
    id
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<RequestEmergencyAccessMutation, RequestEmergencyAccessMutationVariables>;
export const YouthSummaryDocument = new TypedDocumentString(`
    query YouthSummary($id: ID!) {
  youth(id: $id) {
    id
    ...YouthTimeline
    displayName
    preferredName
    dateOfBirth
    team {
      personId
      name
      agency
      role
    }
    servicePlan {
      needs {
        id
        domain
        identifiedOn
        status
        provider
        startedOn
      }
    }
    childWelfare {
      caseNumber
      dependencyStatus
      caseOpenedOn
      assignedWorker {
        name
      }
      currentPlacement {
        kind
        providerName
        startDate
      }
      placements {
        id
        kind
        providerName
        startDate
        endDate
      }
      runawayEpisodes {
        id
        leftOn
        returnedOn
      }
      missingNow {
        since
        hours
        episode {
          reportingClocks {
            kind
            status
            dueAt
          }
        }
      }
      csecIndicators {
        id
        indicator
        observedOn
        source
      }
      latestCsecScreening {
        id
        tool
        toolVersion
        screenedOn
        screenerName
        level
        indicators
        nextRescreenDue
        rescreenOverdue
      }
      referrals {
        id
        receivedOn
        allegation
        disposition
      }
      safetyPlan {
        summary
        updatedOn
      }
    }
    probation {
      missingNow {
        since
        hours
        episode {
          reportingClocks {
            kind
            status
            dueAt
          }
        }
      }
      supervision {
        kind
        status
        startedOn
        endsOn
        officer {
          name
        }
      }
      delinquencyCase {
        petitionNumber
        courtStatus
        nextHearingOn
      }
      csecIdentification {
        status
        documentedOn
      }
      latestCsecScreening {
        id
        screenedOn
        tool
        result
        indicators
      }
    }
    health {
      mentalHealth {
        currentProvider
        clinicianName
        treatmentStatus
        nextAppointmentOn
      }
      psychotherapyNotes {
        id
        writtenOn
        author
      }
      substanceUse {
        programName
        levelOfCare
        admittedOn
        dischargedOn
        status
      }
      sexualHealth {
        visits {
          id
          visitOn
          service
        }
      }
      physicalHealth {
        primaryClinician
        lastExamOn
        upcomingAppointments {
          id
          scheduledOn
          kind
          clinic
        }
      }
    }
    education {
      schoolOfRecord {
        schoolName
        district
        gradeLevel
      }
      credits {
        earned
        required
        asOf
      }
      specialEducation {
        status
        nextReviewOn
      }
      schoolLiaison {
        name
      }
    }
    districtAttorney {
      victimAdvocate {
        name
      }
      cases {
        id
        caseNumber
        role
        status
      }
      upcomingCourtDates {
        id
        scheduledOn
        kind
        department
      }
    }
    publicDefender {
      assignedDefender {
        name
      }
      matters {
        id
        matterNumber
        kind
        status
        nextHearingOn
      }
      communications {
        id
        occurredOn
      }
    }
  }
}
    fragment Event on TimelineEvent {
  id
  date
  agency
  category
  kind
  summary
}
fragment YouthTimeline on Youth {
  childWelfare {
    timeline {
      childWelfareCase {
        ...Event
      }
      placement {
        ...Event
      }
      runaway {
        ...Event
      }
      csecIndicators {
        ...Event
      }
      safetyPlan {
        ...Event
      }
    }
  }
  probation {
    timeline {
      probation {
        ...Event
      }
      delinquency {
        ...Event
      }
      csecIndicators {
        ...Event
      }
    }
  }
  health {
    timeline {
      mentalHealth {
        ...Event
      }
      psychotherapyNotes {
        ...Event
      }
      substanceUse {
        ...Event
      }
      sexualHealth {
        ...Event
      }
      physicalHealth {
        ...Event
      }
    }
  }
  education {
    timeline {
      education {
        ...Event
      }
    }
  }
  districtAttorney {
    timeline {
      victimWitness {
        ...Event
      }
    }
  }
  publicDefender {
    timeline {
      delinquency {
        ...Event
      }
      attorneyClient {
        ...Event
      }
    }
  }
}`) as unknown as TypedDocumentString<YouthSummaryQuery, YouthSummaryQueryVariables>;
export const MarkYouthSeenDocument = new TypedDocumentString(`
    mutation MarkYouthSeen($youthId: ID!) {
  markYouthSeen(youthId: $youthId) {
    youthId
    previousLookAt
    lookedAt
  }
}
    `) as unknown as TypedDocumentString<MarkYouthSeenMutation, MarkYouthSeenMutationVariables>;
export const YouthChangesDocument = new TypedDocumentString(`
    query YouthChanges($id: ID!, $since: String!) {
  youth(id: $id) {
    id
    ...YouthTimelineSince
  }
}
    fragment Event on TimelineEvent {
  id
  date
  agency
  category
  kind
  summary
}
fragment YouthTimelineSince on Youth {
  childWelfare {
    timeline(since: $since) {
      childWelfareCase {
        ...Event
      }
      placement {
        ...Event
      }
      runaway {
        ...Event
      }
      csecIndicators {
        ...Event
      }
      safetyPlan {
        ...Event
      }
    }
  }
  probation {
    timeline(since: $since) {
      probation {
        ...Event
      }
      delinquency {
        ...Event
      }
      csecIndicators {
        ...Event
      }
    }
  }
  health {
    timeline(since: $since) {
      mentalHealth {
        ...Event
      }
      psychotherapyNotes {
        ...Event
      }
      substanceUse {
        ...Event
      }
      sexualHealth {
        ...Event
      }
      physicalHealth {
        ...Event
      }
    }
  }
  education {
    timeline(since: $since) {
      education {
        ...Event
      }
    }
  }
  districtAttorney {
    timeline(since: $since) {
      victimWitness {
        ...Event
      }
    }
  }
  publicDefender {
    timeline(since: $since) {
      delinquency {
        ...Event
      }
      attorneyClient {
        ...Event
      }
    }
  }
}`) as unknown as TypedDocumentString<YouthChangesQuery, YouthChangesQueryVariables>;
export const YouthMeetingsDocument = new TypedDocumentString(`
    query YouthMeetings($id: ID!) {
  youth(id: $id) {
    id
    mdtMeetings {
      id
      startsAt
    }
  }
}
    `) as unknown as TypedDocumentString<YouthMeetingsQuery, YouthMeetingsQueryVariables>;
export const AccessExplanationDocument = new TypedDocumentString(`
    query AccessExplanation($youthId: ID!) {
  accessExplanation(youthId: $youthId) {
    agency
    category
    allowed
    reason
    ruleId
    legalBasis
  }
}
    `) as unknown as TypedDocumentString<AccessExplanationQuery, AccessExplanationQueryVariables>;
export const YouthMdtWorkDocument = new TypedDocumentString(`
    query YouthMdtWork($id: ID!) {
  youth(id: $id) {
    id
    mdtNotes(first: 20) {
      totalCount
      edges {
        node {
          id
          currentText
          authorName
          recordedAt
          confidentiality
          amendments {
            id
            reason
            amendedByName
          }
        }
      }
    }
    actionItems(first: 20) {
      totalCount
      edges {
        node {
          id
          text
          ownerName
          dueOn
          status
          overdue
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<YouthMdtWorkQuery, YouthMdtWorkQueryVariables>;