import { decide, type DecideContext } from './decide.ts';
import type { Viewer, YouthFacts } from './facts.ts';
import type { PolicySet } from './policy-set.ts';
import { AGENCY_CATEGORIES, type Agency, type PurposeOfUse } from './vocabulary.ts';

/**
 * Rule `roster.involvement` (issue 15, item 12): who the team roster shows a viewer.
 *
 * A member's agency tells what kind of record the youth has there: a prosecutor on the team says
 * the youth is a victim or witness in a prosecution, a clinician that the youth is in treatment,
 * a defender that there is a delinquency matter. So the roster lists a member only where the
 * viewer may see that agency's involvement:
 * - members of the viewer's own agency, of the hub (the coordinator) and community partners
 *   (CBO advocates, survivor mentors: they hold no agency record) are always listed;
 * - a member of another agency is listed when the policy releases to the viewer, for this
 *   youth and purpose, at least one category that agency holds (`AGENCY_CATEGORIES`);
 * - the MDT coordinator, who keeps the roster and convenes the team, sees every member.
 * A member not listed is left out altogether, not shown as "a team member": a placeholder would
 * still count the agencies the viewer may not know of. The roster is then the same whether or not
 * such a member exists, which the hub's leak test compares byte for byte.
 */
export const ROSTER_RULE = {
  ruleId: 'roster.involvement',
  legalBasis: 'WIC 830(b) (need to know within the team); 45 CFR 164.502(b) (minimum necessary)',
} as const;

const ALWAYS_LISTED: readonly Agency[] = ['HUB', 'COMMUNITY'];

export function rosterLists(
  policy: PolicySet,
  viewer: Viewer,
  facts: YouthFacts,
  purpose: PurposeOfUse,
  memberAgency: Agency,
  ctx: Omit<DecideContext, 'owner'> = {},
): boolean {
  if (viewer.role === 'MDT_COORDINATOR') return true;
  if (memberAgency === viewer.agency || ALWAYS_LISTED.includes(memberAgency)) return true;
  return AGENCY_CATEGORIES[memberAgency].some(
    (category) => decide(policy, viewer, facts, category, purpose, { ...ctx, owner: memberAgency }).allowed,
  );
}
