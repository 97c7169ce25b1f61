import { GraphQLError } from 'graphql';
import { memberOnDay, type Agency } from '@hub/policies';
import { countyDate, isUuid, type SubgraphContext } from '@hub/subgraph-kit';
import { addMembership, directory, endMembership, membershipById, personBySub, rosterOf } from '../db/roster.ts';
import type {
  MdtDirectoryPersonResolvers,
  MutationResolvers,
  QueryResolvers,
  TeamMemberResolvers,
  YouthResolvers,
} from '../generated/resolvers-types.ts';
import type { TeamMemberParent } from '../mappers.ts';
import { forbidden } from './refusal.ts';

export const MAX_REASON = 1000;
const MAX_SUB = 200;

/** BAD_USER_INPUT naming the argument at fault, first in the message and in `extensions.field`. */
export function badField(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', field } });
}

/** A required text: trimmed, 1 to `max` characters (NUL bytes are refused before any resolver runs). */
export function requiredText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (!text) throw badField(field, 'must not be empty');
  if (text.length > max) throw badField(field, `must be at most ${max} characters`);
  return text;
}

const noSuchYouth = () => badField('youthId', 'no such youth, or it is not on your caseload');
const noSuchMembership = () => badField('membershipId', 'no such membership, or its youth is not on your caseload');

/** The youth exists for the viewer (else the same answer as a missing youth), and the viewer is its coordinator. */
async function authorizeRoster(ctx: SubgraphContext, youthId: string, unknown: () => GraphQLError): Promise<void> {
  if (!(await ctx.access.may('see-youth', youthId)).allowed) throw unknown();
  const decision = await ctx.access.may('manage-roster', youthId);
  if (!decision.allowed) {
    throw forbidden("Only the youth's MDT coordinator adds members to the team or ends a membership", decision);
  }
}

export const rosterMutations: Pick<MutationResolvers, 'addTeamMember' | 'endTeamMembership'> = {
  async addTeamMember(_root, { youthId, memberSub, reason }, ctx) {
    if (!isUuid(youthId)) throw badField('youthId', 'must be a hub youth id (a UUID)');
    const id = youthId.toLowerCase();
    await authorizeRoster(ctx, id, noSuchYouth);
    const why = requiredText(reason, 'reason', MAX_REASON);
    const sub = memberSub.trim();
    if (!sub || sub.length > MAX_SUB) throw badField('memberSub', `must be 1 to ${MAX_SUB} characters`);
    const person = await personBySub(ctx.database, sub);
    if (!person) throw badField('memberSub', 'no such person in the MDT member directory');
    const day = countyDate(new Date(), ctx.timeZone);
    // The membership and its MDT disclosure row are committed together, or neither is.
    return ctx.disclosures.commit(id, 'MDT', async (tx) => {
      const result = await addMembership(tx, { youthId: id, person, day, by: ctx.viewer.sub, reason: why });
      if ('already' in result) throw badField('memberSub', `${person.name} is already on this youth's team`);
      if ('ended' in result) throw badField('youthId', "this youth's team has ended: no one joins it");
      return result.added;
    });
  },

  async endTeamMembership(_root, { membershipId, reason }, ctx) {
    if (!isUuid(membershipId)) throw badField('membershipId', 'must be a membership id (a UUID)');
    const membership = await membershipById(ctx.database, membershipId);
    if (!membership) throw noSuchMembership();
    await authorizeRoster(ctx, membership.youthId, noSuchMembership);
    const why = requiredText(reason, 'reason', MAX_REASON);
    if (membership.end) throw badField('membershipId', 'this membership is already ended');
    const day = countyDate(new Date(), ctx.timeZone);
    return ctx.disclosures.commit(membership.youthId, 'MDT', async (tx) => {
      const result = await endMembership(tx, membership, { day, by: ctx.viewer.sub, reason: why });
      if ('already' in result) throw badField('membershipId', 'this membership is already ended');
      return result.ended;
    });
  },
};

const MAX_DIRECTORY = 500;

/**
 * The MDT member directory, the coordinator's only (rule directory.coordinator): who may be added
 * to a team, by name, role and agency. It names no youth, so it writes no disclosure row.
 */
export const rosterQuery: Pick<QueryResolvers, 'mdtMemberDirectory'> = {
  async mdtMemberDirectory(_root, { search, first }, ctx) {
    const decision = await ctx.access.may('see-member-directory');
    if (!decision.allowed) throw forbidden('Only the MDT coordinator reads the MDT member directory', decision);
    const size = first ?? 200;
    if (!Number.isInteger(size) || size < 1 || size > MAX_DIRECTORY) {
      throw badField('first', `must be 1 to ${MAX_DIRECTORY}`);
    }
    const text = (search ?? '').trim();
    if (text.length > MAX_SUB) throw badField('search', `must be at most ${MAX_SUB} characters`);
    return directory(ctx.database, text, size);
  },
};

export const MdtDirectoryPerson: MdtDirectoryPersonResolvers = {
  agency: (p) => p.agency as Agency,
  role: (p) => p.role as never,
};

/**
 * The roster's history is the coordinator's (rule roster.coordinator); anyone else the category
 * releases it to sees the memberships open today, as `team` lists them: a row filter, like consents.
 */
export const rosterYouth: Pick<YouthResolvers, 'teamHistory'> = {
  async teamHistory(parent, _args, ctx) {
    const [all, decision] = await Promise.all([
      ctx
        .loader<string, TeamMemberParent[]>('team-history', async (ids) => {
          const rows = await rosterOf(ctx.database, ids);
          return ids.map((id) => rows.filter((r) => r.youthId === id));
        })
        .load(parent.id),
      ctx.access.may('manage-roster', parent.id),
    ]);
    if (decision.allowed) return all;
    // Anyone else: today's members, each listed only where rule roster.involvement lists it (as `team`).
    const today = countyDate(new Date(), ctx.timeZone);
    const current = all.filter((m) => memberOnDay(dated(m), today));
    const listed = await Promise.all(current.map((m) => ctx.access.rosterLists(parent.id, m.agency as Agency)));
    return current.filter((_, i) => listed[i]);
  },
};

const dated = (row: TeamMemberParent) => ({ from: row.fromDate, to: row.toDate, endedOn: row.end?.endedOn ?? null });

export const TeamMember: TeamMemberResolvers = {
  recordedAt: (row) => row.recordedAt.toISOString(),
  endedOn: (row) => row.end?.endedOn ?? null,
  endedAt: (row) => row.end?.endedAt.toISOString() ?? null,
  endedBy: (row) => row.end?.endedBy ?? null,
  endReason: (row) => row.end?.reason ?? null,
  current: (row, _args, ctx) => memberOnDay(dated(row), countyDate(new Date(), ctx.timeZone)),
};
