import { describe, expect, it } from 'vitest';
import { generateWorld, persona, type EducationCase } from '@hub/synthetic';
import {
  describeDirectCallRefusals,
  issueTestToken,
  startTestSubgraph,
  type GatewayRequestOptions,
  type GraphQLBody,
} from '@hub/subgraph-kit/testing';
import { ROLE_AGENCY, type ConsentFact, type YouthFacts } from '@hub/policies';
import { buildEducation, MIGRATIONS, seedEducation } from '../src/server.ts';

// Straight to the subgraph, as an attacker who bypasses the gateway would.
const world = generateWorld({ youths: 80 });
const youthIds = world.education.map((c) => c.youthId);
// Consents the registry stand-in adds for particular youths.
const consents = new Map<string, ConsentFact[]>();

const entities = (fields: string) =>
  `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { id education { ${fields} } } } }`;
// Every table of the subgraph, so the statement count covers each of them.
const RECORD = `
  schoolOfRecord { schoolName gradeLevel exitedOn }
  enrollments { schoolName district gradeLevel enteredOn exitedOn exitReason }
  attendance { schoolYear daysEnrolled daysAbsent chronicallyAbsent }
  credits { earned required asOf }
  specialEducation { status eligibility iepDate nextReviewOn nextReevaluationOn }
  schoolLiaison { personId name }`;
const TIMELINE = 'timeline { education { id date agency category kind summary } }';
const ENTITIES = entities(RECORD);
const reps = (ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Youth', id })) });

/** What ENTITIES should answer for a youth the agency holds, straight from the synthetic world. */
function expected(c: EducationCase) {
  const current = c.enrollments.find((e) => e.exitedOn === null) ?? c.enrollments.at(-1)!;
  return {
    id: c.youthId,
    education: {
      schoolOfRecord: { schoolName: current.schoolName, gradeLevel: current.gradeLevel, exitedOn: current.exitedOn },
      enrollments: c.enrollments,
      attendance: c.attendance.map((a) => ({ ...a, chronicallyAbsent: a.daysAbsent * 10 >= a.daysEnrolled })),
      credits: c.credits,
      specialEducation: c.specialEducation,
      schoolLiaison: c.liaison,
    },
  };
}

const subgraph = startTestSubgraph({
  name: 'education',
  migrations: MIGRATIONS,
  seed: (database) => seedEducation(database, world),
  build: buildEducation,
  // A registry stand-in: education and the viewer's own agency serve every youth; the viewer is on every team.
  facts: (viewer, id): YouthFacts => ({
    youthId: id,
    servedBy: [...new Set(['EDUCATION' as const, ROLE_AGENCY[viewer.role]])],
    team: { onTeam: true },
    consents: consents.get(id) ?? [],
    courtOrders: [],
    emergencyGrant: null,
  }),
  viewer: persona('school-park'),
});
const send = (
  body: GraphQLBody = { query: ENTITIES, variables: reps(youthIds.slice(0, 1)) },
  opts: Partial<GatewayRequestOptions> = {},
) => subgraph.send(body, opts);

describeDirectCallRefusals({
  subgraph: 'education',
  otherSubgraph: 'mdt',
  viewer: persona('school-park'),
  selection: `education { ${RECORD} }`,
  target: () => ({ ...subgraph, youthIds }),
});

describe('a direct call to the education subgraph', () => {
  it("answers a correctly signed _entities call with the whole record for the youth's school liaison", async () => {
    const { status, json } = await send({ query: ENTITIES, variables: reps(youthIds.slice(0, 2)) });
    expect(status).toBe(200);
    expect(json).toEqual({ data: { _entities: world.education.slice(0, 2).map(expected) } });
    // The demo youth has every part, chronic absence this year included.
    expect(json.data._entities[0].education.attendance.at(-1)).toMatchObject({
      schoolYear: '2026-27',
      chronicallyAbsent: true,
    });
    expect(json.data._entities[0].education.specialEducation.status).toBe('ACTIVE_IEP');
  });

  it('answers a youth the agency holds no record of with the same container, every part empty', async () => {
    const none = world.youths.find((y) => !y.localIds.EDUCATION)!;
    const { json } = await send({ query: ENTITIES, variables: reps([none.id]) });
    expect(json).toEqual({
      data: {
        _entities: [
          {
            id: none.id,
            education: {
              schoolOfRecord: null,
              enrollments: [],
              attendance: [],
              credits: null,
              specialEducation: null,
              schoolLiaison: null,
            },
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
    // student (liaison, credits), enrolments, attendance, special education: the timeline reads
    // through the same loaders and adds none
    expect(one).toBe(4);
    expect(fifty).toBe(one);
  });
});

describe('what a viewer from another agency is told', () => {
  const held = world.education[2]!;
  const notHeld = world.youths.find((y) => !y.localIds.EDUCATION)!;
  const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { education {
    schoolOfRecord { schoolName } specialEducation { status }
  } } } }`;
  const answer = async (personaId: string, youthId: string) =>
    (
      await send(
        { query: QUERY, variables: reps([youthId]) },
        { token: await issueTestToken(subgraph.keys, persona(personaId)) },
      )
    ).json;
  const withoutLocations = (errors: { locations: unknown }[]) => errors.map(({ locations: _, ...e }) => e);

  it('releases education records to the child-welfare worker (Uninterrupted Scholars Act)', async () => {
    const { json } = await send(
      { query: QUERY, variables: reps([held.youthId]) },
      { token: await issueTestToken(subgraph.keys, persona('sw-garcia')) },
    );
    expect(json).toEqual({
      data: {
        _entities: [
          {
            education: {
              schoolOfRecord: { schoolName: expected(held).education.schoolOfRecord.schoolName },
              specialEducation: held.specialEducation ? { status: held.specialEducation.status } : null,
            },
          },
        ],
      },
    });
  });

  it("denies probation, on the team without the youth's consent, alike whether or not the agency holds a record", async () => {
    const [a, b] = [await answer('po-nguyen', held.youthId), await answer('po-nguyen', notHeld.id)];
    expect(a).toEqual(b);
    expect(a.data._entities[0]).toEqual({ education: { schoolOfRecord: null, specialEducation: null } });
    expect(withoutLocations(a.errors)).toMatchInlineSnapshot(`
      [
        {
          "extensions": {
            "agency": "EDUCATION",
            "category": "EDUCATION",
            "code": "FORBIDDEN",
            "legalBasis": "20 USC 1232g(b); 34 CFR 99.30 (inferred)",
            "reason": "CONSENT_REQUIRED",
            "ruleId": "education.consent.probation",
          },
          "message": "Not shared: education records need the youth's consent naming Probation",
          "path": [
            "_entities",
            0,
            "education",
            "schoolOfRecord",
          ],
        },
        {
          "extensions": {
            "agency": "EDUCATION",
            "category": "EDUCATION",
            "code": "FORBIDDEN",
            "legalBasis": "20 USC 1232g(b); 34 CFR 99.30 (inferred)",
            "reason": "CONSENT_REQUIRED",
            "ruleId": "education.consent.probation",
          },
          "message": "Not shared: education records need the youth's consent naming Probation",
          "path": [
            "_entities",
            0,
            "education",
            "specialEducation",
          ],
        },
      ]
    `);
  });

  // FERPA consent is the parent's or the education rights holder's until the student turns 18 (34 CFR 99.30, 99.5).
  it('releases them to probation once a consent from the education rights holder names probation', async () => {
    consents.set(held.youthId, [
      {
        id: 'consent-edu-1',
        grantor: 'GUARDIAN',
        categories: ['EDUCATION'],
        recipientAgencies: ['PROBATION'],
        purposes: ['CARE_COORDINATION'],
        status: 'ACTIVE',
        effectiveFrom: '2026-01-01T00:00:00Z',
        effectiveTo: null,
      },
    ]);
    try {
      const json = await answer('po-nguyen', held.youthId);
      expect(json.errors).toBeUndefined();
      expect(json.data._entities[0].education.schoolOfRecord).toEqual({
        schoolName: expected(held).education.schoolOfRecord.schoolName,
      });
    } finally {
      consents.delete(held.youthId);
    }
  });

  it('denies the prosecutor without a court order, alike whether or not the agency holds a record', async () => {
    const [a, b] = [await answer('da-reyes', held.youthId), await answer('da-reyes', notHeld.id)];
    expect(a).toEqual(b);
    expect(withoutLocations(a.errors)).toMatchInlineSnapshot(`
      [
        {
          "extensions": {
            "agency": "EDUCATION",
            "category": "EDUCATION",
            "code": "FORBIDDEN",
            "legalBasis": "WIC 827 (JV-570 court order)",
            "reason": "COURT_ORDER_REQUIRED",
            "ruleId": "education.court-order.prosecutor",
          },
          "message": "Not shared: education records need a court order naming the District Attorney",
          "path": [
            "_entities",
            0,
            "education",
            "schoolOfRecord",
          ],
        },
        {
          "extensions": {
            "agency": "EDUCATION",
            "category": "EDUCATION",
            "code": "FORBIDDEN",
            "legalBasis": "WIC 827 (JV-570 court order)",
            "reason": "COURT_ORDER_REQUIRED",
            "ruleId": "education.court-order.prosecutor",
          },
          "message": "Not shared: education records need a court order naming the District Attorney",
          "path": [
            "_entities",
            0,
            "education",
            "specialEducation",
          ],
        },
      ]
    `);
  });
});

describe('the timeline', () => {
  type Event = { id: string; date: string; agency: string; category: string; kind: string; summary: string };
  const youth = world.education[0]!;
  const timelineOf = async (who: string) =>
    (
      await send(
        { query: entities(TIMELINE), variables: reps([youth.youthId]) },
        { token: await issueTestToken(subgraph.keys, persona(who)) },
      )
    ).json;

  it("gives the youth's school liaison every dated event of the education record, in order", async () => {
    const json = await timelineOf('school-park');
    expect(json.errors).toBeUndefined();
    const events: Event[] = json.data._entities[0].education.timeline.education;
    const iep = youth.specialEducation!;
    const expectedEvents = [
      ...youth.enrollments.flatMap((e) => [
        { date: e.enteredOn, kind: 'ENROLLED', summary: `Enrolled: ${e.schoolName}, ${e.district}` },
        ...(e.exitedOn
          ? [
              {
                date: e.exitedOn,
                kind: 'EXITED',
                summary: `Left ${e.schoolName} in grade ${e.gradeLevel}${e.exitReason ? `: ${e.exitReason}` : ''}`,
              },
            ]
          : []),
      ]),
      {
        date: iep.iepDate!,
        kind: 'IEP_HELD',
        summary: `IEP meeting; eligible under ${iep.eligibility!.toLowerCase().replaceAll('_', ' ')}`,
      },
      { date: iep.nextReviewOn!, kind: 'IEP_REVIEW_DUE', summary: 'Annual IEP review due' },
      {
        date: iep.nextReevaluationOn!,
        kind: 'REEVALUATION_DUE',
        summary: 'Three-yearly special-education reevaluation due',
      },
      {
        date: youth.credits!.asOf,
        kind: 'CREDITS_REPORTED',
        summary: `Transcript: ${youth.credits!.earned} of ${youth.credits!.required} credits toward a diploma`,
      },
    ];
    expect(events.map(({ date, kind, summary }) => ({ date, kind, summary }))).toEqual(
      expect.arrayContaining(expectedEvents),
    );
    expect(events).toHaveLength(expectedEvents.length);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.every((e) => e.agency === 'EDUCATION' && e.category === 'EDUCATION')).toBe(true);
    expect(events.every((e) => /^education:[a-z-]+:[\w-]+$/.test(e.id))).toBe(true);
    expect(events.map((e) => e.date)).toEqual(events.map((e) => e.date).sort());
  });

  it('denies the list as EDUCATION, null with a FORBIDDEN error at its path (probation, no consent)', async () => {
    const json = await timelineOf('po-nguyen');
    expect(json.data._entities[0].education.timeline).toEqual({ education: null });
    expect(json.errors.map(({ locations: _, ...e }: { locations: unknown }) => e)).toEqual([
      {
        message: "Not shared: education records need the youth's consent naming Probation",
        path: ['_entities', 0, 'education', 'timeline', 'education'],
        extensions: {
          code: 'FORBIDDEN',
          reason: 'CONSENT_REQUIRED',
          category: 'EDUCATION',
          agency: 'EDUCATION',
          ruleId: 'education.consent.probation',
          legalBasis: '20 USC 1232g(b); 34 CFR 99.30 (inferred)',
        },
      },
    ]);
  });
});
