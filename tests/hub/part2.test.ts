import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PART2_NOTICE } from '@hub/policies';
import { startHub, type Hub } from '../src/hub.ts';

// Substance-use treatment records (42 CFR Part 2) held by Health, asked for by a probation officer.
const SU = `query ($id: ID!) { youth(id: $id) { health { substanceUse { programName redisclosureNotice } } } }`;
const RECORD = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
const REVOKE = `mutation ($id: ID!) { revokeConsent(id: $id, reason: "The youth withdrew it") { status } }`;

let hub: Hub;
let youthId: string;
beforeAll(async () => {
  hub = await startHub({ youths: 60 });
  youthId = hub.world.youths[0]!.id; // probation serves this youth; the officer is not on its team
});
afterAll(() => hub?.close());

const denial = {
  message: "Not shared: substance-use treatment records need the youth's consent naming Probation",
  path: ['youth', 'health', 'substanceUse'],
  extensions: {
    code: 'FORBIDDEN',
    reason: 'CONSENT_REQUIRED',
    category: 'SUBSTANCE_USE',
    agency: 'HEALTH',
    ruleId: 'su.consent.probation',
    legalBasis: '42 CFR 2.31, 2.35',
    serviceName: 'health',
  },
};

describe('Part 2 records through the gateway', () => {
  it('are denied to probation without a consent, released with the 2.32 notice under one, and denied again on the very next request after revocation', async () => {
    const before = await hub.query('po-nguyen', SU, { id: youthId });
    expect(before.json).toEqual({ data: { youth: { health: { substanceUse: null } } }, errors: [denial] });

    const recorded = await hub.query('sw-garcia', RECORD, {
      input: {
        youthId,
        grantor: 'YOUTH',
        categories: ['SUBSTANCE_USE'],
        recipientAgencies: ['PROBATION'],
        purposes: ['CARE_COORDINATION'],
        effectiveFrom: new Date(Date.now() - 60_000).toISOString(),
        formReference: 'SUD-ROI-42CFR2-0001',
      },
    });
    const consentId = recorded.json.data.recordConsent.id;

    const released = await hub.query('po-nguyen', SU, { id: youthId });
    expect(released.json.errors).toBeUndefined();
    expect(released.json.data.youth.health.substanceUse.programName).toBeTruthy();
    expect(released.json.data.youth.health.substanceUse.redisclosureNotice).toBe(PART2_NOTICE);
    // The 2024 rule: the notice carries the scope of the consent the release was made under (42 CFR 2.32(a)(2)).
    expect(released.json.extensions).toEqual({
      obligations: [
        {
          code: 'PART2_REDISCLOSURE_NOTICE',
          text: PART2_NOTICE,
          consentScope: [expect.stringContaining(`Consent ${consentId} (form SUD-ROI-42CFR2-0001)`)],
        },
      ],
    });

    await hub.query('sw-garcia', REVOKE, { id: consentId });
    const after = await hub.query('po-nguyen', SU, { id: youthId });
    expect(after.json).toEqual({ data: { youth: { health: { substanceUse: null } } }, errors: [denial] });
  });

  it('are denied alike whether or not the youth is in treatment', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const servedByProbation = hub.world.youths.filter(
      (y) =>
        y.localIds.PROBATION &&
        y.localIds.HEALTH &&
        !hub.world.consents.some((c) => c.youthId === y.id) &&
        !hub.world.teams.some(
          (t) =>
            t.youthId === y.id && t.members.some((m) => m.personId === 'po-nguyen' && (!m.toDate || m.toDate >= today)),
        ),
    );
    const inTreatment = servedByProbation.find((y) =>
      hub.world.health.some((h) => h.youthId === y.id && h.substanceUse),
    );
    const notInTreatment = servedByProbation.find(
      (y) => !hub.world.health.some((h) => h.youthId === y.id && h.substanceUse),
    );
    expect(inTreatment && notInTreatment, 'the seed needs both kinds of youth').toBeTruthy();
    const [a, b] = await Promise.all([
      hub.query('po-nguyen', SU, { id: inTreatment!.id }),
      hub.query('po-nguyen', SU, { id: notInTreatment!.id }),
    ]);
    expect(a).toEqual(b);
    expect(a.json.errors).toEqual([denial]);
  });
});
