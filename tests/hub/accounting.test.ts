import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChain } from '@hub/subgraph-kit/audit';
import { startHub, type Hub } from '../src/hub.ts';

// The accounting of disclosures (45 CFR 164.528) in one GraphQL query through the gateway: every
// agency's part from its own log, filtered, paged; metadata only; the auditor's reads logged too.
const PARTS = ['registry', 'childWelfare', 'health', 'probation', 'education', 'districtAttorney', 'publicDefender'];
const SUBGRAPH_OF: Record<string, string> = {
  registry: 'mdt',
  childWelfare: 'child-welfare',
  health: 'health',
  probation: 'probation',
  education: 'education',
  districtAttorney: 'district-attorney',
  publicDefender: 'public-defender',
};
const PAGE = `{ totalCount hasNextPage endCursor entries { id agency at viewerSub viewerRole purpose access youthId released denied emergencyGrantId hash } }`;
const ACCOUNTING = (args = '') => `query ($id: ID!, $from: String, $to: String, $viewer: String) {
  accountingOfDisclosures(youthId: $id, from: $from, to: $to, viewerSub: $viewer) {
    youthId ${PARTS.map((p) => `${p}${args} ${PAGE}`).join(' ')}
  }
}`;
const RECORD = `query ($id: ID!) { youth(id: $id) { displayName childWelfare { caseNumber } health { mentalHealth { treatmentStatus } }
  probation { supervision { status } } education { schoolOfRecord { schoolName } } districtAttorney { cases { role } }
  publicDefender { matters { kind } } } }`;

let hub: Hub;
let youthId: string;
beforeAll(async () => {
  hub = await startHub({ youths: 10 });
  youthId = hub.world.youths[1]!.id; // every agency serves this youth; every persona is on its team
  for (const who of ['po-nguyen', 'sw-garcia', 'po-nguyen']) await hub.query(who, RECORD, { id: youthId });
});
afterAll(() => hub?.close());

type Entry = { viewerSub: string; access: string; released: string[]; denied: string[]; agency: string };

describe('the accounting of disclosures', () => {
  it("gives a privacy officer, under AUDIT, every agency's disclosures for the youth in one query", async () => {
    const { json } = await hub.query('privacy-shah', ACCOUNTING(), { id: youthId }, { purpose: 'AUDIT' });
    expect(json.errors).toBeUndefined();
    const accounting = json.data.accountingOfDisclosures;
    expect(accounting.youthId).toBe(youthId);
    for (const part of PARTS) {
      const reads = (accounting[part].entries as Entry[]).filter((e) => e.access === 'RECORD');
      expect(
        reads.map((e) => e.viewerSub),
        part,
      ).toEqual(['po-nguyen', 'sw-garcia', 'po-nguyen']);
      expect(accounting[part].totalCount, part).toBeGreaterThanOrEqual(3);
    }
    // Metadata only: which categories, never a value of the record.
    const text = JSON.stringify(json);
    const record = (await hub.query('sw-garcia', RECORD, { id: youthId })).json.data.youth;
    expect(text).not.toContain(record.displayName);
    expect(text).not.toContain(record.childWelfare.caseNumber);
    expect(accounting.childWelfare.entries[0]).toMatchObject({ agency: 'CHILD_WELFARE', purpose: 'CARE_COORDINATION' });
  });

  it('filters by viewer and by dates, and pages each agency with its cursor', async () => {
    const byViewer = await hub.query(
      'privacy-shah',
      ACCOUNTING(),
      { id: youthId, viewer: 'sw-garcia' },
      { purpose: 'AUDIT' },
    );
    for (const part of PARTS) {
      const entries = byViewer.json.data.accountingOfDisclosures[part].entries as Entry[];
      expect(entries.length, part).toBeGreaterThan(0);
      expect(new Set(entries.map((e) => e.viewerSub)), part).toEqual(new Set(['sw-garcia']));
    }
    const today = new Date().toISOString().slice(0, 10);
    const future = await hub.query(
      'privacy-shah',
      ACCOUNTING(),
      { id: youthId, from: '2999-01-01' },
      { purpose: 'AUDIT' },
    );
    expect(future.json.data.accountingOfDisclosures.health).toMatchObject({ totalCount: 0, entries: [] });
    const past = await hub.query('privacy-shah', ACCOUNTING(), { id: youthId, to: '2001-01-01' }, { purpose: 'AUDIT' });
    expect(past.json.data.accountingOfDisclosures.health.totalCount).toBe(0);
    const around = await hub.query(
      'privacy-shah',
      ACCOUNTING(),
      { id: youthId, from: '2001-01-01', to: `${Number(today.slice(0, 4)) + 1}-12-31` },
      { purpose: 'AUDIT' },
    );
    expect(around.json.data.accountingOfDisclosures.health.totalCount).toBeGreaterThanOrEqual(3);

    const first = await hub.query('privacy-shah', ACCOUNTING('(first: 2)'), { id: youthId }, { purpose: 'AUDIT' });
    const one = first.json.data.accountingOfDisclosures.probation;
    expect(one).toMatchObject({ hasNextPage: true });
    expect(one.entries).toHaveLength(2);
    const query = ACCOUNTING(`(first: 2, after: "${one.endCursor}")`);
    const next = (await hub.query('privacy-shah', query, { id: youthId }, { purpose: 'AUDIT' })).json.data
      .accountingOfDisclosures.probation;
    const ids = [...one.entries, ...next.entries].map((e: { id: string }) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows any other viewer only their own accesses, whatever they filter on', async () => {
    const { json } = await hub.query('po-nguyen', ACCOUNTING(), { id: youthId });
    for (const part of PARTS) {
      const entries = json.data.accountingOfDisclosures[part].entries as Entry[];
      expect(entries.filter((e) => e.access === 'RECORD').length, part).toBe(2);
      expect(new Set(entries.map((e) => e.viewerSub)), part).toEqual(new Set(['po-nguyen']));
    }
    const other = await hub.query('po-nguyen', ACCOUNTING(), { id: youthId, viewer: 'sw-garcia' });
    for (const part of PARTS) expect(other.json.data.accountingOfDisclosures[part].totalCount, part).toBe(0);
  });

  it("logs the privacy officer's own reads of the accounting, in every agency", async () => {
    const before: Record<string, number> = {};
    for (const name of Object.values(SUBGRAPH_OF)) before[name] = (await hub.servers[name]!.disclosureLog.head())!.seq;
    await hub.query('privacy-shah', ACCOUNTING(), { id: youthId }, { purpose: 'AUDIT' });
    for (const name of Object.values(SUBGRAPH_OF)) {
      const rows = [];
      for await (const row of readChain(hub.databases[name]!)) if (row.seq > before[name]!) rows.push(row);
      expect(
        rows.map((r) => [r.viewerSub, r.purpose, r.access, r.youthId, r.released]),
        name,
      ).toEqual([['privacy-shah', 'AUDIT', 'ACCOUNTING', youthId, []]]);
    }
  });

  it('refuses a malformed filter with a clear message', async () => {
    const { json } = await hub.query(
      'privacy-shah',
      ACCOUNTING(),
      { id: youthId, from: 'last week' },
      { purpose: 'AUDIT' },
    );
    expect(json.data?.accountingOfDisclosures ?? null).toBeNull();
    expect(json.errors[0]).toMatchObject({
      message: 'from and to must be ISO 8601 dates or date-times',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
