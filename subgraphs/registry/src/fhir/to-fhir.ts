import type { Consent, Identifier, Organization, Patient, Reference, RelatedPerson } from '@medplum/fhirtypes';
import { AGENCIES, AGENCY_LABEL, type Agency, type DataCategory, type PurposeOfUse } from '@hub/policies';
import type { ConsentRow } from '../db/schema.ts';
import { categoryCodings, inOrder, purposeCodings } from './codes.ts';
import { periodOf } from './period.ts';
import { REVOKED_EXTENSION, SYSTEM, WITHIN_TEAM_EXTENSION } from './systems.ts';

/** Status as R4 says it: a revoked or expired consent is no longer in force, `inactive`. */
export const FHIR_STATUS = {
  ACTIVE: 'active',
  REVOKED: 'inactive',
  EXPIRED: 'inactive',
  ENDED_WITH_TEAM: 'inactive',
} as const;

/** The grantor other than the youth, as a contained RelatedPerson's relationship. */
const RELATIONSHIP = {
  GUARDIAN: [
    { system: SYSTEM.roleCode, code: 'GUARD', display: 'guardian' },
    { system: SYSTEM.grantor, code: 'GUARDIAN', display: 'guardian' },
  ],
  // HL7 v3 RoleCode has no code for a youth's own attorney (POWATT is a power of attorney).
  ATTORNEY: [{ system: SYSTEM.grantor, code: 'ATTORNEY', display: "the youth's attorney" }],
} as const;

export const GRANTOR_ID = 'grantor';

export interface ExportContext {
  /** The youth's identifier at the agency the export is made for. */
  patient: Identifier;
  status: keyof typeof FHIR_STATUS;
  timeZone: string;
}

export const agencyReference = (agency: Agency): Reference<Organization> => ({
  type: 'Organization',
  identifier: { system: SYSTEM.agency, value: agency },
  display: AGENCY_LABEL[agency],
});

/** One consent as an R4 Consent resource; the youth appears only by the identifier given. */
export function consentToFhir(row: ConsentRow, ctx: ExportContext): Consent {
  const patient: Reference<Patient> = { type: 'Patient', identifier: ctx.patient };
  const grantor = row.grantor as 'YOUTH' | 'GUARDIAN' | 'ATTORNEY';
  const contained: RelatedPerson[] =
    grantor === 'YOUTH'
      ? []
      : [
          {
            resourceType: 'RelatedPerson',
            id: GRANTOR_ID,
            patient,
            relationship: [{ coding: RELATIONSHIP[grantor].map((c) => ({ ...c })) }],
          },
        ];
  const labels = categoryCodings(row.categories as DataCategory[]);
  return {
    resourceType: 'Consent',
    id: row.id,
    ...(contained.length ? { contained } : {}),
    ...(row.revokedAt ? { extension: [{ url: REVOKED_EXTENSION, valueDateTime: iso(row.revokedAt) }] } : {}),
    ...(row.withinTeam ? { modifierExtension: [{ url: WITHIN_TEAM_EXTENSION, valueBoolean: true }] } : {}),
    identifier: [{ system: SYSTEM.consentId, value: row.id }],
    status: FHIR_STATUS[ctx.status],
    scope: { coding: [{ system: SYSTEM.consentScope, code: 'patient-privacy', display: 'Privacy Consent' }] },
    category: [
      { coding: [{ system: SYSTEM.loinc, code: '59284-0', display: 'Patient Consent' }] },
      { coding: [{ system: SYSTEM.actCode, code: 'IDSCL', display: 'information disclosure' }] },
    ],
    patient,
    dateTime: iso(row.recordedAt),
    performer: [grantor === 'YOUTH' ? patient : { type: 'RelatedPerson', reference: `#${GRANTOR_ID}` }],
    organization: [agencyReference('HUB')],
    sourceReference: {
      type: 'DocumentReference',
      identifier: { system: SYSTEM.form, value: row.formReference },
      display: 'The signed consent form',
    },
    policyRule: { coding: [{ system: SYSTEM.actCode, code: 'OPTIN', display: 'opt-in' }] },
    provision: {
      type: 'permit',
      period: periodOf(row.effectiveFrom, row.effectiveTo, ctx.timeZone),
      actor: inOrder(AGENCIES, row.recipientAgencies as Agency[]).map((agency) => ({
        role: { coding: [{ system: SYSTEM.participationType, code: 'IRCP', display: 'information recipient' }] },
        reference: agencyReference(agency),
      })),
      action: [{ coding: [{ system: SYSTEM.consentAction, code: 'access', display: 'Access' }] }],
      securityLabel: labels.securityLabel,
      purpose: purposeCodings(row.purposes as PurposeOfUse[]),
      class: labels.class,
    },
  };
}

const iso = (value: string | Date) => new Date(value).toISOString();
