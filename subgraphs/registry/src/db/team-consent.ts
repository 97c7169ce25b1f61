import { and, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { isUuid, type Database, type HubDb } from '@hub/subgraph-kit';
import { lockYouth } from './roster.ts';
import {
  consentRestriction,
  consentRestrictionLift,
  mdtTeam,
  mdtTeamEnd,
  teamMember,
  teamMembershipEnd,
  type ConsentRestrictionLiftRow,
  type ConsentRestrictionRow,
  type MdtTeamEndRow,
} from './schema.ts';

// Issue 19: the end of a youth's team (WIC 832(b)(4)) and the youth's restriction requests
// (42 CFR 2.26). All SQL of both lives here.

export type TeamEnd = MdtTeamEndRow & { youthId: string };

/** The end of each of these youths' teams, if it ended. */
export async function teamEndsOf({ db }: Database, youthIds: readonly string[]): Promise<TeamEnd[]> {
  const valid = youthIds.filter(isUuid);
  if (!valid.length) return [];
  const rows = await db
    .select({ end: mdtTeamEnd, youthId: mdtTeam.youthId })
    .from(mdtTeamEnd)
    .innerJoin(mdtTeam, eq(mdtTeam.id, mdtTeamEnd.teamId))
    .where(inArray(mdtTeam.youthId, valid));
  return rows.map((r) => ({ ...r.end, youthId: r.youthId }));
}

/**
 * Ends the youth's team from `day`: records the end and ends every membership still open but the
 * coordinator's who ends it, inside the caller's transaction `db` (which also writes the disclosure
 * row), under the roster's lock. `none` when the youth has no team, `already` when it has ended.
 */
export async function endTeam(
  db: HubDb,
  change: { youthId: string; how: 'TEAM_CLOSED' | 'YOUTH_LEFT'; day: string; at: Date; by: string; reason: string },
): Promise<{ ended: TeamEnd } | { none: true } | { already: true }> {
  await lockYouth(db, change.youthId);
  const [team] = await db.select().from(mdtTeam).where(eq(mdtTeam.youthId, change.youthId));
  if (!team) return { none: true as const };
  const [existing] = await db.select().from(mdtTeamEnd).where(eq(mdtTeamEnd.teamId, team.id));
  if (existing) return { already: true as const };
  const open = await db
    .select({ id: teamMember.id })
    .from(teamMember)
    .leftJoin(teamMembershipEnd, eq(teamMembershipEnd.membershipId, teamMember.id))
    .where(
      and(
        eq(teamMember.teamId, team.id),
        // The coordinator who ends the team stays on its record to close out its work (the consents,
        // the service plan) until they end their own membership.
        ne(teamMember.personId, change.by),
        isNull(teamMembershipEnd.membershipId),
        sql`(${teamMember.toDate} is null or ${teamMember.toDate} >= ${change.day}::date)`,
      ),
    );
  const why = `The youth's team ended (${change.how === 'TEAM_CLOSED' ? 'closed' : 'the youth left it'}): ${change.reason}`;
  if (open.length) {
    await db
      .insert(teamMembershipEnd)
      .values(open.map((m) => ({ membershipId: m.id, endedOn: change.day, endedBy: change.by, reason: why })));
  }
  const [end] = await db
    .insert(mdtTeamEnd)
    .values({
      teamId: team.id,
      how: change.how,
      endedOn: change.day,
      endedAt: change.at.toISOString(),
      endedBy: change.by,
      reason: change.reason,
    })
    .returning();
  return { ended: { ...end!, youthId: change.youthId } };
}

/** Whether the youth has a team that has not ended (a team-bound consent needs one). */
export async function hasOpenTeam({ db }: Database, youthId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: mdtTeam.id, ended: mdtTeamEnd.teamId })
    .from(mdtTeam)
    .leftJoin(mdtTeamEnd, eq(mdtTeamEnd.teamId, mdtTeam.id))
    .where(eq(mdtTeam.youthId, youthId));
  return Boolean(row && !row.ended);
}

export type Restriction = ConsentRestrictionRow & { lift: ConsentRestrictionLiftRow | null };

export async function restrictionsOf({ db }: Database, youthIds: readonly string[]): Promise<Restriction[]> {
  const valid = youthIds.filter(isUuid);
  if (!valid.length) return [];
  const rows = await db
    .select({ r: consentRestriction, lift: consentRestrictionLift })
    .from(consentRestriction)
    .leftJoin(consentRestrictionLift, eq(consentRestrictionLift.restrictionId, consentRestriction.id))
    .where(inArray(consentRestriction.youthId, valid))
    .orderBy(desc(consentRestriction.recordedAt), desc(consentRestriction.id));
  return rows.map((x) => ({ ...x.r, lift: x.lift }));
}

export async function restrictionById(database: Database, id: string): Promise<Restriction | undefined> {
  if (!isUuid(id)) return undefined;
  const { db } = database;
  const [row] = await db
    .select({ r: consentRestriction, lift: consentRestrictionLift })
    .from(consentRestriction)
    .leftJoin(consentRestrictionLift, eq(consentRestrictionLift.restrictionId, consentRestriction.id))
    .where(eq(consentRestriction.id, id.toLowerCase()));
  return row ? { ...row.r, lift: row.lift } : undefined;
}

/** In the caller's transaction (committed with its disclosure row). */
export async function insertRestriction(db: HubDb, row: typeof consentRestriction.$inferInsert): Promise<Restriction> {
  const [inserted] = await db.insert(consentRestriction).values(row).returning();
  return { ...inserted!, lift: null };
}

/** Lifts a restriction unless it already is (then undefined); in the caller's transaction. */
export async function liftRestrictionRow(
  db: HubDb,
  restriction: Restriction,
  change: { at: Date; by: string; reason: string },
): Promise<Restriction | undefined> {
  const [lift] = await db
    .insert(consentRestrictionLift)
    .values({
      restrictionId: restriction.id,
      liftedAt: change.at.toISOString(),
      liftedBy: change.by,
      reason: change.reason,
    })
    .onConflictDoNothing()
    .returning();
  return lift ? { ...restriction, lift } : undefined;
}
