import { sql } from 'drizzle-orm';
import type { Database } from '@hub/subgraph-kit';
import type { SyntheticWorld } from '@hub/synthetic';
import { syntheticMdtWork } from './mdt-seed.ts';
import { syntheticReferrals } from './referral-seed.ts';
import {
  agencyLink,
  consent,
  courtOrder,
  mdtActionItem,
  mdtActionItemUpdate,
  mdtMeeting,
  mdtMeetingAttendance,
  mdtMeetingInvitee,
  mdtMeetingYouth,
  mdtNote,
  mdtPerson,
  mdtReferral,
  mdtReferralDecision,
  mdtTeam,
  serviceNeed,
  teamMember,
  teamMembershipEnd,
  treatmentProgram,
  treatmentProgramStaff,
  treatmentProgramYouth,
  youth,
} from './schema.ts';
import { syntheticServiceNeeds } from './service-plan.ts';

const CHUNK = 500;
async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/** Fills an empty registry with the synthetic world; does nothing if it already has youths. */
export async function seedRegistry(database: Database, world: SyntheticWorld): Promise<boolean> {
  const { db } = database;
  const [existing] = await database.rows<{ n: number }>(sql`select count(*)::int as n from youth`);
  if ((existing?.n ?? 0) > 0) return false;
  // The MDT member directory: everyone the world puts on a team (the demo's personas, no privacy officers).
  const people = new Map(world.teams.flatMap((t) => t.members).map((m) => [m.personId, m]));
  await insertChunks([...people.values()], (c) =>
    db
      .insert(mdtPerson)
      .values(c.map((m) => ({ sub: m.personId, name: m.name, agency: m.agency, role: m.role })))
      .onConflictDoNothing(),
  );
  await insertChunks(world.youths, (c) => db.insert(youth).values(c.map(({ localIds: _l, ...y }) => y)));
  await insertChunks(
    world.youths.flatMap((y) =>
      Object.entries(y.localIds).map(([agency, localId]) => ({ youthId: y.id, agency, localId: localId! })),
    ),
    (c) => db.insert(agencyLink).values(c),
  );
  await insertChunks(world.teams, (c) => db.insert(mdtTeam).values(c.map(({ members: _m, ...t }) => t)));
  const mdt = syntheticMdtWork(world);
  await insertChunks(mdt.members, (c) => db.insert(teamMember).values(c));
  await insertChunks(mdt.ends, (c) => db.insert(teamMembershipEnd).values(c));
  await insertChunks(
    mdt.notes.filter((n) => !n.amends),
    (c) => db.insert(mdtNote).values(c),
  );
  await insertChunks(
    mdt.notes.filter((n) => n.amends),
    (c) => db.insert(mdtNote).values(c),
  );
  await insertChunks(mdt.meetings, (c) => db.insert(mdtMeeting).values(c));
  await insertChunks(mdt.agenda, (c) => db.insert(mdtMeetingYouth).values(c));
  await insertChunks(mdt.invitees, (c) => db.insert(mdtMeetingInvitee).values(c));
  await insertChunks(mdt.attendance, (c) => db.insert(mdtMeetingAttendance).values(c));
  await insertChunks(mdt.items, (c) => db.insert(mdtActionItem).values(c));
  await insertChunks(mdt.updates, (c) => db.insert(mdtActionItemUpdate).values(c));
  await insertChunks(world.consents, (c) => db.insert(consent).values(c.map((x) => ({ ...x, recordedBy: 'seed' }))));
  await insertChunks(world.courtOrders, (c) => db.insert(courtOrder).values(c));
  const referrals = syntheticReferrals(world);
  await insertChunks(referrals.referrals, (c) => db.insert(mdtReferral).values(c));
  await insertChunks(referrals.decisions, (c) => db.insert(mdtReferralDecision).values(c));
  await insertChunks(syntheticServiceNeeds(world), (c) => db.insert(serviceNeed).values(c));
  // The programs treating youths, who works in each and whom each treats (issue 19, item 5).
  const programs = world.treatmentPrograms ?? [];
  await insertChunks(programs, (c) =>
    db.insert(treatmentProgram).values(c.map(({ id, agency, name }) => ({ id, agency, name }))),
  );
  await insertChunks(
    programs.flatMap((p) => p.staff.map((st) => ({ programId: p.id, ...st }))),
    (c) => db.insert(treatmentProgramStaff).values(c),
  );
  await insertChunks(
    programs.flatMap((p) => p.youths.map((y) => ({ programId: p.id, ...y }))),
    (c) => db.insert(treatmentProgramYouth).values(c),
  );
  return true;
}
