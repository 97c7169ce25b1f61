import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { verifyLog } from '@hub/subgraph-kit/audit';
import { startHub, type Hub } from '../src/hub.ts';

// The clinician's "M" cells of youth 0's records in other agencies: open only while on the team
// (Health serves youth 0, so the youth stays on the clinician's caseload either way).
const M_CELLS = `query ($id: ID!) { youth(id: $id) {
  id
  team { personId }
  mdtNotes { totalCount }
  actionItems { totalCount }
  childWelfare { placements { kind } }
  probation { supervision { kind } delinquencyCase { courtStatus } }
  publicDefender { matters { id } }
} }`;
const M_PATHS = [
  'youth.team',
  'youth.mdtNotes',
  'youth.actionItems',
  'youth.childWelfare.placements',
  'youth.probation.supervision',
  'youth.probation.delinquencyCase',
  'youth.publicDefender.matters',
];
const HISTORY = `query ($id: ID!) { youth(id: $id) { teamHistory { id personId current } } }`;
const ADD = `mutation ($youthId: ID!, $memberSub: ID!, $reason: String!) {
  addTeamMember(youthId: $youthId, memberSub: $memberSub, reason: $reason) { id personId current } }`;
const END = `mutation ($membershipId: ID!, $reason: String!) {
  endTeamMembership(membershipId: $membershipId, reason: $reason) { id personId current endedBy endReason } }`;

let hub: Hub;
let youthId: string;

const denialsAt = async (personaId: string) => {
  const { json } = await hub.query(personaId, M_CELLS, { id: youthId });
  expect(json.data.youth.id).toBe(youthId);
  return Object.fromEntries(
    (json.errors ?? []).map((e: any) => [e.path.join('.'), `${e.extensions.code} ${e.extensions.reason}`]),
  ) as Record<string, string>;
};
const mdtRows = () =>
  hub.databases.mdt!.rows<{ viewer_sub: string; youth_id: string }>(
    sql`select viewer_sub, youth_id from disclosure_log where access = 'MDT' order by seq`,
  );

beforeAll(async () => {
  hub = await startHub({ youths: 10 });
  youthId = hub.world.youths[0]!.id; // the clinician and the coordinator are on this youth's team
});
afterAll(() => hub?.close());

describe('the MDT roster through the gateway', () => {
  it('closes every M cell of an ended member in every agency on the very next request, and opens them again', async () => {
    const open = await denialsAt('clin-okafor');
    for (const path of M_PATHS) expect([path, open[path]]).toEqual([path, undefined]);

    const { json: history } = await hub.query('coord-ortiz', HISTORY, { id: youthId });
    const membership = history.data.youth.teamHistory.find(
      (m: { personId: string; current: boolean }) => m.personId === 'clin-okafor' && m.current,
    );
    const ended = await hub.query('coord-ortiz', END, {
      membershipId: membership.id,
      reason: 'The youth moved to a clinic outside the county',
    });
    expect(ended.json.errors).toBeUndefined();
    expect(ended.json.data.endTeamMembership).toEqual({
      id: membership.id,
      personId: 'clin-okafor',
      current: false,
      endedBy: 'coord-ortiz',
      endReason: 'The youth moved to a clinic outside the county',
    });

    const closed = await denialsAt('clin-okafor');
    for (const path of M_PATHS) expect([path, closed[path]]).toEqual([path, 'FORBIDDEN NOT_ON_TEAM']);

    const added = await hub.query('coord-ortiz', ADD, {
      youthId,
      memberSub: 'clin-okafor',
      reason: 'Back with the county clinic',
    });
    expect(added.json.errors).toBeUndefined();
    expect(added.json.data.addTeamMember).toMatchObject({ personId: 'clin-okafor', current: true });
    const reopened = await denialsAt('clin-okafor');
    for (const path of M_PATHS) expect([path, reopened[path]]).toEqual([path, undefined]);

    // Each change left its row in the registry's log, naming the coordinator and the youth; the chain holds.
    expect(await mdtRows()).toEqual([
      { viewer_sub: 'coord-ortiz', youth_id: youthId },
      { viewer_sub: 'coord-ortiz', youth_id: youthId },
    ]);
    const report = await verifyLog(hub.databases.mdt!, []);
    expect(report.firstBroken).toBeNull();
    expect(report.rowsChecked).toBeGreaterThan(2);
  });

  it('refuses a team member who is not the coordinator with FORBIDDEN, the reason and the rule', async () => {
    const { json } = await hub.query('sw-garcia', ADD, { youthId, memberSub: 'po-nguyen', reason: 'Joining' });
    expect(json.data).toBeNull();
    expect(json.errors.map((e: any) => ({ message: e.message, ...e.extensions }))).toEqual([
      {
        message: "Only the youth's MDT coordinator adds members to the team or ends a membership",
        code: 'FORBIDDEN',
        reason: 'NEVER_SHARED',
        ruleId: 'roster.coordinator-only',
        legalBasis: 'WIC 18961.7; WIC 830; WIC 827',
        serviceName: 'mdt',
      },
    ]);
    expect((await mdtRows()).length).toBe(2);
  });
  it('gives the coordinator the member directory through the gateway, and refuses anyone else', async () => {
    const DIRECTORY = `query ($search: String) { mdtMemberDirectory(search: $search) { sub name agency role } }`;
    const before = (await mdtRows()).length;
    const { json } = await hub.query('coord-ortiz', DIRECTORY, { search: 'okafor' });
    expect(json).toEqual({
      data: { mdtMemberDirectory: [{ sub: 'clin-okafor', name: 'Ada Okafor', agency: 'HEALTH', role: 'CLINICIAN' }] },
    });
    for (const personaId of ['clin-okafor', 'mentor-lee']) {
      const refused = (await hub.query(personaId, DIRECTORY, {})).json;
      expect(refused.data).toBeNull();
      expect(refused.errors.map((e: any) => ({ message: e.message, ...e.extensions }))).toEqual([
        {
          message: 'Only the MDT coordinator reads the MDT member directory',
          code: 'FORBIDDEN',
          reason: 'NEVER_SHARED',
          ruleId: 'directory.coordinator-only',
          legalBasis: 'WIC 18961.7(b); WIC 830; 45 CFR 164.514(d)',
          serviceName: 'mdt',
        },
      ]);
    }
    // It names no youth: no disclosure row.
    expect((await mdtRows()).length).toBe(before);
  });
});
