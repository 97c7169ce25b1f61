import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLog } from '@hub/subgraph-kit/audit';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { startHub, type Hub } from '../src/hub.ts';

// Issue 17, item 1, end to end through the gateway: a referral submitted, accepted (the team
// opened with the referrer on it), another declined (the referrer sees why), the refusals, and
// each step's MDT row in the registry's log.
const SUBMIT = `mutation ($input: SubmitMdtReferralInput!) {
  submitMdtReferral(input: $input) { id youthId status urgency indicators } }`;
const DECIDE = `mutation ($id: ID!, $decision: MdtReferralDecision!, $reason: String!) {
  decideMdtReferral(id: $id, decision: $decision, reason: $reason) { id youthId status decisionReason } }`;
const INBOX = `{ mdtReferralInbox { id urgency status reasons } }`;
const MINE = `{ myMdtReferrals { id status decisionReason } }`;
// The referrer's "M" cells: the MDT's own records and the roster, open once the referrer is on the team.
const M_CELLS = `query ($id: ID!) { youth(id: $id) { id team { personId } mdtNotes { totalCount } } }`;
const NOWHERE = '00000000-0000-4000-8000-000000000000';
const input = (youthId: string, extra: Record<string, unknown> = {}) => ({
  youthId,
  reasons: 'Youth returned after four days missing with a new phone and mentions an older friend.',
  indicators: ['Repeated running away', 'Relationship with an older adult'],
  urgency: 'URGENT',
  urgencyReason: 'Runaway return yesterday',
  safetyConcerns: 'An adult was seen waiting near the placement.',
  ...extra,
});
const errorsOf = (json: any) => (json.errors ?? []).map((e: any) => ({ message: e.message, ...e.extensions }));

describe.each(TEST_ENGINES)('MDT referrals through the gateway (%s)', (engine) => {
  let hub: Hub;
  let referred: string; // child welfare serves the youth; the social worker is not on the team
  let declinedYouth: string;
  let unlinked: string; // child welfare does not serve the youth and the social worker is not on the team
  const mdtRows = () =>
    hub.databases.mdt!.rows<{ viewer_sub: string; youth_id: string; released: string[] }>(
      sql`select viewer_sub, youth_id, released from disclosure_log where access = 'MDT' order by seq`,
    );

  beforeAll(async () => {
    hub = await startHub({ youths: 10, engine });
    const onTeam = (sub: string, id: string) =>
      hub.world.teams.some((t) => t.youthId === id && t.members.some((m) => m.personId === sub && !m.toDate));
    const cw = hub.world.youths.filter((y) => y.localIds.CHILD_WELFARE && !onTeam('sw-garcia', y.id));
    referred = cw[0]!.id;
    declinedYouth = cw[1]!.id;
    unlinked = hub.world.youths.find((y) => !y.localIds.CHILD_WELFARE && !onTeam('sw-garcia', y.id))!.id;
  });
  afterAll(() => hub?.close());

  it('submitted, accepted: the team opens with the referrer on it on the very next request, each step logged', async () => {
    const before = await hub.query('sw-garcia', M_CELLS, { id: referred });
    expect(before.json.data.youth.id).toBe(referred);
    expect(errorsOf(before.json).map((e: any) => `${e.code} ${e.reason}`)).toContain('FORBIDDEN NOT_ON_TEAM');
    const start = (await mdtRows()).length;

    const submitted = await hub.query('sw-garcia', SUBMIT, { input: input(referred) });
    expect(submitted.json.errors).toBeUndefined();
    const { id } = submitted.json.data.submitMdtReferral;
    expect(submitted.json.data.submitMdtReferral).toMatchObject({
      youthId: referred,
      status: 'OPEN',
      urgency: 'URGENT',
    });

    const inbox = await hub.query('coord-ortiz', INBOX);
    expect(inbox.json.errors).toBeUndefined();
    expect(inbox.json.data.mdtReferralInbox[0]).toMatchObject({ urgency: 'URGENT', status: 'OPEN' });
    expect(inbox.json.data.mdtReferralInbox.map((r: { id: string }) => r.id)).toContain(id);

    const accepted = await hub.query('coord-ortiz', DECIDE, {
      id,
      decision: 'ACCEPTED',
      reason: 'Indicators confirmed; urgent meeting within 72 hours',
    });
    expect(accepted.json.errors).toBeUndefined();
    expect(accepted.json.data.decideMdtReferral).toMatchObject({ youthId: referred, status: 'ACCEPTED' });

    const after = await hub.query('sw-garcia', M_CELLS, { id: referred });
    expect(after.json.errors).toBeUndefined();
    expect(after.json.data.youth.team.map((m: { personId: string }) => m.personId)).toEqual(
      expect.arrayContaining(['sw-garcia', 'coord-ortiz']),
    );

    // The submission, the inbox read (the referral's CSEC indicators, to the coordinator) and the decision.
    const rows = (await mdtRows()).slice(start).filter((r) => r.youth_id === referred);
    expect(rows).toEqual([
      { viewer_sub: 'sw-garcia', youth_id: referred, released: [] },
      { viewer_sub: 'coord-ortiz', youth_id: referred, released: ['CSEC_INDICATORS'] },
      { viewer_sub: 'coord-ortiz', youth_id: referred, released: [] },
    ]);
    const report = await verifyLog(hub.databases.mdt!, []);
    expect(report.firstBroken).toBeNull();
  });

  it('declined: the referrer sees the reason; nothing opens', async () => {
    const submitted = await hub.query('sw-garcia', SUBMIT, { input: input(declinedYouth, { urgency: 'ROUTINE' }) });
    const { id } = submitted.json.data.submitMdtReferral;
    const declined = await hub.query('coord-ortiz', DECIDE, {
      id,
      decision: 'DECLINED',
      reason: 'The youth is already before the probation MDT; shared with its coordinator',
    });
    expect(declined.json.data.decideMdtReferral).toMatchObject({ status: 'DECLINED' });
    const mine = await hub.query('sw-garcia', MINE);
    expect(mine.json.data.myMdtReferrals).toContainEqual({
      id,
      status: 'DECLINED',
      decisionReason: 'The youth is already before the probation MDT; shared with its coordinator',
    });
    const cells = await hub.query('sw-garcia', M_CELLS, { id: declinedYouth });
    expect(errorsOf(cells.json).map((e: any) => `${e.code} ${e.reason}`)).toContain('FORBIDDEN NOT_ON_TEAM');
  });

  it('refuses non-coordinators with FORBIDDEN, the reason and the rule, and writes nothing', async () => {
    const submitted = await hub.query('sw-garcia', SUBMIT, { input: input(referred, { urgency: 'ROUTINE' }) });
    const { id } = submitted.json.data.submitMdtReferral;
    const before = (await mdtRows()).length;
    for (const who of ['sw-garcia', 'school-park', 'clin-okafor']) {
      const inbox = await hub.query(who, INBOX);
      expect(inbox.json.data).toBeNull();
      expect(errorsOf(inbox.json)).toEqual([
        {
          message: 'Only the MDT coordinator reads the referral inbox',
          code: 'FORBIDDEN',
          reason: 'NEVER_SHARED',
          ruleId: 'referrals.coordinator-or-referrer',
          legalBasis: 'WIC 16524.7; WIC 16524.8; WIC 18961.7; WIC 830',
          serviceName: 'mdt',
        },
      ]);
    }
    const decided = await hub.query('sw-garcia', DECIDE, { id, decision: 'ACCEPTED', reason: 'my own' });
    expect(errorsOf(decided.json)[0]).toMatchObject({ code: 'FORBIDDEN', ruleId: 'referrals.coordinator-or-referrer' });
    expect((await mdtRows()).length).toBe(before);
  });

  it('a youth off the caller’s teams and agency looks exactly like a missing youth', async () => {
    const missing = await hub.query('sw-garcia', SUBMIT, { input: input(NOWHERE) });
    const offTeams = await hub.query('sw-garcia', SUBMIT, { input: input(unlinked) });
    expect(offTeams.json).toEqual(missing.json);
    expect(errorsOf(missing.json)).toEqual([
      {
        message: 'youthId: no such youth, or it is not on your caseload',
        code: 'BAD_USER_INPUT',
        field: 'youthId',
        serviceName: 'mdt',
      },
    ]);
  });
});
