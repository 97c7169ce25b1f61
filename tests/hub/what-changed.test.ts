import { buildASTSchema, getNamedType, isObjectType, parse, type GraphQLObjectType } from 'graphql';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committedSupergraph } from '@hub/schema';
import { countyDate, countyTimeZone } from '@hub/subgraph-kit';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { startHub, type Hub } from '../src/hub.ts';

// What changed (issue 16, item 4): each agency's timeline(since:) keeps what is dated from that
// day through today, decided list by list; the registry keeps each viewer's last look. A viewer
// denied a category is answered byte for byte the same whether or not that category changed.
const schema = buildASTSchema(parse(committedSupergraph()), { assumeValidSDL: true });
const youthType = schema.getType('Youth') as GraphQLObjectType;
const AGENCY_FIELDS = ['childWelfare', 'health', 'probation', 'education', 'districtAttorney', 'publicDefender'];
const LISTS = Object.fromEntries(
  AGENCY_FIELDS.map((field) => {
    const record = getNamedType(youthType.getFields()[field]!.type) as GraphQLObjectType;
    const timeline = getNamedType(record.getFields().timeline!.type);
    if (!isObjectType(timeline)) throw new Error(`${field}.timeline is not an object`);
    return [field, Object.keys(timeline.getFields())];
  }),
);
const timelines = (args: string, selection: string) =>
  AGENCY_FIELDS.map(
    (f) => `${f} { timeline${args} { ${LISTS[f]!.map((list) => `${list}${selection}`).join(' ')} } }`,
  ).join(' ');

/** The summary's "since you last looked" strip, as the web app asks it. */
const CHANGES = `query ($id: ID!, $since: String) { youth(id: $id) { id ${timelines(
  '(since: $since)',
  ' { id date agency category kind summary }',
)} } }`;
/** The caseload page: the viewer's own last look at each youth, and the missing-now flags. */
const CASELOAD = `{ youths(first: 50) { edges { myLastLook node { id displayName
  childWelfare { missingNow { since hours } } probation { missingNow { since hours } } } } } }`;
/** The caseload's news marks, as the web app asks them apart from the page: each list's newest event up to today. */
const NEWS = `query ($since: String, $id: ID!) { youth(id: $id) { id ${timelines('(since: $since)', '(last: 1) { date }')} } }`;
/** The strip's other view, "since the last MDT meeting": the youth's meetings shown to the viewer, then the timelines since the latest begun. */
const MEETINGS = `query ($id: ID!) { youth(id: $id) { id mdtMeetings { id startsAt } } }`;
const MARK = `mutation ($id: ID!) { markYouthSeen(youthId: $id) { youthId previousLookAt lookedAt } }`;

type Event = { id: string; date: string; category: string; kind: string };
const eventsOf = (youth: Record<string, { timeline: Record<string, Event[] | null> } | null>) =>
  AGENCY_FIELDS.flatMap((f) => Object.values(youth[f]?.timeline ?? {}).flatMap((list) => list ?? []));

// County days, as the agencies date their events.
const today = () => countyDate(new Date(), countyTimeZone());
const daysAgo = (n: number) => countyDate(new Date(Date.now() - n * 86_400_000), countyTimeZone());

describe.each(TEST_ENGINES)('what changed (%s)', (engine) => {
  let hub: Hub;
  let youthId: string;
  beforeAll(async () => {
    hub = await startHub({ youths: 20, engine });
    // A youth child welfare serves, on the worker's and the mentor's caseloads.
    const lean = `{ youths(first: 100) { edges { node { id } } } }`;
    const of = async (p: string) =>
      new Set(
        (await hub.query(p, lean)).json.data.youths.edges.map((e: { node: { id: string } }) => e.node.id) as string[],
      );
    const [worker, mentor] = await Promise.all([of('sw-garcia'), of('mentor-lee')]);
    youthId = hub.world.childWelfare.map((c) => c.youthId).find((id) => worker.has(id) && mentor.has(id))!;
    expect(youthId).toBeDefined();
  });
  afterAll(() => hub?.close());

  const changes = async (persona: string, since: string | null) => {
    const { status, json } = await hub.query(persona, CHANGES, { id: youthId, since });
    expect(status).toBe(200);
    return json;
  };

  it('keeps what is dated from since through today, list by list, and last: n keeps the newest', async () => {
    const all = eventsOf((await changes('sw-garcia', null)).data.youth);
    const since = daysAgo(400);
    const windowed = eventsOf((await changes('sw-garcia', since)).data.youth);
    const expected = all.filter((e) => e.date >= since && e.date <= today());
    expect(windowed.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
    // A date-time reads as its county day.
    const instant = eventsOf((await changes('sw-garcia', `${since}T20:00:00Z`)).data.youth);
    expect(instant.length).toBeGreaterThanOrEqual(windowed.length);
    // A placement started today is in the window of today.
    await hub.databases['child-welfare']!
      .rows(sql`insert into cw_placement (local_id, sequence, kind, provider_name, start_date)
      select local_id, 99, 'SHELTER', 'Harbor Shelter', ${today()}::date from cw_case where hub_youth_id = ${youthId}`);
    const now = eventsOf((await changes('sw-garcia', today())).data.youth);
    expect(now.map((e) => e.kind)).toContain('PLACEMENT_STARTED');
    expect(now.every((e) => e.date === today())).toBe(true);
    const { json } = await hub.query(
      'sw-garcia',
      `query ($id: ID!) { youth(id: $id) { childWelfare { timeline { placement(last: 1) { date kind } } } } }`,
      { id: youthId },
    );
    expect(json.data.youth.childWelfare.timeline.placement).toHaveLength(1);
    expect(json.data.youth.childWelfare.timeline.placement[0].date).toBe(
      [...all.filter((e) => e.category === 'PLACEMENT').map((e) => e.date), today()].sort().at(-1),
    );
  });

  it('refuses a since or a last it cannot read, naming the argument', async () => {
    for (const since of ['yesterday', '2026-13-45', '2026-01-01T25:00:00Z']) {
      const json = await changes('sw-garcia', since);
      const error = json.errors.find((e: { path?: string[] }) => e.path?.join('.') === 'youth.childWelfare.timeline');
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/timeline\(since:\)/);
    }
    const { json } = await hub.query(
      'sw-garcia',
      `query ($id: ID!) { youth(id: $id) { childWelfare { timeline { placement(last: 0) { id } } } } }`,
      { id: youthId },
    );
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(json.errors[0].message).toMatch(/placement\(last:\)/);
  });

  it("keeps each viewer's own last look, and answers a youth off the viewer's caseload as a missing one", async () => {
    const first = (await hub.query('po-nguyen', MARK, { id: youthId })).json;
    const probationYouths = hub.world.probation.map((p) => p.youthId);
    if (first.data.markYouthSeen) {
      expect(first.data.markYouthSeen.previousLookAt).toBeNull();
    } else {
      expect(probationYouths).not.toContain(youthId);
    }
    const a = (await hub.query('sw-garcia', MARK, { id: youthId })).json.data.markYouthSeen;
    const b = (await hub.query('sw-garcia', MARK, { id: youthId })).json.data.markYouthSeen;
    expect(a.youthId).toBe(youthId);
    expect(b.previousLookAt).toBe(a.lookedAt);
    expect(Date.parse(b.lookedAt)).toBeGreaterThanOrEqual(Date.parse(a.lookedAt));
    // The caseload shows the worker her own look, and the mentor none of it.
    const look = async (persona: string) =>
      (await hub.query(persona, CASELOAD)).json.data.youths.edges.find(
        (e: { node: { id: string } }) => e.node.id === youthId,
      )?.myLastLook;
    expect(await look('sw-garcia')).toBe(b.lookedAt);
    expect(await look('mentor-lee')).toBeNull();
    // Nonexistent and not linked: the same null, no error, nothing written.
    const stranger = hub.world.youths.find((y) => !probationYouths.includes(y.id))!.id;
    const missing = await hub.query('po-nguyen', MARK, { id: '00000000-0000-4000-8000-000000000000' });
    const unlinked = await hub.query('po-nguyen', MARK, { id: stranger });
    expect(missing.json).toEqual({ data: { markYouthSeen: null } });
    expect(unlinked.json).toEqual(missing.json);
    expect((await hub.query('po-nguyen', MARK, { id: 'not-a-uuid' })).json.errors[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  /** The strip since the last MDT meeting, as the web app builds it (src/api/changes.ts, lastMeetingBefore). */
  const sinceMeeting = async (persona: string) => {
    const meetings = (await hub.query(persona, MEETINGS, { id: youthId })).json;
    const begun = ((meetings.data?.youth?.mdtMeetings ?? []) as { startsAt: string }[])
      .map((m) => m.startsAt)
      .filter((at) => Date.parse(at) <= Date.now())
      .sort();
    const last = begun.at(-1) ?? null;
    return { meetings, last, changes: last ? await changes(persona, last) : null };
  };

  it('answers the mentor, denied runaway records and placements, the same caseload, flags, news and strip (since her look and since the last meeting) whether or not they changed or exist', async () => {
    const since = daysAgo(30);
    const strip = async () => JSON.stringify([await changes('mentor-lee', since), await sinceMeeting('mentor-lee')]);
    const news = async () =>
      JSON.stringify([
        (await hub.query('mentor-lee', CASELOAD)).json,
        (await hub.query('mentor-lee', NEWS, { since, id: youthId })).json,
      ]);
    await hub.query('mentor-lee', MARK, { id: youthId });
    const cw = hub.databases['child-welfare']!;
    await cw.rows(sql`delete from cw_runaway_episode`);
    const [stripBefore, newsBefore] = [await strip(), await news()];
    // The meeting view is not vacuous: the mentor was at a meeting of this youth's team.
    expect((JSON.parse(stripBefore) as [unknown, { last: string | null }])[1].last).not.toBeNull();
    const workerBefore = JSON.stringify(await changes('sw-garcia', since));
    const workerMeetingBefore = await sinceMeeting('sw-garcia');
    // The youth runs today, and a new placement starts: categories the mentor may not see.
    await cw.rows(sql`insert into cw_runaway_episode (local_id, left_on, started_at, reported_by)
      select local_id, ${today()}::date, now() - interval '3 hours', 'Foster parent' from cw_case where hub_youth_id = ${youthId}`);
    await cw.rows(sql`insert into cw_placement (local_id, sequence, kind, provider_name, start_date)
      select local_id, 98, 'GROUP_HOME', 'Oak House', ${today()}::date from cw_case where hub_youth_id = ${youthId}`);
    expect(await strip()).toBe(stripBefore);
    expect(await news()).toBe(newsBefore);
    // The worker, to whom both are released, does see the change: the comparison is not empty.
    const worker = await changes('sw-garcia', since);
    expect(JSON.stringify(worker)).not.toBe(workerBefore);
    expect(eventsOf(worker.data.youth).map((e) => e.kind)).toEqual(
      expect.arrayContaining(['RUNAWAY_LEFT', 'PLACEMENT_STARTED']),
    );
    // And so does her view since the last meeting she was at.
    const workerMeeting = await sinceMeeting('sw-garcia');
    expect(workerMeeting.last).not.toBeNull();
    expect(JSON.stringify(workerMeeting)).not.toBe(JSON.stringify(workerMeetingBefore));
    expect(eventsOf(workerMeeting.changes!.data.youth).map((e) => e.kind)).toEqual(
      expect.arrayContaining(['RUNAWAY_LEFT', 'PLACEMENT_STARTED']),
    );
  });
});
