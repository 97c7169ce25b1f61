import { describe, expect, it } from 'vitest';
import { generateWorld, persona } from '@hub/synthetic';
import {
  describeDirectCallRefusals,
  issueTestToken,
  startTestSubgraph,
  type GatewayRequestOptions,
  type GraphQLBody,
} from '@hub/subgraph-kit/testing';
import type { Agency, Viewer, YouthFacts } from '@hub/policies';
import { buildPublicDefender, MIGRATIONS, seedPublicDefender } from '../src/server.ts';

// Straight to the subgraph, as an attacker who bypasses the gateway would. 200 youths give more
// than 50 clients of the office.
const world = generateWorld({ youths: 200 });
const clients = new Set(world.publicDefender.map((c) => c.youthId));
const youthIds = world.publicDefender.map((c) => c.youthId);

const entities = (fields: string) =>
  `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { id publicDefender { ${fields} } } } }`;
// Every table of the subgraph, so the statement count covers each of them.
const RECORD = `
  assignedDefender { personId name }
  matters { matterNumber kind status openedOn closedOn nextHearingOn nextHearingKind }
  communications { occurredOn channel attorney summary }`;
const EVENT = '{ id date agency category kind summary }';
const TIMELINE = `timeline { delinquency ${EVENT} attorneyClient ${EVENT} }`;
const ENTITIES = entities(RECORD);
const reps = (ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Youth', id })) });

const subgraph = startTestSubgraph({
  name: 'public-defender',
  migrations: MIGRATIONS,
  seed: (database) => seedPublicDefender(database, world),
  build: buildPublicDefender,
  // A registry stand-in, like the crosswalk: the office serves its clients only; probation serves
  // everyone; every viewer is on every team. The youth has consented, and a court order names
  // probation, for attorney-client communications: neither may open them.
  facts: (_viewer, id): YouthFacts => ({
    youthId: id,
    servedBy: [...(clients.has(id) ? (['PUBLIC_DEFENDER'] as Agency[]) : []), 'PROBATION'],
    team: { onTeam: true },
    consents: [
      {
        id: 'c-1',
        grantor: 'YOUTH',
        categories: ['ATTORNEY_CLIENT', 'DELINQUENCY'],
        recipientAgencies: ['PROBATION', 'COMMUNITY'],
        purposes: [],
        status: 'ACTIVE',
        effectiveFrom: '2020-01-01',
        effectiveTo: null,
      },
    ],
    courtOrders: [
      {
        id: 'o-1',
        reference: 'JV-2020-0001',
        agency: 'PROBATION',
        categories: ['ATTORNEY_CLIENT'],
        purposes: [],
        effectiveFrom: '2020-01-01',
        effectiveTo: null,
      },
    ],
    emergencyGrant: null,
  }),
  viewer: persona('pd-cohen'),
});
const send = (
  body: GraphQLBody = { query: ENTITIES, variables: reps(youthIds.slice(0, 1)) },
  opts: Partial<GatewayRequestOptions> = {},
) => subgraph.send(body, opts);

const withoutLocations = (errors: { locations?: unknown }[]) => errors.map(({ locations: _, ...e }) => e);

describeDirectCallRefusals({
  subgraph: 'public-defender',
  otherSubgraph: 'probation',
  viewer: persona('pd-cohen'),
  selection: `publicDefender { ${RECORD} }`,
  target: () => ({ ...subgraph, youthIds }),
});

describe('a direct call to the public-defender subgraph', () => {
  it("answers a correctly signed _entities call with the whole file for the youth's own defender", async () => {
    const { status, json } = await send();
    const client = world.publicDefender[0]!;
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(json.data._entities[0]).toEqual({
      id: client.youthId,
      publicDefender: {
        assignedDefender: { personId: 'pd-cohen', name: 'Ari Cohen' },
        matters: client.matters.filter((m) => m.kind === 'DELINQUENCY'),
        communications: client.communications.map(({ attorneyId: _, ...c }) => c),
      },
    });
    // The fixed youth has both kinds; dependency matters (child-welfare case data) are not released here.
    expect(client.matters.map((m) => m.kind).sort()).toEqual(['DELINQUENCY', 'DEPENDENCY']);
    expect(client.communications.length).toBeGreaterThan(0);
  });

  it('answers empty, not denied, for a youth on the team whom the office does not represent, but never their communications', async () => {
    const other = world.youths.find((y) => !y.localIds.PUBLIC_DEFENDER)!;
    const { json } = await send({ query: ENTITIES, variables: reps([other.id]) });
    expect(json.data._entities[0]).toEqual({
      id: other.id,
      publicDefender: { assignedDefender: null, matters: [], communications: null },
    });
    expect(withoutLocations(json.errors)).toEqual([
      {
        message: 'Not shared: attorney-client communications are never shared with your role',
        path: ['_entities', 0, 'publicDefender', 'communications'],
        extensions: {
          code: 'FORBIDDEN',
          reason: 'NEVER_SHARED',
          category: 'ATTORNEY_CLIENT',
          agency: 'PUBLIC_DEFENDER',
          ruleId: 'invariant.attorney-client',
          legalBasis: 'Evidence Code 954; Business and Professions Code 6068(e)',
        },
      },
    ]);
  });

  it('loads entities with one statement per table whatever the number of representations', async () => {
    const count = async (n: number) => {
      const before = subgraph.database.statementCount;
      const facts = subgraph.factsCalls.length;
      const { json } = await send({ query: entities(`${RECORD} ${TIMELINE}`), variables: reps(youthIds.slice(0, n)) });
      expect(json.errors).toBeUndefined();
      expect(json.data._entities).toHaveLength(n);
      expect(subgraph.factsCalls.length - facts).toBe(1);
      return subgraph.database.statementCount - before;
    };
    const one = await count(1);
    const fifty = await count(50);
    // client, matters, communications: the timeline reads through the same loaders and adds none
    expect(one).toBe(3);
    expect(fifty).toBe(one);
  });
});

describe('what a viewer from another agency is told', () => {
  const talked = world.publicDefender.find((c) => c.communications.length)!;
  const silent = world.publicDefender.find((c) => !c.communications.length)!;
  const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { publicDefender {
    assignedDefender { name } matters { matterNumber status } communications { summary }
  } } } }`;

  it("releases the delinquency record but never attorney-client communications, even with the youth's consent and a court order (probation, on the team)", async () => {
    const probation = await issueTestToken(subgraph.keys, persona('po-nguyen'));
    const answer = async (youthId: string) =>
      (await send({ query: QUERY, variables: reps([youthId]) }, { token: probation })).json;
    const [a, b] = [await answer(talked.youthId), await answer(silent.youthId)];
    // Whether the youth ever spoke with counsel does not show: the denials are the same.
    expect(a.errors).toEqual(b.errors);
    expect(a.data._entities[0].publicDefender).toEqual({
      assignedDefender: { name: talked.defenderName },
      matters: talked.matters
        .filter((m) => m.kind === 'DELINQUENCY')
        .map(({ matterNumber, status }) => ({ matterNumber, status })),
      communications: null,
    });
    expect(withoutLocations(a.errors)).toEqual([
      {
        message: 'Not shared: attorney-client communications are never shared with your role',
        path: ['_entities', 0, 'publicDefender', 'communications'],
        extensions: {
          code: 'FORBIDDEN',
          reason: 'NEVER_SHARED',
          category: 'ATTORNEY_CLIENT',
          agency: 'PUBLIC_DEFENDER',
          ruleId: 'invariant.attorney-client',
          legalBasis: 'Evidence Code 954; Business and Professions Code 6068(e)',
        },
      },
    ]);
  });

  it('never releases communications for a prosecution either (prosecutor, on the team)', async () => {
    const prosecutor = await issueTestToken(subgraph.keys, persona('da-reyes'));
    const { json } = await send(
      { query: QUERY, variables: reps([talked.youthId]) },
      { token: prosecutor, purpose: 'PROSECUTION' },
    );
    expect(json.data._entities[0].publicDefender.communications).toBeNull();
    expect(json.errors.map((e: { extensions: { ruleId: string } }) => e.extensions.ruleId)).toEqual([
      'invariant.attorney-client',
    ]);
  });
});

describe('the timeline', () => {
  type Event = { id: string; date: string; agency: string; category: string; kind: string; summary: string };
  const client = world.publicDefender[0]!;
  const timelineOf = async (who: string) =>
    (
      await send(
        { query: entities(TIMELINE), variables: reps([client.youthId]) },
        { token: await issueTestToken(subgraph.keys, persona(who)) },
      )
    ).json;
  const read = (events: Event[]) => events.map(({ date, kind, summary }) => ({ date, kind, summary }));
  const expectList = (events: Event[], category: string, expected: ReturnType<typeof read>) => {
    expect(read(events)).toEqual(expect.arrayContaining(expected));
    expect(events).toHaveLength(expected.length);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.every((e) => e.agency === 'PUBLIC_DEFENDER' && e.category === category)).toBe(true);
    expect(events.every((e) => /^public-defender:[a-z-]+:[\w-]+$/.test(e.id))).toBe(true);
    expect(events.map((e) => e.date)).toEqual(events.map((e) => e.date).sort());
  };
  const spoken = (code: string) => code.toLowerCase().replaceAll('_', ' ');

  it("gives the youth's own defender the delinquency matters' events and the communications without their content", async () => {
    const json = await timelineOf('pd-cohen');
    expect(json.errors).toBeUndefined();
    const { delinquency, attorneyClient } = json.data._entities[0].publicDefender.timeline;
    const delinquent = client.matters.filter((m) => m.kind === 'DELINQUENCY');
    expect(delinquent.length).toBeGreaterThan(0);
    expectList(
      delinquency,
      'DELINQUENCY',
      delinquent.flatMap((m) => [
        {
          date: m.openedOn,
          kind: 'MATTER_OPENED',
          summary: `Petition ${m.matterNumber} filed; represented by the public defender`,
        },
        ...(m.closedOn
          ? [{ date: m.closedOn, kind: 'MATTER_CLOSED', summary: `Matter ${m.matterNumber} ${spoken(m.status)}` }]
          : []),
        ...(m.nextHearingOn
          ? [
              {
                date: m.nextHearingOn,
                kind: 'HEARING_SCHEDULED',
                summary: `${spoken(m.nextHearingKind!).replace(/^./, (c) => c.toUpperCase())} hearing in ${m.matterNumber}`,
              },
            ]
          : []),
      ]),
    );
    // The dependency matter (child-welfare case data) stays out, as it does of `matters`.
    const dependency = client.matters.find((m) => m.kind === 'DEPENDENCY')!;
    expect(JSON.stringify(delinquency)).not.toContain(dependency.matterNumber);
    expectList(
      attorneyClient,
      'ATTORNEY_CLIENT',
      client.communications.map((c) => ({
        date: c.occurredOn,
        kind: 'CLIENT_COMMUNICATION',
        summary: `Attorney-client communication (${spoken(c.channel)}) with ${c.attorney}`,
      })),
    );
    for (const c of client.communications) expect(JSON.stringify(attorneyClient)).not.toContain(c.summary);
  });

  it('denies attorney-client events, null with a FORBIDDEN error at their path, while releasing delinquency (probation, with consent and a court order)', async () => {
    const json = await timelineOf('po-nguyen');
    const { delinquency, attorneyClient } = json.data._entities[0].publicDefender.timeline;
    expect(delinquency.length).toBeGreaterThan(0);
    expect(attorneyClient).toBeNull();
    expect(withoutLocations(json.errors)).toEqual([
      {
        message: 'Not shared: attorney-client communications are never shared with your role',
        path: ['_entities', 0, 'publicDefender', 'timeline', 'attorneyClient'],
        extensions: {
          code: 'FORBIDDEN',
          reason: 'NEVER_SHARED',
          category: 'ATTORNEY_CLIENT',
          agency: 'PUBLIC_DEFENDER',
          ruleId: 'invariant.attorney-client',
          legalBasis: 'Evidence Code 954; Business and Professions Code 6068(e)',
        },
      },
    ]);
  });
});
