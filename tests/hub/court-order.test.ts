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
