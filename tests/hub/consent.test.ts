import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../src/hub.ts';

const PLACEMENTS = `query ($id: ID!) { youth(id: $id) { childWelfare { placements { kind } } } }`;
const CONSENTS = `query ($id: ID!) { youth(id: $id) { consents { id status categories recipientAgencies revokedBy revokeReason } } }`;
const RECORD = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id status categories recipientAgencies purposes grantor recordedBy } }`;
const REVOKE = `mutation ($id: ID!, $reason: String!) { revokeConsent(id: $id, reason: $reason) { id status revokedBy revokeReason } }`;

let hub: Hub;
let youthId: string;
const hour = 3_600_000;
const input = (over: Record<string, unknown> = {}) => ({
  youthId,
  grantor: 'YOUTH',
  categories: ['PLACEMENT'],
  recipientAgencies: ['COMMUNITY'],
  purposes: ['CARE_COORDINATION'],
  effectiveFrom: new Date(Date.now() - hour).toISOString(),
  formReference: 'CSEC-ROI-2026-0042',
  ...over,
});
const mentorPlacements = async () => (await hub.query('mentor-lee', PLACEMENTS, { id: youthId })).json;
const consentCount = async () =>
  (await hub.query('sw-garcia', CONSENTS, { id: youthId })).json.data.youth.consents.length;

beforeAll(async () => {
  hub = await startHub({ youths: 10 });
  youthId = hub.world.youths[0]!.id; // the survivor mentor is on this youth's team
});
afterAll(() => hub?.close());

describe('consent lifecycle through the gateway', () => {
  it('opens a consent cell, and closes it again on the very next request after revocation', async () => {
    const before = await mentorPlacements();
    expect(before.data.youth.childWelfare.placements).toBeNull();
    expect(before.errors[0].extensions).toMatchObject({
      reason: 'CONSENT_REQUIRED',
      ruleId: 'placement.consent.mentor',
    });

    const recorded = await hub.query('sw-garcia', RECORD, { input: input() });
    expect(recorded.json.errors).toBeUndefined();
    expect(recorded.json.data.recordConsent).toMatchObject({
      status: 'ACTIVE',
      categories: ['PLACEMENT'],
      recipientAgencies: ['COMMUNITY'],
      purposes: ['CARE_COORDINATION'],
      grantor: 'YOUTH',
      recordedBy: 'sw-garcia',
    });
    const consentId = recorded.json.data.recordConsent.id as string;

    const opened = await mentorPlacements();
    expect(opened.errors).toBeUndefined();
    expect(opened.data.youth.childWelfare.placements.length).toBeGreaterThan(0);

    const revoked = await hub.query('sw-garcia', REVOKE, {
      id: consentId,
      reason: 'The youth withdrew it at the meeting',
    });
    expect(revoked.json.data.revokeConsent).toEqual({
      id: consentId,
      status: 'REVOKED',
      revokedBy: 'sw-garcia',
      revokeReason: 'The youth withdrew it at the meeting',
    });
    const closed = await mentorPlacements();
    expect(closed.data.youth.childWelfare.placements).toBeNull();
    expect(closed.errors[0].extensions.reason).toBe('CONSENT_REQUIRED');

    const again = await hub.query('sw-garcia', REVOKE, { id: consentId, reason: 'twice' });
    expect(again.json.errors[0].message).toBe('This consent is already revoked');
  });

  it('does not open anything with an expired consent', async () => {
    const expired = input({
      effectiveFrom: new Date(Date.now() - 48 * hour).toISOString(),
      effectiveTo: new Date(Date.now() - 24 * hour).toISOString(),
    });
    const recorded = await hub.query('coord-ortiz', RECORD, { input: expired });
    expect(recorded.json.data.recordConsent.status).toBe('EXPIRED');
    const answer = await mentorPlacements();
    expect(answer.data.youth.childWelfare.placements).toBeNull();
    expect(answer.errors[0].extensions.reason).toBe('CONSENT_REQUIRED');
  });
});

describe('bad consent input is refused with a clear error and changes nothing', () => {
  it.each([
    [
      'an end before the start',
      'sw-garcia',
      () => input({ effectiveFrom: '2026-10-01', effectiveTo: '2026-09-01' }),
      'Consent not recorded: effectiveTo must be after effectiveFrom',
    ],
    [
      'a consent to attorney-client records',
      'pd-cohen',
      () => input({ categories: ['ATTORNEY_CLIENT'] }),
      'Consent not recorded: a consent cannot cover ATTORNEY_CLIENT: attorney-client communications are privileged (Evidence Code 954); no consent opens them here',
    ],
    [
      "a guardian's consent to substance-use records",
      'sw-garcia',
      () => input({ grantor: 'GUARDIAN', categories: ['SUBSTANCE_USE'] }),
      'Consent not recorded: only the youth may consent to sharing SUBSTANCE_USE (minor-consent services; Family Code 6924-6929, 42 CFR 2.14)',
    ],
    [
      'a role that may not record consents',
      'po-nguyen',
      () => input(),
      "Only the youth's social worker, MDT coordinator or attorney may record or revoke consents",
    ],
    [
      'a malformed date',
      'sw-garcia',
      () => input({ effectiveFrom: 'next Tuesday' }),
      'Consent not recorded: effectiveFrom must be an ISO 8601 date or date-time',
    ],
  ] as [string, string, () => Record<string, unknown>, string][])('%s', async (_label, persona, bad, message) => {
    const before = await consentCount();
    const { json } = await hub.query(persona, RECORD, { input: bad() });
    expect(json.data ?? null).toBeNull();
    expect(json.errors.map((e: { message: string }) => e.message)).toEqual([message]);
    expect(await consentCount()).toBe(before);
  });

  it('an unknown category', async () => {
    const before = await consentCount();
    const { json } = await hub.query('sw-garcia', RECORD, { input: input({ categories: ['HOROSCOPE'] }) });
    expect(json.data).toBeUndefined();
    expect(json.errors[0].message).toMatch(/HOROSCOPE/);
    expect(await consentCount()).toBe(before);
  });

  it("a youth not on the viewer's caseload looks like one that does not exist", async () => {
    const stranger = hub.world.youths.find(
      (y) =>
        !y.localIds.CHILD_WELFARE &&
        !hub.world.teams.some((t) => t.youthId === y.id && t.members.some((m) => m.personId === 'sw-garcia')),
    );
    const missing = await hub.query('sw-garcia', RECORD, {
      input: input({ youthId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(missing.json.errors[0].message).toBe('No such youth or consent, or it is not on your caseload');
    expect(stranger, 'the seed needs a youth sw-garcia has no link to').toBeDefined();
    const other = await hub.query('sw-garcia', RECORD, { input: input({ youthId: stranger!.id }) });
    expect(other.json).toEqual(missing.json);
  });
});

describe('who sees and manages consents', () => {
  it('shows a team member only the consents naming their own agency; managers see them all', async () => {
    const record = (categories: string[], recipientAgencies: string[]) =>
      hub.query('sw-garcia', RECORD, { input: input({ categories, recipientAgencies }) });
    await record(['SUBSTANCE_USE'], ['PROBATION']);
    await record(['EDUCATION'], ['EDUCATION']);
    const school = (await hub.query('school-park', CONSENTS, { id: youthId })).json.data.youth.consents;
    expect(school.length).toBeGreaterThan(0);
    expect(school.every((c: { recipientAgencies: string[] }) => c.recipientAgencies.includes('EDUCATION'))).toBe(true);
    expect(JSON.stringify(school)).not.toContain('SUBSTANCE_USE');
    const manager = (await hub.query('coord-ortiz', CONSENTS, { id: youthId })).json.data.youth.consents;
    expect(JSON.stringify(manager)).toContain('SUBSTANCE_USE');
  });

  it('refuses a child-welfare worker who is not on the youth’s team', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const served = hub.world.youths.find(
      (y) =>
        y.localIds.CHILD_WELFARE &&
        !hub.world.teams.some(
          (t) =>
            t.youthId === y.id && t.members.some((m) => m.personId === 'sw-garcia' && (!m.toDate || m.toDate >= today)),
        ),
    );
    expect(served, 'the seed needs a child-welfare youth whose team sw-garcia is not on').toBeDefined();
    const { json } = await hub.query('sw-garcia', RECORD, { input: input({ youthId: served!.id }) });
    expect(json.errors[0].message).toBe(
      "Only the youth's social worker, MDT coordinator or attorney may record or revoke consents",
    );
  });
});
