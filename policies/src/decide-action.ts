import { subject } from '@casl/ability';
import { abilityFor } from './ability.ts';
import { emptyFacts, type Viewer, type YouthFacts } from './facts.ts';
import { actionHardDenial } from './guards.ts';
import { defaultPolicySet, type PolicySet } from './policy-set.ts';
import { linked } from './scope.ts';
import type { ActionSubject, HubAction, PolicyRule } from './types.ts';
import type { DenialReason, PurposeOfUse } from './vocabulary.ts';

/** The outcome of an action other than reading records, with the rule that decided it. */
export interface ActionDecision {
  action: HubAction;
  allowed: boolean;
  reason: DenialReason | null;
  ruleId: string;
  legalBasis: string;
}

export interface ActionSituation {
  /** The youth's facts, for an action on a youth; none for oversight. */
  facts?: YouthFacts | null | undefined;
  /** The row is the viewer's own (see `ActionSubject.own`). */
  own?: boolean | undefined;
}

export function actionSubject(viewer: Viewer, purpose: PurposeOfUse, situation: ActionSituation = {}): ActionSubject {
  const facts = situation.facts ?? emptyFacts('');
  return {
    purpose,
    agency: viewer.agency,
    onTeam: facts.team.onTeam,
    serves: facts.servedBy.includes(viewer.agency),
    inScope: linked(viewer, facts),
    own: situation.own ?? false,
  };
}

/** Decides an action (see-youth, manage-consents, oversee, ...) for a viewer and purpose, like `decide` does reads. */
export function decideAction(
  policy: PolicySet,
  viewer: Viewer,
  action: HubAction,
  purpose: PurposeOfUse,
  situation: ActionSituation = {},
): ActionDecision {
  const attrs = actionSubject(viewer, purpose, situation);
  const matched = abilityFor(policy, viewer.role).relevantRuleFor(action, subject('Action', { ...attrs }));
  const ruleId = (matched?.origin as { policyRuleId?: string } | undefined)?.policyRuleId;
  let rule: PolicyRule | undefined = ruleId ? policy.byId.get(ruleId) : undefined;
  let allowed = Boolean(matched && !matched.inverted && rule);
  let reason: DenialReason | null = allowed ? null : ((matched?.reason as DenialReason | undefined) ?? 'NOT_ON_TEAM');
  const hard = allowed ? actionHardDenial(viewer.role, action, attrs) : undefined;
  if (hard) {
    // A rule set allowed what an invariant forbids: the invariant wins.
    allowed = false;
    reason = hard.reason;
    rule = policy.byId.get(hard.ruleId) ?? defaultPolicySet().byId.get(hard.ruleId);
  }
  return {
    action,
    allowed,
    reason,
    ruleId: rule?.id ?? 'default.deny',
    legalBasis: rule?.legalBasis ?? 'deny by default',
  };
}

/** Which rows of a kind the viewer may read: all of them, only their own, or none. */
export type RowScope = 'ALL' | 'OWN' | 'NONE';
export type RowAction = Extract<
  HubAction,
  'read-accounting' | 'see-consent' | 'read-psychotherapy-note' | 'update-action-item' | 'see-referral'
>;

/**
 * A row-level rule as a filter a query can apply (casl-prisma's accessibleBy, by asking): `ALL`
 * if the rules allow another's row, `OWN` if they allow only the viewer's own rows (the query
 * keeps rows whose owner is the viewer), `NONE` otherwise, so no condition means no rows.
 */
export function rowScope(
  policy: PolicySet,
  viewer: Viewer,
  action: RowAction,
  purpose: PurposeOfUse,
  facts?: YouthFacts | null,
): RowScope {
  if (decideAction(policy, viewer, action, purpose, { facts, own: false }).allowed) return 'ALL';
  if (decideAction(policy, viewer, action, purpose, { facts, own: true }).allowed) return 'OWN';
  return 'NONE';
}
