import type { SyntheticWorld } from '@hub/synthetic';
import type { Agency } from '@hub/policies';
import { seedUuid } from './mdt-seed.ts';
import type { mdtReferral, mdtReferralDecision } from './schema.ts';

const DAY = 86_400_000;
/** The synthetic world's "today" (synthetic/src/world.ts). */
const WORLD_TODAY = Date.UTC(2026, 10, 1);

/** Who refers for each agency in the demo: a persona of that agency (synthetic/src/personas.ts). */
const REFERRER: Partial<Record<Agency, { id: string; name: string; role: string }>> = {
  CHILD_WELFARE: { id: 'sw-garcia', name: 'Dana Garcia', role: 'CW_SOCIAL_WORKER' },
  EDUCATION: { id: 'school-park', name: 'Min Park', role: 'SCHOOL_LIAISON' },
  PROBATION: { id: 'po-nguyen', name: 'Sam Nguyen', role: 'PROBATION_OFFICER' },
  HEALTH: { id: 'clin-okafor', name: 'Ada Okafor', role: 'CLINICIAN' },
};

export interface ReferralSeed {
  referrals: (typeof mdtReferral.$inferInsert)[];
  decisions: (typeof mdtReferralDecision.$inferInsert)[];
}

const referrerOf = (localIds: Partial<Record<Agency, string>>) =>
  (Object.keys(REFERRER) as Agency[]).find((a) => localIds[a]);

/**
 * Referrals for the synthetic world: the referral that convened each of the first three teams
 * (accepted on the day the team was convened), one declined with its reason, and open ones in the
 * coordinator's inbox: an urgent one after a runaway return, routine ones, and one of a youth not
 * yet in the registry (by child welfare's local id).
 */
export function syntheticReferrals(world: SyntheticWorld): ReferralSeed {
  const seed: ReferralSeed = { referrals: [], decisions: [] };
  const byId = new Map(world.youths.map((y) => [y.id, y]));
  const add = (
    key: string,
    youth: (typeof world.youths)[number] | undefined,
    agency: Agency,
    submittedAt: number,
    extra: Partial<typeof mdtReferral.$inferInsert>,
  ) => {
    const who = REFERRER[agency]!;
    const row = {
      id: seedUuid(`referral:${key}`),
      youthId: youth?.id ?? null,
      referringAgency: agency,
      referredBy: who.id,
      referredByName: who.name,
      referredByRole: who.role,
      reasons: 'Several indicators observed over the last month; the youth has disclosed little.',
      indicators: ['Repeated running away', 'Relationship with an older adult'],
      urgency: 'ROUTINE',
      urgencyReason: null,
      safetyConcerns: 'None known beyond the indicators.',
      knownConsentsAndOrders: null,
      submittedAt: new Date(submittedAt),
      ...extra,
    };
    seed.referrals.push(row);
    return row;
  };

  for (const team of world.teams.slice(0, 3)) {
    const youth = byId.get(team.youthId);
    const agency = youth && referrerOf(youth.localIds);
    if (!youth || !agency) continue;
    const convened = Date.parse(`${team.convenedOn}T17:00:00Z`);
    const row = add(`accepted:${team.id}`, youth, agency, convened - 3 * DAY, {
      reasons: 'Youth returned from a runaway episode with new clothes and a phone; mentions an older friend.',
      indicators: ['Repeated running away', 'Unexplained money or goods', 'Relationship with an older adult'],
    });
    seed.decisions.push({
      referralId: row.id,
      decision: 'ACCEPTED',
      reason: 'Indicators confirmed at triage; the team is convened.',
      youthId: youth.id,
      decidedBy: 'coord-ortiz',
      decidedAt: new Date(convened),
    });
  }

  // Youths whose referring persona is not on their team (or who have none): referred since.
  const members = new Map(world.teams.map((t) => [t.youthId, t.members.filter((m) => !m.toDate)]));
  const accepted = new Set(world.teams.slice(0, 3).map((t) => t.youthId));
  const untended = world.youths.filter((y) => {
    const agency = referrerOf(y.localIds);
    return agency && !accepted.has(y.id) && !(members.get(y.id) ?? []).some((m) => m.personId === REFERRER[agency]!.id);
  });
  const [declined, urgent, routine, another] = untended;
  if (declined) {
    const row = add('declined', declined, referrerOf(declined.localIds)!, WORLD_TODAY - 20 * DAY, {
      reasons: 'Youth has been absent from school several days and seems tired.',
      indicators: ['Unaccounted time and late hours'],
    });
    seed.decisions.push({
      referralId: row.id,
      decision: 'DECLINED',
      reason:
        'Not a CSEC concern at this time: the absences follow a family move, confirmed with the caregiver. ' +
        'Please refer again if new indicators appear.',
      youthId: null,
      decidedBy: 'coord-ortiz',
      decidedAt: new Date(WORLD_TODAY - 18 * DAY),
    });
  }
  if (urgent) {
    add('open-urgent', urgent, referrerOf(urgent.localIds)!, WORLD_TODAY - 1 * DAY, {
      reasons:
        'Youth returned after five days missing; a branding tattoo was seen and the youth uses "the life" slang.',
      indicators: ['Repeated running away', 'Branding tattoo', 'Uses "the life" slang'],
      urgency: 'URGENT',
      urgencyReason: 'Runaway return yesterday: the protocol asks for a team meeting within 72 hours.',
      safetyConcerns: 'The youth may leave again tonight; an adult has been seen waiting near the placement.',
      knownConsentsAndOrders: 'No consents on file; dependency case open.',
    });
  }
  if (routine) add('open-routine', routine, referrerOf(routine.localIds)!, WORLD_TODAY - 9 * DAY, {});
  if (another) {
    add('open-routine-2', another, referrerOf(another.localIds)!, WORLD_TODAY - 6 * DAY, {
      indicators: ['Online sexual profile', 'Not in control of own money'],
      reasons: 'A classmate showed staff an online profile of the youth; the youth is often given money by an adult.',
    });
  }
  add('open-unregistered', undefined, 'CHILD_WELFARE', WORLD_TODAY - 4 * DAY, {
    localId: 'CW-REF-9001',
    givenName: 'Rosa',
    familyName: 'Delgado',
    dateOfBirth: '2011-04-17',
    reasons: 'Hotline report of a 15-year-old seen at a motel with an adult; not yet known to the hub.',
    indicators: ['Relationship with an older adult', 'Unaccounted time and late hours'],
    safetyConcerns: 'Whereabouts at night unknown.',
  });
  return seed;
}
