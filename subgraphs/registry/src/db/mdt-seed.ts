import { createHash } from 'node:crypto';
import type { SyntheticWorld } from '@hub/synthetic';
import type { mdtActionItem, mdtActionItemUpdate, mdtNote, teamMember, teamMembershipEnd } from './schema.ts';

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
}

/**
 * The MDT's own records for the synthetic world: each membership added by the coordinator, and a
 * membership the world ends (its to date) recorded as the coordinator's end the day after; notes of
 * the last three monthly meetings (one amended); two action items per team, one overdue and one
 * done or still due.
 */
export function syntheticMdtWork(world: SyntheticWorld): MdtSeed {
  const seed: MdtSeed = { members: [], ends: [], notes: [], items: [], updates: [] };
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
