import { describe, expect, it } from 'vitest';
import { generateWorld, persona } from '@hub/synthetic';
import {
  describeDirectCallRefusals,
  issueTestToken,
  startTestSubgraph,
  type GatewayRequestOptions,
  type GraphQLBody,
} from '@hub/subgraph-kit/testing';
import { PART2_NOTICE, ROLE_AGENCY, type YouthFacts } from '@hub/policies';
import { buildHealth, MIGRATIONS, seedHealth } from '../src/server.ts';

// Straight to the subgraph, as an attacker who bypasses the gateway would.
const world = generateWorld({ youths: 80 });
const youthIds = world.health.map((c) => c.youthId);

const entities = (fields: string) =>
  `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { id health { ${fields} } } } }`;
// Every table of the subgraph, so the statement count covers each of them.
const RECORD = `
  mentalHealth { currentProvider treatmentStatus diagnoses { text diagnosedOn } }
  psychotherapyNotes { writtenOn author text }
  substanceUse { programName status redisclosureNotice }
  sexualHealth { visits { visitOn service } }
  physicalHealth { lastExamOn primaryClinician medications { name dose } upcomingAppointments { scheduledOn kind } }`;
const EVENT = '{ id date agency category kind summary }';
const TIMELINE = `timeline { mentalHealth ${EVENT} psychotherapyNotes ${EVENT} substanceUse ${EVENT}
  sexualHealth ${EVENT} physicalHealth ${EVENT} }`;
const ENTITIES = entities(RECORD);
const reps = (ids: string[]) => ({ r: ids.map((id) => ({ __typename: 'Youth', id })) });

const subgraph = startTestSubgraph({
  name: 'health',
  migrations: MIGRATIONS,
  seed: (database) => seedHealth(database, world),
  build: buildHealth,
  // A registry stand-in: health and the viewer's own agency serve every youth; the viewer is on
  // every team and works in Health's program treating every youth (substance use: "A in program");
  // the youth has consented to Health's own clinicians seeing sexual-health records (the policy
  // cannot yet tell the treating clinician from Health at large).
  facts: (viewer, id): YouthFacts => ({
    youthId: id,
    servedBy: [...new Set(['HEALTH' as const, ROLE_AGENCY[viewer.role]])],
    team: { onTeam: true },
    inProgramOf: ['HEALTH'],
    consents: [
      {
        id: 'consent-health',
        grantor: 'YOUTH',
        categories: ['SEXUAL_HEALTH'],
        recipientAgencies: ['HEALTH'],
        purposes: [],
        status: 'ACTIVE',
        effectiveFrom: '2020-01-01T00:00:00Z',
        effectiveTo: null,
      },
    ],
    courtOrders: [],
    emergencyGrant: null,
  }),
  viewer: persona('clin-okafor'),
});
const send = (
  body: GraphQLBody = { query: ENTITIES, variables: reps(youthIds.slice(0, 1)) },
  opts: Partial<GatewayRequestOptions> = {},
) => subgraph.send(body, opts);

describeDirectCallRefusals({
  subgraph: 'health',
  otherSubgraph: 'child-welfare',
  viewer: persona('clin-okafor'),
  selection: `health { ${RECORD} }`,
  target: () => ({ ...subgraph, youthIds }),
});

describe('a direct call to the health subgraph', () => {
  it('answers a correctly signed _entities call with every part for the treating clinician', async () => {
    const { status, json } = await send();
    const youth = world.health[0]!;
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    // The 42 CFR 2.32 notice rides twice: inside the record and beside the response.
    expect(json.extensions).toEqual({ obligations: [{ code: 'PART2_REDISCLOSURE_NOTICE', text: PART2_NOTICE }] });
    expect(json.data._entities[0]).toEqual({
      id: youth.youthId,
      health: {
        mentalHealth: {
          currentProvider: youth.mentalHealth!.provider,
          treatmentStatus: 'ACTIVE',
          diagnoses: youth.mentalHealth!.diagnoses.map(({ text, diagnosedOn }) => ({ text, diagnosedOn })),
        },
        psychotherapyNotes: youth.psychotherapyNotes.map(({ writtenOn, author, text }) => ({
          writtenOn,
          author,
          text,
        })),
        substanceUse: {
          programName: youth.substanceUse!.programName,
          status: 'IN_TREATMENT',
          redisclosureNotice: PART2_NOTICE,
        },
        sexualHealth: { visits: youth.sexualHealthVisits },
        physicalHealth: {
          lastExamOn: youth.lastExamOn,
          primaryClinician: youth.primaryClinician,
          medications: youth.medications,
          upcomingAppointments: youth.appointments
            .filter((a) => a.status === 'BOOKED')
            .map(({ scheduledOn, kind }) => ({ scheduledOn, kind })),
        },
      },
    });
  });

  it('shows a clinician only the psychotherapy notes they wrote', async () => {
    const other = world.health.find(
      (c) => c.psychotherapyNotes.length && c.psychotherapyNotes[0]!.authorId !== 'clin-okafor',
    )!;
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { health { psychotherapyNotes { author } } } } }`;
    const { json } = await send({ query, variables: reps([other.youthId]) });
    expect(json).toEqual({ data: { _entities: [{ health: { psychotherapyNotes: [] } }] } });
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
    // treatment, diagnoses, notes, substance use, visits, patient, medications, appointments: the
    // timeline reads through the same loaders and adds none
    expect(one).toBe(8);
    expect(fifty).toBe(one);
  });
});

describe('what a viewer from another agency is told', () => {
  const inTreatment = world.health.find((c) => c.substanceUse && c.psychotherapyNotes.length)!;
  const notInTreatment = world.health.find((c) => !c.substanceUse && c.psychotherapyNotes.length)!;
  const QUERY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { health {
    mentalHealth { treatmentStatus } psychotherapyNotes { text } substanceUse { programName }
  } } } }`;

  it('denies Part 2 records and therapy notes alike whether or not the youth has any (probation, on the team, no consent)', async () => {
    const probation = await issueTestToken(subgraph.keys, persona('po-nguyen'));
    const answer = async (youthId: string) =>
      (await send({ query: QUERY, variables: reps([youthId]) }, { token: probation })).json;
    const [a, b] = [await answer(inTreatment.youthId), await answer(notInTreatment.youthId)];
    expect(a.errors).toEqual(b.errors);
    expect(a.extensions).toBeUndefined(); // nothing of Part 2 released, so no notice
    expect(a.data._entities[0].health).toEqual({
      mentalHealth: { treatmentStatus: inTreatment.mentalHealth!.treatmentStatus },
      psychotherapyNotes: null,
      substanceUse: null,
    });
    expect(a.errors.map(({ locations: _, ...e }: { locations: unknown }) => e)).toEqual([
      {
        message: 'Not shared: psychotherapy notes are never shared with your role',
        path: ['_entities', 0, 'health', 'psychotherapyNotes'],
        extensions: {
          code: 'FORBIDDEN',
          reason: 'NEVER_SHARED',
          category: 'PSYCHOTHERAPY_NOTES',
          agency: 'HEALTH',
          ruleId: 'invariant.psychotherapy-notes',
          legalBasis: '45 CFR 164.508(a)(2); WIC 5328',
        },
      },
      {
        message: "Not shared: substance-use treatment records need the youth's consent naming Probation",
        path: ['_entities', 0, 'health', 'substanceUse'],
        extensions: {
          code: 'FORBIDDEN',
          reason: 'CONSENT_REQUIRED',
          category: 'SUBSTANCE_USE',
          agency: 'HEALTH',
          ruleId: 'su.consent.probation',
          legalBasis: '42 CFR 2.31, 2.35',
        },
      },
    ]);
  });
});

describe('the timeline', () => {
  type Event = { id: string; date: string; agency: string; category: string; kind: string; summary: string };
  const youth = world.health[0]!;
  const timelineOf = async (who: string, fields = TIMELINE, youthId = youth.youthId) =>
    (
      await send(
        { query: entities(fields), variables: reps([youthId]) },
        { token: await issueTestToken(subgraph.keys, persona(who)) },
      )
    ).json;
  const read = (events: Event[]) => events.map(({ date, kind, summary }) => ({ date, kind, summary }));
  const expectList = (events: Event[], category: string, expected: ReturnType<typeof read>) => {
    expect(read(events)).toEqual(expect.arrayContaining(expected));
    expect(events).toHaveLength(expected.length);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.every((e) => e.agency === 'HEALTH' && e.category === category)).toBe(true);
    expect(events.every((e) => /^health:[a-z-]+:[\w-]+$/.test(e.id))).toBe(true);
    expect(events.map((e) => e.date)).toEqual(events.map((e) => e.date).sort());
  };

  it('gives the treating clinician every dated event, one list per category, in order', async () => {
    const json = await timelineOf('clin-okafor');
    expect(json.errors).toBeUndefined();
    const { mentalHealth, psychotherapyNotes, substanceUse, sexualHealth, physicalHealth } =
      json.data._entities[0].health.timeline;
    const mh = youth.mentalHealth!;
    const su = youth.substanceUse!;
    expectList(mentalHealth, 'MENTAL_HEALTH', [
      ...mh.diagnoses.map((d) => ({
        date: d.diagnosedOn,
        kind: 'DIAGNOSED',
        summary: `Diagnosed: ${d.code} ${d.text}`,
      })),
      {
        date: mh.nextAppointmentOn!,
        kind: 'APPOINTMENT_SCHEDULED',
        summary: `Mental-health appointment with Ada Okafor, ${mh.provider}`,
      },
    ]);
    // Okafor wrote them; the summary names the author and never carries the note's text.
    expectList(
      psychotherapyNotes,
      'PSYCHOTHERAPY_NOTES',
      youth.psychotherapyNotes.map((n) => ({
        date: n.writtenOn,
        kind: 'NOTE_WRITTEN',
        summary: 'Psychotherapy note by Ada Okafor',
      })),
    );
    expect(psychotherapyNotes.length).toBeGreaterThan(0);
    expectList(substanceUse, 'SUBSTANCE_USE', [
      {
        date: su.admittedOn,
        kind: 'ADMITTED',
        summary: `Admitted: ${su.programName} (${su.levelOfCare.toLowerCase().replaceAll('_', ' ')})`,
      },
    ]);
    expectList(
      sexualHealth,
      'SEXUAL_HEALTH',
      youth.sexualHealthVisits.map((v) => ({
        date: v.visitOn,
        kind: 'VISIT_ATTENDED',
        summary: expect.stringMatching(/^Visit: /),
      })),
    );
    expectList(physicalHealth, 'PHYSICAL_HEALTH', [
      {
        date: youth.lastExamOn!,
        kind: 'EXAM_COMPLETED',
        summary: `Physical exam; primary clinician ${youth.primaryClinician}`,
      },
      ...youth.appointments
        .filter((a) => a.status === 'BOOKED')
        .map((a) => ({
          date: a.scheduledOn,
          kind: 'APPOINTMENT_SCHEDULED',
          summary: `${a.kind} booked at ${a.clinic}`,
        })),
    ]);
  });

  it('attaches the 42 CFR 2.32 notice when the substance-use list alone is released', async () => {
    const json = await timelineOf('clin-okafor', `timeline { substanceUse ${EVENT} }`);
    expect(json.errors).toBeUndefined();
    expect(json.data._entities[0].health.timeline.substanceUse).toHaveLength(1);
    expect(json.extensions).toEqual({ obligations: [{ code: 'PART2_REDISCLOSURE_NOTICE', text: PART2_NOTICE }] });
  });

  it("keeps another clinician's notes out, as psychotherapyNotes does", async () => {
    const other = world.health.find(
      (c) => c.psychotherapyNotes.length && c.psychotherapyNotes[0]!.authorId !== 'clin-okafor',
    )!;
    const json = await timelineOf('clin-okafor', `timeline { psychotherapyNotes ${EVENT} }`, other.youthId);
    expect(json).toEqual({
      data: { _entities: [{ id: other.youthId, health: { timeline: { psychotherapyNotes: [] } } }] },
    });
  });

  it('denies a list as its category, null with a FORBIDDEN error at its path, and no notice (probation, no consent)', async () => {
    const json = await timelineOf('po-nguyen');
    const { mentalHealth, psychotherapyNotes, substanceUse, sexualHealth, physicalHealth } =
      json.data._entities[0].health.timeline;
    // Mental and physical health are limited cells for probation (docs/domain.md, Limited cells):
    // the dated clinical events are not among the fields they release.
    expect([mentalHealth, physicalHealth, psychotherapyNotes, substanceUse, sexualHealth]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(json.extensions).toBeUndefined(); // nothing of Part 2 released, so no notice
    const denied = (field: string, category: string, reason: string, ruleId: string) => ({
      path: ['_entities', 0, 'health', 'timeline', field],
      code: 'FORBIDDEN',
      category,
      reason,
      ruleId,
    });
    expect(
      json.errors
        .map(({ path, extensions: { code, category, reason, ruleId } }: any) => ({
          path,
          code,
          category,
          reason,
          ruleId,
        }))
        .sort((a: { path: string[] }, b: { path: string[] }) => a.path.join('.').localeCompare(b.path.join('.'))),
    ).toEqual([
      denied('mentalHealth', 'MENTAL_HEALTH', 'NEVER_SHARED', 'mh.team.probation'),
      denied('physicalHealth', 'PHYSICAL_HEALTH', 'NEVER_SHARED', 'physical-health.team.probation'),
      denied('psychotherapyNotes', 'PSYCHOTHERAPY_NOTES', 'NEVER_SHARED', 'invariant.psychotherapy-notes'),
      denied('sexualHealth', 'SEXUAL_HEALTH', 'CONSENT_REQUIRED', 'sexual-health.consent.probation'),
      denied('substanceUse', 'SUBSTANCE_USE', 'CONSENT_REQUIRED', 'su.consent.probation'),
    ]);
  });
});
