import { randomUUID } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import type { Agency } from '@hub/policies';
import { countyDate, countyMidnight, isUuid, type SubgraphContext } from '@hub/subgraph-kit';
import { countyInstant, countyLocal } from '../county-time.ts';
import {
  insertAttendance,
  insertMeeting,
  meetingById,
  meetingNotes,
  meetingsConcerning,
  meetingsOfYouth,
  previousMeetingStart,
  type MeetingBundle,
} from '../db/meetings.ts';
import { noteWithAmendments, youthActionItemsPage } from '../db/mdt-work.ts';
import { teamMembersOf } from '../db/queries.ts';
import { personBySub } from '../db/roster.ts';
import type {
  MdtAgendaEntryResolvers,
  MdtInviteeResolvers,
  MdtMeetingResolvers,
  MutationResolvers,
  QueryResolvers,
  YouthResolvers,
} from '../generated/resolvers-types.ts';
import type { MdtAgendaEntryParent, MdtInviteeParent, MdtMeetingParent } from '../mappers.ts';
import { listedAgencies } from './listed-agencies.ts';
import { forbidden } from './refusal.ts';
import { badField } from './roster.ts';

const URGENT_WINDOW_MS = 72 * 3_600_000;
const MAX_AGENDA = 12;
const MAX_INVITEES = 50;
const MAX_SUB = 200;
const MAX_AHEAD_MS = 400 * 86_400_000;

const noSuchMeeting = () => badField('meetingId', 'no such meeting, or you may not see it');
const noSuchYouth = (field: string) => () => badField(field, 'no such youth, or it is not on your caseload');

/**
 * What of a meeting this viewer is shown, decided on this request's facts (so an ended membership
 * closes it on the very next request): an agenda youth is shown while the viewer's MDT_NOTES cell
 * for it is open and either they coordinate the youth's team or they are invited and were on its
 * team when invited. Invitees are listed where rule roster.involvement lists their agency for a
 * youth both are shown (the coordinator sees all). Null: the viewer is shown nothing of it.
 */
export async function viewOf(ctx: SubgraphContext, bundle: MeetingBundle): Promise<MdtMeetingParent | null> {
  const invitation = bundle.invitees.find((i) => i.personSub === ctx.viewer.sub);
  const coordinatorOf = new Set<string>();
  const shown = [];
  for (const slot of bundle.youths) {
    const coordinates =
      ctx.viewer.role === 'MDT_COORDINATOR' && (await ctx.access.may('manage-roster', slot.youthId)).allowed;
    if (coordinates) coordinatorOf.add(slot.youthId);
    if (!(coordinates || (invitation && !invitation.notShown.includes(slot.youthId)))) continue;
    if ((await ctx.access.decide(slot.youthId, 'MDT_NOTES')).allowed) shown.push(slot);
  }
  if (!shown.length) return null;
  const coordinates = coordinatorOf.size === bundle.youths.length;
  let listedInvitees = bundle.invitees;
  if (!coordinates) {
    listedInvitees = [];
    for (const invitee of bundle.invitees) {
      const common = shown.filter((s) => !invitee.notShown.includes(s.youthId));
      let listed = invitee.personSub === ctx.viewer.sub;
      for (const s of common) {
        if (listed) break;
        listed = await ctx.access.rosterLists(s.youthId, invitee.agency as Agency);
      }
      if (listed) listedInvitees.push(invitee);
    }
  }
  return {
    ...bundle,
    shown,
    coordinates,
    coordinatesAny: coordinatorOf.size > 0,
    invited: !!invitation,
    listedInvitees,
  };
}

async function visible(ctx: SubgraphContext, bundles: MeetingBundle[]): Promise<MdtMeetingParent[]> {
  const views = await Promise.all(bundles.map((b) => viewOf(ctx, b)));
  return views.filter((v): v is MdtMeetingParent => v !== null);
}

/** A county date bound of a range (YYYY-MM-DD), as the instant its day begins. */
function dayBound(value: string | null | undefined, field: string, timeZone: string, next = false): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const day = value.trim();
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) {
    throw badField(field, 'must be a date as YYYY-MM-DD');
  }
  const bound = next ? new Date(parsed.getTime() + 86_400_000).toISOString().slice(0, 10) : day;
  return countyMidnight(bound, timeZone);
}

function localTime(value: string, field: string, timeZone: string): Date {
  const at = countyInstant(value, timeZone);
  if (!at) throw badField(field, 'must be a county date and time as YYYY-MM-DDTHH:MM');
  return at;
}

/**
 * A meeting named in a note or an action item: it exists, the youth is on its agenda and the viewer
 * is shown the youth on it; else the answer a missing meeting gets.
 */
export async function meetingForYouth(
  ctx: SubgraphContext,
  meetingId: string | null | undefined,
  youthId: string,
): Promise<MdtMeetingParent | null> {
  if (meetingId === null || meetingId === undefined) return null;
  const unknown = () => badField('meetingId', "no such meeting, or the youth is not on its agenda as you're shown it");
  if (!isUuid(meetingId)) throw badField('meetingId', 'must be a meeting id (a UUID)');
  const bundle = await meetingById(ctx.database, meetingId);
  const view = bundle ? await viewOf(ctx, bundle) : null;
  if (!view || !view.shown.some((s) => s.youthId === youthId)) throw unknown();
  return view;
}

export const meetingQuery: Pick<QueryResolvers, 'mdtMeetings' | 'mdtMeeting'> = {
  async mdtMeetings(_root, { from, to }, ctx) {
    const start = dayBound(from, 'from', ctx.timeZone);
    const end = dayBound(to, 'to', ctx.timeZone, true);
    if (start && end && start >= end) throw badField('to', 'must not be before from');
    const today = countyDate(new Date(), ctx.timeZone);
    return visible(ctx, await meetingsConcerning(ctx.database, ctx.viewer.sub, today, { from: start, to: end }));
  },
  async mdtMeeting(_root, { id }, ctx) {
    if (!isUuid(id)) return null;
    const bundle = await meetingById(ctx.database, id);
    return bundle ? viewOf(ctx, bundle) : null;
  },
};

export const meetingYouth: Pick<YouthResolvers, 'mdtMeetings'> = {
  async mdtMeetings(parent, _args, ctx) {
    const views = await visible(ctx, await meetingsOfYouth(ctx.database, parent.id));
    return views.filter((v) => v.shown.some((s) => s.youthId === parent.id));
  },
};

export const meetingMutations: Pick<MutationResolvers, 'scheduleMdtMeeting' | 'recordAttendance'> = {
  async scheduleMdtMeeting(_root, { input }, ctx) {
    const tz = ctx.timeZone;
    const now = Date.now();
    const startsAt = localTime(input.startsAt, 'startsAt', tz);
    if (startsAt.getTime() <= now) throw badField('startsAt', 'must be in the future');
    if (startsAt.getTime() > now + MAX_AHEAD_MS) throw badField('startsAt', 'must be within the next 400 days');

    let trigger: { kind: string; at: Date } | null = null;
    if (input.kind === 'URGENT') {
      if (!input.trigger) throw badField('trigger', 'an urgent meeting names its trigger');
      if (!input.triggeredAt?.trim()) throw badField('triggeredAt', 'an urgent meeting says when its trigger happened');
      const at = localTime(input.triggeredAt, 'triggeredAt', tz);
      if (at.getTime() > now) throw badField('triggeredAt', 'must not be in the future');
      if (startsAt.getTime() > at.getTime() + URGENT_WINDOW_MS) {
        throw badField(
          'startsAt',
          `an urgent meeting must start within 72 hours after its trigger (by ${countyLocal(
            new Date(at.getTime() + URGENT_WINDOW_MS),
            tz,
          )})`,
        );
      }
      trigger = { kind: input.trigger, at };
    } else if (input.trigger || input.triggeredAt?.trim()) {
      throw badField('trigger', 'only an urgent meeting has a trigger');
    }

    if (!input.agenda.length) throw badField('agenda', 'name at least one youth');
    if (input.agenda.length > MAX_AGENDA) throw badField('agenda', `at most ${MAX_AGENDA} youths a meeting`);
    const slots: { youthId: string; slotStartsAt: Date; minutes: number }[] = [];
    for (const [i, slot] of input.agenda.entries()) {
      const field = `agenda[${i}].youthId`;
      if (!isUuid(slot.youthId)) throw badField(field, 'must be a hub youth id (a UUID)');
      const youthId = slot.youthId.toLowerCase();
      if (slots.some((s) => s.youthId === youthId)) throw badField(field, 'is already on the agenda');
      await authorizeCoordinator(ctx, youthId, noSuchYouth(field));
      const slotStartsAt = localTime(slot.startsAt, `agenda[${i}].startsAt`, tz);
      if (slotStartsAt < startsAt) throw badField(`agenda[${i}].startsAt`, "must be at or after the meeting's start");
      const minutes = slot.minutes ?? 60;
      if (!Number.isInteger(minutes) || minutes < 5 || minutes > 240) {
        throw badField(`agenda[${i}].minutes`, 'must be 5 to 240');
      }
      const ends = slotStartsAt.getTime() + minutes * 60_000;
      const clash = slots.find(
        (s) =>
          slotStartsAt.getTime() < s.slotStartsAt.getTime() + s.minutes * 60_000 && s.slotStartsAt.getTime() < ends,
      );
      if (clash) throw badField(`agenda[${i}].startsAt`, "overlaps another youth's slot");
      slots.push({ youthId, slotStartsAt, minutes });
    }

    if (!input.invitees.length) throw badField('invitees', 'invite at least one member');
    if (input.invitees.length > MAX_INVITEES) throw badField('invitees', `at most ${MAX_INVITEES} members`);
    const today = countyDate(new Date(now), tz);
    const members = await teamMembersOf(
      ctx.database,
      slots.map((s) => s.youthId),
      today,
    );
    const invitees: { personSub: string; name: string; agency: string; role: string; notShown: string[] }[] = [];
    for (const [i, value] of input.invitees.entries()) {
      const field = `invitees[${i}]`;
      const sub = value.trim();
      if (!sub || sub.length > MAX_SUB) throw badField(field, `must be 1 to ${MAX_SUB} characters`);
      if (invitees.some((x) => x.personSub === sub)) throw badField(field, 'is invited twice');
      const person = await personBySub(ctx.database, sub);
      if (!person) throw badField(field, 'no such person in the MDT member directory');
      const notShown = slots
        .filter((s) => !members.some((m) => m.youthId === s.youthId && m.personId === sub))
        .map((s) => s.youthId);
      if (notShown.length === slots.length) {
        throw badField(field, `${person.name} is on the team of no youth on the agenda`);
      }
      invitees.push({ personSub: sub, name: person.name, agency: person.agency, role: person.role, notShown });
    }

    const youthIds = slots.map((s) => s.youthId);
    // The meeting and one MDT disclosure row per youth on its agenda commit together, or none.
    const bundle = await ctx.disclosures.commit(youthIds, 'MDT', (tx) =>
      insertMeeting(
        tx,
        {
          id: randomUUID(),
          startsAt,
          kind: input.kind,
          triggerKind: trigger?.kind ?? null,
          triggeredAt: trigger?.at ?? null,
          scheduledBy: ctx.viewer.sub,
          scheduledByName: ctx.viewer.name ?? ctx.viewer.sub,
        },
        slots,
        invitees,
      ),
    );
    return (await viewOf(ctx, bundle))!;
  },

  async recordAttendance(_root, { meetingId, attendees }, ctx) {
    if (!isUuid(meetingId)) throw badField('meetingId', 'must be a meeting id (a UUID)');
    const bundle = await meetingById(ctx.database, meetingId);
    const view = bundle ? await viewOf(ctx, bundle) : null;
    if (!bundle || !view) throw noSuchMeeting();
    if (!view.coordinates) {
      // Shown the meeting, but not the coordinator of every youth on it: refused as the roster is.
      for (const slot of bundle.youths) {
        const decision = await ctx.access.may('manage-roster', slot.youthId);
        if (!decision.allowed) {
          throw forbidden(
            "Only the MDT coordinator of every youth on the agenda records a meeting's attendance",
            decision,
          );
        }
      }
    }
    const today = countyDate(new Date(), ctx.timeZone);
    if (countyDate(bundle.meeting.startsAt, ctx.timeZone) > today) {
      throw badField('meetingId', "attendance is recorded from the meeting's day on");
    }
    if (!attendees.length) throw badField('attendees', 'name at least one attendee');
    const subs: string[] = [];
    for (const [i, value] of attendees.entries()) {
      const sub = value.trim();
      const field = `attendees[${i}]`;
      if (subs.includes(sub)) throw badField(field, 'is named twice');
      if (sub !== ctx.viewer.sub && !bundle.invitees.some((x) => x.personSub === sub)) {
        throw badField(field, 'was not invited to this meeting');
      }
      subs.push(sub);
    }
    const updated = await ctx.disclosures.commit(
      bundle.youths.map((y) => y.youthId),
      'MDT',
      (tx) => insertAttendance(tx, bundle, { attendees: subs, by: ctx.viewer.sub }),
    );
    return { ...view, attendance: updated.attendance };
  },
};

/** The youth exists for the viewer (else a missing youth's answer), and the viewer is its coordinator. */
async function authorizeCoordinator(ctx: SubgraphContext, youthId: string, unknown: () => GraphQLError) {
  if (!(await ctx.access.may('see-youth', youthId)).allowed) throw unknown();
  const decision = await ctx.access.may('manage-roster', youthId);
  if (!decision.allowed) {
    throw forbidden("Only the youth's MDT coordinator schedules the team's meetings", decision);
  }
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const MdtMeeting: MdtMeetingResolvers = {
  id: (m) => m.meeting.id,
  startsAt: (m) => m.meeting.startsAt.toISOString(),
  startsAtLocal: (m, _args, ctx) => countyLocal(m.meeting.startsAt, ctx.timeZone),
  kind: (m) => m.meeting.kind as 'MONTHLY' | 'URGENT',
  trigger: (m) => m.meeting.triggerKind as never,
  triggeredAt: (m) => iso(m.meeting.triggeredAt),
  scheduledBy: (m) => m.meeting.scheduledBy,
  scheduledByName: (m) => m.meeting.scheduledByName,
  scheduledAt: (m) => m.meeting.scheduledAt.toISOString(),
  agenda: (m) => m.shown.map((slot) => ({ ...slot, meeting: m })),
  // The coordinator's only: an invitee is not told that other youths (other teams) are on the meeting.
  notShownCount: (m) => (m.coordinatesAny ? m.youths.length - m.shown.length : null),
  invitees: (m): MdtInviteeParent[] => m.listedInvitees.map((i) => ({ ...i, showNotShown: m.coordinates })),
  invited: (m) => m.invited,
  attendance: (m) =>
    m.attendance
      ? m.listedInvitees
          .filter((i) => m.attendance!.attendees.includes(i.personSub))
          .map((i) => ({ ...i, showNotShown: m.coordinates }))
      : null,
  attendanceRecordedAt: (m) => m.attendance?.recordedAt.toISOString() ?? null,
  attendanceRecordedBy: (m) => m.attendance?.recordedBy ?? null,
};

export const MdtInvitee: MdtInviteeResolvers = {
  sub: (i) => i.personSub,
  agency: (i) => i.agency as Agency,
  role: (i) => i.role as never,
  notShownYouthIds: (i) => (i.showNotShown ? i.notShown : null),
};

export const MdtAgendaEntry: MdtAgendaEntryResolvers = {
  startsAt: (e: MdtAgendaEntryParent) => e.slotStartsAt.toISOString(),
  startsAtLocal: (e, _args, ctx) => countyLocal(e.slotStartsAt, ctx.timeZone),
  youth: (e) => ({ id: e.youthId }),
  async previousMeetingAt(e, _args, ctx) {
    return iso(await previousMeetingStart(ctx.database, e.youthId, e.meeting.meeting.startsAt));
  },
  async openActionItems(e, _args, ctx) {
    const { rows } = await youthActionItemsPage(
      ctx.database,
      e.youthId,
      { first: 100, offset: 0 },
      await listedAgencies(ctx, e.youthId),
    );
    return rows.filter((r) => (r.latest?.status ?? 'OPEN') === 'OPEN').slice(0, 100);
  },
  async notes(e, _args, ctx) {
    const agencies = await listedAgencies(ctx, e.youthId);
    const originals = (await meetingNotes(ctx.database, e.meetingId, e.youthId)).filter(
      (n) => agencies === undefined || agencies.includes(n.authorAgency),
    );
    const withAmendments = await Promise.all(originals.map((n) => noteWithAmendments(ctx.database, n.id, agencies)));
    return withAmendments.filter((n) => n !== undefined);
  },
};
