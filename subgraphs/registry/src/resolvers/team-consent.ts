import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { restrictionProblems, type Agency, type DataCategory } from '@hub/policies';
import { countyDate, isUuid, type SubgraphContext } from '@hub/subgraph-kit';
import {
  endTeam,
  insertRestriction,
  liftRestrictionRow,
  restrictionById,
  restrictionsOf,
  type Restriction,
} from '../db/team-consent.ts';
import type {
  ConsentRestrictionResolvers,
  MutationResolvers,
  TeamEndResolvers,
  YouthResolvers,
} from '../generated/resolvers-types.ts';
import { teamEndOf } from './consent.ts';
import { forbidden } from './refusal.ts';
import { badField, MAX_REASON, requiredText } from './roster.ts';

// Issue 19: the end of a youth's team, which ends the consents given within it (WIC 832(b)(4)),
// and the restrictions the youth asks for (42 CFR 2.26).

const noSuchYouth = () => badField('youthId', 'no such youth, or it is not on your caseload');
const noSuchRestriction = () => badField('id', 'no such restriction, or its youth is not on your caseload');

/** The youth exists for the viewer (else the same answer as a missing youth), and the viewer may do `action`. */
async function authorize(
  ctx: SubgraphContext,
  youthId: string,
  action: 'manage-roster' | 'manage-consents',
  unknown: () => GraphQLError,
  refusal: string,
): Promise<void> {
  if (!(await ctx.access.may('see-youth', youthId)).allowed) throw unknown();
  const decision = await ctx.access.may(action, youthId);
  if (!decision.allowed) throw forbidden(refusal, decision);
}

export const teamConsentMutations: Pick<MutationResolvers, 'endYouthTeam' | 'recordRestriction' | 'liftRestriction'> = {
  async endYouthTeam(_root, { youthId, how, reason }, ctx) {
    if (!isUuid(youthId)) throw badField('youthId', 'must be a hub youth id (a UUID)');
    const id = youthId.toLowerCase();
    await authorize(ctx, id, 'manage-roster', noSuchYouth, "Only the youth's MDT coordinator ends the youth's team");
    const why = requiredText(reason, 'reason', MAX_REASON);
    const now = new Date();
    // The end, the memberships it ends and its MDT disclosure row are committed together, or none.
    return ctx.disclosures.commit(id, 'MDT', async (tx) => {
      const result = await endTeam(tx, {
        youthId: id,
        how,
        day: countyDate(now, ctx.timeZone),
        at: now,
        by: ctx.viewer.sub,
        reason: why,
      });
      if ('none' in result) throw badField('youthId', 'this youth has no MDT');
      if ('already' in result) throw badField('youthId', "this youth's team has already ended");
      return result.ended;
    });
  },

  async recordRestriction(_root, { input }, ctx) {
    if (!isUuid(input.youthId)) throw badField('youthId', 'must be a hub youth id (a UUID)');
    const youthId = input.youthId.toLowerCase();
    await authorize(
      ctx,
      youthId,
      'manage-consents',
      noSuchYouth,
      "Only the youth's social worker, MDT coordinator or attorney records the youth's restriction requests",
    );
    const draft = {
      categories: input.categories as DataCategory[],
      recipientAgencies: input.recipientAgencies as Agency[],
      reason: input.reason,
    };
    const problems = restrictionProblems(draft);
    if (problems.length) {
      throw new GraphQLError(`Restriction not recorded: ${problems.join('; ')}`, {
        extensions: { code: 'BAD_USER_INPUT', problems },
      });
    }
    return ctx.disclosures.commit(youthId, 'CONSENT', (tx) =>
      insertRestriction(tx, {
        id: randomUUID(),
        youthId,
        categories: [...draft.categories],
        recipientAgencies: [...draft.recipientAgencies],
        reason: draft.reason.trim(),
        recordedBy: ctx.viewer.sub,
        recordedAt: new Date().toISOString(),
      }),
    );
  },

  async liftRestriction(_root, { id, reason }, ctx) {
    if (!isUuid(id)) throw badField('id', 'must be a restriction id (a UUID)');
    const existing = await restrictionById(ctx.database, id);
    if (!existing) throw noSuchRestriction();
    await authorize(
      ctx,
      existing.youthId,
      'manage-consents',
      noSuchRestriction,
      "Only the youth's social worker, MDT coordinator or attorney lifts the youth's restriction requests",
    );
    const why = requiredText(reason, 'reason', MAX_REASON);
    if (existing.lift) throw badField('id', 'this restriction is already lifted');
    return ctx.disclosures.commit(existing.youthId, 'CONSENT', async (tx) => {
      const lifted = await liftRestrictionRow(tx, existing, { at: new Date(), by: ctx.viewer.sub, reason: why });
      if (!lifted) throw badField('id', 'this restriction is already lifted');
      return lifted;
    });
  },
};

/**
 * Youth.teamEnd and Youth.restrictions. The restrictions follow the consents' row rule
 * (`see-consent`): those who manage the youth's consents see them all; anyone else linked, those
 * naming their agency or every agency, since what is restricted can reveal treatment.
 */
export const teamConsentYouth: Pick<YouthResolvers, 'teamEnd' | 'restrictions'> = {
  teamEnd: async (p, _a, ctx) => {
    const end = await teamEndOf(p.id, ctx);
    return end ? { ...end, youthId: p.id } : null;
  },
  restrictions: async (p, _a, ctx) => {
    const [all, scope] = await Promise.all([
      ctx
        .loader<string, Restriction[]>('restrictions', async (ids) => {
          const rows = await restrictionsOf(ctx.database, ids);
          return ids.map((id) => rows.filter((r) => r.youthId === id));
        })
        .load(p.id),
      ctx.access.rowScope('see-consent', p.id),
    ]);
    if (scope === 'ALL') return all;
    if (scope === 'NONE') return [];
    return all.filter((r) => r.recipientAgencies.length === 0 || r.recipientAgencies.includes(ctx.viewer.agency));
  },
};

export const TeamEnd: TeamEndResolvers = {
  how: (row) => row.how as 'TEAM_CLOSED' | 'YOUTH_LEFT',
  endedAt: (row) => new Date(row.endedAt).toISOString(),
};

export const ConsentRestriction: ConsentRestrictionResolvers = {
  recordedAt: (row) => new Date(row.recordedAt).toISOString(),
  liftedAt: (row) => (row.lift ? new Date(row.lift.liftedAt).toISOString() : null),
  liftedBy: (row) => row.lift?.liftedBy ?? null,
  liftReason: (row) => row.lift?.reason ?? null,
  active: (row) => !row.lift,
};
