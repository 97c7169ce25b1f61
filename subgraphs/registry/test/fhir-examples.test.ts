import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { CW_ID, HUB } from './fhir-consent.ts';
import { refusal, startRegistry, type TestRegistry } from './registry.ts';

// The Consent examples of the FHIR R4 specification (fixtures/fhir-r4/README.md), as a health
// system might send them: which the hub refuses, and why.
const DIR = fileURLToPath(new URL('./fixtures/fhir-r4/', import.meta.url));
const EXAMPLES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f.replace('.json', ''), readFileSync(DIR + f, 'utf8')] as const);
const IMPORT = `mutation ($resource: String!, $for: Agency) { recordConsentFromFhir(resource: $resource) { grantor categories recipientAgencies purposes effectiveFrom effectiveTo formReference status fhir(forAgency: $for) } }`;
const V3 = 'http://terminology.hl7.org/CodeSystem';

describe.each(TEST_ENGINES)("FHIR R4's example consents on %s", (engine) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry(engine);
  });
  afterAll(() => registry?.close());

  it('refuses each as it stands, saying why', async () => {
    const answers: Record<string, unknown> = {};
    for (const [name, text] of EXAMPLES) {
      const { errors } = refusal(await registry.ask('sw-garcia', IMPORT, { resource: text }));
      answers[name] = errors.map((e: { problems?: string[]; message: string }) => e.problems ?? e.message);
    }
    expect(answers).toMatchInlineSnapshot(`
      {
        "consent-example-Emergency": [
          [
            "category must be a consent to share information, each coding one of http://loinc.org|59284-0, http://loinc.org|64292-6, http://terminology.hl7.org/CodeSystem/v3-ActCode|IDSCL, http://terminology.hl7.org/CodeSystem/v3-ActCode|INFA, http://terminology.hl7.org/CodeSystem/v3-ActCode|INFAO, http://terminology.hl7.org/CodeSystem/v3-ActCode|INFASO, http://terminology.hl7.org/CodeSystem/consentcategorycodes|hipaa-auth",
            "policyRule must be OPTIN (http://terminology.hl7.org/CodeSystem/v3-ActCode) when present: a hub consent opts in to sharing",
            "patient must carry the youth's identifier (system and value) at your agency or the hub's youth id; the hub holds no Patient resources",
            "performer must name the one who gave the consent: the patient (the youth), or a contained RelatedPerson",
            "provision.type must be permit (the hub records consents that open sharing), not absent",
            "provision.provision cannot be represented: a hub consent covers whole categories for its period",
            "provision must name the data it opens: provision.class (https://csec-mdt-hub.dev/fhir/CodeSystem/data-category) or provision.securityLabel",
            "provision.actor[0].role must be IRCP (information recipient, http://terminology.hl7.org/CodeSystem/v3-ParticipationType): a hub consent names who may receive",
            "provision.actor[0].reference must name an agency by identifier (system https://csec-mdt-hub.dev/fhir/sid/agency, value one of CHILD_WELFARE, PROBATION, HEALTH, EDUCATION, DISTRICT_ATTORNEY, PUBLIC_DEFENDER, COMMUNITY, LAW_ENFORCEMENT, HUB)",
            "provision.purpose http://terminology.hl7.org/CodeSystem/v3-ActReason|ETREAT is not a purpose the hub knows (HL7 v3 ActReason COC, BTG, HCOMPL, HLEGAL, or https://csec-mdt-hub.dev/fhir/CodeSystem/purpose-of-use)",
            "provision.period.start is required: the day the consent begins",
          ],
        ],
        "consent-example-Out": [
          [
            "policyRule must be OPTIN (http://terminology.hl7.org/CodeSystem/v3-ActCode) when present: a hub consent opts in to sharing",
            "patient must carry the youth's identifier (system and value) at your agency or the hub's youth id; the hub holds no Patient resources",
            "performer must name the one who gave the consent: the patient (the youth), or a contained RelatedPerson",
            "provision.type must be permit (the hub records consents that open sharing), not absent",
            "provision must name the data it opens: provision.class (https://csec-mdt-hub.dev/fhir/CodeSystem/data-category) or provision.securityLabel",
            "provision.actor[0].role must be IRCP (information recipient, http://terminology.hl7.org/CodeSystem/v3-ParticipationType): a hub consent names who may receive",
            "provision.actor[0].reference must name an agency by identifier (system https://csec-mdt-hub.dev/fhir/sid/agency, value one of CHILD_WELFARE, PROBATION, HEALTH, EDUCATION, DISTRICT_ATTORNEY, PUBLIC_DEFENDER, COMMUNITY, LAW_ENFORCEMENT, HUB)",
            "provision.purpose must name at least one purpose of use",
            "provision.period.start is required: the day the consent begins",
          ],
        ],
        "consent-example-basic": [
          [
            "patient must carry the youth's identifier (system and value) at your agency or the hub's youth id; the hub holds no Patient resources",
            "performer must name the one who gave the consent: the patient (the youth), or a contained RelatedPerson",
            "provision must name the data it opens: provision.class (https://csec-mdt-hub.dev/fhir/CodeSystem/data-category) or provision.securityLabel",
            "provision.actor must name at least one recipient agency",
            "provision.purpose must name at least one purpose of use",
          ],
        ],
        "consent-example-grantor": [
          [
            "policyRule must be OPTIN (http://terminology.hl7.org/CodeSystem/v3-ActCode) when present: a hub consent opts in to sharing",
            "patient must carry the youth's identifier (system and value) at your agency or the hub's youth id; the hub holds no Patient resources",
            "performer must name the one who gave the consent: the patient (the youth), or a contained RelatedPerson",
            "provision.type must be permit (the hub records consents that open sharing), not absent",
            "provision must name the data it opens: provision.class (https://csec-mdt-hub.dev/fhir/CodeSystem/data-category) or provision.securityLabel",
            "provision.actor[0].role must be IRCP (information recipient, http://terminology.hl7.org/CodeSystem/v3-ParticipationType): a hub consent names who may receive",
            "provision.actor[0].reference must name an agency by identifier (system https://csec-mdt-hub.dev/fhir/sid/agency, value one of CHILD_WELFARE, PROBATION, HEALTH, EDUCATION, DISTRICT_ATTORNEY, PUBLIC_DEFENDER, COMMUNITY, LAW_ENFORCEMENT, HUB)",
            "provision.actor[1].reference must name an agency by identifier (system https://csec-mdt-hub.dev/fhir/sid/agency, value one of CHILD_WELFARE, PROBATION, HEALTH, EDUCATION, DISTRICT_ATTORNEY, PUBLIC_DEFENDER, COMMUNITY, LAW_ENFORCEMENT, HUB)",
            "provision.purpose must name at least one purpose of use",
            "provision.period.start is required: the day the consent begins",
          ],
        ],
        "consent-example-notAuthor": [
          [
            "patient must carry the youth's identifier (system and value) at your agency or the hub's youth id; the hub holds no Patient resources",
            "performer must name the one who gave the consent: the patient (the youth), or a contained RelatedPerson",
            "provision must name the data it opens: provision.class (https://csec-mdt-hub.dev/fhir/CodeSystem/data-category) or provision.securityLabel",
            "provision.actor[0].role must be IRCP (information recipient, http://terminology.hl7.org/CodeSystem/v3-ParticipationType): a hub consent names who may receive",
            "provision.actor[0].reference must name an agency by identifier (system https://csec-mdt-hub.dev/fhir/sid/agency, value one of CHILD_WELFARE, PROBATION, HEALTH, EDUCATION, DISTRICT_ATTORNEY, PUBLIC_DEFENDER, COMMUNITY, LAW_ENFORCEMENT, HUB)",
            "provision.purpose must name at least one purpose of use",
            "provision.period.start is required: the day the consent begins",
          ],
        ],
        "consent-example-notOrg": [
          [
            "patient must carry the youth's identifier (system and value) at your agency or the hub's youth id; the hub holds no Patient resources",
            "performer must name the one who gave the consent: the patient (the youth), or a contained RelatedPerson",
            "provision.type must be permit (the hub records consents that open sharing), not deny",
            "provision.action must be access, use, disclose (http://terminology.hl7.org/CodeSystem/consentaction): a hub consent opens reading",
            "provision must name the data it opens: provision.class (https://csec-mdt-hub.dev/fhir/CodeSystem/data-category) or provision.securityLabel",
            "provision.actor[0].reference must name an agency by identifier (system https://csec-mdt-hub.dev/fhir/sid/agency, value one of CHILD_WELFARE, PROBATION, HEALTH, EDUCATION, DISTRICT_ATTORNEY, PUBLIC_DEFENDER, COMMUNITY, LAW_ENFORCEMENT, HUB)",
            "provision.purpose must name at least one purpose of use",
            "provision.period.start is required: the day the consent begins",
          ],
        ],
        "consent-example-notThem": [
          [
            "patient must carry the youth's identifier (system and value) at your agency or the hub's youth id; the hub holds no Patient resources",
            "performer must name the one who gave the consent: the patient (the youth), or a contained RelatedPerson",
            "provision.action must be access, use, disclose (http://terminology.hl7.org/CodeSystem/consentaction): a hub consent opens reading",
            "provision must name the data it opens: provision.class (https://csec-mdt-hub.dev/fhir/CodeSystem/data-category) or provision.securityLabel",
            "provision.actor[0].reference must name an agency by identifier (system https://csec-mdt-hub.dev/fhir/sid/agency, value one of CHILD_WELFARE, PROBATION, HEALTH, EDUCATION, DISTRICT_ATTORNEY, PUBLIC_DEFENDER, COMMUNITY, LAW_ENFORCEMENT, HUB)",
            "provision.purpose must name at least one purpose of use",
            "provision.period.start is required: the day the consent begins",
          ],
        ],
        "consent-example-notThis": [
          [
            "patient must carry the youth's identifier (system and value) at your agency or the hub's youth id; the hub holds no Patient resources",
            "performer must name the one who gave the consent: the patient (the youth), or a contained RelatedPerson",
            "provision.data cannot be represented: a hub consent covers whole categories for its period",
            "provision must name the data it opens: provision.class (https://csec-mdt-hub.dev/fhir/CodeSystem/data-category) or provision.securityLabel",
            "provision.actor must name at least one recipient agency",
            "provision.purpose must name at least one purpose of use",
            "provision.period.start is required: the day the consent begins",
          ],
        ],
        "consent-example-notTime": [
          [
            "patient must carry the youth's identifier (system and value) at your agency or the hub's youth id; the hub holds no Patient resources",
            "performer must name the one who gave the consent: the patient (the youth), or a contained RelatedPerson",
            "provision must name the data it opens: provision.class (https://csec-mdt-hub.dev/fhir/CodeSystem/data-category) or provision.securityLabel",
            "provision.actor must name at least one recipient agency",
            "provision.purpose must name at least one purpose of use",
          ],
        ],
        "consent-example-pkb": [
          [
            "policyRule must be OPTIN (http://terminology.hl7.org/CodeSystem/v3-ActCode) when present: a hub consent opts in to sharing",
            "patient must carry the youth's identifier (system and value) at your agency or the hub's youth id; the hub holds no Patient resources",
            "performer must name the one who gave the consent: the patient (the youth), or a contained RelatedPerson",
            "sourceReference or sourceAttachment must name the signed form kept on file",
            "provision.type must be permit (the hub records consents that open sharing), not absent",
            "provision.provision cannot be represented: a hub consent covers whole categories for its period",
            "provision.securityLabel http://terminology.hl7.org/CodeSystem/v3-Confidentiality|N is not a sensitivity the hub knows (HL7 v3 ActCode DEMO, SOC, LOCIS, SDV, MH, PSYTHPN, ETH, SEX, or https://csec-mdt-hub.dev/fhir/CodeSystem/data-category)",
            "provision.actor[0].reference must name an agency by identifier (system https://csec-mdt-hub.dev/fhir/sid/agency, value one of CHILD_WELFARE, PROBATION, HEALTH, EDUCATION, DISTRICT_ATTORNEY, PUBLIC_DEFENDER, COMMUNITY, LAW_ENFORCEMENT, HUB)",
            "provision.purpose must name at least one purpose of use",
            "provision.period.start is required: the day the consent begins",
          ],
        ],
        "consent-example-signature": [
          [
            "category must be a consent to share information, each coding one of http://loinc.org|59284-0, http://loinc.org|64292-6, http://terminology.hl7.org/CodeSystem/v3-ActCode|IDSCL, http://terminology.hl7.org/CodeSystem/v3-ActCode|INFA, http://terminology.hl7.org/CodeSystem/v3-ActCode|INFAO, http://terminology.hl7.org/CodeSystem/v3-ActCode|INFASO, http://terminology.hl7.org/CodeSystem/consentcategorycodes|hipaa-auth",
            "patient must carry the youth's identifier (system and value) at your agency or the hub's youth id; the hub holds no Patient resources",
            "sourceReference or sourceAttachment must name the signed form kept on file",
            "provision.provision cannot be represented: a hub consent covers whole categories for its period",
            "provision must name the data it opens: provision.class (https://csec-mdt-hub.dev/fhir/CodeSystem/data-category) or provision.securityLabel",
            "provision.actor[0].reference must name an agency by identifier (system https://csec-mdt-hub.dev/fhir/sid/agency, value one of CHILD_WELFARE, PROBATION, HEALTH, EDUCATION, DISTRICT_ATTORNEY, PUBLIC_DEFENDER, COMMUNITY, LAW_ENFORCEMENT, HUB)",
            "provision.purpose must name at least one purpose of use",
          ],
        ],
        "consent-example-smartonfhir": [
          [
            "patient must carry the youth's identifier (system and value) at your agency or the hub's youth id; the hub holds no Patient resources",
            "performer must be the patient, or a contained RelatedPerson whose relationship is http://terminology.hl7.org/CodeSystem/v3-RoleCode|GUARD or https://csec-mdt-hub.dev/fhir/CodeSystem/consent-grantor|GUARDIAN or ATTORNEY",
            "sourceReference or sourceAttachment must name the signed form kept on file",
            "provision.provision cannot be represented: a hub consent covers whole categories for its period",
            "provision must name the data it opens: provision.class (https://csec-mdt-hub.dev/fhir/CodeSystem/data-category) or provision.securityLabel",
            "provision.actor must name at least one recipient agency",
            "provision.purpose must name at least one purpose of use",
          ],
        ],
      }
    `);
  });

  it('records the basic example given what a hub consent needs, and reads it back as expired', async () => {
    const basic = JSON.parse(EXAMPLES.find(([name]) => name === 'consent-example-basic')![1]);
    const patient = { system: CW_ID, value: 'CW-100000' };
    const resource = {
      ...basic,
      patient: { identifier: patient },
      performer: [{ type: 'Patient', identifier: patient }],
      provision: {
        ...basic.provision,
        actor: [
          {
            role: { coding: [{ system: `${V3}/v3-ParticipationType`, code: 'IRCP' }] },
            reference: { identifier: { system: `${HUB}/sid/agency`, value: 'HEALTH' } },
          },
        ],
        purpose: [{ system: `${V3}/v3-ActReason`, code: 'COC' }],
        securityLabel: [{ system: `${V3}/v3-ActCode`, code: 'DEMO' }],
      },
    };
    const { data, errors } = await registry.ask('sw-garcia', IMPORT, { resource: JSON.stringify(resource) });
    expect(errors).toBeUndefined();
    const { fhir, ...consent } = data.recordConsentFromFhir;
    expect(consent).toEqual({
      grantor: 'YOUTH',
      categories: ['IDENTITY'],
      recipientAgencies: ['HEALTH'],
      purposes: ['CARE_COORDINATION'],
      effectiveFrom: '1964-01-01T08:00:00.000Z',
      effectiveTo: '2016-01-02T08:00:00.000Z', // to the end of the last day, in the county
      formReference: 'The terms of the consent in lawyer speak.',
      status: 'EXPIRED',
    });
    const back = JSON.parse(fhir);
    expect([back.status, back.provision.period]).toEqual(['inactive', basic.provision.period]);
  });
});
