import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { syntheticServiceNeeds } from '../src/db/service-plan.ts';
import { refusal, startRegistry, type TestRegistry } from './registry.ts';

const PLAN = `query ($id: ID!) { youth(id: $id) { servicePlan { needs { id domain identifiedOn status provider startedOn } } } }`;

describe.each(TEST_ENGINES)('the service plan on %s', (engine) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry(engine);
  });
  afterAll(() => registry?.close());

  it('shows a team member the needs identified and the services received, oldest first', async () => {
    const youth = registry.world.youths[0]!;
    const { data, errors } = await registry.ask('sw-garcia', PLAN, { id: youth.id });
    expect(errors).toBeUndefined();
    const seeded = syntheticServiceNeeds(registry.world).filter((n) => n.youthId === youth.id);
    expect(seeded.length).toBeGreaterThanOrEqual(2);
    const needs = data.youth.servicePlan.needs;
    expect(needs.map((n: { id: string }) => n.id).sort()).toEqual(seeded.map((n) => n.id).sort());
    expect(needs.map((n: { identifiedOn: string }) => n.identifiedOn)).toEqual(
      [...needs.map((n: { identifiedOn: string }) => n.identifiedOn)].sort(),
    );
    for (const need of needs) {
      // A service is received from a provider on a day; a need only identified has neither.
      expect(need.startedOn !== null).toBe(need.status === 'RECEIVING' || need.status === 'COMPLETED');
      expect(need.provider !== null).toBe(need.status !== 'IDENTIFIED');
    }
  });

  it('denies the plan, as MDT notes, to a viewer whose agency serves the youth but who is not on its team', async () => {
    const onTeam = (personId: string, youthId: string) =>
      registry.world.teams.some((t) => t.youthId === youthId && t.members.some((m) => m.personId === personId));
    const youth = registry.world.youths.find((y) => y.localIds.PROBATION !== undefined && !onTeam('po-nguyen', y.id));
    expect(youth).toBeDefined();
    if (!youth) return;
    const answer = refusal(await registry.ask('po-nguyen', PLAN, { id: youth.id }));
    expect(answer.data).toEqual({ youth: { servicePlan: null } });
    expect(answer.errors).toMatchObject([
      { code: 'FORBIDDEN', reason: 'NOT_ON_TEAM', category: 'MDT_NOTES', agency: 'HUB' },
    ]);
  });
});
