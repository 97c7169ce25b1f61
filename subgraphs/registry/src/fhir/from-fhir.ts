import { GraphQLError } from 'graphql';
import type { CodeableConcept, Consent, Identifier, Reference, RelatedPerson } from '@medplum/fhirtypes';
import type { ConsentGrantor } from '@hub/policies';
import { provisionTerms, type ProvisionTerms } from './provision.ts';
import { REVOKED_EXTENSION, SYSTEM, WITHIN_TEAM_EXTENSION } from './systems.ts';
import { structureProblems, VALIDATED_TYPES } from './validate.ts';

/** A FHIR Consent read as the form's terms, with the patient still to resolve to a youth. */
export interface FhirConsentDraft extends ProvisionTerms {
  patient: Identifier & { system: string; value: string };
  grantor: ConsentGrantor;
  formReference: string;
  /** The consent was given within the youth's MDT/CFT (`WITHIN_TEAM_EXTENSION`). */
  withinTeam: boolean;
}

/** Larger than any consent the hub writes many times over; a bound on what the parser is handed. */
export const MAX_RESOURCE_CHARS = 65_536;

/** Category codes that say "a consent to share information"; any other category is another kind of consent. */
const PRIVACY_CATEGORIES: Record<string, string[]> = {
  [SYSTEM.loinc]: ['59284-0', '64292-6'],
  [SYSTEM.actCode]: ['IDSCL', 'INFA', 'INFAO', 'INFASO'],
  [SYSTEM.consentCategory]: ['hipaa-auth'],
};

const refused = (problems: string[]) =>
  new GraphQLError(`FHIR Consent not recorded: ${problems.join('; ')}`, {
    extensions: { code: 'BAD_USER_INPUT', problems },
  });

const has = (concept: CodeableConcept | undefined, system: string, code: string) =>
  Boolean(concept?.coding?.some((c) => c.system === system && c.code === code));

/** Reads a FHIR R4 Consent (JSON text) into a consent draft, or throws BAD_USER_INPUT naming every problem. */
export function consentFromFhir(text: string): FhirConsentDraft {
  if (text.length > MAX_RESOURCE_CHARS) throw refused([`resource must be at most ${MAX_RESOURCE_CHARS} characters`]);
  let resource: Consent;
  try {
    resource = JSON.parse(text) as Consent;
  } catch {
    throw refused(['resource is not JSON']);
  }
  if (!resource || typeof resource !== 'object' || resource.resourceType !== 'Consent') {
    throw refused(['resource must be a FHIR R4 Consent (resourceType "Consent")']);
  }
  const others = (resource.contained ?? []).filter(
    (r) => !(VALIDATED_TYPES as readonly string[]).includes(r?.resourceType),
  );
  if (others.length) throw refused(['contained may hold only the grantor, as a RelatedPerson']);
  const structure = structureProblems(resource);
  if (structure.length) throw refused(structure);

  const problems: string[] = [];
  if (resource.status !== 'active') {
    problems.push(`status must be active, not ${resource.status}: only a consent in force is recorded`);
  }
  if (resource.extension?.some((e) => e.url === REVOKED_EXTENSION))
    problems.push('a revoked consent cannot be recorded');
  // The one modifier the hub understands: given within the youth's team (WIC 832(b)(4)).
  const modifiers = resource.modifierExtension ?? [];
  const withinTeam = modifiers.some((e) => e.url === WITHIN_TEAM_EXTENSION && e.valueBoolean === true);
  if (modifiers.some((e) => !(e.url === WITHIN_TEAM_EXTENSION && typeof e.valueBoolean === 'boolean')))
    problems.push('modifierExtension is not understood here, so the consent cannot be read safely');
  if (!has(resource.scope, SYSTEM.consentScope, 'patient-privacy')) {
    problems.push(`scope must be patient-privacy (${SYSTEM.consentScope}): the hub records privacy consents`);
  }
  categoryProblems(resource.category ?? [], problems);
  const policyRule = resource.policyRule;
  if (policyRule && !has(policyRule, SYSTEM.actCode, 'OPTIN')) {
    problems.push(`policyRule must be OPTIN (${SYSTEM.actCode}) when present: a hub consent opts in to sharing`);
  }
  const patient = patientIdentifier(resource.patient, problems);
  const grantor = grantorOf(resource, problems);
  const formReference = formReferenceOf(resource, problems);
  const terms = provisionTerms(resource.provision, has(policyRule, SYSTEM.actCode, 'OPTIN'), problems);
  if (problems.length) throw refused(problems);
  return { ...terms, patient: patient!, grantor: grantor!, formReference, withinTeam };
}

function categoryProblems(categories: CodeableConcept[], problems: string[]): void {
  const codings = categories.flatMap((c) => c.coding ?? []);
  const known = codings.filter((c) => PRIVACY_CATEGORIES[c.system ?? '']?.includes(c.code ?? ''));
  if (!known.length || known.length < codings.length) {
    const allowed = Object.entries(PRIVACY_CATEGORIES).flatMap(([system, codes]) => codes.map((c) => `${system}|${c}`));
    problems.push(`category must be a consent to share information, each coding one of ${allowed.join(', ')}`);
  }
}

function patientIdentifier(patient: Reference | undefined, problems: string[]) {
  const id = patient?.identifier;
  if (id?.system && id.value) return { system: id.system, value: id.value };
  problems.push(
    "patient must carry the youth's identifier (system and value) at your agency or the hub's youth id; the hub holds no Patient resources",
  );
  return undefined;
}

const sameIdentifier = (a: Reference | undefined, b: Reference | undefined) =>
  Boolean(
    a?.identifier && a.identifier.system === b?.identifier?.system && a.identifier.value === b?.identifier?.value,
  );

/** The youth (the patient as performer), or a guardian or attorney (a contained RelatedPerson by relationship). */
function grantorOf(resource: Consent, problems: string[]): ConsentGrantor | undefined {
  const performers = resource.performer ?? [];
  const [performer] = performers;
  if (performers.length !== 1 || !performer) {
    problems.push(
      'performer must name the one who gave the consent: the patient (the youth), or a contained RelatedPerson',
    );
    return undefined;
  }
  if (
    sameIdentifier(performer, resource.patient) ||
    (performer.reference && performer.reference === resource.patient?.reference)
  ) {
    return 'YOUTH';
  }
  const related = resource.contained?.find((r) => `#${r.id}` === performer.reference) as RelatedPerson | undefined;
  const codings = related?.relationship?.flatMap((r) => r.coding ?? []) ?? [];
  const meant = new Set<ConsentGrantor>();
  for (const c of codings) {
    if (c.system === SYSTEM.grantor && ['YOUTH', 'GUARDIAN', 'ATTORNEY'].includes(c.code ?? ''))
      meant.add(c.code as ConsentGrantor);
    if (c.system === SYSTEM.roleCode && c.code === 'GUARD') meant.add('GUARDIAN');
    if (c.system === SYSTEM.roleCode && (c.code === 'ONESELF' || c.code === 'SELF')) meant.add('YOUTH');
  }
  if (related && !sameIdentifier(related.patient, resource.patient)) {
    problems.push("the grantor RelatedPerson must be related to the consent's patient (the same identifier)");
  }
  if (meant.size === 1) return [...meant][0];
  problems.push(
    `performer must be the patient, or a contained RelatedPerson whose relationship is ${SYSTEM.roleCode}|GUARD or ${SYSTEM.grantor}|GUARDIAN or ATTORNEY`,
  );
  return undefined;
}

/** The signed form: a document reference's identifier or reference, or an attachment's url or title. */
function formReferenceOf(resource: Consent, problems: string[]): string {
  const ref = resource.sourceReference;
  const att = resource.sourceAttachment;
  const form = ref?.identifier?.value ?? ref?.reference ?? att?.url ?? att?.title;
  if (!form?.trim()) problems.push('sourceReference or sourceAttachment must name the signed form kept on file');
  return form?.trim() ?? '';
}
