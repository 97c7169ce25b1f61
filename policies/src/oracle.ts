import { LIMITED_CELLS } from './limited.ts';
import { YOUTH_ONLY } from './consent-rules.ts';
import { tableCell, TABLE_ROLES, type TableRole } from './table.ts';
import type { ActionPoint } from './action-space.ts';
import type { Point } from './space.ts';
import type { DataCategory, DenialReason, PurposeOfUse, Role } from './vocabulary.ts';

/**
 * What docs/domain.md's need-to-know table says about one point, written as plain code from the table and the
 * domain document, independently of the CASL rules. policy:verify checks the rules against it.
 */
export interface Expected {
  allowed: boolean;
  reason: DenialReason | null;
  /** Allowed by a "(limited)" cell: only these schema coordinates (docs/domain.md, Limited cells). */
  limitedTo?: readonly string[];
}

const allow: Expected = { allowed: true, reason: null };
const deny = (reason: DenialReason): Expected => ({ allowed: false, reason });

function purposesOf(role: Role): PurposeOfUse[] {
  if (role === 'PRIVACY_OFFICER') return ['AUDIT'];
  if (role === 'PROSECUTOR') return ['CARE_COORDINATION', 'EMERGENCY', 'COURT_ORDERED', 'PROSECUTION'];
  return ['CARE_COORDINATION', 'EMERGENCY', 'COURT_ORDERED'];
}

// Issue 15, item 10: under PROSECUTION nothing that concerns the youth's own exploitation.
const HEALTH_NEVER_FOR_PROSECUTION: DataCategory[] = [
  'CSEC_INDICATORS',
  'RUNAWAY',
  'VICTIM_WITNESS',
  'MENTAL_HEALTH',
  'PSYCHOTHERAPY_NOTES',
  'SUBSTANCE_USE',
  'SEXUAL_HEALTH',
  'SUD_COUNSELING_NOTES',
  // Issue 19, item 1: the detective's reports of the youth as a victim are about the youth's exploitation.
  'LAW_ENFORCEMENT_RECORDS',
];
const TABLE_DECIDES_FOR_OWN_STAFF: DataCategory[] = [
  'MENTAL_HEALTH',
  'PSYCHOTHERAPY_NOTES',
  'SUBSTANCE_USE',
  'SUD_COUNSELING_NOTES',
  'SEXUAL_HEALTH',
  'PHYSICAL_HEALTH',
  'ATTORNEY_CLIENT',
];
const REGISTRY: DataCategory[] = ['IDENTITY', 'SAFETY_PLAN', 'MDT_NOTES'];
// The words: "safety plan, placement and whereabouts, health alerts", and who the youth is.
const BREAK_GLASS: DataCategory[] = ['SAFETY_PLAN', 'PLACEMENT', 'RUNAWAY', 'PHYSICAL_HEALTH', 'IDENTITY'];

export function expectedDecision(p: Point): Expected {
  if (!purposesOf(p.role).includes(p.purpose)) return deny('PURPOSE_NOT_PERMITTED');
  if (!p.onTeam && !p.serves) return deny('NOT_ON_TEAM');
  const own = p.agency === p.owner;
  const treating = own && p.serves;
  if (p.category === 'PSYCHOTHERAPY_NOTES' && !treating) return deny('NEVER_SHARED');
  if (p.category === 'ATTORNEY_CLIENT' && !treating) return deny('NEVER_SHARED');
  // Issue 19, items 2 and 5: the counsellor's own notes stay in the program that treats the youth,
  // with the clinician who works in it; nobody else, whatever consent or order.
  const inTreatingProgram = treating && p.inProgram;
  if (p.category === 'SUD_COUNSELING_NOTES' && !(inTreatingProgram && p.role === 'CLINICIAN'))
    return deny('NEVER_SHARED');
  if (p.purpose === 'PROSECUTION' && HEALTH_NEVER_FOR_PROSECUTION.includes(p.category)) return deny('NEVER_SHARED');
  if (p.role === 'PRIVACY_OFFICER') return deny('NEVER_SHARED');
  // The registry's CSEC indicators are the referrals, read only through a referral's own rules.
  if (p.owner === 'HUB' && p.category === 'CSEC_INDICATORS') return deny('NEVER_SHARED');
  // Break-glass: an unexpired grant, used for an emergency by a member of the team, opens its few
  // categories whatever the cell says.
  if (p.purpose === 'EMERGENCY' && p.grant === 'active' && p.onTeam && BREAK_GLASS.includes(p.category)) return allow;
  if (p.role === 'MDT_COORDINATOR') {
    if (p.owner !== 'HUB') return deny('NEVER_SHARED');
    return p.onTeam && REGISTRY.includes(p.category) ? allow : deny('NOT_ON_TEAM');
  }
  if (own && p.serves && !TABLE_DECIDES_FOR_OWN_STAFF.includes(p.category)) return allow;
  if (!TABLE_ROLES.includes(p.role as TableRole)) return deny('NOT_ON_TEAM');
  // A consent given within the team counts while the team lasts; a restricted one never (42 CFR 2.26).
  const consent =
    p.consent === 'active' ||
    p.consent === 'team-bound' ||
    (p.consent === 'guardian' && !YOUTH_ONLY.includes(p.category));
  const order = p.order === 'active';
  const lawEnforcement = lawEnforcementExpected(p, consent, order);
  if (lawEnforcement) return lawEnforcement;
  const cell = tableCell(p.category, p.role as TableRole);
  switch (cell.kind) {
    case 'A':
      return allow;
    case 'M': {
      if (!p.onTeam) return deny('NOT_ON_TEAM');
      const limited = cell.limited
        ? LIMITED_CELLS.find((c) => c.category === p.category && c.roles.includes(p.role))
        : undefined;
      return limited ? { ...allow, limitedTo: limited.released } : allow;
    }
    case 'C':
      return consent ? allow : deny('CONSENT_REQUIRED');
    case 'O':
      return order ? allow : deny('COURT_ORDER_REQUIRED');
    case 'N':
      return deny('NEVER_SHARED');
    case 'A|C':
      return p.serves || consent ? allow : deny('CONSENT_REQUIRED');
    case 'M+C':
      return p.onTeam && consent ? allow : deny('CONSENT_REQUIRED');
    case 'C|O':
      return consent || order ? allow : deny('CONSENT_REQUIRED');
    case 'T':
      return treating ? allow : deny('NEVER_SHARED');
    case 'P':
      return inTreatingProgram ? allow : deny('NEVER_SHARED');
    case 'P|C':
      return inTreatingProgram || consent ? allow : deny('CONSENT_REQUIRED');
  }
}

/**
 * Issue 19, item 1, written from the issue and docs/domain.md apart from the table's code: the
 * detective reads health, education and attorney-client records (and the delinquency file, WIC
 * 827) only under a court order; the MDT's shared categories while on the team; their own
 * agency's records as own staff. Of law-enforcement records, the MDT's care roles and the DA's
 * office read while on the team; school, defender, community partners only with the youth's consent.
 */
function lawEnforcementExpected(p: Point, consent: boolean, order: boolean): Expected | null {
  if (p.role === 'LAW_ENFORCEMENT_OFFICER') {
    const courtOnly: DataCategory[] = [
      'MENTAL_HEALTH',
      'SUBSTANCE_USE',
      'SEXUAL_HEALTH',
      'PHYSICAL_HEALTH',
      'EDUCATION',
      'DELINQUENCY',
    ];
    if (courtOnly.includes(p.category)) return order ? allow : deny('COURT_ORDER_REQUIRED');
    if (p.category === 'LAW_ENFORCEMENT_RECORDS') return allow;
    return p.onTeam ? allow : deny('NOT_ON_TEAM');
  }
  if (p.category !== 'LAW_ENFORCEMENT_RECORDS') return null;
  const onTheTeam: Role[] = [
    'CW_SOCIAL_WORKER',
    'PROBATION_OFFICER',
    'CLINICIAN',
    'PUBLIC_HEALTH_NURSE',
    'PROSECUTOR',
    'VICTIM_ADVOCATE',
  ];
  if (onTheTeam.includes(p.role)) return p.onTeam ? allow : deny('NOT_ON_TEAM');
  return consent ? allow : deny('CONSENT_REQUIRED');
}

/**
 * Issue 17, written apart from `memberOnDay`: a membership holds on each calendar day from its
 * first day through its last (the day before the coordinator ended it, or its to date, whichever
 * comes first); no last day means it holds on every later day.
 */
export function expectedOnTeam(
  memberships: readonly { from: string; to: string | null; endedOn: string | null }[],
  day: string,
): boolean {
  const dayMs = Date.parse(`${day}T00:00:00Z`);
  return memberships.some((m) => {
    const first = Date.parse(`${m.from}T00:00:00Z`);
    const lastByTo = m.to === null ? Infinity : Date.parse(`${m.to}T00:00:00Z`);
    const lastByEnd = m.endedOn === null ? Infinity : Date.parse(`${m.endedOn}T00:00:00Z`) - 86_400_000;
    return dayMs >= first && dayMs <= Math.min(lastByTo, lastByEnd);
  });
}

/** docs/architecture.md: `X-Purpose-Of-Use` is `CARE_COORDINATION` when absent. */
export const EXPECTED_DEFAULT_PURPOSE: PurposeOfUse = 'CARE_COORDINATION';

/**
 * What the brief and the registry's documented behaviour say about an action other than reading
 * records, written as plain code, independently of the rules.
 */
export function expectedAction(p: ActionPoint): Expected {
  const linkedToYouth = p.onTeam || p.serves;
  const manages =
    purposesOf(p.role).includes(p.purpose) &&
    ((p.role === 'CW_SOCIAL_WORKER' && p.agency === 'CHILD_WELFARE' && p.onTeam) ||
      (p.role === 'MDT_COORDINATOR' && p.onTeam) ||
      (p.role === 'PUBLIC_DEFENDER' && p.agency === 'PUBLIC_DEFENDER' && p.serves));
  const auditor = p.role === 'PRIVACY_OFFICER' && p.purpose === 'AUDIT';
  switch (p.action) {
    case 'see-youth':
      return linkedToYouth ? allow : deny('NOT_ON_TEAM');
    case 'manage-consents':
      return manages ? allow : deny('NEVER_SHARED');
    case 'see-consent':
      return manages || (linkedToYouth && p.own) ? allow : deny('NEVER_SHARED');
    case 'manage-court-orders':
      return p.role === 'MDT_COORDINATOR' && p.onTeam && purposesOf(p.role).includes(p.purpose)
        ? allow
        : deny('NEVER_SHARED');
    case 'request-emergency':
      return p.onTeam && p.role !== 'PRIVACY_OFFICER' ? allow : deny('NOT_ON_TEAM');
    case 'end-emergency':
      return auditor || (p.own && p.role !== 'PRIVACY_OFFICER') ? allow : deny('NEVER_SHARED');
    case 'oversee':
      if (p.role !== 'PRIVACY_OFFICER') return deny('NEVER_SHARED');
      return auditor ? allow : deny('PURPOSE_NOT_PERMITTED');
    case 'read-accounting':
      return auditor || p.own ? allow : deny('NEVER_SHARED');
    case 'read-psychotherapy-note':
      return p.role === 'CLINICIAN' && p.own ? allow : deny('NEVER_SHARED');
    case 'manage-roster':
      // Issue 17: the coordinator adds and ends memberships of the teams they are on; nobody else.
      return p.role === 'MDT_COORDINATOR' && p.onTeam && purposesOf(p.role).includes(p.purpose)
        ? allow
        : deny('NEVER_SHARED');
    case 'write-mdt-notes':
    case 'update-action-item': {
      // Issue 17: the youth's team writes the MDT's notes and items, for the MDT's purposes only;
      // an item changes by its owner or the coordinator.
      const mdtWork = p.onTeam && p.role !== 'PRIVACY_OFFICER' && p.purpose !== 'PROSECUTION' && p.purpose !== 'AUDIT';
      if (p.action === 'write-mdt-notes') return mdtWork ? allow : deny('NOT_ON_TEAM');
      return mdtWork && (p.own || p.role === 'MDT_COORDINATOR') ? allow : deny('NEVER_SHARED');
    }
    case 'submit-referral':
    case 'see-referral':
    case 'decide-referral': {
      // Issue 17, item 1 (docs/domain.md, "Referrals"): a serving agency's member refers; the
      // coordinator triages every referral, on a team or not; the referrer reads their own; for
      // the MDT's purposes only, never a prosecution or an audit.
      const forTheMdt =
        p.role !== 'PRIVACY_OFFICER' && ['CARE_COORDINATION', 'EMERGENCY', 'COURT_ORDERED'].includes(p.purpose);
      const coordinator = forTheMdt && p.role === 'MDT_COORDINATOR';
      if (p.action === 'submit-referral') return forTheMdt && p.serves ? allow : deny('NEVER_SHARED');
      if (p.action === 'decide-referral') return coordinator ? allow : deny('NEVER_SHARED');
      return coordinator || (forTheMdt && p.own) ? allow : deny('NEVER_SHARED');
    }
    case 'see-member-directory':
      // Issue 17: the coordinator picks a team's new member from the people known to the hub (name,
      // role, agency); nobody else reads the directory, and only for the MDT's purposes.
      return p.role === 'MDT_COORDINATOR' && ['CARE_COORDINATION', 'EMERGENCY', 'COURT_ORDERED'].includes(p.purpose)
        ? allow
        : deny('NEVER_SHARED');
  }
}
