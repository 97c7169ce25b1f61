import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countyTimeZone } from '@hub/subgraph-kit';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { personaViewer } from '@hub/synthetic';
import { accessFacts } from '../src/db/queries.ts';
import { syntheticReferrals } from '../src/db/referral-seed.ts';
import { refusal, startRegistry, type TestRegistry } from './registry.ts';

const REFERRAL = `id youthId referringAgency localId givenName familyName dateOfBirth referredBySub referredByName
  referredByRole submittedAt reasons indicators urgency urgencyReason safetyConcerns knownConsentsAndOrders status
  decidedBy decidedAt decisionReason`;
const SUBMIT = `mutation ($input: SubmitMdtReferralInput!) { submitMdtReferral(input: $input) { ${REFERRAL} } }`;
const DECIDE = `mutation ($id: ID!, $decision: MdtReferralDecision!, $reason: String!, $youthId: ID) {
  decideMdtReferral(id: $id, decision: $decision, reason: $reason, youthId: $youthId) { ${REFERRAL} } }`;
const INBOX = `{ mdtReferralInbox { id urgency submittedAt status } }`;
const MINE = `{ myMdtReferrals { id status decisionReason referredBySub } }`;
const ONE = `query ($id: ID!) { mdtReferral(id: $id) { id status reasons } }`;
const NOWHERE = '00000000-0000-4000-8000-000000000000';

const referral = (extra: Record<string, unknown>) => ({
  reasons: 'Youth returned from three days missing with a new phone.',
  indicators: ['Repeated running away', 'Unexplained money or goods'],
  urgency: 'ROUTINE',
  safetyConcerns: 'None known beyond the indicators.',
  ...extra,
});

describe.each(TEST_ENGINES)('MDT referrals on %s', (engine) => {
  let registry: TestRegistry;
  let cwYouth: string; // child welfare serves; sw-garcia is not on the team
  let otherCwYouth: string; // likewise
  let notCw: string; // child welfare does not serve and sw-garcia is not on the team
  let coordinatorsYouth: string; // a youth on the coordinator's team
  let linkTarget: string; // one on the coordinator's team that education does not serve
  const facts = async (personaId: string, youthId: string) =>
    (await accessFacts(registry.database, personaViewer(personaId), [youthId], new Date(), countyTimeZone()))[0]!;
  const mdtRows = (subject: string) =>
    registry.database.rows<{ viewer_sub: string; access: string; released: string[] }>(
      sql`select viewer_sub, access, released from disclosure_log where youth_id = ${subject} and access = 'MDT' order by seq`,
    );
  const referralCount = async () =>
    (await registry.database.rows<{ n: number }>(sql`select count(*)::int as n from mdt_referral`))[0]!.n;

  beforeAll(async () => {
    registry = await startRegistry(engine);
    const { world } = registry;
    const onTeamOf = (sub: string, youthId: string) =>
      world.teams.some((t) => t.youthId === youthId && t.members.some((m) => m.personId === sub && !m.toDate));
    const cw = world.youths.filter((y) => y.localIds.CHILD_WELFARE && !onTeamOf('sw-garcia', y.id));
    cwYouth = cw[0]!.id;
    otherCwYouth = cw[1]!.id;
    notCw = world.youths.find((y) => !y.localIds.CHILD_WELFARE && !onTeamOf('sw-garcia', y.id))?.id ?? NOWHERE;
    coordinatorsYouth = world.teams.find((t) => onTeamOf('coord-ortiz', t.youthId))!.youthId;
    linkTarget = world.youths.find((y) => !y.localIds.EDUCATION && onTeamOf('coord-ortiz', y.id))!.id;
  });
  afterAll(() => registry?.close());

  it('a serving agency member refers a youth; the referral and its MDT row are committed together', async () => {
    const before = (await mdtRows(cwYouth)).length;
    const answer = await registry.ask('sw-garcia', SUBMIT, {
      input: referral({
        youthId: cwYouth,
        urgency: 'URGENT',
        urgencyReason: 'Runaway return last night',
        knownConsentsAndOrders: 'Dependency case open; no consents on file',
      }),
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.submitMdtReferral).toMatchObject({
      youthId: cwYouth,
      referringAgency: 'CHILD_WELFARE',
      localId: null,
      referredBySub: 'sw-garcia',
      referredByName: 'Dana Garcia',
      referredByRole: 'CW_SOCIAL_WORKER',
      indicators: ['Repeated running away', 'Unexplained money or goods'],
      urgency: 'URGENT',
      urgencyReason: 'Runaway return last night',
      status: 'OPEN',
      decisionReason: null,
    });
    expect((await mdtRows(cwYouth)).slice(before)).toEqual([{ viewer_sub: 'sw-garcia', access: 'MDT', released: [] }]);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await referralCount();
    const cases: [Record<string, unknown>, string][] = [
      [referral({ youthId: cwYouth, reasons: '   ' }), 'reasons'],
      [referral({ youthId: cwYouth, reasons: 'x'.repeat(4001) }), 'reasons'],
      [referral({ youthId: cwYouth, indicators: ['Wears red shoes'] }), 'indicators'],
      [referral({ youthId: cwYouth, indicators: ['Branding tattoo', 'Branding tattoo'] }), 'indicators'],
      [referral({ youthId: cwYouth, urgency: 'URGENT' }), 'urgencyReason'],
      [referral({ youthId: cwYouth, urgency: 'URGENT', urgencyReason: ' ' }), 'urgencyReason'],
      [referral({ youthId: cwYouth, safetyConcerns: '' }), 'safetyConcerns'],
      [referral({ youthId: cwYouth, knownConsentsAndOrders: 'y'.repeat(2001) }), 'knownConsentsAndOrders'],
      [referral({}), 'youthId'],
      [referral({ youthId: cwYouth, localId: 'CW-1' }), 'localId'],
      [referral({ youthId: 'not-a-uuid' }), 'youthId'],
      [referral({ localId: 'has space' }), 'localId'],
      [referral({ localId: 'CW-NEW-1', familyName: 'Doe', dateOfBirth: '2011-02-03' }), 'givenName'],
      [
        referral({ localId: 'CW-NEW-1', givenName: 'Ana', familyName: 'Doe', dateOfBirth: '2011-02-30' }),
        'dateOfBirth',
      ],
      [
        referral({ localId: 'CW-NEW-1', givenName: 'Ana', familyName: 'Doe', dateOfBirth: '2999-01-01' }),
        'dateOfBirth',
      ],
    ];
    for (const [input, field] of cases) {
      const answer = refusal(await registry.ask('sw-garcia', SUBMIT, { input }));
      expect([field, answer.errors[0]]).toEqual([
        field,
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          field,
          message: expect.stringMatching(new RegExp(`^${field}`)),
        }),
      ]);
    }
    const nul = refusal(
      await registry.ask('sw-garcia', SUBMIT, { input: referral({ youthId: cwYouth, reasons: 'a\u0000b' }) }),
    );
    expect(nul.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await referralCount()).toBe(before);
  });

  it('a youth off the caller’s links answers exactly as a missing one; a viewer whose agency does not serve is refused', async () => {
    const missing = refusal(await registry.ask('sw-garcia', SUBMIT, { input: referral({ youthId: NOWHERE }) }));
    const unlinked = refusal(await registry.ask('sw-garcia', SUBMIT, { input: referral({ youthId: notCw }) }));
    expect(unlinked).toEqual(missing);
    expect(missing.errors).toEqual([
      {
        message: 'youthId: no such youth, or it is not on your caseload',
        code: 'BAD_USER_INPUT',
        field: 'youthId',
      },
    ]);
    // The coordinator is on this youth's team, but the hub serves no record: the team is already convened.
    const coordinator = refusal(
      await registry.ask('coord-ortiz', SUBMIT, { input: referral({ youthId: coordinatorsYouth }) }),
    );
    expect(coordinator.errors[0]).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NEVER_SHARED',
      ruleId: 'referrals.serving-agency-only',
    });
  });

  it('the coordinator’s inbox lists open referrals, urgent first then oldest; nobody else reads it', async () => {
    await registry.ask('sw-garcia', SUBMIT, { input: referral({ youthId: otherCwYouth }) });
    const inbox = await registry.ask('coord-ortiz', INBOX);
    expect(inbox.errors).toBeUndefined();
    const rows = inbox.data.mdtReferralInbox as { urgency: string; submittedAt: string; status: string }[];
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.every((r) => r.status === 'OPEN')).toBe(true);
    const key = (r: { urgency: string; submittedAt: string }) => `${r.urgency === 'URGENT' ? 0 : 1}|${r.submittedAt}`;
    expect(rows.map(key)).toEqual([...rows.map(key)].sort());
    expect(rows[0]!.urgency).toBe('URGENT');
    // Each referral shown is in the accounting, as CSEC indicators released to the coordinator.
    const logged = await mdtRows(otherCwYouth);
    expect(logged.at(-1)).toEqual({ viewer_sub: 'coord-ortiz', access: 'MDT', released: ['CSEC_INDICATORS'] });

    for (const who of ['sw-garcia', 'school-park', 'privacy-shah']) {
      const denied = refusal(await registry.ask(who, INBOX, undefined, who === 'privacy-shah' ? 'AUDIT' : undefined));
      expect(denied).toMatchObject({ data: null, errors: [{ code: 'FORBIDDEN', reason: 'NEVER_SHARED' }] });
    }
  });

  it('the referrer reads their own referrals only; another member gets the answer of a missing referral', async () => {
    const mine = await registry.ask('sw-garcia', MINE);
    const own = mine.data.myMdtReferrals as { id: string; referredBySub: string }[];
    expect(own.length).toBeGreaterThan(1);
    expect(own.every((r) => r.referredBySub === 'sw-garcia')).toBe(true);
    const theirs = await registry.ask('school-park', ONE, { id: own[0]!.id });
    const none = await registry.ask('school-park', ONE, { id: NOWHERE });
    expect(theirs).toEqual(none);
    expect(theirs.data.mdtReferral).toBeNull();
    expect((await registry.ask('sw-garcia', ONE, { id: own[0]!.id })).data.mdtReferral.id).toBe(own[0]!.id);
    const prosecution = refusal(await registry.ask('da-reyes', MINE, undefined, 'PROSECUTION'));
    expect(prosecution.errors[0]).toMatchObject({ code: 'FORBIDDEN', ruleId: 'referrals.coordinator-or-referrer' });
  });

  it('accepting opens the youth’s team with the coordinator and the referrer, by dated memberships, with its MDT row', async () => {
    const submitted = await registry.ask('sw-garcia', SUBMIT, { input: referral({ youthId: cwYouth }) });
    const id = submitted.data.submitMdtReferral.id;
    const byReferrer = refusal(await registry.ask('sw-garcia', DECIDE, { id, decision: 'ACCEPTED', reason: 'mine' }));
    expect(byReferrer.errors[0]).toMatchObject({ code: 'FORBIDDEN', ruleId: 'referrals.coordinator-or-referrer' });
    const byOther = refusal(await registry.ask('school-park', DECIDE, { id, decision: 'ACCEPTED', reason: 'x' }));
    expect(byOther.errors).toEqual([
      { message: 'id: no such referral, or it is not yours', code: 'BAD_USER_INPUT', field: 'id' },
    ]);
    expect((await facts('sw-garcia', cwYouth)).team.onTeam).toBe(false);
    const before = (await mdtRows(cwYouth)).length;

    const accepted = await registry.ask('coord-ortiz', DECIDE, {
      id,
      decision: 'ACCEPTED',
      reason: 'Indicators confirmed; convening the team',
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.decideMdtReferral).toMatchObject({
      status: 'ACCEPTED',
      youthId: cwYouth,
      decidedBy: 'coord-ortiz',
      decisionReason: 'Indicators confirmed; convening the team',
    });
    expect((await facts('sw-garcia', cwYouth)).team.onTeam).toBe(true);
    expect((await facts('coord-ortiz', cwYouth)).team.onTeam).toBe(true);
    const roster = await registry.ask(
      'coord-ortiz',
      `query ($id: ID!) { youth(id: $id) { teamHistory { personId addedBy reason current } } }`,
      {
        id: cwYouth,
      },
    );
    expect(roster.data.youth.teamHistory).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ personId: 'sw-garcia', addedBy: 'coord-ortiz', current: true }),
        expect.objectContaining({ personId: 'coord-ortiz', addedBy: 'coord-ortiz', current: true }),
      ]),
    );
    expect((await mdtRows(cwYouth)).slice(before)).toEqual([
      { viewer_sub: 'coord-ortiz', access: 'MDT', released: [] },
    ]);

    const again = refusal(
      await registry.ask('coord-ortiz', DECIDE, { id, decision: 'DECLINED', reason: 'changed mind' }),
    );
    expect(again.errors).toEqual([
      { message: 'id: this referral is already decided (ACCEPTED)', code: 'BAD_USER_INPUT', field: 'id' },
    ]);
    const empty = refusal(await registry.ask('coord-ortiz', DECIDE, { id, decision: 'DECLINED', reason: ' ' }));
    expect(empty.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('declining keeps the reason for the referrer and opens nothing', async () => {
    const submitted = await registry.ask('sw-garcia', SUBMIT, { input: referral({ youthId: otherCwYouth }) });
    const id = submitted.data.submitMdtReferral.id;
    const declined = await registry.ask('coord-ortiz', DECIDE, {
      id,
      decision: 'DECLINED',
      reason: 'Indicators explained by a family move; refer again if new ones appear',
    });
    expect(declined.data.decideMdtReferral).toMatchObject({ status: 'DECLINED', youthId: otherCwYouth });
    const mine = (await registry.ask('sw-garcia', MINE)).data.myMdtReferrals as { id: string }[];
    expect(mine.find((r) => r.id === id)).toEqual({
      id,
      status: 'DECLINED',
      decisionReason: 'Indicators explained by a family move; refer again if new ones appear',
      referredBySub: 'sw-garcia',
    });
    expect((await facts('sw-garcia', otherCwYouth)).team.onTeam).toBe(false);
    const inbox = (await registry.ask('coord-ortiz', INBOX)).data.mdtReferralInbox as { id: string }[];
    expect(inbox.some((r) => r.id === id)).toBe(false);
  });

  it('a youth not yet in the registry is registered on acceptance, linked by the referrer’s local id', async () => {
    const submitted = await registry.ask('sw-garcia', SUBMIT, {
      input: referral({ localId: 'CW-NEW-77', givenName: 'Ana', familyName: 'Doe', dateOfBirth: '2011-02-03' }),
    });
    expect(submitted.errors).toBeUndefined();
    const { id } = submitted.data.submitMdtReferral;
    expect(submitted.data.submitMdtReferral).toMatchObject({ youthId: null, localId: 'CW-NEW-77', givenName: 'Ana' });
    expect(await mdtRows(id)).toEqual([{ viewer_sub: 'sw-garcia', access: 'MDT', released: [] }]);
    const accepted = await registry.ask('coord-ortiz', DECIDE, {
      id,
      decision: 'ACCEPTED',
      reason: 'New identification',
    });
    expect(accepted.data.decideMdtReferral).toMatchObject({ status: 'ACCEPTED', youthId: id });
    const f = await facts('sw-garcia', id);
    expect(f.servedBy).toContain('CHILD_WELFARE');
    expect(f.team.onTeam).toBe(true);
    const seen = await registry.ask('sw-garcia', `query ($id: ID!) { youth(id: $id) { givenName familyName } }`, {
      id,
    });
    expect(seen.data.youth).toEqual({ givenName: 'Ana', familyName: 'Doe' });
  });

  it('or linked to a youth the coordinator names, in the crosswalk, with who and why', async () => {
    const submitted = await registry.ask('school-park', SUBMIT, {
      input: referral({ localId: 'EDU-LINK-5', givenName: 'Bo', familyName: 'Roe', dateOfBirth: '2012-06-01' }),
    });
    const { id } = submitted.data.submitMdtReferral;
    const target = linkTarget;
    const unknown = refusal(
      await registry.ask('coord-ortiz', DECIDE, { id, decision: 'ACCEPTED', reason: 'Same youth', youthId: NOWHERE }),
    );
    expect(unknown.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'youthId' });
    const accepted = await registry.ask('coord-ortiz', DECIDE, {
      id,
      decision: 'ACCEPTED',
      reason: 'Same youth as on the team',
      youthId: target,
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.decideMdtReferral).toMatchObject({ status: 'ACCEPTED', youthId: target });
    const events = await registry.database.rows<{ local_id: string; recorded_by: string; reason: string }>(
      sql`select local_id, recorded_by, reason from agency_link_event where youth_id = ${target} and agency = 'EDUCATION'`,
    );
    expect(events).toEqual([
      {
        local_id: 'EDU-LINK-5',
        recorded_by: 'coord-ortiz',
        reason: 'MDT referral accepted: Same youth as on the team',
      },
    ]);
  });

  it('keeps referrals and decisions append-only in the database itself', async () => {
    for (const statement of [
      sql`update mdt_referral set reasons = 'rewritten'`,
      sql`delete from mdt_referral`,
      sql`truncate mdt_referral cascade`,
      sql`update mdt_referral_decision set reason = 'rewritten'`,
      sql`delete from mdt_referral_decision`,
    ]) {
      await expect(registry.database.rows(statement)).rejects.toThrow();
    }
  });

  it('seeds open (urgent and routine), accepted and declined referrals', async () => {
    const seeded = syntheticReferrals(registry.world);
    const ids = seeded.referrals.map((r) => r.id!);
    const rows = await registry.database.rows<{ status: string; urgency: string }>(
      sql`select coalesce(d.decision, 'OPEN') as status, r.urgency from mdt_referral r
        left join mdt_referral_decision d on d.referral_id = r.id where r.id in ${sql.raw(`('${ids.join("','")}')`)}`,
    );
    expect(rows.length).toBe(ids.length);
    expect(new Set(rows.map((r) => `${r.status}:${r.urgency}`))).toEqual(
      new Set(['ACCEPTED:ROUTINE', 'DECLINED:ROUTINE', 'OPEN:ROUTINE', 'OPEN:URGENT']),
    );
    expect(seeded.referrals.some((r) => r.localId && !r.youthId)).toBe(true);
  });
});
