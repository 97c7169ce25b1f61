import { createMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import type { DisclosureSubject, PolicyRule } from './rules.ts';
import type { Role } from './vocabulary.ts';

type Subjects = 'Disclosure' | (DisclosureSubject & { __caslSubjectType__: 'Disclosure' });
export type HubAbility = MongoAbility<['read', Subjects]>;
type RawRule = RawRuleOf<HubAbility> & { policyRuleId: string };

/** Turns the stored rules that apply to one role into a CASL ability. */
export function defineAbilityFor(role: Role, rules: readonly PolicyRule[]): HubAbility {
  const raw: RawRule[] = [];
  for (const rule of rules) {
    if (rule.roles !== '*' && !rule.roles.includes(role)) continue;
    if (rule.otherwise) {
      // The rule's "otherwise" half: matches the category alone, overridden by the allow half below.
      const { category } = rule.conditions;
      raw.push({
        action: 'read',
        subject: 'Disclosure',
        inverted: true,
        conditions: category === undefined ? {} : { category },
        reason: rule.otherwise,
        policyRuleId: rule.id,
      } as RawRule);
    }
    raw.push({
      action: 'read',
      subject: 'Disclosure',
      inverted: rule.effect === 'deny',
      conditions: rule.conditions,
      ...(rule.reason ? { reason: rule.reason } : {}),
      policyRuleId: rule.id,
    } as RawRule);
  }
  return createMongoAbility<HubAbility>(raw as RawRuleOf<HubAbility>[]);
}
