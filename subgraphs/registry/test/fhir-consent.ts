// A small FHIR R4 Consent the hub can record, for tests to break one part at a time.

export const HUB = 'https://csec-mdt-hub.dev/fhir';
export const CW_ID = `${HUB}/sid/local-id/child-welfare`;
const V3 = 'http://terminology.hl7.org/CodeSystem';

export interface ConsentJson {
  resourceType: 'Consent';
  [key: string]: any;
}

/** A youth's consent to share placement records with community partners for care coordination. */
export function minimalConsent(patient: { system: string; value: string }): ConsentJson {
  return {
    resourceType: 'Consent',
    status: 'active',
    scope: { coding: [{ system: `${V3}/consentscope`, code: 'patient-privacy' }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }],
    patient: { identifier: patient },
    performer: [{ type: 'Patient', identifier: patient }],
    sourceAttachment: { title: 'ROI-2026-0099' },
    policyRule: { coding: [{ system: `${V3}/v3-ActCode`, code: 'OPTIN' }] },
    provision: {
      type: 'permit',
      period: { start: '2026-12-01' },
      actor: [
        {
          role: { coding: [{ system: `${V3}/v3-ParticipationType`, code: 'IRCP' }] },
          reference: { identifier: { system: `${HUB}/sid/agency`, value: 'COMMUNITY' } },
        },
      ],
      purpose: [{ system: `${V3}/v3-ActReason`, code: 'COC' }],
      securityLabel: [{ system: `${V3}/v3-ActCode`, code: 'LOCIS' }],
      class: [{ system: `${HUB}/CodeSystem/data-category`, code: 'PLACEMENT' }],
    },
  };
}

/** A copy with changes made by a function (the consent is deep-copied first). */
export function changed(consent: ConsentJson, change: (c: ConsentJson) => void): string {
  const copy = structuredClone(consent);
  change(copy);
  return JSON.stringify(copy);
}
