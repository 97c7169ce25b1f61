import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { countyTimeZone } from '@hub/subgraph-kit';
import { countyLocal } from '../../subgraphs/registry/src/county-time.ts';
import { startHub, type Hub } from '../src/hub.ts';
import { meetingUnderWay } from '../src/meetings.ts';

// The MDT's cycle through the gateway (issue 17): a meeting scheduled, each invited member's brief
// (the federated record as that member may see it, built live), notes recorded and amended, action
// items created and closed, each step's disclosure rows; a member ended from the team loses the
// youth's brief and notes on the very next request.

const SCHEDULE = `mutation ($input: ScheduleMdtMeetingInput!) { scheduleMdtMeeting(input: $input) {
  id agenda { youth { id } } invitees { sub notShownYouthIds } } }`;
// What the web app's brief reads for each youth of an agenda: one request, each part decided by its owner.
const BRIEF = `query ($id: ID!) { mdtMeeting(id: $id) { id notShownCount agenda {
  previousMeetingAt
  openActionItems { id text dueOn }
  youth { id displayName
    servicePlan { needs { domain status } }
    childWelfare { currentPlacement { kind } safetyPlan { summary } missingNow { since } }
    probation { supervision { kind } }
    health { mentalHealth { treatmentStatus } psychotherapyNotes { id } }
    districtAttorney { upcomingCourtDates { id } }
  } } } }`;
const ATTEND = `mutation ($meetingId: ID!, $attendees: [ID!]!) {
  recordAttendance(meetingId: $meetingId, attendees: $attendees) { attendance { sub } } }`;
const NOTE = `mutation ($youthId: ID!, $meetingId: ID, $text: String!) {
  recordMdtNote(youthId: $youthId, meetingId: $meetingId, text: $text) { id meetingId } }`;
const AMEND = `mutation ($noteId: ID!, $text: String!, $reason: String!) {
  amendMdtNote(noteId: $noteId, text: $text, reason: $reason) { id text currentText amendments { amendedBySub reason } } }`;
const CREATE = `mutation ($input: CreateActionItemInput!) { createActionItem(input: $input) { id meetingId status } }`;
const UPDATE = `mutation ($id: ID!, $status: ActionItemStatus!, $note: String) {
  updateActionItem(id: $id, status: $status, note: $note) { id status } }`;
const MEETING_NOTES = `query ($id: ID!) { mdtMeeting(id: $id) { agenda { youth { id } notes { id currentText } } } }`;
const YOUTH_NOTES = `query ($id: ID!) { youth(id: $id) { id mdtNotes { totalCount } mdtMeetings { id } } }`;
const HISTORY = `query ($id: ID!) { youth(id: $id) { teamHistory { id personId current } } }`;
const END = `mutation ($membershipId: ID!, $reason: String!) { endTeamMembership(membershipId: $membershipId, reason: $reason) { id } }`;

let hub: Hub;
let youth0: string; // the clinician is on its team; probation is not
let youth1: string; // the clinician and the probation officer are on its team
const tz = countyTimeZone();
const local = (hours: number) => countyLocal(new Date(Date.now() + hours * 3_600_000), tz);

const mdtRows = () =>
  hub.databases.mdt!.rows<{ viewer_sub: string; youth_id: string }>(
    sql`select viewer_sub, youth_id from disclosure_log where access = 'MDT' order by seq`,
  );
const readersOf = async (database: string, youthId: string) =>
  (
    await hub.databases[database]!.rows<{ viewer_sub: string }>(
      sql`select distinct viewer_sub from disclosure_log where youth_id = ${youthId}`,
    )
  ).map((r) => r.viewer_sub);

beforeAll(async () => {
  hub = await startHub({ youths: 10 });
  const onTeam = (youthId: string, sub: string) =>
    hub.world.teams.some((t) => t.youthId === youthId && t.members.some((m) => m.personId === sub));
  youth0 = hub.world.youths.find((y) => onTeam(y.id, 'clin-okafor') && !onTeam(y.id, 'po-nguyen'))!.id;
  youth1 = hub.world.youths.find((y) => onTeam(y.id, 'clin-okafor') && onTeam(y.id, 'po-nguyen'))!.id;
});
afterAll(() => hub?.close());

describe("the MDT's cycle through the gateway", () => {
  let meetingId: string;

  it('schedules a meeting with a disclosure row per youth, and each member reads only their own brief', async () => {
    const before = (await mdtRows()).length;
    const { json } = await hub.query('coord-ortiz', SCHEDULE, {
      input: {
        startsAt: local(48),
        kind: 'MONTHLY',
        agenda: [
          { youthId: youth0, startsAt: local(48) },
          { youthId: youth1, startsAt: local(49) },
        ],
        invitees: ['clin-okafor', 'po-nguyen'],
      },
    });
    expect(json.errors).toBeUndefined();
    meetingId = json.data.scheduleMdtMeeting.id;
    expect(json.data.scheduleMdtMeeting.invitees).toContainEqual({ sub: 'po-nguyen', notShownYouthIds: [youth0] });
    expect((await mdtRows()).slice(before)).toEqual([
      { viewer_sub: 'coord-ortiz', youth_id: youth0 },
      { viewer_sub: 'coord-ortiz', youth_id: youth1 },
    ]);

    const clinician = (await hub.query('clin-okafor', BRIEF, { id: meetingId })).json;
    const officer = (await hub.query('po-nguyen', BRIEF, { id: meetingId })).json;
    // Each is shown the youths of their own teams only.
    expect(clinician.data.mdtMeeting.agenda.map((e: any) => e.youth.id)).toEqual([youth0, youth1]);
    expect(officer.data.mdtMeeting.agenda.map((e: any) => e.youth.id)).toEqual([youth1]);
    // Not even how many youths they are not shown: that count is the coordinator's only.
    expect(officer.data.mdtMeeting.notShownCount).toBeNull();
    expect(clinician.data.mdtMeeting.notShownCount).toBeNull();
    expect((await hub.query('coord-ortiz', BRIEF, { id: meetingId })).json.data.mdtMeeting.notShownCount).toBe(0);
    expect(JSON.stringify(officer)).not.toContain(youth0);
    // Youth 1's brief as each may see it: what each is denied differs, and a denied part is null
    // in that member's answer only. Neither answer is a copy of the other.
    const briefOf = (answer: any) => answer.data.mdtMeeting.agenda.find((e: any) => e.youth.id === youth1);
    const deniedOn1 = (answer: any) =>
      (answer.errors ?? [])
        .filter((e: any) => answer.data.mdtMeeting.agenda[e.path[2]]?.youth.id === youth1)
        .map((e: any) => e.path.slice(3).join('.'))
        .sort();
    const valueAt = (entry: any, path: string) => path.split('.').reduce((v: any, k) => v?.[k], entry);
    const clinicianDenied = deniedOn1(clinician);
    const officerDenied = deniedOn1(officer);
    expect(officerDenied).not.toEqual(clinicianDenied);
    // The clinician reads her own agency's psychotherapy notes; the officer reads the DA's court dates.
    expect(clinicianDenied).toContain('youth.districtAttorney.upcomingCourtDates');
    expect(officerDenied).toContain('youth.health.psychotherapyNotes');
    for (const [mine, theirs, deniedPaths] of [
      [briefOf(officer), briefOf(clinician), officerDenied.filter((p: string) => !clinicianDenied.includes(p))],
      [briefOf(clinician), briefOf(officer), clinicianDenied.filter((p: string) => !officerDenied.includes(p))],
    ] as const) {
      for (const path of deniedPaths) {
        expect([path, valueAt(mine, path)]).toEqual([path, null]);
        expect([path, valueAt(theirs, path)]).not.toEqual([path, null]);
      }
    }
    expect(JSON.stringify(briefOf(clinician))).not.toBe(JSON.stringify(briefOf(officer)));
    // Every read is in the accounting as usual: each owner logged each reader of youth 1.
    for (const agency of ['health', 'child-welfare', 'probation']) {
      expect(await readersOf(agency, youth1)).toEqual(expect.arrayContaining(['clin-okafor', 'po-nguyen']));
      expect(await readersOf(agency, youth0)).not.toContain('po-nguyen');
    }
  });

  it('records attendance, a note amended, an action item created and closed: one MDT row each', async () => {
    // A meeting under way today (its start has passed, so it is not scheduled through the API).
    const today = await meetingUnderWay(
      hub,
      [youth1],
      [
        { sub: 'clin-okafor', name: 'Ada Okafor', agency: 'HEALTH', role: 'CLINICIAN' },
        { sub: 'sw-garcia', name: 'Dana Garcia', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' },
      ],
    );
    const before = (await mdtRows()).length;

    const attended = await hub.query('coord-ortiz', ATTEND, {
      meetingId: today,
      attendees: ['clin-okafor', 'sw-garcia'],
    });
    expect(attended.json.errors).toBeUndefined();
    const note = await hub.query('clin-okafor', NOTE, {
      youthId: youth1,
      meetingId: today,
      text: 'Team agreed to ask for a placement closer to school.',
    });
    expect(note.json.errors).toBeUndefined();
    expect(note.json.data.recordMdtNote.meetingId).toBe(today);
    const amended = await hub.query('sw-garcia', AMEND, {
      noteId: note.json.data.recordMdtNote.id,
      text: 'Team agreed to ask for a placement within 10 miles of school.',
      reason: 'The distance agreed was 10 miles',
    });
    expect(amended.json.errors).toBeUndefined();
    expect(amended.json.data.amendMdtNote).toMatchObject({
      text: 'Team agreed to ask for a placement closer to school.',
      currentText: 'Team agreed to ask for a placement within 10 miles of school.',
      amendments: [{ amendedBySub: 'sw-garcia', reason: 'The distance agreed was 10 miles' }],
    });
    const item = await hub.query('clin-okafor', CREATE, {
      input: {
        youthId: youth1,
        meetingId: today,
        text: 'Ask the placement agency for options near school',
        ownerSub: 'sw-garcia',
        dueOn: local(24 * 7).slice(0, 10),
      },
    });
    expect(item.json.errors).toBeUndefined();
    expect(item.json.data.createActionItem).toMatchObject({ meetingId: today, status: 'OPEN' });
    const closed = await hub.query('sw-garcia', UPDATE, { id: item.json.data.createActionItem.id, status: 'DONE' });
    expect(closed.json.errors).toBeUndefined();
    expect(closed.json.data.updateActionItem.status).toBe('DONE');

    expect((await mdtRows()).slice(before)).toEqual([
      { viewer_sub: 'coord-ortiz', youth_id: youth1 },
      { viewer_sub: 'clin-okafor', youth_id: youth1 },
      { viewer_sub: 'sw-garcia', youth_id: youth1 },
      { viewer_sub: 'clin-okafor', youth_id: youth1 },
      { viewer_sub: 'sw-garcia', youth_id: youth1 },
    ]);
    const notes = await hub.query('clin-okafor', MEETING_NOTES, { id: today });
    expect(notes.json.data.mdtMeeting.agenda[0].notes).toEqual([
      {
        id: note.json.data.recordMdtNote.id,
        currentText: 'Team agreed to ask for a placement within 10 miles of school.',
      },
    ]);
  });

  it('a member ended from the team loses the youth’s brief and notes on the very next request', async () => {
    const open = (await hub.query('clin-okafor', YOUTH_NOTES, { id: youth1 })).json;
    expect(open.errors).toBeUndefined();
    expect(open.data.youth.mdtMeetings.map((m: any) => m.id)).toContain(meetingId);

    const { json: history } = await hub.query('coord-ortiz', HISTORY, { id: youth1 });
    const membership = history.data.youth.teamHistory.find((m: any) => m.personId === 'clin-okafor' && m.current);
    const ended = await hub.query('coord-ortiz', END, { membershipId: membership.id, reason: 'Left the clinic' });
    expect(ended.json.errors).toBeUndefined();

    const brief = (await hub.query('clin-okafor', BRIEF, { id: meetingId })).json;
    expect(brief.data.mdtMeeting.agenda.map((e: any) => e.youth.id)).toEqual([youth0]);
    const closed = (await hub.query('clin-okafor', YOUTH_NOTES, { id: youth1 })).json;
    expect(closed.data.youth.mdtNotes).toBeNull();
    expect(closed.data.youth.mdtMeetings).toBeNull();
    expect(closed.errors.map((e: any) => [e.path.join('.'), e.extensions.code, e.extensions.reason]).sort()).toEqual([
      ['youth.mdtMeetings', 'FORBIDDEN', 'NOT_ON_TEAM'],
      ['youth.mdtNotes', 'FORBIDDEN', 'NOT_ON_TEAM'],
    ]);
  });
});
