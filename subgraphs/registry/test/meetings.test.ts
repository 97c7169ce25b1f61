import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countyTimeZone } from '@hub/subgraph-kit';
import { TEST_ENGINES } from '@hub/subgraph-kit/testing';
import { countyInstant, countyLocal } from '../src/county-time.ts';
import { refusal, startRegistry, type TestRegistry } from './registry.ts';

const MEETING = `id startsAt startsAtLocal kind trigger triggeredAt scheduledBy notShownCount invited
  invitees { sub name agency role notShownYouthIds }
  attendance { sub } attendanceRecordedBy
  agenda { meetingId startsAtLocal minutes youth { id } previousMeetingAt
    openActionItems { id text status } notes { id currentText } }`;
const SCHEDULE = `mutation ($input: ScheduleMdtMeetingInput!) { scheduleMdtMeeting(input: $input) { ${MEETING} } }`;
const MEETINGS = `query ($from: String, $to: String) { mdtMeetings(from: $from, to: $to) { ${MEETING} } }`;
const ONE = `query ($id: ID!) { mdtMeeting(id: $id) { ${MEETING} } }`;
const YOUTH_MEETINGS = `query ($id: ID!) { youth(id: $id) { mdtMeetings { id agenda { youth { id } } } } }`;
const ATTEND = `mutation ($meetingId: ID!, $attendees: [ID!]!) {
  recordAttendance(meetingId: $meetingId, attendees: $attendees) { id attendance { sub } attendanceRecordedBy } }`;
const NOTE = `mutation ($youthId: ID!, $text: String!, $meetingId: ID) {
  recordMdtNote(youthId: $youthId, text: $text, meetingId: $meetingId) { id meetingId } }`;
const ITEM = `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id meetingId } }`;
const NOWHERE = '00000000-0000-4000-8000-000000000000';
/** The seed schedules each meeting three weeks ahead; the API and the tests' own rows, not. */
const SEEDED = (m: ReturnType<typeof sql>) => sql`${m}.scheduled_at <= ${m}.starts_at - interval '20 days'`;

const tz = countyTimeZone();
/** A county wall-clock time `hours` from now, on the minute. */
const local = (hours: number) => countyLocal(new Date(Date.now() + hours * 3_600_000), tz);

describe('county wall-clock times', () => {
  it('round-trips a time, refuses a malformed one and a time the clocks skip', () => {
    const at = countyInstant('2026-07-01T10:30', 'America/Los_Angeles');
    expect(at?.toISOString()).toBe('2026-07-01T17:30:00.000Z');
    expect(countyInstant('2026-12-01T10:30', 'America/Los_Angeles')?.toISOString()).toBe('2026-12-01T18:30:00.000Z');
    expect(countyLocal(at!, 'America/Los_Angeles')).toBe('2026-07-01T10:30');
    expect(countyInstant('2026-02-30T10:00', 'America/Los_Angeles')).toBeNull();
    expect(countyInstant('2026-03-08T02:30', 'America/Los_Angeles')).toBeNull();
    expect(countyInstant('10:00', 'America/Los_Angeles')).toBeNull();
  });
});

describe.each(TEST_ENGINES)('MDT meetings on %s', (engine) => {
  let registry: TestRegistry;
  let youthA: string; // the probation officer is not on its team
  let youthB: string; // everyone is on its team
  let offTeams: string; // a youth the mentor (linked only through teams) has no link to
  const mdtRows = async (youthId?: string) =>
    (
      await registry.database.rows<{ n: number }>(
        youthId
          ? sql`select count(*)::int as n from disclosure_log where access = 'MDT' and youth_id = ${youthId}`
          : sql`select count(*)::int as n from disclosure_log where access = 'MDT'`,
      )
    )[0]!.n;
  const onTeam = (youthId: string, sub: string) =>
    registry.world.teams.some((t) => t.youthId === youthId && t.members.some((m) => m.personId === sub));

  beforeAll(async () => {
    registry = await startRegistry(engine);
    youthA = registry.world.youths.find((y) => onTeam(y.id, 'sw-garcia') && !onTeam(y.id, 'po-nguyen'))!.id;
    youthB = registry.world.youths.find((y) => onTeam(y.id, 'sw-garcia') && onTeam(y.id, 'po-nguyen'))!.id;
    offTeams = registry.world.youths.find((y) => !onTeam(y.id, 'mentor-lee'))!.id;
  });
  afterAll(() => registry?.close());

  const monthly = (over: Record<string, unknown> = {}) => ({
    startsAt: local(48),
    kind: 'MONTHLY',
    agenda: [
      { youthId: youthA, startsAt: local(48) },
      { youthId: youthB, startsAt: local(49), minutes: 45 },
    ],
    invitees: ['sw-garcia', 'po-nguyen'],
    ...over,
  });

  it('schedules a monthly meeting: each invitee shown only the youths of their teams, one MDT row per youth', async () => {
    const before = [await mdtRows(youthA), await mdtRows(youthB)];
    const made = await registry.ask('coord-ortiz', SCHEDULE, { input: monthly() });
    expect(made.errors).toBeUndefined();
    const meeting = made.data.scheduleMdtMeeting;
    expect(meeting).toMatchObject({ kind: 'MONTHLY', trigger: null, scheduledBy: 'coord-ortiz', notShownCount: 0 });
    expect(meeting.startsAtLocal).toBe(local(48));
    expect(meeting.agenda.map((e: any) => [e.youth.id, e.minutes])).toEqual([
      [youthA, 60],
      [youthB, 45],
    ]);
    const po = meeting.invitees.find((i: any) => i.sub === 'po-nguyen');
    expect(po).toMatchObject({ agency: 'PROBATION', notShownYouthIds: [youthA] });
    expect([await mdtRows(youthA), await mdtRows(youthB)]).toEqual([before[0]! + 1, before[1]! + 1]);

    // The social worker sees both youths; the probation officer only youth B, and not who is not shown.
    const garcia = await registry.ask('sw-garcia', ONE, { id: meeting.id });
    expect(garcia.errors).toBeUndefined();
    expect(garcia.data.mdtMeeting.agenda.map((e: any) => e.youth.id)).toEqual([youthA, youthB]);
    expect(garcia.data.mdtMeeting.invited).toBe(true);
    // How many youths an invitee is not shown is the coordinator's only: null for every invitee.
    expect(garcia.data.mdtMeeting.notShownCount).toBeNull();
    const nguyen = await registry.ask('po-nguyen', ONE, { id: meeting.id });
    expect(nguyen.errors).toBeUndefined();
    expect(nguyen.data.mdtMeeting.agenda.map((e: any) => e.youth.id)).toEqual([youthB]);
    expect(nguyen.data.mdtMeeting.notShownCount).toBeNull();
    expect(nguyen.data.mdtMeeting.invitees.every((i: any) => i.notShownYouthIds === null)).toBe(true);
    // In the lists too, and under the youth.
    const list = await registry.ask('po-nguyen', MEETINGS, {});
    expect(list.data.mdtMeetings.find((m: any) => m.id === meeting.id).agenda).toHaveLength(1);
    const underA = await registry.ask('po-nguyen', YOUTH_MEETINGS, { id: youthA });
    expect((underA.data.youth?.mdtMeetings ?? []).some((m: any) => m.id === meeting.id)).toBe(false);
    const underB = await registry.ask('po-nguyen', YOUTH_MEETINGS, { id: youthB });
    expect(underB.data.youth.mdtMeetings.map((m: any) => m.id)).toContain(meeting.id);
    // A member not invited is not shown it.
    expect((await registry.ask('clin-okafor', ONE, { id: meeting.id })).data.mdtMeeting).toBeNull();
  });

  it('an agenda carries the open action items and the notes recorded at the meeting', async () => {
    const made = await registry.ask('coord-ortiz', SCHEDULE, {
      input: monthly({ startsAt: local(24 * 5), agenda: [{ youthId: youthB, startsAt: local(24 * 5) }] }),
    });
    expect(made.errors).toBeUndefined();
    const id = made.data.scheduleMdtMeeting.id;
    const item = await registry.ask('sw-garcia', ITEM, {
      input: {
        youthId: youthB,
        meetingId: id,
        text: 'Call the placement',
        ownerSub: 'sw-garcia',
        dueOn: local(24 * 6).slice(0, 10),
      },
    });
    expect(item.errors).toBeUndefined();
    expect(item.data.createActionItem.meetingId).toBe(id);
    const seen = await registry.ask('sw-garcia', ONE, { id });
    expect(seen.data.mdtMeeting.agenda[0].openActionItems.map((i: any) => i.id)).toContain(
      item.data.createActionItem.id,
    );
    expect(seen.data.mdtMeeting.agenda[0].previousMeetingAt).not.toBeNull();
    // Notes of a meeting are recorded from its day on.
    const early = await registry.ask('sw-garcia', NOTE, { youthId: youthB, meetingId: id, text: 'x' });
    expect(refusal(early).errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetingId' });
    // A meeting the youth is not on is named like a missing one.
    const notOn = await registry.ask('sw-garcia', NOTE, { youthId: youthA, meetingId: id, text: 'x' });
    const missing = await registry.ask('sw-garcia', NOTE, { youthId: youthA, meetingId: NOWHERE, text: 'x' });
    expect(refusal(notOn)).toEqual(refusal(missing));
  });

  it('an urgent meeting names its trigger and falls within 72 hours of it', async () => {
    const urgent = (over: Record<string, unknown>) =>
      registry.ask('coord-ortiz', SCHEDULE, {
        input: monthly({
          kind: 'URGENT',
          trigger: 'RUNAWAY_RETURN',
          triggeredAt: local(-2),
          startsAt: local(24),
          agenda: [{ youthId: youthB, startsAt: local(24) }],
          ...over,
        }),
      });
    const ok = await urgent({});
    expect(ok.errors).toBeUndefined();
    expect(ok.data.scheduleMdtMeeting).toMatchObject({ kind: 'URGENT', trigger: 'RUNAWAY_RETURN' });
    const late = await urgent({
      triggeredAt: local(-60),
      startsAt: local(13),
      agenda: [{ youthId: youthB, startsAt: local(13) }],
    });
    expect(refusal(late).errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    expect(refusal(late).errors[0].message).toMatch(/within 72 hours/);
    expect(refusal(await urgent({ trigger: null })).errors[0]).toMatchObject({ field: 'trigger' });
    expect(refusal(await urgent({ triggeredAt: local(2) })).errors[0]).toMatchObject({ field: 'triggeredAt' });
    const monthlyWithTrigger = await registry.ask('coord-ortiz', SCHEDULE, {
      input: monthly({ trigger: 'NEW_IDENTIFICATION', triggeredAt: local(-1) }),
    });
    expect(refusal(monthlyWithTrigger).errors[0]).toMatchObject({ field: 'trigger' });
  });

  it('bad input is BAD_USER_INPUT naming the field, and changes nothing', async () => {
    const before = await mdtRows();
    const meetings = async () =>
      (await registry.database.rows<{ n: number }>(sql`select count(*)::int as n from mdt_meeting`))[0]!.n;
    const count = await meetings();
    const cases: [Record<string, unknown>, string][] = [
      [{ startsAt: local(-1) }, 'startsAt'],
      [{ startsAt: 'next Wednesday' }, 'startsAt'],
      [{ agenda: [] }, 'agenda'],
      [{ agenda: [{ youthId: NOWHERE, startsAt: local(48) }] }, 'agenda[0].youthId'],
      [{ agenda: [{ youthId: 'abc', startsAt: local(48) }] }, 'agenda[0].youthId'],
      [
        {
          agenda: [
            { youthId: youthA, startsAt: local(48) },
            { youthId: youthA, startsAt: local(50) },
          ],
        },
        'agenda[1].youthId',
      ],
      [
        {
          agenda: [
            { youthId: youthA, startsAt: local(48) },
            { youthId: youthB, startsAt: local(48.5) },
          ],
        },
        'agenda[1].startsAt',
      ],
      [{ agenda: [{ youthId: youthA, startsAt: local(47) }] }, 'agenda[0].startsAt'],
      [{ agenda: [{ youthId: youthA, startsAt: local(48), minutes: 0 }] }, 'agenda[0].minutes'],
      [{ invitees: [] }, 'invitees'],
      [{ invitees: ['sw-garcia', 'sw-garcia'] }, 'invitees[1]'],
      [{ invitees: ['nobody-here'] }, 'invitees[0]'],
      [{ invitees: ['po-nguyen'], agenda: [{ youthId: youthA, startsAt: local(48) }] }, 'invitees[0]'],
    ];
    for (const [over, field] of cases) {
      const answer = await registry.ask('coord-ortiz', SCHEDULE, { input: monthly(over) });
      expect(refusal(answer).errors[0], JSON.stringify(over)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await mdtRows()).toBe(before);
    expect(await meetings()).toBe(count);
  });

  it('only the coordinator schedules; a youth off the caller’s teams answers as a missing one', async () => {
    const member = await registry.ask('sw-garcia', SCHEDULE, { input: monthly() });
    expect(refusal(member).errors[0]).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NEVER_SHARED',
      ruleId: 'roster.coordinator-only',
    });
    expect(member.data).toBeNull();
    const off = await registry.ask('mentor-lee', SCHEDULE, {
      input: monthly({ agenda: [{ youthId: offTeams, startsAt: local(48) }] }),
    });
    const missing = await registry.ask('mentor-lee', SCHEDULE, {
      input: monthly({ agenda: [{ youthId: NOWHERE, startsAt: local(48) }] }),
    });
    expect(refusal(off)).toEqual(refusal(missing));
    expect(refusal(off).errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agenda[0].youthId' });
  });

  it('records attendance from the meeting’s day on, by its coordinator, each recording kept', async () => {
    // A meeting under way is not scheduled through the API (its start has passed): written here as the seed would.
    const id = randomUUID();
    await registry.database.rows(sql`insert into mdt_meeting (id, starts_at, kind, scheduled_by, scheduled_by_name)
      values (${id}, now() - interval '10 minutes', 'MONTHLY', 'coord-ortiz', 'Coordinator')`);
    await registry.database.rows(sql`insert into mdt_meeting_youth (meeting_id, youth_id, slot_starts_at, minutes)
      values (${id}, ${youthB}, now() - interval '10 minutes', 60)`);
    await registry.database
      .rows(sql`insert into mdt_meeting_invitee (meeting_id, person_sub, name, agency, role, not_shown)
      values (${id}, 'sw-garcia', 'Dana Garcia', 'CHILD_WELFARE', 'CW_SOCIAL_WORKER', '{}'),
             (${id}, 'po-nguyen', 'P Nguyen', 'PROBATION', 'PROBATION_OFFICER', '{}')`);
    const future = (
      await registry.ask('coord-ortiz', SCHEDULE, {
        input: monthly({ startsAt: local(24 * 3), agenda: [{ youthId: youthB, startsAt: local(24 * 3) }] }),
      })
    ).data.scheduleMdtMeeting.id;
    const early = await registry.ask('coord-ortiz', ATTEND, { meetingId: future, attendees: ['sw-garcia'] });
    expect(refusal(early).errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetingId' });
    const answer = await registry.ask('coord-ortiz', ATTEND, {
      meetingId: id,
      attendees: ['sw-garcia', 'coord-ortiz'],
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.recordAttendance.attendance.map((a: any) => a.sub)).toEqual(['sw-garcia']);
    const again = await registry.ask('coord-ortiz', ATTEND, { meetingId: id, attendees: ['po-nguyen'] });
    expect(again.data.recordAttendance.attendance.map((a: any) => a.sub)).toEqual(['po-nguyen']);
    const rows = await registry.database.rows<{ n: number }>(
      sql`select count(*)::int as n from mdt_meeting_attendance where meeting_id = ${id}`,
    );
    expect(rows[0]!.n).toBe(2);
    const stranger = await registry.ask('coord-ortiz', ATTEND, { meetingId: id, attendees: ['clin-okafor'] });
    expect(refusal(stranger).errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attendees[0]' });
    const member = await registry.ask('sw-garcia', ATTEND, { meetingId: id, attendees: ['sw-garcia'] });
    expect(refusal(member).errors[0]).toMatchObject({ code: 'FORBIDDEN', ruleId: 'roster.coordinator-only' });
    const unknown = await registry.ask('clin-okafor', ATTEND, { meetingId: id, attendees: ['sw-garcia'] });
    expect(refusal(unknown).errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetingId' });
  });

  it('the seed holds a year of monthly meetings with attendance and notes, and one upcoming', async () => {
    const [seeded] = await registry.database.rows<{
      past: number;
      unattended: number;
      noted: number;
      upcoming: number;
      longest: number;
    }>(
      sql`select count(*) filter (where m.starts_at < now())::int as past,
        count(*) filter (where m.starts_at < now() and not exists
          (select 1 from mdt_meeting_attendance a where a.meeting_id = m.id))::int as unattended,
        count(*) filter (where exists (select 1 from mdt_note n where n.meeting_id = m.id))::int as noted,
        count(*) filter (where m.starts_at > now())::int as upcoming,
        (select max(n) from (select count(*)::int as n from mdt_meeting_youth y join mdt_meeting s on s.id = y.meeting_id
          where s.starts_at < now() and ${SEEDED(sql`s`)} group by y.youth_id) c) as longest
        from mdt_meeting m where ${SEEDED(sql`m`)}`,
    );
    expect(seeded!.past).toBeGreaterThanOrEqual(12);
    expect(seeded!.unattended).toBe(0);
    expect(seeded!.noted).toBeGreaterThan(0);
    expect(seeded!.upcoming).toBeGreaterThanOrEqual(1);
    expect(seeded!.longest).toBe(12);
  });

  it('a meeting is kept as scheduled: the tables refuse changes', async () => {
    await expect(registry.database.rows(sql`update mdt_meeting set kind = 'URGENT'`)).rejects.toThrow();
    await expect(registry.database.rows(sql`delete from mdt_meeting_invitee`)).rejects.toThrow();
    await expect(registry.database.rows(sql`delete from mdt_meeting_youth`)).rejects.toThrow();
  });
});
