import { AGENCIES, type Agency } from '@hub/policies';
import { ConfigError } from '@hub/subgraph-kit';

/** The hub's own FHIR namespace: code systems, identifier systems and extensions it defines. */
export const HUB_FHIR = 'https://csec-mdt-hub.dev/fhir';

/** Code and identifier systems the Consent mapping reads and writes. */
export const SYSTEM = {
  loinc: 'http://loinc.org',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  actReason: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
  roleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  consentAction: 'http://terminology.hl7.org/CodeSystem/consentaction',
  consentCategory: 'http://terminology.hl7.org/CodeSystem/consentcategorycodes',
  /** The hub's data categories (schema/contract.graphql's DataCategory). */
  dataCategory: `${HUB_FHIR}/CodeSystem/data-category`,
  /** The hub's purposes of use, where one HL7 code stands for two of them. */
  purposeOfUse: `${HUB_FHIR}/CodeSystem/purpose-of-use`,
  /** Who gave the consent: YOUTH, GUARDIAN, ATTORNEY. */
  grantor: `${HUB_FHIR}/CodeSystem/consent-grantor`,
  /** Agencies as organizations: the value is the contract's Agency (HEALTH, PROBATION, ...). */
  agency: `${HUB_FHIR}/sid/agency`,
  consentId: `${HUB_FHIR}/sid/consent`,
  form: `${HUB_FHIR}/sid/consent-form`,
} as const;

/** Marks an exported consent that was revoked, with the instant: R4 has no element for it. */
export const REVOKED_EXTENSION = `${HUB_FHIR}/StructureDefinition/consent-revoked`;

/**
 * Marks a consent given within the youth's MDT/CFT (WIC 832(b)(4)): it holds only while the youth
 * takes part in the team. A modifier extension, since it limits what the consent permits: a
 * system that does not understand it must not read the consent as open-ended.
 */
export const WITHIN_TEAM_EXTENSION = `${HUB_FHIR}/StructureDefinition/consent-within-team`;

/** The identifier system of each agency's local ids (HUB: the hub's own youth id). */
export type IdentifierSystems = Record<Agency, string>;

const defaultSystem = (agency: Agency) =>
  agency === 'HUB' ? `${HUB_FHIR}/sid/youth` : `${HUB_FHIR}/sid/local-id/${agency.toLowerCase().replace(/_/g, '-')}`;

export const DEFAULT_IDENTIFIER_SYSTEMS = Object.fromEntries(
  AGENCIES.map((a) => [a, defaultSystem(a)]),
) as IdentifierSystems;

const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;

/**
 * FHIR_IDENTIFIER_SYSTEMS: a JSON object from agency to the URI of its patient identifiers (a
 * county's MRN system for HEALTH, say); agencies it leaves out keep the hub's default.
 */
export function identifierSystems(value: string | undefined): IdentifierSystems {
  if (!value) return DEFAULT_IDENTIFIER_SYSTEMS;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new ConfigError('FHIR_IDENTIFIER_SYSTEMS is not valid JSON');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError('FHIR_IDENTIFIER_SYSTEMS must be a JSON object from agency to URI');
  }
  const systems = { ...DEFAULT_IDENTIFIER_SYSTEMS };
  for (const [agency, uri] of Object.entries(parsed)) {
    if (!AGENCIES.includes(agency as Agency))
      throw new ConfigError(`FHIR_IDENTIFIER_SYSTEMS: unknown agency ${agency}`);
    if (typeof uri !== 'string' || !URI.test(uri)) {
      throw new ConfigError(`FHIR_IDENTIFIER_SYSTEMS: ${agency} must be an absolute URI`);
    }
    systems[agency as Agency] = uri;
  }
  // One system per agency, or an identifier could name a youth at two agencies.
  if (new Set(Object.values(systems)).size !== AGENCIES.length) {
    throw new ConfigError('FHIR_IDENTIFIER_SYSTEMS: two agencies share an identifier system');
  }
  return systems;
}

/** The agency whose identifier system this is, if any. */
export function agencyOfSystem(systems: IdentifierSystems, system: string | undefined): Agency | undefined {
  return AGENCIES.find((a) => systems[a] === system);
}
