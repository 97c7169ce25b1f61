import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../src/hub.ts';

// A health system's FHIR Consent through the gateway: recorded by the youth's social worker from
// FHIR, it opens the cell it names on the very next request, and the recipient reads it back as
// FHIR with its own number for the youth.
const PLACEMENTS = `query ($id: ID!) { youth(id: $id) { childWelfare { placements { kind } } } }`;
const IMPORT = `mutation ($resource: String!) { recordConsentFromFhir(resource: $resource) { id status categories recipientAgencies grantor recordedBy } }`;
const READ = `query ($id: ID!) { youth(id: $id) { consents { id fhir } } }`;
const V3 = 'http://terminology.hl7.org/CodeSystem';
const HUB = 'https://csec-mdt-hub.dev/fhir';

let hub: Hub;
let youthId: string;
beforeAll(async () => {
  hub = await startHub({ youths: 10 });
  youthId = hub.world.youths[0]!.id; // the survivor mentor is on this youth's team
});
afterAll(() => hub?.close());

const consent = (cwNumber: string) => ({
  resourceType: 'Consent',
  status: 'active',
  scope: { coding: [{ system: `${V3}/consentscope`, code: 'patient-privacy' }] },
  category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }],
  patient: { identifier: { system: `${HUB}/sid/local-id/child-welfare`, value: cwNumber } },
  performer: [{ identifier: { system: `${HUB}/sid/local-id/child-welfare`, value: cwNumber } }],
  sourceReference: { identifier: { value: 'CSEC-ROI-2026-0101' } },
  policyRule: { coding: [{ system: `${V3}/v3-ActCode`, code: 'OPTIN' }] },
  provision: {
    period: { start: new Date(Date.now() - 3_600_000).toISOString() },
    actor: [
      {
        role: { coding: [{ system: `${V3}/v3-ParticipationType`, code: 'IRCP' }] },
        reference: { identifier: { system: `${HUB}/sid/agency`, value: 'COMMUNITY' } },
      },
    ],
    purpose: [{ system: `${V3}/v3-ActReason`, code: 'COC' }],
    class: [{ system: `${HUB}/CodeSystem/data-category`, code: 'PLACEMENT' }],
  },
});

describe('FHIR Consent through the gateway', () => {
  it('records a consent from FHIR that opens placements to the mentor, who reads it back as FHIR', async () => {
    const before = await hub.query('mentor-lee', PLACEMENTS, { id: youthId });
    expect(before.json.errors[0].extensions.reason).toBe('CONSENT_REQUIRED');

    const number = hub.world.youths[0]!.localIds.CHILD_WELFARE!;
    const recorded = await hub.query('sw-garcia', IMPORT, { resource: JSON.stringify(consent(number)) });
    expect(recorded.json.errors).toBeUndefined();
    const { id, ...fields } = recorded.json.data.recordConsentFromFhir;
    expect(fields).toEqual({
      status: 'ACTIVE',
      categories: ['PLACEMENT'],
      recipientAgencies: ['COMMUNITY'],
      grantor: 'YOUTH',
      recordedBy: 'sw-garcia',
    });

    const opened = await hub.query('mentor-lee', PLACEMENTS, { id: youthId });
    expect(opened.json.errors).toBeUndefined();
    expect(opened.json.data.youth.childWelfare.placements.length).toBeGreaterThan(0);

    // The community partner holds no number for the youth: it asks for the hub's id.
    const read = await hub.query(
      'mentor-lee',
      `query ($id: ID!) { youth(id: $id) { consents { id fhir(forAgency: HUB) } } }`,
      { id: youthId },
    );
    const mine = read.json.data.youth.consents.find((c: { id: string }) => c.id === id);
    const resource = JSON.parse(mine.fhir);
    expect([resource.status, resource.patient, resource.provision.actor[0].reference.identifier]).toEqual([
      'active',
      { type: 'Patient', identifier: { system: `${HUB}/sid/youth`, value: youthId } },
      { system: `${HUB}/sid/agency`, value: 'COMMUNITY' },
    ]);
    const own = await hub.query('sw-garcia', READ, { id: youthId });
    const social = own.json.data.youth.consents.find((c: { id: string }) => c.id === id);
    expect(JSON.parse(social.fhir).patient.identifier.value).toBe(number);
  });

  it("refuses another agency's number for the youth, and answers an unknown number as an unknown youth", async () => {
    const officer = await hub.query('po-nguyen', IMPORT, { resource: JSON.stringify(consent('CW-100000')) });
    expect(
      officer.json.errors.map((e: { message: string; extensions: { code: string } }) => [e.extensions.code, e.message]),
    ).toEqual([
      [
        'BAD_USER_INPUT',
        `patient.identifier.system must be ${HUB}/sid/local-id/probation (your agency's) or ${HUB}/sid/youth (the hub's youth id): another agency's number for a youth is not yours to see`,
      ],
    ]);
    const unknown = await hub.query('sw-garcia', IMPORT, { resource: JSON.stringify(consent('CW-999999')) });
    expect(unknown.json.errors.map((e: { message: string }) => e.message)).toEqual([
      'No such youth or consent, or it is not on your caseload',
    ]);
  });
});
