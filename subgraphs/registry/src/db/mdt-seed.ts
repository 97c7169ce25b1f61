import { createHash } from 'node:crypto';
import type { SyntheticWorld } from '@hub/synthetic';
import type {
  mdtActionItem,
  mdtActionItemUpdate,
  mdtMeeting,
  mdtMeetingAttendance,
  mdtMeetingInvitee,
  mdtMeetingYouth,
  mdtNote,
  teamMember,
  teamMembershipEnd,
} from './schema.ts';

/** A deterministic uuid (v4 layout) from a name: the seed writes the same rows every time. */
export function seedUuid(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const DAY = 86_400_000;
/** The synthetic world's "today" (synthetic/src/world.ts). */
const WORLD_TODAY = Date.UTC(2026, 10, 1);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const plusDays = (date: string, days: number) => iso(Date.parse(`${date}T00:00:00Z`) + days * DAY);

/** The first Wednesday of the month `back` months before the world's today: Santa Clara's MDT day. */
function firstWednesday(back: number): Date {
  const today = new Date(WORLD_TODAY);
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - back, 1, 17, 0));
  first.setUTCDate(1 + ((3 - first.getUTCDay() + 7) % 7));
  return first;
}

const NOTES = [
  'Team reviewed the safety plan with the youth’s input; the youth asked to keep the current school.',
  'Placement stable this month. The team agreed to look for a mentor match and to keep weekly check-ins.',
  'Youth returned after a short runaway episode; the team reviewed triggers and updated the safety plan.',
  'Court date coming up; the advocate will prepare the youth and coordinate transport.',
];
const ITEMS = [
  'Schedule an intake with the mentoring program',
  'Confirm school enrolment and transport',
  'Share the updated safety plan with the placement',
  'Arrange a health check-up',
];

export interface MdtSeed {
  members: (typeof teamMember.$inferInsert)[];
  ends: (typeof teamMembershipEnd.$inferInsert)[];
  notes: (typeof mdtNote.$inferInsert)[];
  items: (typeof mdtActionItem.$inferInsert)[];
  updates: (typeof mdtActionItemUpdate.$inferInsert)[];
  meetings: (typeof mdtMeeting.$inferInsert)[];
  agenda: (typeof mdtMeetingYouth.$inferInsert)[];
  invitees: (typeof mdtMeetingInvitee.$inferInsert)[];
  attendance: (typeof mdtMeetingAttendance.$inferInsert)[];
}

/** Teams whose monthly meetings are seeded (the demo's; a bulk seed of 100,000 youths keeps its size). */
export const MEETING_TEAMS = 36;
/** Youths per seeded meeting: one hour each, a morning's agenda. */
const PER_MEETING = 6;
const HOUR = 3_600_000;

/** The first Wednesday of a month after `after`, at 17:00 UTC (9:00 or 10:00 in the county). */
function nextFirstWednesday(after: number): Date {
  for (let back = 0; ; back--) {
    const at = firstWednesday(back);
    if (at.getTime() > after) return at;
  }
}

/**
 * A year of monthly meetings (the last twelve first Wednesdays before the world's today, and that
 * month's) and the next one after `now`, for the first MEETING_TEAMS teams in groups of
 * PER_MEETING: each youth an hour, its members of that day invited (each shown only the youths of
 * their teams), attendance recorded for past meetings (a few members absent). Returns the meeting of
 * each (team, month back) for the notes and action items.
 */
function syntheticMeetings(world: SyntheticWorld, seed: MdtSeed, now: number): Map<string, string> {
  const meetingOf = new Map<string, string>();
  const teams = world.teams.slice(0, MEETING_TEAMS);
  const dates: { at: Date; back: number | null }[] = [];
  for (let back = 11; back >= 0; back--) dates.push({ at: firstWednesday(back), back });
  dates.push({ at: nextFirstWednesday(Math.max(now, firstWednesday(0).getTime())), back: null });
  for (let g = 0; g * PER_MEETING < teams.length; g++) {
    for (const { at, back } of dates) {
      const day = iso(at.getTime());
      const group = teams.slice(g * PER_MEETING, (g + 1) * PER_MEETING).filter((t) => t.convenedOn <= day);
      if (!group.length) continue;
      const id = seedUuid(`meeting:${g}:${day}`);
      seed.meetings.push({
        id,
        startsAt: at,
        kind: 'MONTHLY',
        scheduledBy: 'coord-ortiz',
        scheduledByName: 'Marisol Ortiz',
        scheduledAt: new Date(at.getTime() - 21 * DAY),
      });
      group.forEach((team, i) => {
        seed.agenda.push({
          meetingId: id,
          youthId: team.youthId,
          slotStartsAt: new Date(at.getTime() + i * HOUR),
          minutes: 60,
        });
        if (back !== null) meetingOf.set(`${team.id}:${back}`, id);
      });
      const people = new Map<string, { name: string; agency: string; role: string; on: Set<string> }>();
      for (const team of group) {
        for (const m of team.members) {
          if (m.role === 'MDT_COORDINATOR' || m.fromDate > day || (m.toDate && m.toDate < day)) continue;
          const person = people.get(m.personId) ?? { name: m.name, agency: m.agency, role: m.role, on: new Set() };
          person.on.add(team.youthId);
          people.set(m.personId, person);
        }
      }
      const attended: string[] = ['coord-ortiz'];
      for (const [sub, p] of people) {
        seed.invitees.push({
          meetingId: id,
          personSub: sub,
          name: p.name,
          agency: p.agency,
          role: p.role,
          notShown: group.filter((t) => !p.on.has(t.youthId)).map((t) => t.youthId),
        });
        if (createHash('sha256').update(`${id}:${sub}`).digest()[0]! % 5 !== 0) attended.push(sub);
      }
      if (at.getTime() < now) {
        seed.attendance.push({
          meetingId: id,
          attendees: attended,
          recordedBy: 'coord-ortiz',
          recordedAt: new Date(at.getTime() + 4 * HOUR),
        });
      }
    }
  }
  return meetingOf;
}

/**
 * The MDT's own records for the synthetic world: each membership added by the coordinator, and a
 * membership the world ends (its to date) recorded as the coordinator's end the day after; notes of
 * the last three monthly meetings (one amended); two action items per team, one overdue and one
 * done or still due.
 */
export function syntheticMdtWork(world: SyntheticWorld, now = Date.now()): MdtSeed {
  const seed: MdtSeed = {
    members: [],
    ends: [],
    notes: [],
    items: [],
    updates: [],
    meetings: [],
    agenda: [],
    invitees: [],
    attendance: [],
  };
  const meetingOf = syntheticMeetings(world, seed, now);
  for (const team of world.teams) {
    for (const m of team.members) {
      const id = seedUuid(`membership:${team.id}:${m.personId}`);
      seed.members.push({
        id,
        teamId: team.id,
        personId: m.personId,
        name: m.name,
        agency: m.agency,
        role: m.role,
        fromDate: m.fromDate,
        toDate: null,
        addedBy: 'coord-ortiz',
        reason: 'Convened the team after the referral was accepted',
      });
      if (m.toDate) {
        seed.ends.push({
          membershipId: id,
          endedOn: plusDays(m.toDate, 1),
          endedAt: new Date(`${plusDays(m.toDate, 1)}T17:00:00Z`),
          endedBy: 'coord-ortiz',
          reason: 'Left the team: the agency closed its case',
        });
      }
    }
    const current = team.members.filter((m) => !m.toDate && m.role !== 'MDT_COORDINATOR');
    const h = createHash('sha256').update(`mdt-work:${team.id}`).digest();
    for (let back = 2; back >= 0; back--) {
      const at = firstWednesday(back);
      if (iso(at.getTime()) < team.convenedOn) continue;
      const id = seedUuid(`note:${team.id}:${back}`);
      seed.notes.push({
        id,
        youthId: team.youthId,
        meetingId: meetingOf.get(`${team.id}:${back}`) ?? null,
        text: NOTES[(h[back]! + back) % NOTES.length]!,
        authorSub: 'coord-ortiz',
        authorName: 'Marisol Ortiz',
        authorAgency: 'HUB',
        recordedAt: at,
      });
      if (back === 1 && h[5]! % 3 === 0) {
        seed.notes.push({
          id: seedUuid(`note-amendment:${team.id}`),
          youthId: team.youthId,
          meetingId: meetingOf.get(`${team.id}:${back}`) ?? null,
          text: `${NOTES[(h[back]! + back) % NOTES.length]} Correction: the next review is in two weeks.`,
          authorSub: 'coord-ortiz',
          authorName: 'Marisol Ortiz',
          authorAgency: 'HUB',
          recordedAt: new Date(at.getTime() + 2 * DAY),
          amends: id,
          amendReason: 'The review date was misstated',
        });
      }
    }
    if (!current.length) continue;
    const meeting = firstWednesday(1);
    for (let k = 0; k < 2; k++) {
      const owner = current[(h[10 + k]! + k) % current.length]!;
      const id = seedUuid(`item:${team.id}:${k}`);
      // k = 0: due two weeks after last month's meeting (overdue unless done); k = 1: due next month.
      const dueOn = k === 0 ? iso(meeting.getTime() + 14 * DAY) : iso(WORLD_TODAY + 60 * DAY);
      seed.items.push({
        id,
        youthId: team.youthId,
        meetingId: meetingOf.get(`${team.id}:1`) ?? null,
        text: ITEMS[(h[12 + k]! + k) % ITEMS.length]!,
        ownerSub: owner.personId,
        ownerName: owner.name,
        ownerAgency: owner.agency,
        dueOn,
        createdBy: 'coord-ortiz',
        createdByAgency: 'HUB',
        createdAt: meeting,
      });
      if (k === 0 && h[14]! % 2 === 0) {
        seed.updates.push({ itemId: id, status: 'DONE', note: 'Done before the next meeting', by: owner.personId });
      }
    }
  }
  return seed;
}
