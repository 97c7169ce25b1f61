import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { issueTestToken, TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { persona } from '@hub/synthetic';
import { startHub, type Hub } from '../src/hub.ts';

// The privacy officer's alerts (issue 18, item 3), each raised by a scripted pattern of reads made
// through the gateway on a clock set back, and not by ordinary use: reads outside working hours, a
// day far above the viewer's usual, repeated look-ups of youths off the viewer's teams, the reads
// under a grant found not justified. Each agency computes its own from its own log.
const PARTS = ['registry', 'childWelfare', 'health', 'probation', 'education', 'districtAttorney', 'publicDefender'];
const ALERTS = `query ($from: String!, $to: String!) { privacyAlerts(from: $from, to: $to) {
  from to findings { alertId kind agency day subject finding note closedBy closedAt }
  ${PARTS.map((p) => `${p} { id kind agency day viewerSub viewerRole count baseline summary rowIds emergencyGrantId from to }`).join(' ')}
} }`;
const RECORD = `query ($id: ID!) { youth(id: $id) { displayName childWelfare { caseNumber } health { mentalHealth { treatmentStatus } } } }`;
const CLOSE = `mutation ($id: ID!, $finding: PrivacyAlertFinding!, $note: String!) {
  closePrivacyAlert(alertId: $id, finding: $finding, note: $note) { alertId kind agency day subject finding note closedBy closedAt } }`;
const REQUEST = `mutation ($id: ID!) { requestEmergencyAccess(youthId: $id,
  reason: "The youth did not come home and her safety plan is needed tonight.") { id } }`;
const REVIEW = `mutation ($id: ID!, $finding: EmergencyReviewFinding!) {
  closeEmergencyReview(grantId: $id, finding: $finding, note: "Reviewed against the reason given.") { id } }`;

type Alert = {
  id: string;
  kind: string;
  agency: string;
  day: string;
  viewerSub: string;
  count: number;
  baseline: number | null;
  rowIds: string[];
  emergencyGrantId: string | null;
  from: string;
  to: string;
};

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const countyDay = (iso: string) => new Date(iso).toLocaleDateString('en-CA', { timeZone: 'America/Los_Angeles' });

describe.each(TEST_ENGINES)('privacy alerts through the gateway (%s)', (engine) => {
  let hub: Hub;
  let youthId: string;
  let alerts: Alert[];
  let period: { from: string; to: string };
  const justified: string[] = [];
  let notJustified = '';
  let spikeDay = '';
  let afterHoursAt = '';
  let offTeam = 0;

  /** Runs `fn` with the clock at `iso` (Date only; timers run), each read with a token of that time. */
  async function asOf<T>(iso: string, fn: () => Promise<T>): Promise<T> {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(iso));
    try {
      return await fn();
    } finally {
      vi.useRealTimers();
    }
  }
  const read = async (who: string, id: string, purpose?: string) => {
    const token = await issueTestToken(hub.keys, persona(who));
    return hub.query(who, RECORD, { id }, { token, ...(purpose ? { purpose } : {}) });
  };

  beforeAll(async () => {
    process.env.PRIVACY_SPIKE_MIN_READS = '10';
    hub = await startHub({ youths: 10, engine });
    youthId = hub.world.youths[1]!.id; // every persona is on this youth's team
    // Two weeks back, the Monday: six working days of ordinary reads at 10:00 county time.
    const now = Date.now();
    const weekday = (new Date(now).getUTCDay() + 6) % 7; // 0 Monday
    const monday = Date.parse(isoDay(now - (weekday + 14) * DAY));
    for (const offset of [0, 1, 2, 3, 4, 7]) {
      await asOf(`${isoDay(monday + offset * DAY)}T18:00:00Z`, async () => {
        await read('po-nguyen', youthId);
        await read('clin-okafor', youthId);
      });
    }
    // The Tuesday after: the clinician opens the record twelve times; the probation officer once.
    spikeDay = isoDay(monday + 8 * DAY);
    for (let i = 0; i < 12; i++) await asOf(`${spikeDay}T18:${String(10 + i)}:00Z`, () => read('clin-okafor', youthId));
    await asOf(`${spikeDay}T18:30:00Z`, () => read('po-nguyen', youthId));
    // That night, 23:00 county time: the social worker opens it three times.
    afterHoursAt = `${isoDay(monday + 9 * DAY)}T07:00:00Z`;
    for (let i = 0; i < 3; i++) {
      await asOf(afterHoursAt.replace(':00:00Z', `:0${i}:00Z`), () => read('sw-garcia', youthId));
    }
    // The Thursday: the defender looks up every youth, most of them off their teams.
    await asOf(`${isoDay(monday + 10 * DAY)}T18:00:00Z`, async () => {
      for (const y of hub.world.youths) {
        const { json } = await read('pd-cohen', y.id);
        if (json.data.youth === null) offTeam++;
      }
    });
    // Two grants of today: one found not justified (with a read under it), one justified.
    for (const [who, finding] of [
      ['sw-garcia', 'NOT_JUSTIFIED'],
      ['po-nguyen', 'JUSTIFIED'],
    ] as const) {
      const grant = await hub.query(who, REQUEST, { id: youthId });
      const id = grant.json.data.requestEmergencyAccess.id as string;
      await hub.query(who, RECORD, { id: youthId }, { purpose: 'EMERGENCY' });
      await hub.query('privacy-shah', REVIEW, { id, finding }, { purpose: 'AUDIT' });
      if (finding === 'NOT_JUSTIFIED') notJustified = id;
      else justified.push(id);
    }
    period = { from: isoDay(monday), to: countyDay(new Date().toISOString()) };
    const { json } = await hub.query('privacy-shah', ALERTS, period, { purpose: 'AUDIT' });
    expect(json.errors).toBeUndefined();
    alerts = PARTS.flatMap((p) => json.data.privacyAlerts[p] as Alert[]);
  }, 600_000); // a hub's start and a scripted history: slow on a shared machine
  afterAll(async () => {
    delete process.env.PRIVACY_SPIKE_MIN_READS;
    await hub?.close();
  });

  const of = (kind: string, viewer?: string) =>
    alerts.filter((a) => a.kind === kind && (viewer === undefined || a.viewerSub === viewer));

  it('raises reads outside working hours, in each agency whose log has them, on the county day', () => {
    const raised = of('AFTER_HOURS');
    expect(raised.map((a) => a.viewerSub)).toEqual(raised.map(() => 'sw-garcia'));
    // The registry (identity), Child Welfare and Health released to the social worker; no other agency.
    expect(new Set(raised.map((a) => a.agency))).toEqual(new Set(['HUB', 'CHILD_WELFARE', 'HEALTH']));
    for (const a of raised) {
      expect(a.day).toBe(countyDay(afterHoursAt));
      expect(a.count).toBe(3);
      expect(a.rowIds).toHaveLength(3);
      expect(a.rowIds.every((r) => r.startsWith(`${a.agency}:`))).toBe(true);
    }
  });

  it("raises a day far above the viewer's own usual, not ordinary days", () => {
    const raised = of('DAILY_SPIKE');
    expect(raised.length).toBeGreaterThan(0);
    for (const a of raised) {
      expect(a.viewerSub).toBe('clin-okafor');
      expect(a.day).toBe(spikeDay);
      expect(a.count).toBe(12);
      expect(a.baseline).toBe(1);
    }
    expect(raised.map((a) => a.agency)).toContain('HEALTH');
  });

  it("raises repeated look-ups of youths off the viewer's teams", () => {
    expect(offTeam).toBeGreaterThanOrEqual(3);
    const raised = of('OFF_TEAM_DENIALS');
    expect(raised.map((a) => [a.viewerSub, a.agency, a.count])).toEqual([['pd-cohen', 'HUB', offTeam]]);
  });

  it('raises the reads under a grant found not justified, in every agency that released under it', () => {
    const raised = of('GRANT_NOT_JUSTIFIED');
    expect(raised.length).toBeGreaterThan(1);
    expect(raised.every((a) => a.emergencyGrantId === notJustified && a.viewerSub === 'sw-garcia')).toBe(true);
    expect(alerts.some((a) => a.emergencyGrantId && justified.includes(a.emergencyGrantId))).toBe(false);
  });

  it('raises nothing for ordinary use', () => {
    expect(alerts.filter((a) => a.viewerSub === 'po-nguyen')).toEqual([]);
    expect(of('DAILY_SPIKE', 'sw-garcia')).toEqual([]);
  });

  it('links each alert to the rows behind it through accessByViewer', async () => {
    const alert = of('AFTER_HOURS').find((a) => a.agency === 'CHILD_WELFARE')!;
    const { json } = await hub.query(
      'privacy-shah',
      `query ($v: String!, $from: String, $to: String) { accessByViewer(viewerSub: $v, from: $from, to: $to, access: [RECORD]) {
        childWelfare(first: 50) { entries { id } } } }`,
      { v: alert.viewerSub, from: alert.from, to: alert.to },
      { purpose: 'AUDIT' },
    );
    const ids = json.data.accessByViewer.childWelfare.entries.map((e: { id: string }) => e.id);
    for (const id of alert.rowIds) expect(ids).toContain(id);
  });

  it('closes an alert once with a finding, kept with who and when; only privacy officers', async () => {
    const alert = of('OFF_TEAM_DENIALS')[0]!;
    const note = 'The defender was checking a new appointment list; reminded to search by case.';
    const closed = await hub.query(
      'privacy-shah',
      CLOSE,
      { id: alert.id, finding: 'LEGITIMATE', note },
      { purpose: 'AUDIT' },
    );
    expect(closed.json.errors).toBeUndefined();
    expect(closed.json.data.closePrivacyAlert).toMatchObject({
      alertId: alert.id,
      kind: 'OFF_TEAM_DENIALS',
      agency: 'HUB',
      subject: 'pd-cohen',
      finding: 'LEGITIMATE',
      note,
      closedBy: 'privacy-shah',
    });
    const again = await hub.query(
      'privacy-shah',
      CLOSE,
      { id: alert.id, finding: 'MISUSE', note },
      { purpose: 'AUDIT' },
    );
    expect(again.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const { json } = await hub.query('privacy-shah', ALERTS, period, { purpose: 'AUDIT' });
    expect(json.data.privacyAlerts.findings).toEqual([closed.json.data.closePrivacyAlert]);
    const forged = await hub.query(
      'privacy-shah',
      CLOSE,
      { id: 'nothing', finding: 'MISUSE', note },
      { purpose: 'AUDIT' },
    );
    expect(forged.json.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(forged.json.errors[0].message).toContain('alertId');
    const other = await hub.query('sw-garcia', CLOSE, { id: of('AFTER_HOURS')[0]!.id, finding: 'LEGITIMATE', note });
    expect(other.json.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses to close an alert ahead of its day, or one about the closing officer’s own reads', async () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const note = 'Closed in advance.';
    const ahead = await hub.query(
      'privacy-shah',
      CLOSE,
      { id: `AFTER_HOURS/HEALTH/${tomorrow}/pd-cohen`, finding: 'LEGITIMATE', note },
      { purpose: 'AUDIT' },
    );
    expect(ahead.json.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(ahead.json.errors[0].message).toMatch(/^alertId names a day still to come/);
    const own = await hub.query(
      'privacy-shah',
      CLOSE,
      { id: `DAILY_SPIKE/HUB/2026-01-05/privacy-shah`, finding: 'LEGITIMATE', note },
      { purpose: 'AUDIT' },
    );
    expect(own.json.errors[0].message).toMatch(/^alertId is an alert about your own reads/);
  });

  it("refuses the alerts to anyone but a privacy officer under AUDIT, in every agency's part", async () => {
    for (const [who, purpose] of [
      ['sw-garcia', undefined],
      ['privacy-shah', undefined],
    ] as const) {
      const { json } = await hub.query(who, ALERTS, period, purpose ? { purpose } : {});
      expect(json.data?.privacyAlerts ?? null).toBeNull();
      expect(json.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    const long = await hub.query(
      'privacy-shah',
      ALERTS,
      { from: '2026-01-01', to: '2026-12-01' },
      { purpose: 'AUDIT' },
    );
    expect(long.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
