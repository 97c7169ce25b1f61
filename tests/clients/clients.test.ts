// docs/clients.md's examples, run against a real hub: graphql-request and Apollo Client (core) each
// keep a denied field distinguishable from "none recorded"; Apollo's normalized cache does not,
// which is why the examples read the record with fetchPolicy 'no-cache'.
import { readFileSync } from 'node:fs';
import { ClientError, GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type Hub } from '../src/hub.ts';
import { hubApolloClient, readYouthHealth as readWithApollo } from './apollo-client.ts';
import { hubClient, readYouthHealth, YOUTH_HEALTH } from './graphql-request.ts';

let hub: Hub;
// The synthetic world is deterministic: with 10 youths, youth 3 is on the social worker's caseload,
// Health holds no mental-health record for them, and substance-use treatment needs their consent.
let youthId: string;
const viewer = 'sw-garcia';

const DENIED = {
  state: 'denied',
  reason: 'CONSENT_REQUIRED',
  category: 'SUBSTANCE_USE',
  agency: 'HEALTH',
  ruleId: 'su.consent.cw-worker',
  legalBasis: expect.stringContaining('42 CFR'),
  message: expect.stringContaining('Not shared'),
};

beforeAll(async () => {
  hub = await startHub({ youths: 10 });
  youthId = hub.world.youths[3]!.id;
  // The premise, read raw: both fields are null, and only one has an error.
  const { json } = await hub.query(viewer, YOUTH_HEALTH, { id: youthId });
  expect(json.data.youth.health).toEqual({ mentalHealth: null, substanceUse: null });
  expect(json.errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual(['youth.health.substanceUse']);
  // Seven databases migrated and seeded on a shared machine: slower than the default hook timeout.
}, 400_000);
afterAll(() => hub?.close());

describe('graphql-request', () => {
  it('with errorPolicy "all": the denied field and the empty one read differently', async () => {
    const client = hubClient(hub.url, await hub.token(viewer));
    const read = await readYouthHealth(client, youthId);
    expect(read.mentalHealth).toEqual({ state: 'none-recorded' });
    expect(read.substanceUse).toEqual(DENIED);
  });

  it('by default it throws on any error, though the answer holds the rest of the record', async () => {
    const client = new GraphQLClient(`${hub.url}/graphql`, {
      headers: { authorization: `Bearer ${await hub.token(viewer)}` },
    });
    const error: unknown = await client.request(YOUTH_HEALTH, { id: youthId }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    expect((error as ClientError).response.data).toMatchObject({ youth: { id: youthId } });
  });
});

describe('Apollo Client (core)', () => {
  it("with errorPolicy 'all' and fetchPolicy 'no-cache': every read keeps the denial", async () => {
    const client = hubApolloClient(hub.url, await hub.token(viewer));
    for (let read = 0; read < 2; read++) {
      const answer = await readWithApollo(client, youthId);
      expect(answer.mentalHealth).toEqual({ state: 'none-recorded' });
      expect(answer.substanceUse).toEqual(DENIED);
    }
  });

  it('from its normalized cache, a denied field comes back as a plain null: it reads as "none recorded"', async () => {
    const client = hubApolloClient(hub.url, await hub.token(viewer));
    const first = await readWithApollo(client, youthId, { fetchPolicy: 'cache-first' });
    expect(first.substanceUse).toEqual(DENIED);
    const again = await readWithApollo(client, youthId, { fetchPolicy: 'cache-first' });
    expect(again.substanceUse).toEqual({ state: 'none-recorded' });
  });
});

describe('docs/clients.md', () => {
  it('quotes the tested examples as they are', () => {
    const doc = readFileSync(new URL('../../docs/clients.md', import.meta.url), 'utf8');
    const quotes = [...doc.matchAll(/<!-- from (tests\/clients\/[\w.-]+) -->\n+```ts\n([\s\S]*?)```/g)];
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    for (const [, file, code] of quotes) {
      const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      expect(source, file).toContain(code!.trimEnd());
    }
  });
});
