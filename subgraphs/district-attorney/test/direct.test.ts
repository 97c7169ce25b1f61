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
import { buildDistrictAttorney, MIGRATIONS, seedDistrictAttorney } from '../src/server.ts';

// Straight to the subgraph, as an attacker who bypasses the gateway would. About a quarter of the
// youths have a DA file: 240 youths give more than the 50 the statement count needs.
const world = generateWorld({ youths: 240 });
const files = world.districtAttorney;
const youthIds = files.map((c) => c.youthId);
const noFile = world.youths.find((y) => !y.localIds.DISTRICT_ATTORNEY)!;

const entities = (fields: string) =>
  `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { id districtAttorney { ${fields} } } } }`;
// Every table of the subgraph, so the statement count covers each of them.
const RECORD = `
  victimAdvocate { personId name assignedOn }
  cases { caseNumber role status referredOn filedOn charges { code description } }
  upcomingCourtDates { caseNumber scheduledOn kind department appearanceRequired }
  protectiveOrders { caseNumber kind restrainedParty terms status issuedOn expiresOn }`;
const TIMELINE = 'timeline { victimWitness { id date agency category kind summary } }';
const ENTITIES = entities(RECORD);
const reps = (ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Youth', id })) });

const subgraph = startTestSubgraph({
  name: 'district-attorney',
  migrations: MIGRATIONS,
  seed: (database) => seedDistrictAttorney(database, world),
  build: buildDistrictAttorney,
  // A registry stand-in: the DA and the viewer's own agency serve every youth; the viewer is on every team.
  facts: (viewer, id): YouthFacts => ({
    youthId: id,
    servedBy: [...new Set(['DISTRICT_ATTORNEY' as const, ROLE_AGENCY[viewer.role]])],
    team: { onTeam: true },
    consents: [],
    courtOrders: [],
    emergencyGrant: null,
  }),
  viewer: persona('va-mensah'),
});
const send = (
  body: GraphQLBody = { query: ENTITIES, variables: reps(youthIds.slice(0, 1)) },
  opts: Partial<GatewayRequestOptions> = {},
) => subgraph.send(body, opts);

describeDirectCallRefusals({
  subgraph: 'district-attorney',
  otherSubgraph: 'mdt',
  viewer: persona('va-mensah'),
  selection: `districtAttorney { ${RECORD} }`,
  target: () => ({ ...subgraph, youthIds }),
});

describe('a direct call to the district-attorney subgraph', () => {
  it("answers a correctly signed _entities call with the whole file for the youth's victim advocate", async () => {
    const { status, json } = await send();
    const file = files[0]!;
    expect(status).toBe(200);
    expect(json).toEqual({
      data: {
        _entities: [
          {
            id: file.youthId,
            districtAttorney: {
              victimAdvocate: { personId: 'va-mensah', name: 'Efua Mensah', assignedOn: file.advocate!.assignedOn },
              cases: file.cases.map(({ courtDates: _, ...c }) => c),
              upcomingCourtDates: file.cases.flatMap((c) =>
                c.courtDates
                  .filter((d) => d.status === 'SCHEDULED')
                  .map(({ status: _, ...d }) => ({ caseNumber: c.caseNumber, ...d })),
              ),
              protectiveOrders: file.protectiveOrders,
            },
          },
        ],
      },
    });
    // The demo youth's file has every part.
    expect(json.data._entities[0].districtAttorney.cases[0].charges[0].code).toBe('PC 236.1(c)');
    expect(json.data._entities[0].districtAttorney.upcomingCourtDates).toHaveLength(1);
    expect(json.data._entities[0].districtAttorney.protectiveOrders[0]).toMatchObject({
      restrainedParty: 'Adult respondent',
      status: 'ACTIVE',
    });
  });

  it('answers a youth without a DA file in the same shape, empty', async () => {
    const { json } = await send({ query: ENTITIES, variables: reps([noFile.id]) });
    expect(json).toEqual({
      data: {
        _entities: [
          {
            id: noFile.id,
            districtAttorney: { victimAdvocate: null, cases: [], upcomingCourtDates: [], protectiveOrders: [] },
          },
        ],
      },
    });
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
    // victim (advocate), cases, charges, court dates, protective orders: the timeline reads through
    // the same loaders and adds none
    expect(one).toBe(5);
    expect(fifty).toBe(one);
  });
});

describe('what a viewer from another agency is told', () => {
  const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { districtAttorney {
    victimAdvocate { name } cases { caseNumber } protectiveOrders { status }
  } } } }`;
  const answer = async (personaId: string, youthId: string) =>
    (
      await send(
        { query: QUERY, variables: reps([youthId]) },
        { token: await issueTestToken(subgraph.keys, persona(personaId)) },
      )
    ).json;
  const denied = (message: string, reason: string, ruleId: string, legalBasis: string) =>
    ['victimAdvocate', 'cases', 'protectiveOrders'].map((field) => ({
      message,
      path: ['_entities', 0, 'districtAttorney', field],
      extensions: {
        code: 'FORBIDDEN',
        reason,
        category: 'VICTIM_WITNESS',
        agency: 'DISTRICT_ATTORNEY',
        ruleId,
        legalBasis,
      },
    }));
  const withoutLocations = (json: { errors: { locations?: unknown }[] }) =>
    json.errors.map(({ locations: _, ...e }) => e);

  it('releases victim-witness status to a probation officer (A), with or without a DA file', async () => {
    const file = files[1]!;
    expect(await answer('po-nguyen', file.youthId)).toEqual({
      data: {
        _entities: [
          {
            districtAttorney: {
              victimAdvocate: { name: 'Efua Mensah' },
              cases: file.cases.map(({ caseNumber }) => ({ caseNumber })),
              protectiveOrders: file.protectiveOrders.map(({ status }) => ({ status })),
            },
          },
        ],
      },
    });
  });

  it("denies a clinician on the team without the youth's consent, alike whether or not the DA holds a file", async () => {
    const [a, b] = [await answer('clin-okafor', files[0]!.youthId), await answer('clin-okafor', noFile.id)];
    expect(a.data._entities[0].districtAttorney).toEqual({ victimAdvocate: null, cases: null, protectiveOrders: null });
    expect(b.data).toEqual(a.data);
    expect(withoutLocations(b)).toEqual(withoutLocations(a));
    expect(withoutLocations(a)).toEqual(
      denied(
        "Not shared: victim and witness status need the youth's consent naming Health",
        'CONSENT_REQUIRED',
        'victim-witness.consent.clinician',
        'Evidence Code 1038; Penal Code 293',
      ),
    );
  });

  it("denies a school liaison without the youth's consent (C*, reviewed from N*)", async () => {
    const json = await answer('school-park', files[0]!.youthId);
    expect(json.data._entities[0].districtAttorney).toEqual({
      victimAdvocate: null,
      cases: null,
      protectiveOrders: null,
    });
    expect(withoutLocations(json)).toEqual(
      denied(
        "Not shared: victim and witness status need the youth's consent naming Education",
        'CONSENT_REQUIRED',
        'victim-witness.consent.school',
        'Evidence Code 1038; Penal Code 293 (inferred)',
      ),
    );
  });
});

describe('the timeline', () => {
  type Event = { id: string; date: string; agency: string; category: string; kind: string; summary: string };
  const file = files[0]!;
  const timelineOf = async (who: string) =>
    (
      await send(
        { query: entities(TIMELINE), variables: reps([file.youthId]) },
        { token: await issueTestToken(subgraph.keys, persona(who)) },
      )
    ).json;
  const spoken = (code: string) => code.toLowerCase().replaceAll('_', ' ');
  const sentence = (code: string) => spoken(code).replace(/^./, (c) => c.toUpperCase());

  it("gives the youth's victim advocate every dated event of the file, in order", async () => {
    const json = await timelineOf('va-mensah');
    expect(json.errors).toBeUndefined();
    const events: Event[] = json.data._entities[0].districtAttorney.timeline.victimWitness;
    const expectedEvents = [
      {
        date: file.advocate!.assignedOn,
        kind: 'ADVOCATE_ASSIGNED',
        summary: 'Victim advocate assigned: Efua Mensah',
      },
      ...file.cases.flatMap((c) => [
        {
          date: c.referredOn,
          kind: 'CASE_REFERRED',
          summary: `Case ${c.caseNumber} referred to the DA; the youth is a ${spoken(c.role)}`,
        },
        ...(c.filedOn
          ? [
              {
                date: c.filedOn,
                kind: 'CASE_FILED',
                summary: `Charges filed in ${c.caseNumber}; now ${spoken(c.status)}`,
              },
            ]
          : []),
        ...c.courtDates
          .filter((d) => d.status === 'SCHEDULED')
          .map((d) => ({
            date: d.scheduledOn,
            kind: 'HEARING_SCHEDULED',
            summary: `${sentence(d.kind)} in ${c.caseNumber}, ${d.department}${
              d.appearanceRequired ? '; the youth is subpoenaed to appear' : ''
            }`,
          })),
      ]),
      ...file.protectiveOrders.flatMap((o) => [
        {
          date: o.issuedOn,
          kind: 'PROTECTIVE_ORDER_ISSUED',
          summary: `${sentence(o.kind)} issued in ${o.caseNumber} against ${o.restrainedParty.toLowerCase()}`,
        },
        {
          date: o.expiresOn!,
          kind: 'PROTECTIVE_ORDER_EXPIRES',
          summary: `${sentence(o.kind)} in ${o.caseNumber} expires`,
        },
      ]),
    ];
    expect(events.map(({ date, kind, summary }) => ({ date, kind, summary }))).toEqual(
      expect.arrayContaining(expectedEvents),
    );
    expect(events).toHaveLength(expectedEvents.length);
    expect(events.map((e) => e.kind)).toContain('HEARING_SCHEDULED');
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.every((e) => e.agency === 'DISTRICT_ATTORNEY' && e.category === 'VICTIM_WITNESS')).toBe(true);
    expect(events.every((e) => /^district-attorney:[a-z-]+:[\w-]+$/.test(e.id))).toBe(true);
    expect(events.map((e) => e.date)).toEqual(events.map((e) => e.date).sort());
  });

  it('denies the list as VICTIM_WITNESS, null with a FORBIDDEN error at its path (school liaison)', async () => {
    const json = await timelineOf('school-park');
    expect(json.data._entities[0].districtAttorney.timeline).toEqual({ victimWitness: null });
    expect(json.errors.map(({ locations: _, ...e }: { locations: unknown }) => e)).toEqual([
      {
        message: "Not shared: victim and witness status need the youth's consent naming Education",
        path: ['_entities', 0, 'districtAttorney', 'timeline', 'victimWitness'],
        extensions: {
          code: 'FORBIDDEN',
          reason: 'CONSENT_REQUIRED',
          category: 'VICTIM_WITNESS',
          agency: 'DISTRICT_ATTORNEY',
          ruleId: 'victim-witness.consent.school',
          legalBasis: 'Evidence Code 1038; Penal Code 293 (inferred)',
        },
      },
    ]);
  });
});
