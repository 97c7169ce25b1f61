import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../src/hub.ts';

// Issue 15, item 10: under PROSECUTION nothing of the youth's own exploitation reaches the DA.
const Q = `query ($id: ID!) {
  youth(id: $id) {
    childWelfare { csecIndicators { id } runawayEpisodes { id } }
    districtAttorney { cases { caseNumber } }
  }
}`;

let hub: Hub;
let youthId: string;
beforeAll(async () => {
  hub = await startHub({ youths: 60 });
  const onDaTeam = new Set(
    hub.world.teams.filter((t) => t.members.some((m) => m.personId === 'da-reyes' && !m.toDate)).map((t) => t.youthId),
  );
  const da = new Set(hub.world.districtAttorney.filter((c) => c.cases.length > 0).map((c) => c.youthId));
  const cw = hub.world.childWelfare.find(
    (c) => onDaTeam.has(c.youthId) && da.has(c.youthId) && c.indicators.length > 0 && c.runaways.length > 0,
  );
  if (!cw) throw new Error('the synthetic world has no youth for this test: widen the world');
  youthId = cw.youthId;
});
afterAll(() => hub?.close());

describe('a prosecution purpose never opens the youth’s own exploitation', () => {
  it('care coordination opens what the table says; PROSECUTION refuses CSEC indicators, runaway episodes and victim/witness status', async () => {
    const care = await hub.query('da-reyes', Q, { id: youthId });
    const careDenied = new Set((care.json.errors ?? []).map((e: { path: string[] }) => e.path.at(-1)));
    // At least one of the three is open to the prosecutor for care coordination (else the test proves nothing).
    expect(careDenied.size).toBeLessThan(3);

    const pros = await hub.query('da-reyes', Q, { id: youthId }, { purpose: 'PROSECUTION' });
    expect(pros.json.data).toEqual({
      youth: {
        childWelfare: { csecIndicators: null, runawayEpisodes: null },
        districtAttorney: { cases: null },
      },
    });
    const errors = (pros.json.errors ?? []) as { path: string[]; extensions: Record<string, unknown> }[];
    expect(errors.map((e) => [e.path.at(-1), e.extensions.reason, e.extensions.ruleId]).sort()).toEqual([
      ['cases', 'NEVER_SHARED', 'invariant.no-exploitation-for-prosecution'],
      ['csecIndicators', 'NEVER_SHARED', 'invariant.no-exploitation-for-prosecution'],
      ['runawayEpisodes', 'NEVER_SHARED', 'invariant.no-exploitation-for-prosecution'],
    ]);
  });
});
