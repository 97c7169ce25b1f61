import { createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { PolicySet } from './policy-set.ts';
import { actionsOf, type ActionSubject, type DisclosureSubject, type PolicyAction, type PolicyRule } from './types.ts';
import type { Role } from './vocabulary.ts';

type Subjects =
  | 'Disclosure'
  | 'Action'
  | (DisclosureSubject & { __caslSubjectType__: 'Disclosure' })
  | (ActionSubject & { __caslSubjectType__: 'Action' });
export type HubAbility = MongoAbility<[PolicyAction, Subjects]>;
type RawRule = RawRuleOf<HubAbility> & { policyRuleId: string };

/** Reading records is decided on a `Disclosure`; every other action on an `Action`. */
const subjectOf = (action: PolicyAction) => (action === 'read' ? 'Disclosure' : 'Action');

/** Turns the stored rules that apply to one role into a CASL ability. */
export function defineAbilityFor(role: Role, rules: readonly PolicyRule[]): HubAbility {
  const raw: RawRule[] = [];
  for (const rule of rules) {
    if (rule.roles !== '*' && !rule.roles.includes(role)) continue;
    const action = [...actionsOf(rule)];
    const subject = [...new Set(action.map(subjectOf))];
    if (rule.otherwise) {
      // The rule's "otherwise" half: matches the category alone, overridden by the allow half below.
      const { category } = rule.conditions;
      raw.push({
        action,
        subject,
        inverted: true,
        conditions: category === undefined ? {} : { category },
        reason: rule.otherwise,
        policyRuleId: rule.id,
      } as RawRule);
    }
    raw.push({
      action,
      subject,
      inverted: rule.effect === 'deny',
      conditions: rule.conditions,
      ...(rule.reason ? { reason: rule.reason } : {}),
      policyRuleId: rule.id,
    } as RawRule);
  }
  return createMongoAbility<HubAbility>(raw as RawRuleOf<HubAbility>[]);
}

const abilities = new WeakMap<PolicySet, Map<Role, HubAbility>>();

/** The role's ability under a policy set, built once. */
export function abilityFor(policy: PolicySet, role: Role): HubAbility {
  let byRole = abilities.get(policy);
  if (!byRole) abilities.set(policy, (byRole = new Map()));
  let ability = byRole.get(role);
  if (!ability) byRole.set(role, (ability = defineAbilityFor(role, policy.rules)));
  return ability;
}
