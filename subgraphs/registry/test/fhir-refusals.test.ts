import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { consentsOf } from '../src/db/queries.ts';
import { changed, CW_ID, HUB, minimalConsent, type ConsentJson } from './fhir-consent.ts';
import { refusal, startRegistry, type TestRegistry } from './registry.ts';

const IMPORT = `mutation ($resource: String!) { recordConsentFromFhir(resource: $resource) { id } }`;
const V3 = 'http://terminology.hl7.org/CodeSystem';
const CATEGORY = `${HUB}/CodeSystem/data-category`;
const youth0 = { system: CW_ID, value: 'CW-100000' };

/** A refusal of the FHIR reading, of the form's own rules (after the youth resolves), or a plain one. */
const fhir = (...problems: string[]) => ({
  code: 'BAD_USER_INPUT',
  message: `FHIR Consent not recorded: ${problems.join('; ')}`,
  problems,
});
const form = (...problems: string[]) => ({
  ...fhir(...problems),
  message: `Consent not recorded: ${problems.join('; ')}`,
});

const REFUSED: [string, (c: ConsentJson) => string, object][] = [
  ['text that is not JSON', () => '{"resourceType": "Consent",', fhir('resource is not JSON')],
  [
    'another resource type',
    () => JSON.stringify({ resourceType: 'Patient', id: 'p' }),
    fhir('resource must be a FHIR R4 Consent (resourceType "Consent")'),
  ],
  [
    'what R4 itself refuses (a malformed date, an unknown element)',
    (c) =>
      changed(c, (x) => {
        x.provision.period.start = '12/01/2026';
        x.provision.signedBy = 'someone';
      }),
    fhir(
      'Consent.provision.period.start: Invalid dateTime format',
      'Consent.provision.signedBy: Invalid additional property "signedBy"',
    ),
  ],
  [
    'a draft',
    (c) => changed(c, (x) => (x.status = 'draft')),
    fhir('status must be active, not draft: only a consent in force is recorded'),
  ],
  [
    'a research consent',
    (c) => changed(c, (x) => (x.scope.coding[0].code = 'research')),
    fhir(`scope must be patient-privacy (${V3}/consentscope): the hub records privacy consents`),
  ],
  [
    'an unknown category code',
    (c) => changed(c, (x) => (x.category = [{ coding: [{ system: `${V3}/v3-ActCode`, code: 'EMRGONLY' }] }])),
    fhir(
      `category must be a consent to share information, each coding one of http://loinc.org|59284-0, http://loinc.org|64292-6, ${V3}/v3-ActCode|IDSCL, ${V3}/v3-ActCode|INFA, ${V3}/v3-ActCode|INFAO, ${V3}/v3-ActCode|INFASO, ${V3}/consentcategorycodes|hipaa-auth`,
    ),
  ],
  [
    'an opt-out policy',
    (c) => changed(c, (x) => (x.policyRule.coding[0].code = 'OPTOUT')),
    fhir(`policyRule must be OPTIN (${V3}/v3-ActCode) when present: a hub consent opts in to sharing`),
  ],
  [
    'an unknown purpose code',
    (c) => changed(c, (x) => (x.provision.purpose = [{ system: `${V3}/v3-ActReason`, code: 'ETREAT' }])),
    fhir(
      `provision.purpose ${V3}/v3-ActReason|ETREAT is not a purpose the hub knows (HL7 v3 ActReason COC, BTG, HCOMPL, HLEGAL, or ${HUB}/CodeSystem/purpose-of-use)`,
    ),
  ],
  [
    'HLEGAL alone (a court order, or prosecution?)',
    (c) => changed(c, (x) => (x.provision.purpose = [{ system: `${V3}/v3-ActReason`, code: 'HLEGAL' }])),
    fhir(
      `provision.purpose HLEGAL stands for COURT_ORDERED and PROSECUTION here: add a coding of ${HUB}/CodeSystem/purpose-of-use saying which`,
    ),
  ],
  [
    'an unknown security label',
    (c) => changed(c, (x) => (x.provision.securityLabel = [{ system: `${V3}/v3-Confidentiality`, code: 'R' }])),
    fhir(
      `provision.securityLabel ${V3}/v3-Confidentiality|R is not a sensitivity the hub knows (HL7 v3 ActCode DEMO, SOC, LOCIS, SDV, MH, PSYTHPN, ETH, SEX, or ${CATEGORY})`,
    ),
  ],
  [
    'SOC alone (three categories share it)',
    (c) =>
      changed(c, (x) => {
        x.provision.securityLabel = [{ system: `${V3}/v3-ActCode`, code: 'SOC' }];
        delete x.provision.class;
      }),
    fhir(
      `provision.securityLabel SOC stands for CHILD_WELFARE_CASE, SAFETY_PLAN, MDT_NOTES here: list the categories in provision.class (${CATEGORY})`,
    ),
  ],
  [
    'a label the class does not list',
    (c) => changed(c, (x) => x.provision.securityLabel.push({ system: `${V3}/v3-ActCode`, code: 'ETH' })),
    fhir(`provision.securityLabel ${V3}/v3-ActCode|ETH names data that provision.class does not list`),
  ],
  [
    'a missing period start',
    (c) => changed(c, (x) => (x.provision.period = { end: '2027-01-31' })),
    fhir('provision.period.start is required: the day the consent begins'),
  ],
  [
    'a month for a start',
    (c) => changed(c, (x) => (x.provision.period.start = '2026-12')),
    fhir('provision.period.start must be a day (YYYY-MM-DD) or a date-time with its time zone, not 2026-12'),
  ],
  [
    'a deny with a nested exception',
    (c) =>
      changed(c, (x) => {
        x.provision.type = 'deny';
        x.provision.provision = [{ type: 'permit' }];
      }),
    fhir(
      'provision.type must be permit (the hub records consents that open sharing), not deny',
      'provision.provision cannot be represented: a hub consent covers whole categories for its period',
    ),
  ],
  [
    'a custodian as the actor, by literal reference',
    (c) =>
      changed(c, (x) => {
        x.provision.actor = [
          {
            role: { coding: [{ system: `${V3}/v3-ParticipationType`, code: 'CST' }] },
            reference: { reference: 'Organization/f001' },
          },
        ];
      }),
    fhir(
      `provision.actor[0].role must be IRCP (information recipient, ${V3}/v3-ParticipationType): a hub consent names who may receive`,
      `provision.actor[0].reference must name an agency by identifier (system ${HUB}/sid/agency, value one of CHILD_WELFARE, PROBATION, HEALTH, EDUCATION, DISTRICT_ATTORNEY, PUBLIC_DEFENDER, COMMUNITY, LAW_ENFORCEMENT, HUB)`,
    ),
  ],
  [
    'a patient by literal reference (the performer is then no longer the patient)',
    (c) => changed(c, (x) => (x.patient = { reference: 'Patient/f001' })),
    fhir(
      "patient must carry the youth's identifier (system and value) at your agency or the hub's youth id; the hub holds no Patient resources",
      `performer must be the patient, or a contained RelatedPerson whose relationship is ${V3}/v3-RoleCode|GUARD or ${HUB}/CodeSystem/consent-grantor|GUARDIAN or ATTORNEY`,
    ),
  ],
  [
    'no performer and no form',
    (c) =>
      changed(c, (x) => {
        delete x.performer;
        delete x.sourceAttachment;
      }),
    fhir(
      'performer must name the one who gave the consent: the patient (the youth), or a contained RelatedPerson',
      'sourceReference or sourceAttachment must name the signed form kept on file',
    ),
  ],
  [
    "another agency's number for the youth",
    (c) =>
      changed(c, (x) => {
        x.patient.identifier = x.performer[0].identifier = {
          system: `${HUB}/sid/local-id/health`,
          value: 'MRN-100000',
        };
      }),
    {
      code: 'BAD_USER_INPUT',
      message: `patient.identifier.system must be ${CW_ID} (your agency's) or ${HUB}/sid/youth (the hub's youth id): another agency's number for a youth is not yours to see`,
    },
  ],
  // The form's own rules, once the youth resolves: recordConsent's very words.
  [
    'psychotherapy notes',
    (c) =>
      changed(c, (x) => {
        x.provision.class = [{ system: CATEGORY, code: 'PSYCHOTHERAPY_NOTES' }];
        x.provision.securityLabel = [{ system: `${V3}/v3-ActCode`, code: 'PSYTHPN' }];
      }),
    form(
      'a consent cannot cover PSYCHOTHERAPY_NOTES: psychotherapy notes need their own authorization to the treating clinician (45 CFR 164.508(a)(2))',
    ),
  ],
  [
    'attorney-client communications',
    (c) =>
      changed(c, (x) => {
        x.provision.class = [{ system: CATEGORY, code: 'ATTORNEY_CLIENT' }];
        delete x.provision.securityLabel;
      }),
    form(
      'a consent cannot cover ATTORNEY_CLIENT: attorney-client communications are privileged (Evidence Code 954); no consent opens them here',
    ),
  ],
  [
    "a guardian's consent to substance-use records",
    (c) =>
      changed(c, (x) => {
        const relationship = [{ coding: [{ system: `${V3}/v3-RoleCode`, code: 'GUARD' }] }];
        x.contained = [{ resourceType: 'RelatedPerson', id: 'g', patient: { identifier: youth0 }, relationship }];
        x.performer = [{ reference: '#g' }];
        x.provision.securityLabel = [{ system: `${V3}/v3-ActCode`, code: 'ETH' }];
        delete x.provision.class;
      }),
    form(
      'only the youth may consent to sharing SUBSTANCE_USE (minor-consent services; Family Code 6924-6929, 42 CFR 2.14)',
    ),
  ],
  [
    'the audit purpose',
    (c) => changed(c, (x) => (x.provision.purpose = [{ system: `${V3}/v3-ActReason`, code: 'HCOMPL' }])),
    form('AUDIT is not a purpose a consent opens: privacy officers see no records'),
  ],
];

describe.each(TEST_ENGINES)('recordConsentFromFhir refusals on %s', (engine) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry(engine);
  });
  afterAll(() => registry?.close());

  it.each(REFUSED)('refuses %s, naming what is wrong, and records nothing', async (_label, make, error) => {
    const youthId = registry.world.youths[0]!.id;
    const before = (await consentsOf(registry.database, [youthId])).length;
    const answer = await registry.ask('sw-garcia', IMPORT, { resource: make(minimalConsent(youth0)) });
    expect(refusal(answer)).toEqual({ data: null, errors: [error] });
    expect((await consentsOf(registry.database, [youthId])).length).toBe(before);
  });
});
