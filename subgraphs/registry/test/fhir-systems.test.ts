import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { DEFAULT_IDENTIFIER_SYSTEMS, identifierSystems } from '../src/fhir/systems.ts';
import { minimalConsent } from './fhir-consent.ts';
import { refusal, startRegistry, type TestRegistry } from './registry.ts';

const COUNTY_CW = 'urn:oid:2.16.840.1.113883.3.9999.2';

describe('FHIR_IDENTIFIER_SYSTEMS', () => {
  it("keeps the hub's systems unless a county names its own", () => {
    expect(identifierSystems(undefined)).toBe(DEFAULT_IDENTIFIER_SYSTEMS);
    expect(identifierSystems(JSON.stringify({ CHILD_WELFARE: COUNTY_CW }))).toEqual({
      ...DEFAULT_IDENTIFIER_SYSTEMS,
      CHILD_WELFARE: COUNTY_CW,
    });
  });

  it.each([
    ['{', 'FHIR_IDENTIFIER_SYSTEMS is not valid JSON'],
    ['["x"]', 'FHIR_IDENTIFIER_SYSTEMS must be a JSON object from agency to URI'],
    ['{"SHERIFF": "urn:x:y"}', 'FHIR_IDENTIFIER_SYSTEMS: unknown agency SHERIFF'],
    ['{"HEALTH": "MRN"}', 'FHIR_IDENTIFIER_SYSTEMS: HEALTH must be an absolute URI'],
    [
      '{"HEALTH": "urn:x:y", "EDUCATION": "urn:x:y"}',
      'FHIR_IDENTIFIER_SYSTEMS: two agencies share an identifier system',
    ],
  ])('refuses %s at start-up', (value, message) => {
    expect(() => identifierSystems(value)).toThrow(message);
  });
});

describe.each(TEST_ENGINES)("a county's own identifier system on %s", (engine) => {
  let registry: TestRegistry;
  let ask: TestRegistry['ask'];
  beforeAll(async () => {
    registry = await startRegistry(engine);
    ask = await registry.sibling({ fhirIdentifierSystems: JSON.stringify({ CHILD_WELFARE: COUNTY_CW }) });
  });
  afterAll(() => registry?.close());

  it('reads and writes the youth by the county system, and no longer by the default one', async () => {
    const IMPORT = `mutation ($r: String!) { recordConsentFromFhir(resource: $r) { fhir } }`;
    const county = { system: COUNTY_CW, value: 'CW-100000' };
    const { data, errors } = await ask('sw-garcia', IMPORT, { r: JSON.stringify(minimalConsent(county)) });
    expect(errors).toBeUndefined();
    expect(JSON.parse(data.recordConsentFromFhir.fhir).patient.identifier).toEqual(county);
    const old = { system: DEFAULT_IDENTIFIER_SYSTEMS.CHILD_WELFARE, value: 'CW-100000' };
    const refused = await ask('sw-garcia', IMPORT, { r: JSON.stringify(minimalConsent(old)) });
    expect(refusal(refused).errors[0].message).toMatch(
      /^patient.identifier.system must be urn:oid:2.16.840.1.113883.3.9999.2 /,
    );
  });
});
