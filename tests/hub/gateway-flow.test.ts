import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { startHub, type Hub } from '../src/hub.ts';

const CW_RECORD = /* GraphQL */ `
  query Youth($id: ID!) {
    youth(id: $id) {
      id
      displayName
      childWelfare {
        caseNumber
        dependencyStatus
        assignedWorker {
          name
        }
        placements {
          kind
          startDate
          endDate
        }
        runawayEpisodes {
          leftOn
          returnedOn
        }
        csecIndicators {
          indicator
        }
      }
    }
  }
`;

describe.each(TEST_ENGINES)('through the gateway (%s)', (engine) => {
  let hub: Hub;
  let fixed: string;
  beforeAll(async () => {
    hub = await startHub({ engine });
    fixed = hub.world.youths[0]!.id;
  });
  afterAll(() => hub?.close());

  it("a child-welfare worker on the youth's MDT reads the child-welfare record", async () => {
    const { status, json } = await hub.query('sw-garcia', CW_RECORD, { id: fixed });
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    const cw = hub.world.childWelfare.find((c) => c.youthId === fixed)!;
    expect(json.data.youth.childWelfare).toEqual({
      caseNumber: cw.localId,
      dependencyStatus: cw.dependencyStatus,
      assignedWorker: { name: cw.workerName },
      placements: cw.placements.map(({ kind, startDate, endDate }) => ({ kind, startDate, endDate })),
      runawayEpisodes: [...cw.runaways]
        .sort((a, b) => a.leftOn.localeCompare(b.leftOn))
        .map(({ leftOn, returnedOn }) => ({ leftOn, returnedOn })),
      csecIndicators: [...cw.indicators]
        .sort((a, b) => a.observedOn.localeCompare(b.observedOn))
        .map(({ indicator }) => ({ indicator })),
    });
    expect(json.data.youth.displayName).toMatch(/^[A-Z]\. [A-Z]\.$/);
  });

  it('a probation officer on no team for the youth gets the same answer as for a youth that does not exist', async () => {
    const team = hub.world.teams.find((t) => t.youthId === fixed)!;
    expect(team.members.some((m) => m.personId === 'po-nguyen')).toBe(false);
    // Probation must not serve this youth either for the test to mean anything: pick one it does not.
    const unserved = hub.world.youths.find(
      (y) =>
        !y.localIds.PROBATION &&
        !hub.world.teams.find((t) => t.youthId === y.id)?.members.some((m) => m.personId === 'po-nguyen'),
    )!;
    const seen = await hub.query('po-nguyen', CW_RECORD, { id: unserved.id });
    const missing = await hub.query('po-nguyen', CW_RECORD, { id: '00000000-0000-4000-8000-000000000000' });
    expect(seen).toEqual(missing);
    expect(seen).toEqual({ status: 200, json: { data: { youth: null } } });
  });

  it('a denied field is null with the error shape of docs/architecture.md', async () => {
    // The survivor mentor sits on the fixed youth's team; placements need the youth's consent (C*).
    const { json } = await hub.query(
      'mentor-lee',
      /* GraphQL */ `
        query ($id: ID!) {
          youth(id: $id) {
            id
            childWelfare {
              placements {
                kind
              }
            }
          }
        }
      `,
      { id: fixed },
    );
    expect(json).toEqual({
      data: { youth: { id: fixed, childWelfare: { placements: null } } },
      errors: [
        {
          message: "Not shared: placement records need the youth's consent naming community partners",
          path: ['youth', 'childWelfare', 'placements'],
          extensions: {
            code: 'FORBIDDEN',
            reason: 'CONSENT_REQUIRED',
            category: 'PLACEMENT',
            agency: 'CHILD_WELFARE',
            ruleId: 'placement.consent.mentor',
            serviceName: 'child-welfare',
            legalBasis: 'WIC 827(a)(1)(J); WIC 830; Penal Code 293 (inferred)',
          },
        },
      ],
    });
  });

  it('an empty record and a full one are denied alike', async () => {
    const mentorTeams = hub.world.teams.filter((t) => t.members.some((m) => m.personId === 'mentor-lee' && !m.toDate));
    const withCw = mentorTeams.find((t) => hub.world.childWelfare.some((c) => c.youthId === t.youthId))!;
    const withoutCw = mentorTeams.find((t) => !hub.world.childWelfare.some((c) => c.youthId === t.youthId));
    expect(withoutCw, 'the seed needs a mentor-team youth without a child-welfare case').toBeDefined();
    const ask = (id: string) =>
      hub.query(
        'mentor-lee',
        `query ($id: ID!) { youth(id: $id) { childWelfare { caseNumber placements { kind } csecIndicators { indicator } } } }`,
        { id },
      );
    const [a, b] = await Promise.all([ask(withCw.youthId), ask(withoutCw!.youthId)]);
    expect(a).toEqual(b);
    expect(a.json.errors).toHaveLength(3);
  });

  it('two viewers asking the same query at the same moment each get their own answer', async () => {
    const q = `query ($id: ID!) { youth(id: $id) { childWelfare { placements { kind } } } }`;
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) => hub.query(i % 2 ? 'mentor-lee' : 'sw-garcia', q, { id: fixed })),
    );
    answers.forEach((a, i) => {
      if (i % 2) expect(a.json.data.youth.childWelfare.placements).toBeNull();
      else expect(a.json.data.youth.childWelfare.placements.length).toBeGreaterThan(0);
    });
  });

  it('me tells the viewer who the verified token says they are', async () => {
    const { json } = await hub.query('po-nguyen', '{ me { sub name agency role } }');
    expect(json).toEqual({
      data: { me: { sub: 'po-nguyen', name: 'Sam Nguyen', agency: 'PROBATION', role: 'PROBATION_OFFICER' } },
    });
  });
});

describe('denials in a list', () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub({ youths: 100 });
  });
  afterAll(() => hub?.close());

  it('put each error at the path of the youth it concerns', async () => {
    const { json } = await hub.query(
      'clin-okafor',
      `{ youths(first: 30) { edges { node { id childWelfare { caseNumber } } } } }`,
    );
    const edges = json.data.youths.edges as { node: { id: string } }[];
    const today = new Date().toISOString().slice(0, 10);
    const onTeam = (id: string) =>
      hub.world.teams.some(
        (t) =>
          t.youthId === id && t.members.some((m) => m.personId === 'clin-okafor' && (!m.toDate || m.toDate >= today)),
      );
    const deniedIndexes = (json.errors ?? [])
      .map((e: { path: (string | number)[] }) => e.path[2])
      .sort((a: number, b: number) => a - b);
    const expected = edges.flatMap((e, i) => (onTeam(e.node.id) ? [] : [i]));
    expect(expected.length).toBeGreaterThan(0);
    expect(deniedIndexes).toEqual(expected);
  });
});

describe('the caseload search', () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub({ youths: 100 });
  });
  afterAll(() => hub?.close());

  it('never finds a youth by a name the viewer may not see', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const onTeam = (id: string, who: string) =>
      hub.world.teams.some(
        (t) => t.youthId === id && t.members.some((m) => m.personId === who && (!m.toDate || m.toDate >= today)),
      );
    // Health serves this youth, so the clinician has it in her caseload, but identity is M for her.
    const hidden = hub.world.youths.find((y) => y.localIds.HEALTH && !onTeam(y.id, 'clin-okafor'))!;
    const search = `query ($s: String) { youths(first: 50, search: $s) { totalCount edges { node { id } } } }`;
    const clinician = await hub.query('clin-okafor', search, { s: hidden.givenName });
    expect(clinician.json.data.youths.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(hidden.id);
    const shown = hub.world.youths.find((y) => onTeam(y.id, 'clin-okafor'))!;
    const found = await hub.query('clin-okafor', search, { s: shown.givenName });
    expect(found.json.data.youths.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(shown.id);
  });

  it('treats an upper-case youth id like its lower-case self', async () => {
    const id = hub.world.youths[0]!.id;
    const q = `query ($id: ID!) { youth(id: $id) { id childWelfare { caseNumber } } }`;
    const upper = await hub.query('sw-garcia', q, { id: id.toUpperCase() });
    expect(upper.json.data.youth).toEqual({
      id,
      childWelfare: { caseNumber: hub.world.childWelfare.find((c) => c.youthId === id)!.localId },
    });
  });
});
