import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERSONAS } from '@hub/synthetic';
import { startHub, type Hub } from '../src/hub.ts';

// View-as through the gateway: a privacy officer sees each persona's own explanation, and nothing else does.
const DECISION = 'agency category allowed reason ruleId legalBasis';
const EXPLAIN = `query ($id: ID!) { accessExplanation(youthId: $id) { ${DECISION} } }`;
const VIEW_AS = `query ($id: ID!, $as: ViewAsInput!) { viewAs(youthId: $id, as: $as) { ${DECISION} } }`;

let hub: Hub;
beforeAll(async () => {
  hub = await startHub({ youths: 10 });
});
afterAll(() => hub?.close());

describe('view-as', () => {
  it("equals each persona's own accessExplanation, for youths on and off their caseload", async () => {
    const youths = hub.world.youths.slice(0, 3).map((y) => y.id);
    for (const p of PERSONAS.filter((x) => x.role !== 'PRIVACY_OFFICER')) {
      for (const id of youths) {
        const own = await hub.query(p.id, EXPLAIN, { id });
        const as = { sub: p.id, role: p.role, agency: p.agency };
        const seen = await hub.query('privacy-shah', VIEW_AS, { id, as }, { purpose: 'AUDIT' });
        expect(seen.json.errors).toBeUndefined();
        expect([p.id, seen.json.data.viewAs]).toEqual([p.id, own.json.data.accessExplanation]);
      }
    }
  });

  it.each([
    ['sw-garcia', 'CARE_COORDINATION', 'NEVER_SHARED'],
    ['coord-ortiz', 'AUDIT', 'NEVER_SHARED'],
    ['privacy-shah', 'CARE_COORDINATION', 'PURPOSE_NOT_PERMITTED'],
  ])('refuses %s acting for %s', async (persona, purpose, reason) => {
    const as = { sub: 'mentor-lee', role: 'SURVIVOR_MENTOR', agency: 'COMMUNITY' };
    const { json } = await hub.query(persona, VIEW_AS, { id: hub.world.youths[0]!.id, as }, { purpose });
    expect(json.data).toBeNull();
    expect(json.errors).toHaveLength(1);
    expect(json.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason });
  });
});
