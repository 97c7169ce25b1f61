import { subject } from '@casl/ability';
import { defineAbilityFor, defaultPolicySet, subjectFor } from '@hub/policies';
const p = defaultPolicySet();
const a = defineAbilityFor('PUBLIC_HEALTH_NURSE', p.rules);
const attrs = subjectFor({ sub: 'c', agency: 'HEALTH', role: 'PUBLIC_HEALTH_NURSE' }, { youthId: 'y', servedBy: ['HEALTH'], team: { onTeam: false }, consents: [], courtOrders: [] }, 'MENTAL_HEALTH', 'CARE_COORDINATION', { owner: 'HEALTH' });
const s = subject('Disclosure', { ...attrs } as any);
for (const r of a.rulesFor('read', 'Disclosure')) {
  if (r.matchesConditions(s)) console.log('match', (r.origin as any).policyRuleId, r.inverted, JSON.stringify(r.conditions));
}
console.log('relevant', (a.relevantRuleFor('read', s)?.origin as any)?.policyRuleId);
