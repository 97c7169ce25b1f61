import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { startHub, type Hub } from '../src/hub.ts';

// Screening as data (issue 16, item 3): child welfare's CSEC screenings, through the gateway,
// classified CSEC_INDICATORS and decided by child welfare.
const SCREENINGS = `query ($id: ID!) {
  youth(id: $id) {
    id
    childWelfare {
      csecScreenings { id tool toolVersion screenedOn screenerName level indicators nextRescreenDue rescreenOverdue }
      latestCsecScreening { id tool screenedOn level nextRescreenDue rescreenOverdue }
    }
  }
}`;

describe.each(TEST_ENGINES)('CSEC screenings as data (%s)', (engine) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub({ youths: 12, engine });
  });
  afterAll(() => hub?.close());

  const ask = async (persona: string, id: string) => {
    const { status, json } = await hub.query(persona, SCREENINGS, { id });
    expect(status).toBe(200);
    return json;
  };

  it("gives the social worker her agency's screenings, oldest first, the latest, and whether the rescreen is overdue", async () => {
    const youthId = hub.world.youths[0]!.id;
    const seeded = hub.world.childWelfare.find((c) => c.youthId === youthId)!.screenings;
    expect(seeded.length).toBe(2);
    const json = await ask('sw-garcia', youthId);
    expect(json.errors).toBeUndefined();
    const cw = json.data.youth.childWelfare;
    expect(
      cw.csecScreenings.map((s: Record<string, unknown>) => [
        s.tool,
        s.toolVersion,
        s.screenedOn,
        s.screenerName,
        s.level,
        s.indicators,
        s.nextRescreenDue,
      ]),
    ).toEqual(
      seeded.map((s) => [
        s.tool,
        s.toolVersion,
        s.screenedOn,
        s.screenerName,
        s.level,
        s.indicators,
        s.nextRescreenDue,
      ]),
    );
    expect(cw.latestCsecScreening.level).toBe('CLEAR');
    expect(cw.latestCsecScreening.id).toBe(cw.csecScreenings.at(-1).id);
    // The seeded world's screenings are dated before its day; against today's county date the rescreen is overdue.
    expect(cw.latestCsecScreening.rescreenOverdue).toBe(true);
    // A rescreen due next month is not overdue.
    await hub.databases['child-welfare']!.rows(
      sql`update cw_csec_screening set next_rescreen_due = current_date + 30 where id = ${Number(cw.latestCsecScreening.id)}`,
    );
    const again = await ask('sw-garcia', youthId);
    expect(again.data.youth.childWelfare.latestCsecScreening.rescreenOverdue).toBe(false);
  });

  it('answers a viewer denied CSEC_INDICATORS byte for byte the same whether the youth was screened or not', async () => {
    const youthId = hub.world.youths[0]!.id;
    const before = await ask('mentor-lee', youthId);
    expect(before.data.youth.childWelfare.csecScreenings).toBeNull();
    expect(before.data.youth.childWelfare.latestCsecScreening).toBeNull();
    expect(before.errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual(
      expect.arrayContaining(['youth.childWelfare.csecScreenings', 'youth.childWelfare.latestCsecScreening']),
    );
    const cw = hub.databases['child-welfare']!;
    await cw.rows(sql`insert into cw_csec_screening (local_id, tool, tool_version, screened_on, screener_name, level, indicators, next_rescreen_due)
      select local_id, 'CSE-IT', '2.0', current_date, 'A. Screener', 'CLEAR', array['Older partner'], current_date + 90 from cw_case where hub_youth_id = ${youthId}`);
    expect(JSON.stringify(await ask('mentor-lee', youthId))).toBe(JSON.stringify(before));
    await cw.rows(sql`delete from cw_csec_screening`);
    expect(JSON.stringify(await ask('mentor-lee', youthId))).toBe(JSON.stringify(before));
    // The comparison is not empty: the social worker sees the screenings go.
    expect((await ask('sw-garcia', youthId)).data.youth.childWelfare.csecScreenings).toEqual([]);
  });
});
