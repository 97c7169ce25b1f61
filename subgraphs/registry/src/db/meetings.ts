import { and, asc, desc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { isUuid, type Database, type HubDb } from '@hub/subgraph-kit';
import {
  mdtMeeting,
  mdtMeetingAttendance,
  mdtMeetingInvitee,
  mdtMeetingYouth,
  mdtNote,
  mdtTeam,
  teamMember,
  type MdtMeetingAttendanceRow,
  type MdtMeetingInviteeRow,
  type MdtMeetingRow,
  type MdtMeetingYouthRow,
  type MdtNoteRow,
} from './schema.ts';
import { memberOn } from './roster.ts';

/** A meeting with its agenda (by slot), its invitations and its latest attendance. */
export interface MeetingBundle {
  meeting: MdtMeetingRow;
  youths: MdtMeetingYouthRow[];
  invitees: MdtMeetingInviteeRow[];
  attendance: MdtMeetingAttendanceRow | null;
}

/** At most this many meetings per list. */
export const MAX_MEETINGS = 500;

async function bundles(db: HubDb, meetings: MdtMeetingRow[]): Promise<MeetingBundle[]> {
  if (!meetings.length) return [];
  const ids = meetings.map((m) => m.id);
  const [youths, invitees, attendance] = await Promise.all([
    db
      .select()
      .from(mdtMeetingYouth)
      .where(inArray(mdtMeetingYouth.meetingId, ids))
      .orderBy(asc(mdtMeetingYouth.slotStartsAt)),
    db
      .select()
      .from(mdtMeetingInvitee)
      .where(inArray(mdtMeetingInvitee.meetingId, ids))
      .orderBy(asc(mdtMeetingInvitee.name)),
    db
      .select()
      .from(mdtMeetingAttendance)
      .where(
        and(
          inArray(mdtMeetingAttendance.meetingId, ids),
          sql`${mdtMeetingAttendance.id} = (select max(a.id) from mdt_meeting_attendance a where a.meeting_id = ${mdtMeetingAttendance.meetingId})`,
        ),
      ),
  ]);
  return meetings.map((meeting) => ({
    meeting,
    youths: youths.filter((y) => y.meetingId === meeting.id),
    invitees: invitees.filter((i) => i.meetingId === meeting.id),
    attendance: attendance.find((a) => a.meetingId === meeting.id) ?? null,
  }));
}

export async function meetingById({ db }: Database, id: string): Promise<MeetingBundle | undefined> {
  if (!isUuid(id)) return undefined;
  const rows = await db.select().from(mdtMeeting).where(eq(mdtMeeting.id, id.toLowerCase()));
  return (await bundles(db, rows))[0];
}

/**
 * The meetings that may concern `sub` between two instants, oldest first: those they are invited
 * to, and those with a youth on the agenda whose team they are on `today`. The caller decides
 * what of each the viewer is shown.
 */
export async function meetingsConcerning(
  { db }: Database,
  sub: string,
  today: string,
  range: { from: string | null; to: string | null },
): Promise<MeetingBundle[]> {
  const invited = sql`exists (select 1 from mdt_meeting_invitee i where i.meeting_id = ${mdtMeeting.id} and i.person_sub = ${sub})`;
  const onTeam = sql`exists (select 1 from mdt_meeting_youth y join ${mdtTeam} t on t.youth_id = y.youth_id
    join ${teamMember} m on m.team_id = t.id
    where y.meeting_id = ${mdtMeeting.id} and m.person_id = ${sub} and ${memberOn(sql`m`, today)})`;
  const rows = await db
    .select()
    .from(mdtMeeting)
    .where(
      and(
        or(invited, onTeam),
        range.from ? gte(mdtMeeting.startsAt, new Date(range.from)) : undefined,
        range.to ? lt(mdtMeeting.startsAt, new Date(range.to)) : undefined,
      ),
    )
    .orderBy(asc(mdtMeeting.startsAt), asc(mdtMeeting.id))
    .limit(MAX_MEETINGS);
  return bundles(db, rows);
}

/** The meetings with this youth on the agenda, newest first. */
export async function meetingsOfYouth({ db }: Database, youthId: string): Promise<MeetingBundle[]> {
  const rows = await db
    .select({ meeting: mdtMeeting })
    .from(mdtMeeting)
    .innerJoin(mdtMeetingYouth, eq(mdtMeetingYouth.meetingId, mdtMeeting.id))
    .where(eq(mdtMeetingYouth.youthId, youthId))
    .orderBy(desc(mdtMeeting.startsAt), desc(mdtMeeting.id))
    .limit(MAX_MEETINGS);
  return bundles(
    db,
    rows.map((r) => r.meeting),
  );
}

/** The start of the youth's last meeting before `before`, or null. */
export async function previousMeetingStart({ db }: Database, youthId: string, before: Date): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<string | Date | null>`max(${mdtMeeting.startsAt})` })
    .from(mdtMeeting)
    .innerJoin(mdtMeetingYouth, eq(mdtMeetingYouth.meetingId, mdtMeeting.id))
    .where(and(eq(mdtMeetingYouth.youthId, youthId), lt(mdtMeeting.startsAt, before)));
  return row?.at ? new Date(row.at) : null;
}

/** The notes (originals) recorded at a meeting for a youth, newest first, for the caller to filter. */
export async function meetingNotes({ db }: Database, meetingId: string, youthId: string): Promise<MdtNoteRow[]> {
  return db
    .select()
    .from(mdtNote)
    .where(and(eq(mdtNote.meetingId, meetingId), eq(mdtNote.youthId, youthId), isNull(mdtNote.amends)))
    .orderBy(desc(mdtNote.recordedAt), desc(mdtNote.id));
}

/** Writes a meeting with its agenda and invitations inside the caller's transaction `tx` (with its disclosure rows). */
export async function insertMeeting(
  tx: HubDb,
  row: typeof mdtMeeting.$inferInsert,
  youths: Omit<typeof mdtMeetingYouth.$inferInsert, 'meetingId'>[],
  invitees: Omit<typeof mdtMeetingInvitee.$inferInsert, 'meetingId'>[],
): Promise<MeetingBundle> {
  const [meeting] = await tx.insert(mdtMeeting).values(row).returning();
  const agenda = await tx
    .insert(mdtMeetingYouth)
    .values(youths.map((y) => ({ ...y, meetingId: meeting!.id })))
    .returning();
  const invited = await tx
    .insert(mdtMeetingInvitee)
    .values(invitees.map((i) => ({ ...i, meetingId: meeting!.id })))
    .returning();
  return {
    meeting: meeting!,
    youths: agenda.sort((a, b) => a.slotStartsAt.getTime() - b.slotStartsAt.getTime()),
    invitees: invited.sort((a, b) => a.name.localeCompare(b.name)),
    attendance: null,
  };
}

/** Records a meeting's attendance inside the caller's transaction `tx` (with its disclosure rows). */
export async function insertAttendance(
  tx: HubDb,
  bundle: MeetingBundle,
  change: { attendees: string[]; by: string },
): Promise<MeetingBundle> {
  const [row] = await tx
    .insert(mdtMeetingAttendance)
    .values({ meetingId: bundle.meeting.id, attendees: change.attendees, recordedBy: change.by })
    .returning();
  return { ...bundle, attendance: row! };
}

/** For the seed: whether any meeting is kept. */
export async function hasMeetings({ db }: Database): Promise<boolean> {
  const [row] = await db.select({ id: mdtMeeting.id }).from(mdtMeeting).limit(1);
  return !!row;
}
