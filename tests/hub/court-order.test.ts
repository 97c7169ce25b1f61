import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../src/hub.ts';

// Court orders and consents through the gateway: as decisions (accessExplanation) and as data.
const EXPLAIN = `query ($id: ID!) { accessExplanation(youthId: $id) { agency category allowed reason ruleId legalBasis } }`;

let hub: Hub;
let youthId: string;
beforeAll(async () => {
  hub = await startHub({ youths: 10 });
  youthId = hub.world.youths[0]!.id; // every agency serves this youth
});
afterAll(() => hub?.close());

const decision = async (persona: string, agency: string, category: string) => {
  const { json } = await hub.query(persona, EXPLAIN, { id: youthId });
  expect(json.errors).toBeUndefined();
  return json.data.accessExplanation.find(
    (d: { agency: string; category: string }) => d.agency === agency && d.category === category,
  );
};

describe('court orders', () => {
  it("open a District Attorney's O cell, and their expiry closes it again", async () => {
    expect(await decision('da-reyes', 'EDUCATION', 'EDUCATION')).toEqual({
      agency: 'EDUCATION',
      category: 'EDUCATION',
      allowed: false,
      reason: 'COURT_ORDER_REQUIRED',
      ruleId: 'education.court-order.prosecutor',
      legalBasis: 'WIC 827 (JV-570 court order)',
    });
    const orderId = '5c0ffee0-0000-4000-8000-000000000001';
    await hub.databases.mdt!
      .rows(sql`insert into court_order (id, youth_id, agency, categories, effective_from, effective_to, case_number)
      values (${orderId}, ${youthId}, 'DISTRICT_ATTORNEY', array['EDUCATION'], now() - interval '1 day', now() + interval '30 days', 'JV-2026-0099')`);
    expect(await decision('da-reyes', 'EDUCATION', 'EDUCATION')).toMatchObject({ allowed: true, reason: null });
    await hub.databases.mdt!.rows(
      sql`update court_order set effective_to = now() - interval '1 second' where id = ${orderId}`,
    );
    expect(await decision('da-reyes', 'EDUCATION', 'EDUCATION')).toMatchObject({
      allowed: false,
      reason: 'COURT_ORDER_REQUIRED',
    });
  });
});

describe('a court order through the gateway, as data', () => {
  it('releases the education record to the District Attorney while in effect, and not after', async () => {
    const q = `query ($id: ID!) { youth(id: $id) { education { schoolOfRecord { schoolName } } } }`;
    const denied = await hub.query('da-reyes', q, { id: youthId });
    expect(denied.json.data.youth.education.schoolOfRecord).toBeNull();
    expect(denied.json.errors[0].extensions).toMatchObject({ reason: 'COURT_ORDER_REQUIRED', agency: 'EDUCATION' });
    const orderId = '5c0ffee0-0000-4000-8000-000000000002';
    await hub.databases.mdt!
      .rows(sql`insert into court_order (id, youth_id, agency, categories, effective_from, effective_to, case_number)
      values (${orderId}, ${youthId}, 'DISTRICT_ATTORNEY', array['EDUCATION'], now() - interval '1 day', now() + interval '30 days', 'JV-2026-0100')`);
    const opened = await hub.query('da-reyes', q, { id: youthId });
    expect(opened.json.errors).toBeUndefined();
    expect(opened.json.data.youth.education.schoolOfRecord.schoolName).toMatch(/School$/);
    await hub.databases.mdt!.rows(
      sql`update court_order set effective_to = now() - interval '1 second' where id = ${orderId}`,
    );
    const closed = await hub.query('da-reyes', q, { id: youthId });
    expect(closed.json.data.youth.education.schoolOfRecord).toBeNull();
    expect(closed.json.errors[0].extensions.reason).toBe('COURT_ORDER_REQUIRED');
  });
});

describe('a substance-use consent naming probation', () => {
  it('turns the probation officer’s decision from CONSENT_REQUIRED to allowed, and revocation turns it back', async () => {
    expect(await decision('po-nguyen', 'HEALTH', 'SUBSTANCE_USE')).toMatchObject({
      allowed: false,
      reason: 'CONSENT_REQUIRED',
      ruleId: 'su.consent.probation',
      legalBasis: '42 CFR 2.31, 2.35',
    });
    const recorded = await hub.query(
      'sw-garcia',
      `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
      {
        input: {
          youthId,
          grantor: 'YOUTH',
          categories: ['SUBSTANCE_USE'],
          recipientAgencies: ['PROBATION'],
          purposes: ['CARE_COORDINATION'],
          effectiveFrom: new Date(Date.now() - 60_000).toISOString(),
          formReference: 'SUD-ROI-42CFR2-0007',
        },
      },
    );
    const id = recorded.json.data.recordConsent.id;
    expect(await decision('po-nguyen', 'HEALTH', 'SUBSTANCE_USE')).toMatchObject({
      allowed: true,
      ruleId: 'su.consent.probation',
    });
    // The clinician's own rule is untouched by a consent naming probation; the nurse still needs one naming health.
    expect(await decision('phn-silva', 'HEALTH', 'SUBSTANCE_USE')).toMatchObject({
      allowed: false,
      reason: 'CONSENT_REQUIRED',
    });
    await hub.query('sw-garcia', `mutation ($id: ID!) { revokeConsent(id: $id, reason: "withdrawn") { id } }`, { id });
    expect(await decision('po-nguyen', 'HEALTH', 'SUBSTANCE_USE')).toMatchObject({
      allowed: false,
      reason: 'CONSENT_REQUIRED',
    });
  });
});

describe('court orders recorded through the hub', () => {
  const RECORD_ORDER = `mutation ($input: RecordCourtOrderInput!) { recordCourtOrder(input: $input) {
    id youthId court caseNumber orderReference categories agency purposes effectiveTo status recordedBy } }`;
  const END_ORDER = `mutation ($id: ID!, $reason: String!) { endCourtOrder(id: $id, reason: $reason) { id status endedBy endReason } }`;
  const AMEND_ORDER = `mutation ($id: ID!, $input: AmendCourtOrderInput!, $reason: String!) {
    amendCourtOrder(id: $id, input: $input, reason: $reason) { id status supersedes caseNumber orderReference } }`;
  const SCHOOL = `query ($id: ID!) { youth(id: $id) { education { schoolOfRecord { schoolName } } } }`;
  const ACCOUNTING = `query ($id: ID!) { accountingOfDisclosures(youthId: $id) {
    education { entries { viewerSub access released basis { category allowed ruleId legalBasis } } }
    registry { entries { viewerSub access } } } }`;
  let id2: string;
  const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const terms = (over: Record<string, unknown> = {}) => ({
    court: 'Superior Court of California, County of Santa Clara, Juvenile Division',
    caseNumber: 'JV-2026-0200',
    orderReference: 'JV-570 petition granted',
    categories: ['EDUCATION'],
    agency: 'DISTRICT_ATTORNEY',
    purposes: [],
    effectiveFrom: new Date(Date.now() - 60_000).toISOString(),
    effectiveTo: inAMonth(),
    ...over,
  });
  const order = (over: Record<string, unknown> = {}) => ({ youthId: id2, ...terms(over) });
  const school = async () => (await hub.query('da-reyes', SCHOOL, { id: id2 })).json;
  const daEducation = async () => {
    const { json } = await hub.query('da-reyes', EXPLAIN, { id: id2 });
    return json.data.accessExplanation.find(
      (d: { agency: string; category: string }) => d.agency === 'EDUCATION' && d.category === 'EDUCATION',
    );
  };
  beforeAll(() => {
    id2 = hub.world.youths[1]!.id; // every agency serves this youth; every persona is on its team
  });

  it('is refused to anyone but the coordinator, with the rule, and nothing is recorded', async () => {
    for (const persona of ['sw-garcia', 'da-reyes']) {
      const { json } = await hub.query(persona, RECORD_ORDER, { input: order() });
      expect(json.data).toBeNull();
      expect(json.errors[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NEVER_SHARED',
        ruleId: 'court-orders.coordinator-only',
      });
    }
    expect(await daEducation()).toMatchObject({ allowed: false, reason: 'COURT_ORDER_REQUIRED' });
  });

  it('answers for a youth off the coordinator’s teams exactly as for a missing youth', async () => {
    // The coordinator is on every seeded team: she left this youth's team days ago (whatever the county's date).
    const stranger = hub.world.youths[2]!;
    await hub.databases.mdt!.rows(sql`insert into team_membership_end (membership_id, ended_on, ended_by, reason)
      select m.id, current_date - 3, 'test', 'left the team' from team_member m join mdt_team t on t.id = m.team_id
      where m.person_id = 'coord-ortiz' and t.youth_id = ${stranger.id}`);
    const missing = await hub.query('coord-ortiz', RECORD_ORDER, {
      input: order({ youthId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(missing.json.errors[0]).toMatchObject({
      message: 'No such youth or court order, or it is not on your caseload',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const other = await hub.query('coord-ortiz', RECORD_ORDER, { input: order({ youthId: stranger!.id }) });
    expect(other.json).toEqual(missing.json);
  });

  it.each([
    [
      'attorney-client records',
      { categories: ['ATTORNEY_CLIENT'] },
      'categories: an order cannot open ATTORNEY_CLIENT',
    ],
    [
      'psychotherapy notes',
      { categories: ['PSYCHOTHERAPY_NOTES'] },
      'categories: an order cannot open PSYCHOTHERAPY_NOTES',
    ],
    ['no categories', { categories: [] }, 'categories: name at least one category'],
    ['no end date', { effectiveTo: '' }, 'effectiveTo: an order needs an end date'],
    ['an end before the start', { effectiveFrom: '2026-03-02', effectiveTo: '2026-03-01' }, 'effectiveTo must not be'],
    ['the hub as the agency', { agency: 'HUB' }, 'agency: unknown agency HUB'],
    ['an empty order reference', { orderReference: ' ' }, 'orderReference must not be empty'],
    ['an oversized court', { court: 'c'.repeat(201) }, 'court must be at most 200 characters'],
    ['a NUL in the case number', { caseNumber: 'JV-2026\u0000' }, 'caseNumber must not contain'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, over, problem) => {
    const { json } = await hub.query('coord-ortiz', RECORD_ORDER, { input: order(over) });
    expect(json.data).toBeNull();
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(json.errors[0].message).toContain(problem);
  });

  it('opens the DA’s O cell on the next request, closes it when ended, and each use names the order in the accounting', async () => {
    expect((await school()).errors[0].extensions.reason).toBe('COURT_ORDER_REQUIRED');
    const recorded = await hub.query('coord-ortiz', RECORD_ORDER, { input: order() });
    expect(recorded.json.errors).toBeUndefined();
    expect(recorded.json.data.recordCourtOrder).toMatchObject({
      youthId: id2,
      caseNumber: 'JV-2026-0200',
      orderReference: 'JV-570 petition granted',
      categories: ['EDUCATION'],
      agency: 'DISTRICT_ATTORNEY',
      status: 'ACTIVE',
      recordedBy: 'coord-ortiz',
    });
    const orderId = recorded.json.data.recordCourtOrder.id as string;
    expect(await daEducation()).toMatchObject({
      allowed: true,
      ruleId: 'education.court-order.prosecutor',
      legalBasis: 'WIC 827 (JV-570 court order) — order JV-2026-0200, JV-570 petition granted',
    });
    const opened = await school();
    expect(opened.errors).toBeUndefined();
    expect(opened.data.youth.education.schoolOfRecord.schoolName).toMatch(/School$/);

    const accounting = (await hub.query('privacy-shah', ACCOUNTING, { id: id2 }, { purpose: 'AUDIT' })).json.data
      .accountingOfDisclosures;
    const uses = accounting.education.entries.filter(
      (e: { viewerSub: string; released: string[] }) => e.viewerSub === 'da-reyes' && e.released.includes('EDUCATION'),
    );
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      expect(use.basis).toContainEqual({
        category: 'EDUCATION',
        allowed: true,
        ruleId: 'education.court-order.prosecutor',
        legalBasis: 'WIC 827 (JV-570 court order) — order JV-2026-0200, JV-570 petition granted',
      });
    }
    expect(accounting.registry.entries).toContainEqual({ viewerSub: 'coord-ortiz', access: 'COURT_ORDER' });

    expect(
      (await hub.query('da-reyes', END_ORDER, { id: orderId, reason: 'no' })).json.errors[0].extensions,
    ).toMatchObject({
      code: 'FORBIDDEN',
      ruleId: 'court-orders.coordinator-only',
    });
    const ended = await hub.query('coord-ortiz', END_ORDER, { id: orderId, reason: 'The court vacated the order' });
    expect(ended.json.data.endCourtOrder).toMatchObject({
      status: 'ENDED',
      endedBy: 'coord-ortiz',
      endReason: 'The court vacated the order',
    });
    expect((await school()).errors[0].extensions.reason).toBe('COURT_ORDER_REQUIRED');
    const again = await hub.query('coord-ortiz', END_ORDER, { id: orderId, reason: 'twice' });
    expect(again.json.errors[0]).toMatchObject({
      message: 'This court order has already ended',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('amends by a new order that supersedes the old: the old ends, the new is in effect', async () => {
    // The first order opens education for a purpose the DA does not use here; the amendment for any purpose.
    const first = await hub.query('coord-ortiz', RECORD_ORDER, {
      input: order({ caseNumber: 'JV-2026-0300', purposes: ['COURT_ORDERED'] }),
    });
    const firstId = first.json.data.recordCourtOrder.id as string;
    expect((await school()).errors[0].extensions.reason).toBe('COURT_ORDER_REQUIRED');
    const amended = await hub.query('coord-ortiz', AMEND_ORDER, {
      id: firstId,
      input: terms({ caseNumber: 'JV-2026-0300', orderReference: 'JV-570 amended order' }),
      reason: 'The court extended the order to care coordination',
    });
    expect(amended.json.errors).toBeUndefined();
    expect(amended.json.data.amendCourtOrder).toMatchObject({
      status: 'ACTIVE',
      supersedes: firstId,
      orderReference: 'JV-570 amended order',
    });
    expect(await daEducation()).toMatchObject({
      allowed: true,
      legalBasis: 'WIC 827 (JV-570 court order) — order JV-2026-0300, JV-570 amended order',
    });
    const old = await hub.query('coord-ortiz', END_ORDER, { id: firstId, reason: 'already superseded' });
    expect(old.json.errors[0].message).toBe('This court order has already ended');
    const newId = amended.json.data.amendCourtOrder.id as string;
    await hub.query('coord-ortiz', END_ORDER, { id: newId, reason: 'done' });
    expect((await school()).errors[0].extensions.reason).toBe('COURT_ORDER_REQUIRED');
  });
});
