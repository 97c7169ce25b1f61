import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { youthLabel } from '@hub/policies';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { startHub, type Hub } from '../src/hub.ts';

// The worklist caseload (issue 16, items 1 and 2): what a viewer denied a category is answered
// never depends on that category's data; the scope filter, search and the page maximum hold
// through the gateway.
const CASELOAD = `query ($first: Int!, $after: String, $search: String, $scope: CaseloadScope) {
  youths(first: $first, after: $after, search: $search, scope: $scope) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id displayName dateOfBirth
      childWelfare {
        currentPlacement { kind }
        missingNow { since hours episode { id startedAt reportingClocks { kind status dueAt } } }
      }
      probation {
        missingNow { since hours episode { id startedAt reportingClocks { kind status dueAt } } }
        delinquencyCase { nextHearingOn }
      }
      districtAttorney { upcomingCourtDates { scheduledOn } }
    } }
  }
}`;

describe.each(TEST_ENGINES)('the worklist caseload (%s)', (engine) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub({ youths: 40, engine });
  });
  afterAll(() => hub?.close());

  const caseload = async (persona: string, vars: Record<string, unknown> = {}) => {
    // The web app's page: 50 (a page of 100 with every column is over the gateway's cost limit).
    const { status, json } = await hub.query(persona, CASELOAD, { first: 50, ...vars });
    expect(status).toBe(200);
    return json;
  };
  const ids = (json: { data: { youths: { edges: { node: { id: string } }[] } } }) =>
    json.data.youths.edges.map((e) => e.node.id);

  it('answers a viewer denied RUNAWAY byte for byte the same whether a youth has runaway episodes, a new one, or none', async () => {
    // The survivor mentor: runaway episodes need the youth's consent naming her agency.
    const mentor = await caseload('mentor-lee');
    const youthId = ids(mentor).find((id) => hub.world.childWelfare.some((c) => c.youthId === id))!;
    const probationYouth = ids(mentor).find((id) => hub.world.probation.some((c) => c.youthId === id));
    expect(youthId).toBeDefined();
    const before = JSON.stringify(mentor);
    const worker = JSON.stringify(await caseload('sw-garcia'));
    const cw = hub.databases['child-welfare']!;
    const prb = hub.databases.probation!;
    // The youth goes missing now (child welfare and, where it serves the youth, probation).
    await cw.rows(sql`insert into cw_runaway_episode (local_id, left_on, started_at, reported_by)
      select local_id, current_date, now() - interval '5 hours', 'Foster parent' from cw_case where hub_youth_id = ${youthId}`);
    if (probationYouth)
      await prb.rows(sql`insert into probation_runaway_episode (local_id, left_on, started_at)
        select local_id, current_date, now() - interval '2 hours' from probation_youth where hub_youth_id = ${probationYouth}`);
    const after = JSON.stringify(await caseload('mentor-lee'));
    expect(after).toBe(before);
    // Someone the policy releases it to does see the change: the comparison above is not empty.
    const seen = await caseload('sw-garcia');
    expect(JSON.stringify(seen)).not.toBe(worker);
    const row = seen.data.youths.edges.find((e: { node: { id: string } }) => e.node.id === youthId);
    if (row) expect(row.node.childWelfare.missingNow.hours).toBe(5);
    // No runaway episode at all: the same answer again.
    await cw.rows(sql`delete from cw_runaway_episode`);
    await prb.rows(sql`delete from probation_runaway_episode`);
    expect(JSON.stringify(await caseload('mentor-lee'))).toBe(before);
  });

  it('shows the reporting clocks to the holding agency only', async () => {
    const cw = hub.databases['child-welfare']!;
    const youthId = hub.world.youths[1]!.id;
    await cw.rows(sql`insert into cw_runaway_episode (local_id, left_on, started_at, le_reported_at)
      select local_id, current_date, now() - interval '30 hours', now() - interval '29 hours' from cw_case where hub_youth_id = ${youthId}`);
    const missing = async (persona: string) => {
      const json = await caseload(persona, { search: youthLabel(youthId) });
      return json.data.youths.edges.find((e: { node: { id: string } }) => e.node.id === youthId)?.node.childWelfare
        ?.missingNow;
    };
    const own = await missing('sw-garcia');
    expect(own.hours).toBe(30);
    expect(own.episode.reportingClocks.map((c: { kind: string; status: string }) => [c.kind, c.status])).toEqual([
      ['LAW_ENFORCEMENT', 'MET'],
      ['NCMEC', 'OVERDUE'],
    ]);
    // The probation officer sees that the youth is missing (RUNAWAY is hers to see), not child welfare's clocks.
    const other = await missing('po-nguyen');
    expect(other?.hours).toBe(30);
    expect(other.episode.reportingClocks).toBeNull();
  });

  it('narrows by scope: on my MDT and my agency serves part the whole caseload', async () => {
    const all = ids(await caseload('sw-garcia', { scope: 'ALL' })).sort();
    const team = ids(await caseload('sw-garcia', { scope: 'ON_MY_TEAM' }));
    const agency = ids(await caseload('sw-garcia', { scope: 'MY_AGENCY_SERVES' }));
    expect(team.length).toBeGreaterThan(0);
    expect(agency.length).toBeGreaterThan(0);
    expect([...team, ...agency].sort()).toEqual(all);
  });

  it("searches by the readable label and by the viewer's own agency's local id, never another agency's", async () => {
    const target = hub.world.youths.find((y) => y.localIds.CHILD_WELFARE && y.localIds.PROBATION)!;
    const byLabel = ids(await caseload('sw-garcia', { search: youthLabel(target.id) }));
    expect(byLabel).toContain(target.id);
    expect(ids(await caseload('sw-garcia', { search: target.localIds.CHILD_WELFARE }))).toEqual([target.id]);
    expect(ids(await caseload('sw-garcia', { search: target.localIds.PROBATION }))).toEqual([]);
    // The mentor may not see names: a label search finds the youth, a name search does not.
    const mentor = ids(await caseload('mentor-lee'));
    const hers = hub.world.youths.find((y) => mentor.includes(y.id))!;
    expect(ids(await caseload('mentor-lee', { search: youthLabel(hers.id) }))).toContain(hers.id);
    expect(ids(await caseload('mentor-lee', { search: hers.familyName }))).toEqual([]);
  });

  it('refuses a page larger than 100 at the registry', async () => {
    const lean = `query ($first: Int!) { youths(first: $first) { totalCount edges { node { id } } } }`;
    expect((await hub.query('sw-garcia', lean, { first: 100 })).json.errors).toBeUndefined();
    const { json } = await hub.query('sw-garcia', lean, { first: 101 });
    expect(json.data).toBeNull();
    expect(json.errors[0].message).toMatch(/first must be between 1 and 100/);
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
