import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { startHub, type Hub } from '../src/hub.ts';

// Who did what (issue 18, item 3): one viewer's accesses across youths and agencies, each agency
// answering from its own log and deciding as the accounting does; each youth shown is logged.
const PARTS = ['registry', 'childWelfare', 'health', 'probation', 'education', 'districtAttorney', 'publicDefender'];
const PAGE = `{ totalCount hasNextPage endCursor entries { id agency viewerSub access youthId released denied emergencyGrantId } }`;
const BY_VIEWER = (
  args = '(first: 50)',
) => `query ($viewer: String!, $outcome: DisclosureOutcome, $access: [DisclosureAccess!],
  $grant: ID, $from: String, $to: String) {
  accessByViewer(viewerSub: $viewer, outcome: $outcome, access: $access, emergencyGrantId: $grant, from: $from, to: $to) {
    viewerSub emergencyGrantId ${PARTS.map((p) => `${p}${args} ${PAGE}`).join(' ')}
  }
}`;
const RECORD = `query ($id: ID!) { youth(id: $id) { displayName childWelfare { caseNumber } health { mentalHealth { treatmentStatus } }
  probation { supervision { status } } education { schoolOfRecord { schoolName } } }}`;
const OWN_ACCOUNTING = `query ($id: ID!) { accountingOfDisclosures(youthId: $id, own: ONLY, access: [ACCOUNTING]) {
  ${PARTS.map((p) => `${p}(first: 50) { entries { viewerSub access } }`).join(' ')} } }`;
const REQUEST = `mutation ($id: ID!) { requestEmergencyAccess(youthId: $id,
  reason: "The youth did not come home and her safety plan is needed tonight.") { id } }`;

type Entry = {
  id: string;
  agency: string;
  viewerSub: string;
  access: string;
  youthId: string;
  emergencyGrantId: string | null;
};
const entries = (json: any): Entry[] => PARTS.flatMap((p) => (json.data.accessByViewer[p]?.entries ?? []) as Entry[]);

describe.each(TEST_ENGINES)('who did what: accessByViewer through the gateway (%s)', (engine) => {
  let hub: Hub;
  let youths: string[];
  const audit = (variables: Record<string, unknown>, args?: string) =>
    hub.query('privacy-shah', BY_VIEWER(args), variables, { purpose: 'AUDIT' });

  beforeAll(async () => {
    hub = await startHub({ youths: 10, engine });
    youths = [hub.world.youths[1]!.id, hub.world.youths[2]!.id];
    for (const id of youths) await hub.query('sw-garcia', RECORD, { id });
    await hub.query('po-nguyen', RECORD, { id: youths[0] });
  }, 600_000); // a hub's start and a scripted history: slow on a shared machine
  afterAll(() => hub?.close());

  it("gives a privacy officer every agency's rows for one viewer, across youths, and no one else's", async () => {
    const { json } = await audit({ viewer: 'sw-garcia' });
    expect(json.errors).toBeUndefined();
    const rows = entries(json);
    expect(new Set(rows.map((r) => r.viewerSub))).toEqual(new Set(['sw-garcia']));
    expect(new Set(rows.filter((r) => r.access === 'RECORD').map((r) => r.youthId))).toEqual(new Set(youths));
    // Each agency the record query reached answered from its own log.
    for (const part of ['registry', 'childWelfare', 'health', 'probation', 'education']) {
      const page = json.data.accessByViewer[part];
      expect(page.totalCount, part).toBeGreaterThanOrEqual(2);
      expect(page.entries.every((e: Entry) => e.id.startsWith(`${e.agency}:`))).toBe(true);
    }
    expect(json.data.accessByViewer.viewerSub).toBe('sw-garcia');
  });

  it('logs each youth shown in that agency’s accounting as the officer’s read', async () => {
    await audit({ viewer: 'po-nguyen', access: ['RECORD'] });
    const { json } = await hub.query('privacy-shah', OWN_ACCOUNTING, { id: youths[0] }, { purpose: 'AUDIT' });
    for (const part of ['childWelfare', 'health', 'probation', 'education']) {
      expect(json.data.accountingOfDisclosures[part].entries.length, part).toBeGreaterThan(0);
    }
  });

  it('pages per agency and filters by outcome and period', async () => {
    const first = await audit({ viewer: 'sw-garcia', access: ['RECORD'] }, '(first: 1)');
    const page = first.json.data.accessByViewer.childWelfare;
    expect(page.entries).toHaveLength(1);
    expect(page.hasNextPage).toBe(true);
    const next = await hub.query(
      'privacy-shah',
      `query ($after: String) { accessByViewer(viewerSub: "sw-garcia", access: [RECORD]) { childWelfare(first: 1, after: $after) { entries { id } } } }`,
      { after: page.endCursor },
      { purpose: 'AUDIT' },
    );
    expect(next.json.data.accessByViewer.childWelfare.entries[0].id).not.toBe(page.entries[0].id);
    const denied = await audit({ viewer: 'sw-garcia', outcome: 'DENIED' });
    expect(entries(denied.json).every((e) => e.access === 'RECORD')).toBe(true);
    const future = await audit({ viewer: 'sw-garcia', from: '2999-01-01' });
    expect(entries(future.json)).toEqual([]);
  });

  it('keeps the rows made under one emergency grant', async () => {
    const grant = await hub.query('sw-garcia', REQUEST, { id: youths[1] });
    const grantId = grant.json.data.requestEmergencyAccess.id as string;
    await hub.query('sw-garcia', RECORD, { id: youths[1] }, { purpose: 'EMERGENCY' });
    const { json } = await audit({ viewer: 'sw-garcia', grant: grantId });
    const rows = entries(json);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.emergencyGrantId === grantId && r.youthId === youths[1])).toBe(true);
    expect(new Set(rows.map((r) => r.agency)).size).toBeGreaterThan(1);
  });

  it('gives anyone else only their own accesses: another viewer’s read as none', async () => {
    const other = await hub.query('sw-garcia', BY_VIEWER(), { viewer: 'po-nguyen' });
    expect(other.json.errors).toBeUndefined();
    for (const part of PARTS)
      expect(other.json.data.accessByViewer[part], part).toMatchObject({ totalCount: 0, entries: [] });
    const own = await hub.query('sw-garcia', BY_VIEWER(), { viewer: 'sw-garcia' });
    const rows = entries(own.json);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.viewerSub === 'sw-garcia')).toBe(true);
    // A privacy officer outside AUDIT is anyone else.
    const care = await hub.query('privacy-shah', BY_VIEWER(), { viewer: 'sw-garcia' });
    expect(entries(care.json)).toEqual([]);
  });

  it('refuses a blank viewer and a bad period, naming the field', async () => {
    const blank = await audit({ viewer: '  ' });
    expect(blank.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(blank.json.errors[0].message).toContain('viewerSub');
    const bad = await audit({ viewer: 'sw-garcia', from: 'last week' });
    expect(bad.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.json.errors[0].message).toContain('from');
  });
});
