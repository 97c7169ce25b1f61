import { describe, expect, it } from 'vitest';
import {
  describeDirectCallRefusals,
  issueTestToken,
  startTestSubgraph,
  type GatewayRequestOptions,
  type TestPerson,
} from '@hub/subgraph-kit/testing';
import {
  decide,
  defaultPolicySet,
  denialMessage,
  emptyFacts,
  type DataCategory,
  type Viewer,
  type YouthFacts,
} from '@hub/policies';
import { generateWorld } from '@hub/synthetic';
import { AGENCY, buildLawEnforcement, MIGRATIONS, NAME, seedLawEnforcement } from '../src/server.ts';

// Straight to the subgraph, as the gateway (and an attacker who bypasses it) would call it.
const world = generateWorld({ youths: 20 });
const held = world.lawEnforcement.filter((c) => c.missingPersonReports.length && c.investigations.length);
const notHeld = world.youths.find((y) => !held.some((c) => c.youthId === y.id))!;
const staff: TestPerson = {
  id: 'law-enforcement-staff',
  name: 'Staff Member',
  agency: AGENCY,
  role: 'LAW_ENFORCEMENT_OFFICER',
};
const outsider: TestPerson = { id: 'outsider', name: 'No Link', agency: 'PROBATION', role: 'PROBATION_OFFICER' };

// A registry stand-in: the agency's own staff serve every youth and sit on every team; anyone else has no link.
const factsFor = (viewer: Viewer, youthId: string): YouthFacts =>
  viewer.sub === staff.id
    ? { ...emptyFacts(youthId), servedBy: [AGENCY], team: { onTeam: true } }
    : emptyFacts(youthId);
const decision = (person: TestPerson, category: DataCategory = 'LAW_ENFORCEMENT_RECORDS') =>
  decide(
    defaultPolicySet(),
    { ...person, sub: person.id },
    factsFor({ ...person, sub: person.id }, held[0]!.youthId),
    category,
    'CARE_COORDINATION',
    { owner: AGENCY },
  );
const FIELDS = ['detective', 'investigations', 'missingPersonReports', 'protectiveOrders', 'contacts'] as const;
const categoryOf = (field: string): DataCategory =>
  field === 'missingPersonReports' ? 'RUNAWAY' : 'LAW_ENFORCEMENT_RECORDS';

const SELECTION =
  'lawEnforcement { detective { personId name } ' +
  'investigations { reportNumber openedOn youthRole status referredToDaOn suspectedOffenses { code description } } ' +
  'missingPersonReports { reportNumber reportedAt reportedBy ncicEnteredAt clearedAt } ' +
  'protectiveOrders { orderNumber kind restrainedParty status issuedOn expiresOn } contacts { occurredOn kind summary } }';
const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { ${SELECTION} } } }`;
const reps = (ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Youth', id })) });

const subgraph = startTestSubgraph({
  name: NAME,
  migrations: MIGRATIONS,
  seed: (database) => seedLawEnforcement(database, world),
  build: buildLawEnforcement,
  facts: factsFor,
  viewer: staff,
});
const send = async (person: TestPerson, ids: string[], opts: Partial<GatewayRequestOptions> = {}) =>
  subgraph.send(
    { query: QUERY, variables: reps(ids) },
    { token: await issueTestToken(subgraph.keys, person), ...opts },
  );
const withoutLocations = (errors: { locations?: unknown }[] = []) => errors.map(({ locations: _, ...e }) => e);
const denial = (person: TestPerson, field: string) => {
  const d = decision(person, categoryOf(field));
  return {
    message: denialMessage(d, { ...person, sub: person.id }),
    path: ['_entities', 0, 'lawEnforcement', field],
    extensions: {
      code: 'FORBIDDEN',
      reason: d.reason,
      category: categoryOf(field),
      agency: AGENCY,
      ruleId: d.ruleId,
      legalBasis: d.legalBasis,
    },
  };
};

// The refusals every subgraph owes a call the gateway did not sign for it, from the kit.
describeDirectCallRefusals({
  subgraph: NAME,
  otherSubgraph: 'health',
  viewer: staff,
  selection: SELECTION,
  target: () => ({ ...subgraph, youthIds: held.map((c) => c.youthId) }),
});

describe('a direct call to the law-enforcement subgraph', () => {
  it("answers the agency's own staff as the policy decides: the whole record when it allows", async () => {
    const c = held[0]!;
    const { status, json } = await send(staff, [c.youthId]);
    expect(status).toBe(200);
    expect(decision(staff).allowed && decision(staff, 'RUNAWAY').allowed).toBe(true);
    expect(json.errors).toBeUndefined();
    expect(json.data._entities[0].lawEnforcement).toEqual({
      detective: c.detective,
      investigations: c.investigations,
      missingPersonReports: c.missingPersonReports,
      protectiveOrders: c.protectiveOrders,
      contacts: c.contacts,
    });
  });

  it('denies a viewer with no link to the youth, the same whether or not the agency holds a record', async () => {
    const a = await send(outsider, [held[0]!.youthId]);
    const b = await send(outsider, [notHeld.id]);
    expect(a.json).toEqual(b.json);
    expect(a.json.data).toEqual({
      _entities: [{ lawEnforcement: Object.fromEntries(FIELDS.map((f) => [f, null])) }],
    });
    expect(withoutLocations(a.json.errors)).toEqual(FIELDS.map((f) => denial(outsider, f)));
  });

  it('reads one statement per table whatever the number of youths', async () => {
    const count = async (n: number) => {
      const before = subgraph.database.statementCount;
      const { json } = await send(
        staff,
        held.slice(0, n).map((c) => c.youthId),
      );
      expect(json.data._entities).toHaveLength(n);
      return subgraph.database.statementCount - before;
    };
    const one = await count(1);
    expect(await count(held.length)).toBe(one);
    expect(one).toBeLessThanOrEqual(FIELDS.length);
  });
});
