import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../src/hub.ts';

// Issue 19, item 4: a sealed petition is deemed never to have occurred (WIC 781, 786).
const Q = `query ($id: ID!) {
  youth(id: $id) {
    probation {
      delinquencyCase { petitionNumber courtStatus citations { offense } detentionEpisodes { facility } }
      timeline { delinquency { kind date summary } }
    }
  }
}`;

let hub: Hub;
let youthId: string;
let localId: string;
beforeAll(async () => {
  hub = await startHub({ youths: 80 });
  const sealed = hub.world.probation.find((c) => c.delinquencyCase.sealedOn);
  if (!sealed) throw new Error('no sealed petition in the synthetic world: widen the world');
  youthId = sealed.youthId;
  localId = sealed.localId;
});
afterAll(() => hub?.close());

describe('a sealed petition', () => {
  it('is served to no one, not even probation for care coordination, and reads exactly as no record', async () => {
    const sealed = await hub.query('po-nguyen', Q, { id: youthId });
    expect(sealed.json.errors).toBeUndefined();
    expect(sealed.json.data.youth.probation.delinquencyCase).toBeNull();
    expect(sealed.json.data.youth.probation.timeline.delinquency).toEqual([]);

    // The same youth with no delinquency record at all: byte for byte the same answer.
    const db = hub.databases.probation!;
    await db.rows(sql`delete from citation where local_id = ${localId}`);
    await db.rows(sql`delete from detention_episode where local_id = ${localId}`);
    await db.rows(sql`delete from delinquency_case where local_id = ${localId}`);
    const none = await hub.query('po-nguyen', Q, { id: youthId });
    expect(JSON.stringify(none.json)).toBe(JSON.stringify(sealed.json));
  });

  it("is served to probation's own staff under COURT_ORDERED", async () => {
    const other = hub.world.probation.filter((c) => c.delinquencyCase.sealedOn && c.youthId !== youthId);
    const target = other[0] ?? null;
    if (!target) throw new Error('need a second sealed petition: widen the world');
    const ordered = await hub.query('po-nguyen', Q, { id: target.youthId }, { purpose: 'COURT_ORDERED' });
    expect(ordered.json.data.youth.probation.delinquencyCase).toMatchObject({
      petitionNumber: target.delinquencyCase.petitionNumber,
      courtStatus: 'DISMISSED',
    });
    const care = await hub.query('po-nguyen', Q, { id: target.youthId });
    expect(care.json.data.youth.probation.delinquencyCase).toBeNull();
  });
});
