import { EMERGENCY_BASIS } from './emergency.ts';
import { SCOPE_BASIS } from './legal-basis.ts';
import { PERMITTED_PURPOSES } from './purposes.ts';
import type { PolicyRule } from './types.ts';
import { ROLES, type Role } from './vocabulary.ts';

/** Information access management: terminating access that is no longer appropriate. */
const EMERGENCY_END_BASIS = '45 CFR 164.308(a)(3)(ii)(C); 45 CFR 164.308(a)(4)(ii)(C); WIC 18961.7';
const OVERSIGHT_BASIS = '45 CFR 164.308(a)(1)(ii)(D); 45 CFR 164.312(b); 45 CFR 164.528';
const NOTES_BASIS = '45 CFR 164.501; 45 CFR 164.508(a)(2)(i)(A)';
/** County MDTs (WIC 18961.7) and their confidential information sharing (WIC 830, WIC 827). */
const ROSTER_BASIS = 'WIC 18961.7; WIC 830; WIC 827';
/** What the MDT's own work may be used for: its purpose (WIC 830), never a prosecution. */
export const MDT_WORK_PURPOSES = ['CARE_COORDINATION', 'EMERGENCY', 'COURT_ORDERED'] as const;
/**
 * A referral to the county's CSEC MDT (the interagency protocol of WIC 16524.7-16524.8: a worker
 * who suspects exploitation refers the youth to the coordinator, who convenes the team), shared
 * within the MDT's confidentiality (WIC 18961.7, WIC 830).
 */
const REFERRAL_BASIS = 'WIC 16524.7; WIC 16524.8; WIC 18961.7; WIC 830';
/**
 * The county's MDT is convened by its coordinator from the members the county designates (WIC
 * 18961.7(b): the team's members are named by the county); the directory shows only who may join,
 * no youth's information (minimum necessary, 45 CFR 164.514(d)).
 */
const DIRECTORY_BASIS = 'WIC 18961.7(b); WIC 830; 45 CFR 164.514(d)';
const CONSENT_RECORD_BASIS = '45 CFR 164.508; Civil Code 56.11; 42 CFR 2.31';
/** A juvenile court's order to disclose (WIC 827, JV-570/JV-573), recorded by the team that acts on it. */
const COURT_ORDER_RECORD_BASIS = 'WIC 827(a)(1)(P); Cal. Rules of Court 5.552; WIC 18961.7';
const allBut = (role: Role) => ROLES.filter((r) => r !== role);

/**
 * Who records, revokes and sees all of a youth's consents: the youth's social worker (a
 * child-welfare worker on the youth's team: agency-wide access would let any worker grant their
 * agency a consent), the MDT coordinator of the youth's team, the youth's attorney (the public
 * defender serves the youth); each for a purpose their role may use.
 */
function consentManagers(): PolicyRule[] {
  const manager = (id: string, role: Role, conditions: PolicyRule['conditions'], legalBasis: string, who: string) => ({
    id,
    action: ['manage-consents', 'see-consent'] as const,
    effect: 'allow' as const,
    roles: [role],
    conditions: { ...conditions, purpose: { $in: PERMITTED_PURPOSES[role] } },
    legalBasis: `${legalBasis}; ${CONSENT_RECORD_BASIS}`,
    description: `${who} records and revokes the youth's consents and sees all of them`,
  });
  return [
    manager(
      'consents.social-worker',
      'CW_SOCIAL_WORKER',
      { agency: 'CHILD_WELFARE', onTeam: true },
      'WIC 16501',
      "The youth's social worker (a child-welfare worker on the youth's MDT)",
    ),
    manager('consents.coordinator', 'MDT_COORDINATOR', { onTeam: true }, 'WIC 18961.7', "The youth's MDT coordinator"),
    manager(
      'consents.attorney',
      'PUBLIC_DEFENDER',
      { agency: 'PUBLIC_DEFENDER', serves: true },
      'WIC 317(e); WIC 634',
      "The youth's attorney (the public defender serves the youth)",
    ),
  ];
}

/** Every access decision besides reading records, as rules of the same shape; lowest precedence first per action. */
export function actionRules(): PolicyRule[] {
  return [
    {
      id: 'scope.linked',
      action: 'see-youth',
      effect: 'allow',
      roles: '*',
      conditions: { inScope: true },
      otherwise: 'NOT_ON_TEAM',
      legalBasis: SCOPE_BASIS,
      description:
        "A youth exists for a viewer only while the viewer is on the youth's MDT or the viewer's agency " +
        'serves the youth; any other youth answers as one that does not exist',
    },
    {
      id: 'consents.managers-only',
      action: ['manage-consents', 'see-consent'],
      effect: 'deny',
      roles: '*',
      conditions: {},
      reason: 'NEVER_SHARED',
      legalBasis: CONSENT_RECORD_BASIS,
      description: "Only those who manage a youth's consents record, revoke or see all of them",
    },
    {
      id: 'consents.naming-own-agency',
      action: 'see-consent',
      effect: 'allow',
      roles: '*',
      conditions: { inScope: true, own: true },
      legalBasis: '42 CFR 2.13(c); 45 CFR 164.502(b)',
      description:
        "A viewer linked to the youth sees the consents naming the viewer's agency, and no other: a " +
        "consent's categories alone can reveal treatment",
    },
    ...consentManagers(),
    {
      id: 'court-orders.coordinator-only',
      action: 'manage-court-orders',
      effect: 'deny',
      roles: '*',
      conditions: {},
      reason: 'NEVER_SHARED',
      legalBasis: COURT_ORDER_RECORD_BASIS,
      description:
        "Only the youth's MDT coordinator records, ends or amends the court orders that open the youth's records",
    },
    {
      id: 'court-orders.coordinator',
      action: 'manage-court-orders',
      effect: 'allow',
      roles: ['MDT_COORDINATOR'],
      conditions: { onTeam: true, purpose: { $in: PERMITTED_PURPOSES.MDT_COORDINATOR } },
      legalBasis: COURT_ORDER_RECORD_BASIS,
      description:
        "The MDT coordinator of the youth's team records a juvenile court's order (JV-570 petition granted), " +
        'ends it or amends it; the order opens its categories to the agency it names on the next request',
    },
    {
      id: 'emergency.request',
      action: 'request-emergency',
      effect: 'allow',
      roles: allBut('PRIVACY_OFFICER'),
      conditions: { onTeam: true },
      otherwise: 'NOT_ON_TEAM',
      legalBasis: EMERGENCY_BASIS,
      description:
        "A current member of the youth's MDT may ask for emergency access with a written reason; every " +
        'grant is reviewed by a privacy officer',
    },
    {
      id: 'emergency.end.others',
      action: 'end-emergency',
      effect: 'deny',
      roles: '*',
      conditions: {},
      reason: 'NEVER_SHARED',
      legalBasis: EMERGENCY_END_BASIS,
      description: 'An emergency grant is ended early only by the one who holds it or by a privacy officer',
    },
    {
      id: 'emergency.end.requester',
      action: 'end-emergency',
      effect: 'allow',
      roles: allBut('PRIVACY_OFFICER'),
      conditions: { own: true },
      legalBasis: `${EMERGENCY_BASIS}; 45 CFR 164.502(b)`,
      description:
        'The requester ends their own emergency grant as soon as the emergency is over: access no ' +
        'longer needed is not kept (minimum necessary)',
    },
    {
      id: 'emergency.end.privacy-officer',
      action: 'end-emergency',
      effect: 'allow',
      roles: ['PRIVACY_OFFICER'],
      conditions: { purpose: 'AUDIT' },
      legalBasis: EMERGENCY_END_BASIS,
      description:
        'A privacy officer acting for the AUDIT purpose ends any emergency grant at once (a grant the review ' +
        'finds not justified ends with the finding)',
    },
    {
      id: 'oversight.privacy-officers-only',
      action: 'oversee',
      effect: 'deny',
      roles: allBut('PRIVACY_OFFICER'),
      conditions: {},
      reason: 'NEVER_SHARED',
      legalBasis: '45 CFR 164.308(a)(1)(ii)(D); 45 CFR 164.502(b)',
      description:
        'Oversight (the emergency-access review, view-as, the policy matrix, the audit chain, other ' +
        "viewers' accesses) is for privacy officers only",
    },
    {
      id: 'oversight.audit-purpose-only',
      action: 'oversee',
      effect: 'deny',
      roles: ['PRIVACY_OFFICER'],
      conditions: { purpose: { $ne: 'AUDIT' } },
      reason: 'PURPOSE_NOT_PERMITTED',
      legalBasis: '45 CFR 164.502(b); 42 CFR 2.13',
      description: 'Privacy officers oversee only for the AUDIT purpose',
    },
    {
      id: 'accounting.others-accesses',
      action: 'read-accounting',
      effect: 'deny',
      roles: '*',
      conditions: {},
      reason: 'NEVER_SHARED',
      legalBasis: '45 CFR 164.502(b)',
      description: "Another viewer's rows of the accounting of disclosures are oversight",
    },
    {
      id: 'accounting.own-accesses',
      action: 'read-accounting',
      effect: 'allow',
      roles: '*',
      conditions: { own: true },
      legalBasis: '45 CFR 164.312(b)',
      description: "Anyone reads the accounting's rows of their own accesses",
    },
    {
      id: 'oversight.privacy-officer',
      action: ['oversee', 'read-accounting'],
      effect: 'allow',
      roles: ['PRIVACY_OFFICER'],
      conditions: { purpose: 'AUDIT' },
      legalBasis: OVERSIGHT_BASIS,
      description:
        'A privacy officer acting for the AUDIT purpose reviews access: every row of the accounting of ' +
        'disclosures, the emergency-access review queue, view-as, the policy matrix and the audit chain. ' +
        'To answer an accounting request the officer finds the youth by name, agency local id or hub id ' +
        'and sees of their identity only the hub id, the initials and the date of birth',
    },
    {
      id: 'roster.coordinator-only',
      action: 'manage-roster',
      effect: 'deny',
      roles: '*',
      conditions: {},
      reason: 'NEVER_SHARED',
      legalBasis: ROSTER_BASIS,
      description:
        "Only the youth's MDT coordinator adds members to the youth's team or ends a membership: membership " +
        'is what opens every "M" cell of the need-to-know table',
    },
    {
      id: 'roster.coordinator',
      action: 'manage-roster',
      effect: 'allow',
      roles: ['MDT_COORDINATOR'],
      conditions: { onTeam: true, purpose: { $in: PERMITTED_PURPOSES.MDT_COORDINATOR } },
      legalBasis: ROSTER_BASIS,
      description:
        "The MDT coordinator on the youth's team adds and ends its memberships (from and to dates, who and " +
        'why, every change kept) and sees the whole roster history',
    },
    {
      id: 'mdt-work.team-only',
      action: 'write-mdt-notes',
      effect: 'deny',
      roles: '*',
      conditions: {},
      reason: 'NOT_ON_TEAM',
      legalBasis: ROSTER_BASIS,
      description: "Only the youth's MDT records its notes and action items, for the MDT's own purposes",
    },
    {
      id: 'action-items.owner-or-coordinator',
      action: 'update-action-item',
      effect: 'deny',
      roles: '*',
      conditions: {},
      reason: 'NEVER_SHARED',
      legalBasis: ROSTER_BASIS,
      description: "Only an action item's owner or the youth's MDT coordinator, on the youth's team, changes it",
    },
    {
      id: 'mdt-work.team',
      action: 'write-mdt-notes',
      effect: 'allow',
      roles: allBut('PRIVACY_OFFICER'),
      conditions: { onTeam: true, purpose: { $in: MDT_WORK_PURPOSES } },
      legalBasis: ROSTER_BASIS,
      description:
        "A member of the youth's MDT records the team's confidential notes (amending, never editing them) " +
        'and its action items',
    },
    {
      id: 'action-items.owner',
      action: 'update-action-item',
      effect: 'allow',
      roles: allBut('PRIVACY_OFFICER'),
      conditions: { onTeam: true, own: true, purpose: { $in: MDT_WORK_PURPOSES } },
      legalBasis: ROSTER_BASIS,
      description: "The owner of an action item, while on the youth's MDT, marks it done or dropped",
    },
    {
      id: 'action-items.coordinator',
      action: 'update-action-item',
      effect: 'allow',
      roles: ['MDT_COORDINATOR'],
      conditions: { onTeam: true, purpose: { $in: MDT_WORK_PURPOSES } },
      legalBasis: ROSTER_BASIS,
      description: "The youth's MDT coordinator changes any of the team's action items",
    },
    {
      id: 'referrals.serving-agency-only',
      action: 'submit-referral',
      effect: 'deny',
      roles: '*',
      conditions: {},
      reason: 'NEVER_SHARED',
      legalBasis: REFERRAL_BASIS,
      description: 'Only a member of an agency that serves the youth refers the youth to the MDT, for its purposes',
    },
    {
      id: 'referrals.serving-agency',
      action: 'submit-referral',
      effect: 'allow',
      roles: allBut('PRIVACY_OFFICER'),
      conditions: { serves: true, purpose: { $in: MDT_WORK_PURPOSES } },
      legalBasis: REFERRAL_BASIS,
      description:
        'A member of an agency that serves the youth (holds a record of them, or their local id for a youth ' +
        "not yet in the registry) refers the youth to the county's CSEC MDT coordinator",
    },
    {
      id: 'referrals.coordinator-or-referrer',
      action: ['see-referral', 'decide-referral'],
      effect: 'deny',
      roles: '*',
      conditions: {},
      reason: 'NEVER_SHARED',
      legalBasis: REFERRAL_BASIS,
      description:
        'Before a referral is accepted only the MDT coordinator (who triages it) and its referrer read it; ' +
        'only the coordinator decides it',
    },
    {
      id: 'referrals.referrer',
      action: 'see-referral',
      effect: 'allow',
      roles: allBut('PRIVACY_OFFICER'),
      conditions: { own: true, purpose: { $in: MDT_WORK_PURPOSES } },
      legalBasis: REFERRAL_BASIS,
      description: 'The referrer reads their own referrals, their status and, when declined, the reason',
    },
    {
      id: 'referrals.coordinator',
      action: ['see-referral', 'decide-referral'],
      effect: 'allow',
      roles: ['MDT_COORDINATOR'],
      conditions: { purpose: { $in: MDT_WORK_PURPOSES } },
      legalBasis: REFERRAL_BASIS,
      description:
        "The county's MDT coordinator reads every referral to triage it (before any team exists, so not " +
        'only those of youths on their teams) and accepts or declines it',
    },
    {
      id: 'directory.coordinator-only',
      action: 'see-member-directory',
      effect: 'deny',
      roles: '*',
      conditions: {},
      reason: 'NEVER_SHARED',
      legalBasis: DIRECTORY_BASIS,
      description:
        'The MDT member directory (who may join a team: name, role, agency) is read by the MDT coordinator only, who convenes the teams',
    },
    {
      id: 'directory.coordinator',
      action: 'see-member-directory',
      effect: 'allow',
      roles: ['MDT_COORDINATOR'],
      conditions: { purpose: { $in: MDT_WORK_PURPOSES } },
      legalBasis: DIRECTORY_BASIS,
      description:
        "The county's MDT coordinator reads the member directory to add a person to a youth's team: each " +
        "person's name, role and agency, nothing of the youths they work with",
    },
    {
      id: 'psychotherapy-notes.authors-only',
      action: 'read-psychotherapy-note',
      effect: 'deny',
      roles: '*',
      conditions: {},
      reason: 'NEVER_SHARED',
      legalBasis: NOTES_BASIS,
      description: 'A psychotherapy note is read by the clinician who wrote it and nobody else',
    },
    {
      id: 'psychotherapy-notes.own-notes',
      action: 'read-psychotherapy-note',
      effect: 'allow',
      roles: ['CLINICIAN'],
      conditions: { own: true },
      legalBasis: NOTES_BASIS,
      description:
        'Of the psychotherapy notes the category releases (to the treating clinician), a clinician reads ' +
        'the notes they wrote: the originator uses them for treatment',
    },
  ];
}
