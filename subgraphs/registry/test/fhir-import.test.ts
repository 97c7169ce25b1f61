import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChain } from '@hub/subgraph-kit/audit';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { consentsOf } from '../src/db/queries.ts';
import { CW_ID, HUB, minimalConsent } from './fhir-consent.ts';
import { refusal, startRegistry, type TestRegistry } from './registry.ts';

const IMPORT = `mutation ($resource: String!) { recordConsentFromFhir(resource: $resource) { grantor categories recipientAgencies purposes status } }`;
const RECORD = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
const youth0 = { system: CW_ID, value: 'CW-100000' };

describe.each(TEST_ENGINES)('recordConsentFromFhir on %s', (engine) => {
  let registry: TestRegistry;
  let youthId: string;
  const consents = async () => (await consentsOf(registry.database, [youthId])).length;
  beforeAll(async () => {
    registry = await startRegistry(engine);
    youthId = registry.world.youths[0]!.id;
  });
  afterAll(() => registry?.close());

  it('records a minimal consent, the youth named by their child-welfare number', async () => {
    const before = await consents();
    const answer = await registry.ask('sw-garcia', IMPORT, { resource: JSON.stringify(minimalConsent(youth0)) });
    expect(answer).toEqual({
      data: {
        recordConsentFromFhir: {
          grantor: 'YOUTH',
          categories: ['PLACEMENT'],
          recipientAgencies: ['COMMUNITY'],
          purposes: ['CARE_COORDINATION'],
          status: 'ACTIVE',
        },
      },
    });
    expect(await consents()).toBe(before + 1);
  });

  it('answers an identifier it cannot resolve exactly as recordConsent answers an unknown youth', async () => {
    const unknown = await registry.ask('sw-garcia', RECORD, {
      input: {
        youthId: '00000000-0000-4000-8000-000000000000',
        grantor: 'YOUTH',
        categories: ['PLACEMENT'],
        recipientAgencies: ['COMMUNITY'],
        purposes: ['CARE_COORDINATION'],
        effectiveFrom: '2026-12-01',
        formReference: 'F',
      },
    });
    expect(refusal(unknown)).toMatchInlineSnapshot(`
      {
        "data": null,
        "errors": [
          {
            "code": "BAD_USER_INPUT",
            "message": "No such youth or consent, or it is not on your caseload",
          },
        ],
      }
    `);
    const stranger = registry.world.youths[5]!; // no child-welfare link, sw-garcia not on the team
    const tries = [
      { system: CW_ID, value: 'CW-999999' }, // no such number
      { system: `${HUB}/sid/youth`, value: '00000000-0000-4000-8000-000000000000' }, // no such youth
      { system: `${HUB}/sid/youth`, value: 'not-a-uuid' },
      { system: `${HUB}/sid/youth`, value: stranger.id }, // a youth who exists, not on the caseload
    ];
    for (const patient of tries) {
      const answer = await registry.ask('sw-garcia', IMPORT, { resource: JSON.stringify(minimalConsent(patient)) });
      expect([patient.value, refusal(answer)]).toEqual([patient.value, refusal(unknown)]);
    }
  });

  it('refuses a viewer who may not manage the consents as recordConsent does', async () => {
    const pairs: [string, { system: string; value: string }, string][] = [
      ['po-nguyen', { system: `${HUB}/sid/local-id/probation`, value: 'PRB-100000' }, registry.world.youths[0]!.id],
      ['sw-garcia', { system: CW_ID, value: 'CW-100008' }, registry.world.youths[8]!.id], // served, not on the team
    ];
    for (const [persona, patient, id] of pairs) {
      const form = await registry.ask(persona, RECORD, {
        input: {
          youthId: id,
          grantor: 'YOUTH',
          categories: ['PLACEMENT'],
          recipientAgencies: ['COMMUNITY'],
          purposes: ['CARE_COORDINATION'],
          effectiveFrom: '2026-12-01',
          formReference: 'F',
        },
      });
      const fhir = await registry.ask(persona, IMPORT, { resource: JSON.stringify(minimalConsent(patient)) });
      expect(refusal(fhir)).toEqual(refusal(form));
      expect(refusal(fhir).errors[0].code).toBe('FORBIDDEN');
    }
  });

  it('logs a disclosure for every record and every read, as for consents today', async () => {
    const seq = async () => {
      let last = 0;
      for await (const row of readChain(registry.database)) last = row.seq;
      return last;
    };
    const after = async (from: number) => {
      const rows = [];
      for await (const row of readChain(registry.database)) {
        if (row.seq > from)
          rows.push({ access: row.access, youthId: row.youthId, viewer: row.viewerSub, released: row.released });
      }
      return rows;
    };
    let from = await seq();
    await registry.ask('coord-ortiz', IMPORT, {
      resource: JSON.stringify(minimalConsent({ system: `${HUB}/sid/youth`, value: youthId })),
    });
    expect(await after(from)).toEqual([{ access: 'CONSENT', youthId, viewer: 'coord-ortiz', released: [] }]);
    from = await seq();
    const read = await registry.ask(
      'coord-ortiz',
      `query ($id: ID!) { youth(id: $id) { consents { fhir(forAgency: HUB) } } }`,
      { id: youthId },
    );
    expect(read.errors).toBeUndefined();
    // youth(id) decides the youth's identity itself; the consents come with MDT_NOTES.
    expect(await after(from)).toEqual([
      { access: 'RECORD', youthId, viewer: 'coord-ortiz', released: ['IDENTITY', 'MDT_NOTES'] },
    ]);
  });
});
