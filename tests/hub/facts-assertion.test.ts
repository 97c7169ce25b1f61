import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committedSupergraph } from '@hub/schema';
import { createHubGateway, type HubGateway } from '@hub/gateway';
import { testDeps } from '@hub/subgraph-kit/testing';
import { startHub, type Hub } from '../src/hub.ts';

// One youth's whole record: the registry's part, then the six agencies' parts of the same youth.
const RECORD = `query ($id: ID!) { youth(id: $id) {
  displayName
  childWelfare { caseNumber placements { kind } safetyPlan { summary } }
  health { physicalHealth { lastExamOn } mentalHealth { treatmentStatus } }
  probation { supervision { status } }
  education { schoolOfRecord { schoolName } }
  districtAttorney { cases { role } }
  publicDefender { matters { kind } }
} }`;
const PERSONAS = ['sw-garcia', 'mentor-lee', 'clin-okafor', 'da-reyes'];

let hub: Hub;
let plain: HubGateway;
let plainUrl: string;
const calls = { accessFacts: 0, assertions: 0 };

beforeAll(async () => {
  hub = await startHub({ youths: 10 });
  hub.servers.mdt!.http.on('request', (req: { url?: string }) => {
    if (req.url === '/access-facts') calls.accessFacts++;
    if (req.url === '/facts-assertion') calls.assertions++;
  });
  // The same subgraphs behind a gateway that carries no assertion: each subgraph fetches its own.
  plain = await createHubGateway({
    supergraphSdl: committedSupergraph(),
    subgraphUrls: hub.subgraphUrls,
    signingKey: hub.keys.gatewayPrivate,
    verifyUser: (await testDeps(hub.keys)).verifyUser,
    log: () => {},
  });
  plainUrl = (await plain.listen(0)).url;
});
afterAll(async () => {
  await plain?.close();
  await hub?.close();
});

async function read(base: string, personaId: string, id: string) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.token(personaId)}` },
    body: JSON.stringify({ query: RECORD, variables: { id } }),
  });
  const { data, errors } = (await response.json()) as { data: unknown; errors?: unknown[] };
  // The agencies answer in parallel, so their errors come in the order they answered.
  return { data, errors: (errors ?? []).map((e) => JSON.stringify(e)).sort() };
}

describe('access facts once per operation', () => {
  it('asks the registry once per operation, and no agency subgraph fetches facts of its own', async () => {
    const id = hub.world.youths[0]!.id;
    const before = { ...calls };
    await read(hub.url, 'sw-garcia', id);
    expect(calls.assertions - before.assertions).toBe(1);
    expect(calls.accessFacts - before.accessFacts).toBe(0);
  });

  it('gives every persona the answer, denials included, that subgraphs fetching their own facts give', async () => {
    for (const personaId of PERSONAS) {
      for (const youth of hub.world.youths.slice(0, 3)) {
        const carried = await read(hub.url, personaId, youth.id);
        const fetched = await read(plainUrl, personaId, youth.id);
        expect(carried).toEqual(fetched);
      }
    }
  });
});
