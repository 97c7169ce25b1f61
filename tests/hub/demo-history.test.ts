import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicySet, type Agency } from '@hub/policies';
import { loadSupergraphConfig } from '@hub/schema';
import { DisclosureLog } from '@hub/subgraph-kit/audit';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { recordReviewedGrant } from '@hub/subgraph-registry';
import { accessHistory, historyGrant } from '@hub/synthetic';
import { startHub, type Hub } from '../src/hub.ts';

// The demo's year of access history (issue 18, item 7), written as each subgraph's dev entry
// writes it: through the kit's log, so the chain still verifies, and enough for the console to
// answer "last month": the viewer's rows, the late evenings' alerts, the grant found not justified.
const PARTS = ['registry', 'childWelfare', 'health', 'probation', 'education', 'districtAttorney', 'publicDefender'];
const DAY = 86_400_000;
// A third of the demo's year, to keep the test's set-up and chain walks short.
const DAYS = 120;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe.each(TEST_ENGINES)('the demo history (%s)', (engine) => {
  let hub: Hub;
  let grantId: string;
  beforeAll(async () => {
    hub = await startHub({ youths: 20, engine });
    const agencyOf = new Map(loadSupergraphConfig().map((s) => [s.name, s.agency as Agency]));
    const grant = historyGrant(hub.world);
    grantId = grant.id;
    for (const [name, database] of Object.entries(hub.databases)) {
      const rows: Parameters<DisclosureLog['appendHistory']>[0][number][] = accessHistory(
        hub.world,
        agencyOf.get(name)!,
      );
      if (name === 'mdt') rows.push(...(await recordReviewedGrant(database, grant, defaultPolicySet().version)));
      await new DisclosureLog(database).appendHistory(rows.sort((a, b) => a.at.getTime() - b.at.getTime()));
    }
  }, 600_000); // a hub's start and a scripted history: slow on a shared machine
  afterAll(() => hub?.close());

  it('spans months in every log, and every chain still verifies', async () => {
    // One agency at a time: seven logs walked at once in one process can outlast the upstream timeout.
    for (const part of PARTS) {
      const { json } = await hub.query(
        'privacy-shah',
        `{ auditChainVerification { ${part} { verdict rows } } }`,
        {},
        { purpose: 'AUDIT' },
      );
      expect(json.errors, part).toBeUndefined();
      expect(json.data.auditChainVerification[part].verdict, part).toBe('INTACT');
      expect(json.data.auditChainVerification[part].rows, part).toBeGreaterThan(100);
    }
  });

  it('answers "last month" for a viewer across agencies', async () => {
    const now = new Date();
    const first = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1);
    const last = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0);
    const { json } = await hub.query(
      'privacy-shah',
      `query ($from: String, $to: String) { accessByViewer(viewerSub: "sw-garcia", from: $from, to: $to, access: [RECORD]) {
        ${PARTS.map((p) => `${p}(first: 5) { totalCount entries { at } }`).join(' ')} } }`,
      { from: isoDay(first), to: isoDay(last) },
      { purpose: 'AUDIT' },
    );
    expect(json.errors).toBeUndefined();
    const parts = PARTS.filter((p) => json.data.accessByViewer[p].totalCount > 0);
    expect(parts).toContain('registry');
    expect(parts).toContain('childWelfare');
    for (const p of parts) {
      for (const e of json.data.accessByViewer[p].entries) {
        expect(Date.parse(e.at)).toBeGreaterThanOrEqual(first - DAY);
        expect(Date.parse(e.at)).toBeLessThan(last + 2 * DAY);
      }
    }
  });

  it('raises the late evenings and the grant found not justified in the last 30 days, and nothing for ordinary use', async () => {
    const { json } = await hub.query(
      'privacy-shah',
      `query ($from: String!, $to: String!) { privacyAlerts(from: $from, to: $to) {
        ${PARTS.map((p) => `${p} { kind viewerSub emergencyGrantId count }`).join(' ')} } }`,
      { from: isoDay(Date.now() - 30 * DAY), to: isoDay(Date.now()) },
      { purpose: 'AUDIT' },
    );
    expect(json.errors).toBeUndefined();
    const alerts = PARTS.flatMap(
      (p) => json.data.privacyAlerts[p] as { kind: string; viewerSub: string; emergencyGrantId: string | null }[],
    );
    const late = alerts.filter((a) => a.kind === 'AFTER_HOURS');
    expect(late.length).toBeGreaterThanOrEqual(3);
    expect(new Set(late.map((a) => a.viewerSub))).toEqual(new Set(['va-mensah']));
    const grant = alerts.filter((a) => a.kind === 'GRANT_NOT_JUSTIFIED');
    expect(grant.length).toBeGreaterThan(0);
    expect(grant.every((a) => a.emergencyGrantId === grantId && a.viewerSub === 'cbo-james')).toBe(true);
    expect(alerts.filter((a) => a.kind === 'DAILY_SPIKE' || a.kind === 'OFF_TEAM_DENIALS')).toEqual([]);
  });

  it('refuses history that goes back before the head of a log, or lies ahead', async () => {
    const log = new DisclosureLog(hub.databases.health!);
    const [row] = accessHistory(hub.world, 'HEALTH', { days: 30 });
    await expect(log.appendHistory([{ ...row!, at: new Date(Date.now() - 400 * DAY) }])).rejects.toThrow(
      /before the last row/,
    );
    await expect(log.appendHistory([{ ...row!, at: new Date(Date.now() + DAY) }])).rejects.toThrow(/ahead/);
  });
});
