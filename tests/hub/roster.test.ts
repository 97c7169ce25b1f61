import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../src/hub.ts';

// Issue 15, item 12: the roster tells no one of an agency's involvement they may not see.
const TEAM = `query ($id: ID!) { youth(id: $id) { team { personId name agency role fromDate toDate } } }`;

let hub: Hub;
let youthId: string;
beforeAll(async () => {
  hub = await startHub({ youths: 60 });
  // A youth on whose team the public-health nurse, a social worker and a DA member all sit.
  const team = hub.world.teams.find((t) => {
    const on = (id: string) => t.members.some((m) => m.personId === id && !m.toDate);
    return on('phn-silva') && on('sw-garcia') && t.members.some((m) => m.agency === 'DISTRICT_ATTORNEY' && !m.toDate);
  });
  if (!team) throw new Error('no team in the synthetic world fits: widen the world');
  youthId = team.youthId;
});
afterAll(() => hub?.close());

const agencies = (json: { data: { youth: { team: { agency: string }[] } } }) =>
  new Set(json.data.youth.team.map((m) => m.agency));

describe('the team roster', () => {
  it('lists the DA member to a social worker (victim/witness is M for her) and the coordinator, not to the nurse (N)', async () => {
    expect(agencies((await hub.query('sw-garcia', TEAM, { id: youthId })).json).has('DISTRICT_ATTORNEY')).toBe(true);
    expect(agencies((await hub.query('coord-ortiz', TEAM, { id: youthId })).json).has('DISTRICT_ATTORNEY')).toBe(true);
    const nurse = (await hub.query('phn-silva', TEAM, { id: youthId })).json;
    expect(nurse.errors).toBeUndefined();
    expect(agencies(nurse).has('DISTRICT_ATTORNEY')).toBe(false);
    expect(agencies(nurse).has('CHILD_WELFARE')).toBe(true);
  });

  it("is byte-identical for the nurse whether or not a DA member is on the youth's team", async () => {
    const withDa = await hub.query('phn-silva', TEAM, { id: youthId });
    // The roster is append-only: the DA member's membership is ended, as endTeamMembership does.
    await hub.databases.mdt!.rows(sql`
      insert into team_membership_end (membership_id, ended_on, ended_by, reason)
      select id, '2000-01-01', 'test', 'left the team' from team_member where agency = 'DISTRICT_ATTORNEY'
        and team_id in (select id from mdt_team where youth_id = ${youthId})`);
    const withoutDa = await hub.query('phn-silva', TEAM, { id: youthId });
    expect(JSON.stringify(withoutDa.json)).toBe(JSON.stringify(withDa.json));
    expect(agencies((await hub.query('sw-garcia', TEAM, { id: youthId })).json).has('DISTRICT_ATTORNEY')).toBe(false);
  });
});
