import { describe, expect, it } from 'vitest';
import { generateWorld, persona } from '@hub/synthetic';
import { describeDirectCallRefusals, startTestSubgraph, type GraphQLBody } from '@hub/subgraph-kit/testing';
import type { YouthFacts } from '@hub/policies';
import { buildChildWelfare, MIGRATIONS, seedChildWelfare } from '../src/server.ts';

// Straight to the subgraph, as an attacker who bypasses the gateway would.
const world = generateWorld({ youths: 80 });
const youthIds = world.childWelfare.map((c) => c.youthId);
const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { id childWelfare { caseNumber placements { kind } } } } }`;
const reps = (ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Youth', id })) });

const subgraph = startTestSubgraph({
  name: 'child-welfare',
  migrations: MIGRATIONS,
  seed: (database) => seedChildWelfare(database, world),
  build: buildChildWelfare,
  // A registry stand-in that puts the social worker on every youth's team.
  facts: (_viewer, id): YouthFacts => ({
    youthId: id,
    servedBy: ['CHILD_WELFARE'],
    team: { onTeam: true },
    consents: [],
    courtOrders: [],
    emergencyGrant: null,
  }),
  viewer: persona('sw-garcia'),
});
const send = (body: GraphQLBody = { query: ENTITIES, variables: reps(youthIds.slice(0, 1)) }) => subgraph.send(body);

describeDirectCallRefusals({
  subgraph: 'child-welfare',
  otherSubgraph: 'mdt',
  viewer: persona('sw-garcia'),
  selection: 'childWelfare { caseNumber placements { kind } }',
  target: () => ({ ...subgraph, youthIds }),
});

describe('a direct call to the child-welfare subgraph', () => {
  it('answers a correctly signed _entities call', async () => {
    const { status, json } = await send();
    expect(status).toBe(200);
    expect(json.data._entities[0].childWelfare.caseNumber).toBe(world.childWelfare[0]!.localId);
  });

  it('loads entities with one statement per table whatever the number of representations', async () => {
    const count = async (n: number) => {
      const before = subgraph.database.statementCount;
      const facts = subgraph.factsCalls.length;
      const { json } = await send({ query: ENTITIES, variables: reps(youthIds.slice(0, n)) });
      expect(json.data._entities).toHaveLength(n);
      expect(subgraph.factsCalls.length - facts).toBe(1);
      return subgraph.database.statementCount - before;
    };
    const one = await count(1);
    const fifty = await count(50);
    expect(one).toBe(2); // cases, placements
    expect(fifty).toBe(one);
  });
});
