import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { PERSONAS } from '@hub/synthetic';
import { refusal, startRegistry, type TestRegistry } from './registry.ts';

// The rule behind each refusal of oversight, as the refusal names it.
const OVERSIGHT_RULE = {
  NEVER_SHARED: {
    ruleId: 'oversight.privacy-officers-only',
    legalBasis: '45 CFR 164.308(a)(1)(ii)(D); 45 CFR 164.502(b)',
  },
  PURPOSE_NOT_PERMITTED: { ruleId: 'oversight.audit-purpose-only', legalBasis: '45 CFR 164.502(b); 42 CFR 2.13' },
};

const DECISION = 'agency category allowed reason ruleId legalBasis';
const EXPLAIN = `query ($youthId: ID!) { accessExplanation(youthId: $youthId) { ${DECISION} } }`;
const VIEW_AS = `query ($youthId: ID!, $as: ViewAsInput!) { viewAs(youthId: $youthId, as: $as) { ${DECISION} } }`;
const REQUEST = `mutation ($youthId: ID!) { requestEmergencyAccess(youthId: $youthId, reason: "Youth missing overnight; need the placement.") { id } }`;

describe.each(TEST_ENGINES)('view-as on %s', (engine) => {
  let registry: TestRegistry;
  let youths: string[];
  beforeAll(async () => {
    registry = await startRegistry(engine);
    youths = registry.world.youths.slice(0, 4).map((y) => y.id);
  });
  afterAll(() => registry?.close());
  const viewAs = (as: Record<string, unknown>, youthId = youths[0]!, persona = 'privacy-shah', purpose = 'AUDIT') =>
    registry.ask(persona, VIEW_AS, { youthId, as }, purpose);

  it("shows a privacy officer exactly what each persona's own explanation shows", async () => {
    for (const p of PERSONAS.filter((x) => x.role !== 'PRIVACY_OFFICER')) {
      for (const youthId of youths) {
        const own = await registry.ask(p.id, EXPLAIN, { youthId });
        const simulated = await viewAs({ sub: p.id, role: p.role, agency: p.agency }, youthId);
        expect(simulated.errors).toBeUndefined();
        expect([p.id, simulated.data.viewAs]).toEqual([p.id, own.data.accessExplanation]);
      }
    }
  });

  it('simulates a purpose and the emergency grant of that person', async () => {
    const mentor = { sub: 'mentor-lee', role: 'SURVIVOR_MENTOR', agency: 'COMMUNITY', purpose: 'EMERGENCY' };
    const breakGlass = async () =>
      (await viewAs(mentor, youths[1]!)).data.viewAs.filter(
        (d: { ruleId: string }) => d.ruleId === 'emergency.break-glass',
      );
    expect(await breakGlass()).toEqual([]);
    expect((await registry.ask('mentor-lee', REQUEST, { youthId: youths[1] })).errors).toBeUndefined();
    expect((await breakGlass()).map((d: { category: string }) => d.category)).toEqual([
      'IDENTITY',
      'PLACEMENT',
      'RUNAWAY',
      'SAFETY_PLAN',
      'RUNAWAY',
      'PHYSICAL_HEALTH',
      'RUNAWAY', // law enforcement's missing-person reports (issue 19)
      'IDENTITY',
      'SAFETY_PLAN',
    ]);
    const own = await registry.ask('mentor-lee', EXPLAIN, { youthId: youths[1] }, 'EMERGENCY');
    expect((await viewAs(mentor, youths[1]!)).data.viewAs).toEqual(own.data.accessExplanation);
  });

  it('without a person, simulates someone on no team whose agency may serve the youth', async () => {
    const { data } = await viewAs({ role: 'PROBATION_OFFICER', agency: 'PROBATION' });
    // Probation serves youth 0, so its own records are open; team-only cells are not.
    const probation = data.viewAs.find(
      (d: { category: string; agency: string }) => d.agency === 'PROBATION' && d.category === 'PROBATION',
    );
    expect(probation).toMatchObject({ allowed: true, ruleId: 'own-agency.read' });
    const placement = data.viewAs.find((d: { category: string }) => d.category === 'PLACEMENT');
    expect(placement).toMatchObject({ allowed: false, reason: 'NOT_ON_TEAM' });
  });

  it('refuses a role its agency does not have, as user tokens are refused', async () => {
    expect(refusal(await viewAs({ sub: 'x', role: 'PROSECUTOR', agency: 'CHILD_WELFARE' }))).toEqual({
      data: null,
      errors: [{ message: 'The role PROSECUTOR does not belong to CHILD_WELFARE', code: 'BAD_USER_INPUT' }],
    });
  });

  it.each([
    [
      'a team member',
      'sw-garcia',
      'CARE_COORDINATION',
      'Only privacy officers view the hub as another viewer',
      'NEVER_SHARED',
    ],
    [
      'the coordinator, even with AUDIT',
      'coord-ortiz',
      'AUDIT',
      'Only privacy officers view the hub as another viewer',
      'NEVER_SHARED',
    ],
    [
      'a privacy officer without the AUDIT purpose',
      'privacy-shah',
      'CARE_COORDINATION',
      'Privacy officers view the hub as another viewer with the AUDIT purpose',
      'PURPOSE_NOT_PERMITTED',
    ],
  ])('refuses %s', async (_label, persona, purpose, message, reason) => {
    const as = { sub: 'mentor-lee', role: 'SURVIVOR_MENTOR', agency: 'COMMUNITY' };
    expect(refusal(await viewAs(as, youths[0], persona, purpose))).toEqual({
      data: null,
      errors: [{ message, code: 'FORBIDDEN', reason, ...OVERSIGHT_RULE[reason as keyof typeof OVERSIGHT_RULE] }],
    });
  });
});
