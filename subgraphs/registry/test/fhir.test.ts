import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { structureProblems } from '../src/fhir/validate.ts';
import { refusal, startRegistry, type TestRegistry } from './registry.ts';

const FIELDS = 'id grantor categories recipientAgencies purposes effectiveFrom effectiveTo formReference status';
const RECORD = `mutation ($input: RecordConsentInput!, $for: Agency) { recordConsent(input: $input) { ${FIELDS} fhir(forAgency: $for) } }`;
const IMPORT = `mutation ($resource: String!, $for: Agency) { recordConsentFromFhir(resource: $resource) { ${FIELDS} fhir(forAgency: $for) } }`;

/** The parts of an export that belong to the one record, not to its terms. */
const terms = (json: string) => {
  const { id: _id, identifier: _identifier, dateTime: _dateTime, ...rest } = JSON.parse(json);
  return rest;
};

const sorted = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v]));

/** Consents recorded through the form by each who may manage them, of every grantor, in several mixes. */
const MIXES: [string, Record<string, unknown>][] = [
  [
    'sw-garcia',
    {
      grantor: 'YOUTH',
      categories: ['SUBSTANCE_USE', 'PLACEMENT', 'MENTAL_HEALTH'],
      recipientAgencies: ['HEALTH', 'COMMUNITY'],
      purposes: ['CARE_COORDINATION'],
      effectiveFrom: '2026-11-01',
      effectiveTo: '2027-03-14', // the county springs forward that day; it starts on the day it falls back
    },
  ],
  [
    'coord-ortiz',
    {
      grantor: 'GUARDIAN',
      categories: ['SAFETY_PLAN', 'CHILD_WELFARE_CASE', 'EDUCATION'],
      recipientAgencies: ['PROBATION', 'EDUCATION'],
      purposes: ['COURT_ORDERED', 'CARE_COORDINATION'],
      effectiveFrom: '2026-12-02T17:30:00Z',
      effectiveTo: '2027-06-01T08:15:00.250Z',
    },
  ],
  [
    'pd-cohen',
    {
      grantor: 'ATTORNEY',
      categories: ['DELINQUENCY', 'VICTIM_WITNESS', 'CSEC_INDICATORS'],
      recipientAgencies: ['DISTRICT_ATTORNEY'],
      purposes: ['PROSECUTION', 'EMERGENCY'],
      effectiveFrom: '2026-12-01',
    },
  ],
  [
    'sw-garcia',
    {
      grantor: 'YOUTH',
      categories: ['RUNAWAY', 'MDT_NOTES', 'PLACEMENT', 'SAFETY_PLAN', 'CHILD_WELFARE_CASE', 'SEXUAL_HEALTH'],
      recipientAgencies: ['COMMUNITY', 'HUB', 'CHILD_WELFARE'],
      purposes: ['PROSECUTION', 'COURT_ORDERED'],
      effectiveFrom: '2026-10-31T23:59:59-07:00',
      effectiveTo: '2026-12-31',
    },
  ],
];

describe.each(TEST_ENGINES)('FHIR Consent on %s', (engine) => {
  let registry: TestRegistry;
  let youthId: string;
  beforeAll(async () => {
    registry = await startRegistry(engine);
    youthId = registry.world.youths[0]!.id; // every manager persona is on this youth's team
  });
  afterAll(() => registry?.close());

  it.each(MIXES)(
    'round-trips a consent %s recorded (export, import, export: the same terms)',
    async (persona, input) => {
      const form = await registry.ask(persona, RECORD, {
        input: { ...input, youthId, formReference: 'CSEC-ROI-2026-0042' },
      });
      expect(form.errors).toBeUndefined();
      const first = form.data.recordConsent.fhir as string;
      expect(structureProblems(JSON.parse(first))).toEqual([]);

      const imported = await registry.ask(persona, IMPORT, { resource: first });
      expect(imported.errors).toBeUndefined();
      const { id, fhir, ...fields } = imported.data.recordConsentFromFhir;
      const { id: formId, fhir: _formFhir, ...formFields } = form.data.recordConsent;
      expect(id).not.toBe(formId);
      expect(sorted(fields)).toEqual(sorted(formFields)); // the export lists each in the vocabulary's order
      expect(terms(fhir)).toEqual(terms(first));
    },
  );

  it('says a day as a day, and the last day inclusive, in the county', async () => {
    const { data } = await registry.ask('sw-garcia', RECORD, {
      input: { ...MIXES[0]![1], youthId, formReference: 'F-1' },
    });
    // Stored: from the county's midnight to the next midnight after the last day (exclusive).
    expect([data.recordConsent.effectiveFrom, data.recordConsent.effectiveTo]).toEqual([
      '2026-11-01T07:00:00.000Z',
      '2027-03-15T07:00:00.000Z',
    ]);
    expect(JSON.parse(data.recordConsent.fhir).provision.period).toEqual({ start: '2026-11-01', end: '2027-03-14' });
  });

  it('exports the whole resource, naming the youth only by their identifier at the agency', async () => {
    const { data } = await registry.ask('coord-ortiz', RECORD, {
      input: { ...MIXES[1]![1], youthId, formReference: 'CSEC-ROI-2026-0077' },
    });
    const resource = JSON.parse(data.recordConsent.fhir);
    expect(resource.id).toBe(data.recordConsent.id);
    expect({ ...resource, id: 'ID', identifier: 'IDENTIFIER', dateTime: 'RECORDED' }).toMatchInlineSnapshot(`
      {
        "category": [
          {
            "coding": [
              {
                "code": "59284-0",
                "display": "Patient Consent",
                "system": "http://loinc.org",
              },
            ],
          },
          {
            "coding": [
              {
                "code": "IDSCL",
                "display": "information disclosure",
                "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
              },
            ],
          },
        ],
        "contained": [
          {
            "id": "grantor",
            "patient": {
              "identifier": {
                "system": "https://csec-mdt-hub.dev/fhir/sid/youth",
                "value": "187d5535-e0c0-4b0b-9368-a763f55903d0",
              },
              "type": "Patient",
            },
            "relationship": [
              {
                "coding": [
                  {
                    "code": "GUARD",
                    "display": "guardian",
                    "system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                  },
                  {
                    "code": "GUARDIAN",
                    "display": "guardian",
                    "system": "https://csec-mdt-hub.dev/fhir/CodeSystem/consent-grantor",
                  },
                ],
              },
            ],
            "resourceType": "RelatedPerson",
          },
        ],
        "dateTime": "RECORDED",
        "id": "ID",
        "identifier": "IDENTIFIER",
        "organization": [
          {
            "display": "the MDT hub",
            "identifier": {
              "system": "https://csec-mdt-hub.dev/fhir/sid/agency",
              "value": "HUB",
            },
            "type": "Organization",
          },
        ],
        "patient": {
          "identifier": {
            "system": "https://csec-mdt-hub.dev/fhir/sid/youth",
            "value": "187d5535-e0c0-4b0b-9368-a763f55903d0",
          },
          "type": "Patient",
        },
        "performer": [
          {
            "reference": "#grantor",
            "type": "RelatedPerson",
          },
        ],
        "policyRule": {
          "coding": [
            {
              "code": "OPTIN",
              "display": "opt-in",
              "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
            },
          ],
        },
        "provision": {
          "action": [
            {
              "coding": [
                {
                  "code": "access",
                  "display": "Access",
                  "system": "http://terminology.hl7.org/CodeSystem/consentaction",
                },
              ],
            },
          ],
          "actor": [
            {
              "reference": {
                "display": "Probation",
                "identifier": {
                  "system": "https://csec-mdt-hub.dev/fhir/sid/agency",
                  "value": "PROBATION",
                },
                "type": "Organization",
              },
              "role": {
                "coding": [
                  {
                    "code": "IRCP",
                    "display": "information recipient",
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                  },
                ],
              },
            },
            {
              "reference": {
                "display": "Education",
                "identifier": {
                  "system": "https://csec-mdt-hub.dev/fhir/sid/agency",
                  "value": "EDUCATION",
                },
                "type": "Organization",
              },
              "role": {
                "coding": [
                  {
                    "code": "IRCP",
                    "display": "information recipient",
                    "system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                  },
                ],
              },
            },
          ],
          "class": [
            {
              "code": "CHILD_WELFARE_CASE",
              "display": "child-welfare case records",
              "system": "https://csec-mdt-hub.dev/fhir/CodeSystem/data-category",
            },
            {
              "code": "SAFETY_PLAN",
              "display": "the safety plan",
              "system": "https://csec-mdt-hub.dev/fhir/CodeSystem/data-category",
            },
            {
              "code": "EDUCATION",
              "display": "education records",
              "system": "https://csec-mdt-hub.dev/fhir/CodeSystem/data-category",
            },
          ],
          "period": {
            "end": "2027-06-01T08:15:00.250Z",
            "start": "2026-12-02T17:30:00.000Z",
          },
          "purpose": [
            {
              "code": "COC",
              "display": "coordination of care",
              "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
            },
            {
              "code": "HLEGAL",
              "display": "legal",
              "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason",
            },
            {
              "code": "COURT_ORDERED",
              "display": "under a court order",
              "system": "https://csec-mdt-hub.dev/fhir/CodeSystem/purpose-of-use",
            },
          ],
          "securityLabel": [
            {
              "code": "SOC",
              "display": "social services information sensitivity",
              "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
            },
            {
              "code": "EDUCATION",
              "display": "education records",
              "system": "https://csec-mdt-hub.dev/fhir/CodeSystem/data-category",
            },
          ],
          "type": "permit",
        },
        "resourceType": "Consent",
        "scope": {
          "coding": [
            {
              "code": "patient-privacy",
              "display": "Privacy Consent",
              "system": "http://terminology.hl7.org/CodeSystem/consentscope",
            },
          ],
        },
        "sourceReference": {
          "display": "The signed consent form",
          "identifier": {
            "system": "https://csec-mdt-hub.dev/fhir/sid/consent-form",
            "value": "CSEC-ROI-2026-0077",
          },
          "type": "DocumentReference",
        },
        "status": "active",
      }
    `);
    const youth = registry.world.youths[0]!;
    for (const name of [youth.givenName, youth.familyName]) expect(data.recordConsent.fhir).not.toContain(name);
  });

  it("exports for the viewer's own agency or the hub only, by the hub's id where the agency has no number for the youth", async () => {
    const { data } = await registry.ask('sw-garcia', RECORD, {
      input: { ...MIXES[0]![1], youthId, formReference: 'F-2' },
    });
    const id = data.recordConsent.id;
    const read = (persona: string, forAgency?: string) =>
      registry.ask(
        persona,
        `query ($y: ID!, $for: Agency) { youth(id: $y) { consents { id fhir(forAgency: $for) } } }`,
        {
          y: youthId,
          ...(forAgency ? { for: forAgency } : {}),
        },
      );
    const own = await read('sw-garcia');
    const mine = own.data.youth.consents.find((c: { id: string }) => c.id === id);
    expect(JSON.parse(mine.fhir).patient).toEqual({
      type: 'Patient',
      identifier: { system: 'https://csec-mdt-hub.dev/fhir/sid/local-id/child-welfare', value: 'CW-100000' },
    });
    const hub = await read('sw-garcia', 'HUB');
    expect(
      JSON.parse(hub.data.youth.consents.find((c: { id: string }) => c.id === id).fhir).patient.identifier,
    ).toEqual({
      system: 'https://csec-mdt-hub.dev/fhir/sid/youth',
      value: youthId,
    });
    const other = await read('sw-garcia', 'HEALTH');
    expect(refusal(other).errors[0]).toMatchInlineSnapshot(`
      {
        "code": "BAD_USER_INPUT",
        "message": "forAgency must be CHILD_WELFARE (yours) or HUB: another agency's number for a youth is not yours to see",
      }
    `);
    // The community partner is on the team and named in the consent, but holds no number for the youth.
    const mentor = await read('mentor-lee');
    expect(mentor.errors).toBeUndefined();
    const theirs = mentor.data.youth.consents.find((c: { id: string }) => c.id === id);
    expect(JSON.parse(theirs.fhir).patient.identifier).toEqual({
      system: 'https://csec-mdt-hub.dev/fhir/sid/youth',
      value: youthId,
    });
  });
  it('exports a revoked consent as inactive with the instant it was revoked, which import refuses', async () => {
    const { data } = await registry.ask('sw-garcia', RECORD, {
      input: { ...MIXES[0]![1], youthId, formReference: 'F-3' },
    });
    const revoke = `mutation ($id: ID!) { revokeConsent(id: $id, reason: "The youth withdrew it") { status revokedAt fhir } }`;
    const revoked = (await registry.ask('sw-garcia', revoke, { id: data.recordConsent.id })).data.revokeConsent;
    const resource = JSON.parse(revoked.fhir);
    expect([revoked.status, resource.status, resource.extension]).toEqual([
      'REVOKED',
      'inactive',
      [{ url: 'https://csec-mdt-hub.dev/fhir/StructureDefinition/consent-revoked', valueDateTime: revoked.revokedAt }],
    ]);
    expect(structureProblems(resource)).toEqual([]);
    const again = await registry.ask('sw-garcia', IMPORT, { resource: revoked.fhir });
    expect(refusal(again).errors[0].problems).toEqual([
      'status must be active, not inactive: only a consent in force is recorded',
      'a revoked consent cannot be recorded',
    ]);
  });
});
