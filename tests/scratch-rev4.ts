import { decide, defaultPolicySet, createPolicySet, buildDefaultRules, type YouthFacts } from '@hub/policies';
const p = defaultPolicySet();
const facts = (o: Partial<YouthFacts>): YouthFacts => ({ youthId: 'y', servedBy: [], team: { onTeam: false }, consents: [], courtOrders: [], ...o });
const show = (label: string, d: any) => console.log(label, d.allowed, d.reason, d.ruleId);
show('clinician on team, Health not serving, SEXUAL_HEALTH:', decide(p, { sub: 'c', agency: 'HEALTH', role: 'CLINICIAN' }, facts({ team: { onTeam: true } }), 'SEXUAL_HEALTH', 'CARE_COORDINATION', { owner: 'HEALTH' }));
show('ph nurse on team, Health not serving, SEXUAL_HEALTH:', decide(p, { sub: 'c', agency: 'HEALTH', role: 'PUBLIC_HEALTH_NURSE' }, facts({ team: { onTeam: true } }), 'SEXUAL_HEALTH', 'CARE_COORDINATION', { owner: 'HEALTH' }));
show('HEALTH/PROSECUTOR, PROSECUTION, PHYSICAL_HEALTH, serves:', decide(p, { sub: 'x', agency: 'HEALTH', role: 'PROSECUTOR' }, facts({ servedBy: ['HEALTH'] }), 'PHYSICAL_HEALTH', 'PROSECUTION', { owner: 'HEALTH' }));
show('HEALTH/CW_SOCIAL_WORKER, MENTAL_HEALTH, serves, not on team:', decide(p, { sub: 'x', agency: 'HEALTH', role: 'CW_SOCIAL_WORKER' }, facts({ servedBy: ['HEALTH'] }), 'MENTAL_HEALTH', 'CARE_COORDINATION', { owner: 'HEALTH' }));
show('PROSECUTOR on team, PROSECUTION purpose, CSEC_INDICATORS (never to prosecute the youth):', decide(p, { sub: 'x', agency: 'DISTRICT_ATTORNEY', role: 'PROSECUTOR' }, facts({ team: { onTeam: true } }), 'CSEC_INDICATORS', 'PROSECUTION', { owner: 'CHILD_WELFARE' }));
const rules = [...buildDefaultRules(), { id: 'po.extra', effect: 'allow' as const, roles: ['CW_SOCIAL_WORKER' as const], conditions: { category: 'MENTAL_HEALTH' }, legalBasis: 'x', description: 'x' }];
const p2 = createPolicySet(rules);
show('appended allow rule vs scope invariant (not linked):', decide(p2, { sub: 'x', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' }, facts({}), 'MENTAL_HEALTH', 'AUDIT', { owner: 'HEALTH' }));
// mentor with consent but not linked
show('mentor consent not in scope:', decide(p, { sub: 'm', agency: 'COMMUNITY', role: 'SURVIVOR_MENTOR' }, facts({ consents: [{ id: 'c', categories: ['IDENTITY'], recipientAgencies: ['COMMUNITY'], purposes: [], status: 'ACTIVE', effectiveFrom: '2020-01-01T00:00:00Z', effectiveTo: null }] }), 'IDENTITY', 'CARE_COORDINATION', { owner: 'HUB' }));
