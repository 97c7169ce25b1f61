import { randomUUID } from 'node:crypto';
import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { isUuid, type Database, type HubDb } from '@hub/subgraph-kit';
import {
  mdtPerson,
  mdtTeam,
  mdtTeamEnd,
  teamMember,
  teamMembershipEnd,
  type MdtPersonRow,
  type TeamMemberRow,
  type TeamMembershipEndRow,
} from './schema.ts';

/**
 * "On the team" on a county date, for the `team_member` row aliased `m`: the membership began on or
 * before the day, its last day (if any) is not before it, and it was not ended on or before it. The
 * one definition the access facts, the caseload and the roster all use (policies' CASELOAD).
 */
export function memberOn(m: SQL, day: string): SQL {
  return sql`(${m}.from_date <= ${day}::date and (${m}.to_date is null or ${m}.to_date >= ${day}::date)
    and not exists (select 1 from team_membership_end e where e.membership_id = ${m}.id and e.ended_on <= ${day}::date))`;
}

/** A membership with its youth and, once ended, its end. */
export type Membership = TeamMemberRow & { youthId: string; end: TeamMembershipEndRow | null };

/** The whole roster of these youths' teams, ended memberships included, oldest first. */
export async function rosterOf({ db }: Database, youthIds: readonly string[]): Promise<Membership[]> {
  if (!youthIds.length) return [];
  const rows = await db
    .select({ member: teamMember, youthId: mdtTeam.youthId, end: teamMembershipEnd })
    .from(teamMember)
    .innerJoin(mdtTeam, eq(teamMember.teamId, mdtTeam.id))
    .leftJoin(teamMembershipEnd, eq(teamMembershipEnd.membershipId, teamMember.id))
    .where(inArray(mdtTeam.youthId, [...youthIds]))
    .orderBy(asc(teamMember.fromDate), asc(teamMember.recordedAt), asc(teamMember.id));
  return rows.map((r) => ({ ...r.member, youthId: r.youthId, end: r.end }));
}

export async function membershipById({ db }: Database, id: string): Promise<Membership | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select({ member: teamMember, youthId: mdtTeam.youthId, end: teamMembershipEnd })
    .from(teamMember)
    .innerJoin(mdtTeam, eq(teamMember.teamId, mdtTeam.id))
    .leftJoin(teamMembershipEnd, eq(teamMembershipEnd.membershipId, teamMember.id))
    .where(eq(teamMember.id, id.toLowerCase()));
  return row ? { ...row.member, youthId: row.youthId, end: row.end } : undefined;
}

/** One person of the MDT member directory, or undefined. */
export async function personBySub({ db }: Database, sub: string): Promise<MdtPersonRow | undefined> {
  const [row] = await db.select().from(mdtPerson).where(eq(mdtPerson.sub, sub));
  return row;
}

/**
 * The MDT member directory, by name: each person's user id, name, agency and role, nothing else
 * (no team, no youth). `search` matches the name, the user id or the role, case-insensitively.
 */
export async function directory({ db }: Database, search: string, limit: number): Promise<MdtPersonRow[]> {
  const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select()
    .from(mdtPerson)
    .where(
      search
        ? or(ilike(mdtPerson.name, pattern), ilike(mdtPerson.sub, pattern), ilike(mdtPerson.role, pattern))
        : undefined,
    )
    .orderBy(asc(mdtPerson.name), asc(mdtPerson.sub))
    .limit(limit);
}

export const lockYouth = (tx: HubDb, youthId: string) =>
  tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`team|${youthId}`}, 0))`);

/** What a membership is added from: a person of the directory, or a referrer as their token named them. */
export type NewMember = Pick<MdtPersonRow, 'sub' | 'name' | 'agency' | 'role'>;

/**
 * Adds a member to the youth's team from `day`, inside the caller's transaction `tx` (which writes
 * the change's disclosure row too), unless they are on it that day already: then nothing is
 * written and `already` is returned. Checked under a lock on the youth's roster, so two concurrent
 * additions cannot both succeed. The team is opened (convened on `day`) if the youth has none.
 */
export async function addMembership(
  tx: HubDb,
  change: { youthId: string; person: NewMember; day: string; by: string; reason: string },
): Promise<{ added: Membership } | { already: true } | { ended: true }> {
  await lockYouth(tx, change.youthId);
  const [team] = await tx.select().from(mdtTeam).where(eq(mdtTeam.youthId, change.youthId));
  // An ended team takes no one back (its team-bound consents ended with it; WIC 832(b)(4)).
  if (team && (await tx.select().from(mdtTeamEnd).where(eq(mdtTeamEnd.teamId, team.id)).limit(1)).length) {
    return { ended: true as const };
  }
  const teamId = team?.id ?? randomUUID();
  if (!team) await tx.insert(mdtTeam).values({ id: teamId, youthId: change.youthId, convenedOn: change.day });
  const [current] = await tx
    .select({ id: teamMember.id })
    .from(teamMember)
    .where(
      and(
        eq(teamMember.teamId, teamId),
        eq(teamMember.personId, change.person.sub),
        memberOn(sql`${teamMember}`, change.day),
      ),
    )
    .limit(1);
  if (current) return { already: true as const };
  const [row] = await tx
    .insert(teamMember)
    .values({
      teamId,
      personId: change.person.sub,
      name: change.person.name,
      agency: change.person.agency,
      role: change.person.role,
      fromDate: change.day,
      addedBy: change.by,
      reason: change.reason,
    })
    .returning();
  return { added: { ...row!, youthId: change.youthId, end: null } };
}

/**
 * Ends a membership from `day` (it opens nothing from that county date on), inside `tx`, unless it
 * is ended already: then `already`. Under the same lock as additions.
 */
export async function endMembership(
  tx: HubDb,
  membership: Membership,
  change: { day: string; by: string; reason: string },
): Promise<{ ended: Membership } | { already: true }> {
  await lockYouth(tx, membership.youthId);
  const [existing] = await tx.select().from(teamMembershipEnd).where(eq(teamMembershipEnd.membershipId, membership.id));
  if (existing) return { already: true as const };
  const [end] = await tx
    .insert(teamMembershipEnd)
    .values({ membershipId: membership.id, endedOn: change.day, endedBy: change.by, reason: change.reason })
    .returning();
  return { ended: { ...membership, end: end! } };
}
