import { describe, expect, it } from 'vitest';
import { generateWorld, persona } from '@hub/synthetic';
import {
  describeDirectCallRefusals,
  issueTestToken,
  startTestSubgraph,
  type GatewayRequestOptions,
  type GraphQLBody,
} from '@hub/subgraph-kit/testing';
import { ROLE_AGENCY, type YouthFacts } from '@hub/policies';
import { buildProbation, MIGRATIONS, seedProbation } from '../src/server.ts';

// Straight to the subgraph, as an attacker who bypasses the gateway would. 160 youths give probation
// more than the 50 records the statement count needs.
const world = generateWorld({ youths: 160 });
const youthIds = world.probation.map((c) => c.youthId);

const entities = (fields: string) =>
  `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { id probation { ${fields} } } } }`;
// Every table of the subgraph, so the statement count covers each of them.
const RECORD = `
  supervision { kind status startedOn endsOn officer { personId name } conditions { condition imposedOn }
    violations { occurredOn description response } }
  delinquencyCase { petitionNumber petitionFiledOn courtStatus nextHearingOn
    citations { issuedOn offense issuingAgency disposition } detentionEpisodes { admittedOn releasedOn facility } }
  csecIdentification { status documentedOn
    screenings { screenedOn tool result indicators reportedToChildWelfareOn } }`;
const EVENT = '{ id date agency category kind summary }';
const TIMELINE = `timeline { probation ${EVENT} delinquency ${EVENT} csecIndicators ${EVENT} }`;
const ENTITIES = entities(RECORD);
const reps = (ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Youth', id })) });

const subgraph = startTestSubgraph({
  name: 'probation',
  migrations: MIGRATIONS,
  seed: (database) => seedProbation(database, world),
  build: buildProbation,
  // A registry stand-in: probation and the viewer's own agency serve every youth; the viewer is on every team.
  facts: (viewer, id): YouthFacts => ({
    youthId: id,
    servedBy: [...new Set(['PROBATION' as const, ROLE_AGENCY[viewer.role]])],
    team: { onTeam: true },
    consents: [],
    courtOrders: [],
    emergencyGrant: null,
  }),
  viewer: persona('po-nguyen'),
});
const send = (
  body: GraphQLBody = { query: ENTITIES, variables: reps(youthIds.slice(0, 1)) },
  opts: Partial<GatewayRequestOptions> = {},
) => subgraph.send(body, opts);

describeDirectCallRefusals({
  subgraph: 'probation',
  otherSubgraph: 'mdt',
  viewer: persona('po-nguyen'),
  selection: `probation { ${RECORD} }`,
  target: () => ({ ...subgraph, youthIds }),
});

describe('a direct call to the probation subgraph', () => {
  it("answers a correctly signed _entities call with every part for the youth's probation officer", async () => {
    const { status, json } = await send();
    const youth = world.probation[0]!;
    const { officerId, officerName, conditions, violations, ...grant } = youth.supervision!;
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(json.data._entities[0]).toEqual({
      id: youth.youthId,
      probation: {
        supervision: { ...grant, officer: { personId: officerId, name: officerName }, conditions, violations },
        delinquencyCase: {
          ...youth.delinquencyCase,
          citations: youth.citations,
          detentionEpisodes: youth.detentionEpisodes,
        },
        csecIdentification: { ...youth.csecIdentification, screenings: youth.csecScreenings },
      },
    });
    // The demo youth's record is whole, and probation's officer is the demo's.
    expect(officerId).toBe('po-nguyen');
    expect(json.data._entities[0].probation.csecIdentification.status).toBe('IDENTIFIED');
  });

  it('answers the same shape, with empty parts, for a youth probation does not serve or an unknown id', async () => {
    const unserved = world.youths.find((y) => !y.localIds.PROBATION)!.id;
    const unknown = '00000000-0000-4000-8000-000000000000';
    const { json } = await send({ query: ENTITIES, variables: reps([unserved, unknown]) });
    expect(json).toEqual({
      data: {
        _entities: [unserved, unknown].map((id) => ({
          id,
          probation: { supervision: null, delinquencyCase: null, csecIdentification: null },
        })),
      },
    });
  });

  it('loads entities with one statement per table whatever the number of representations', async () => {
    expect(youthIds.length).toBeGreaterThanOrEqual(50);
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
    // supervision, conditions, violations, delinquency case, citations, detention, youth (CSEC status),
    // screenings: the timeline reads through the same loaders and adds none
    expect(one).toBe(8);
    expect(fifty).toBe(one);
  });
});

describe('what a viewer from another agency is told', () => {
  const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { probation {
    supervision { status } delinquencyCase { courtStatus } csecIdentification { status }
  } } } }`;
  const supervised = world.probation.find((c) => c.supervision && c.delinquencyCase.petitionNumber)!;
  const unsupervised = world.probation.find((c) => !c.supervision && !c.delinquencyCase.petitionNumber)!;

  it('denies supervision and the delinquency case alike whether or not the youth has them (CBO advocate, on the team)', async () => {
    const cbo = await issueTestToken(subgraph.keys, persona('cbo-james'));
    const answer = async (youthId: string) =>
      (await send({ query: QUERY, variables: reps([youthId]) }, { token: cbo })).json;
    const [a, b] = [await answer(supervised.youthId), await answer(unsupervised.youthId)];
    expect(a.errors).toEqual(b.errors);
    expect(a.data._entities[0].probation).toEqual({
      supervision: null,
      delinquencyCase: null,
      csecIdentification: supervised.csecIdentification ? { status: supervised.csecIdentification.status } : null,
    });
    expect(a.errors.map(({ locations: _, ...e }: { locations: unknown }) => e)).toMatchInlineSnapshot(`
      [
        {
          "extensions": {
            "agency": "PROBATION",
            "category": "PROBATION",
            "code": "FORBIDDEN",
            "legalBasis": "WIC 827; WIC 830 (inferred)",
            "reason": "CONSENT_REQUIRED",
            "ruleId": "probation.consent.cbo",
          },
          "message": "Not shared: probation supervision records need the youth's consent naming community partners",
          "path": [
            "_entities",
            0,
            "probation",
            "supervision",
          ],
        },
        {
          "extensions": {
            "agency": "PROBATION",
            "category": "DELINQUENCY",
            "code": "FORBIDDEN",
            "legalBasis": "WIC 827 (JV-570 court order) (inferred)",
            "reason": "COURT_ORDER_REQUIRED",
            "ruleId": "delinquency.court-order.cbo",
          },
          "message": "Not shared: delinquency case records need a court order naming community partners",
          "path": [
            "_entities",
            0,
            "probation",
            "delinquencyCase",
          ],
        },
      ]
    `);
  });
});

describe('the timeline', () => {
  type Event = { id: string; date: string; agency: string; category: string; kind: string; summary: string };
  const youth = world.probation[0]!;
  const timelineOf = async (who: string) =>
    (
      await send(
        { query: entities(TIMELINE), variables: reps([youth.youthId]) },
        { token: await issueTestToken(subgraph.keys, persona(who)) },
      )
    ).json;
  const read = (events: Event[]) => events.map(({ date, kind, summary }) => ({ date, kind, summary }));
  const expectList = (events: Event[], category: string, expected: ReturnType<typeof read>) => {
    expect(read(events)).toEqual(expect.arrayContaining(expected));
    expect(events).toHaveLength(expected.length);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.every((e) => e.agency === 'PROBATION' && e.category === category)).toBe(true);
    expect(events.every((e) => /^probation:[a-z-]+:[\w-]+$/.test(e.id))).toBe(true);
    expect(events.map((e) => e.date)).toEqual(events.map((e) => e.date).sort());
  };

  it("gives the youth's probation officer every dated event, one list per category, in order", async () => {
    const json = await timelineOf('po-nguyen');
    expect(json.errors).toBeUndefined();
    const { probation, delinquency, csecIndicators } = json.data._entities[0].probation.timeline;
    const s = youth.supervision!;
    const court = youth.delinquencyCase;
    expectList(probation, 'PROBATION', [
      {
        date: s.startedOn,
        kind: 'SUPERVISION_STARTED',
        summary: `Supervision started: ward, officer ${s.officerName}`,
      },
      ...(s.endsOn
        ? [{ date: s.endsOn, kind: 'SUPERVISION_END_SCHEDULED', summary: 'Supervision due to end: ward' }]
        : []),
      ...s.conditions.map((c) => ({
        date: c.imposedOn,
        kind: 'CONDITION_IMPOSED',
        summary: `Condition imposed: ${c.condition}`,
      })),
      ...s.violations.map((v) => ({
        date: v.occurredOn,
        kind: 'VIOLATION_OCCURRED',
        summary: `Violation: ${v.description} (${v.response.toLowerCase().replaceAll('_', ' ')})`,
      })),
    ]);
    expectList(delinquency, 'DELINQUENCY', [
      ...youth.citations.map((c) => ({
        date: c.issuedOn,
        kind: 'CITATION_ISSUED',
        summary: `Citation: ${c.offense}, ${c.issuingAgency} (${c.disposition.toLowerCase().replaceAll('_', ' ')})`,
      })),
      {
        date: court.petitionFiledOn!,
        kind: 'PETITION_FILED',
        summary: `Petition ${court.petitionNumber} filed; court status: sustained`,
      },
      { date: court.nextHearingOn!, kind: 'HEARING_SCHEDULED', summary: `Hearing on petition ${court.petitionNumber}` },
      ...youth.detentionEpisodes.flatMap((d) => [
        { date: d.admittedOn, kind: 'DETENTION_ADMITTED', summary: `Detained: ${d.facility}` },
        { date: d.releasedOn!, kind: 'DETENTION_RELEASED', summary: `Released from ${d.facility}` },
      ]),
    ]);
    expectList(csecIndicators, 'CSEC_INDICATORS', [
      ...youth.csecScreenings.flatMap((x) => [
        {
          date: x.screenedOn,
          kind: 'CSEC_SCREENED',
          summary: `CSEC screening (CSE-IT): ${x.result.toLowerCase().replaceAll('_', ' ')}`,
        },
        ...(x.reportedToChildWelfareOn
          ? [
              {
                date: x.reportedToChildWelfareOn,
                kind: 'REPORTED_TO_CHILD_WELFARE',
                summary: 'Reported to child welfare after the CSE-IT screening',
              },
            ]
          : []),
      ]),
      {
        date: youth.csecIdentification!.documentedOn,
        kind: 'CSEC_STATUS_DOCUMENTED',
        summary: 'CSEC status documented: identified',
      },
    ]);
  });

  it('denies a list as its category, null with a FORBIDDEN error at its path (CBO advocate, on the team)', async () => {
    const json = await timelineOf('cbo-james');
    const { probation, delinquency, csecIndicators } = json.data._entities[0].probation.timeline;
    expect([probation, delinquency]).toEqual([null, null]);
    expect(csecIndicators.length).toBeGreaterThan(0);
    expect(
      json.errors.map(({ path, extensions: { code, category, reason } }: any) => ({ path, code, category, reason })),
    ).toEqual([
      {
        path: ['_entities', 0, 'probation', 'timeline', 'probation'],
        code: 'FORBIDDEN',
        category: 'PROBATION',
        reason: 'CONSENT_REQUIRED',
      },
      {
        path: ['_entities', 0, 'probation', 'timeline', 'delinquency'],
        code: 'FORBIDDEN',
        category: 'DELINQUENCY',
        reason: 'COURT_ORDER_REQUIRED',
      },
    ]);
  });
});
