import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { consentProblems, type DataCategory } from '@hub/policies';
import { badInput, consentBounds, isUuid, type SubgraphContext } from '@hub/subgraph-kit';
import { consentById, consentsOf, insertConsent, revokeConsentRow } from '../db/queries.ts';
import { hasOpenTeam, teamEndsOf, type TeamEnd } from '../db/team-consent.ts';
import type { ConsentRow } from '../db/schema.ts';
import type { ConsentResolvers, MutationResolvers, RecordConsentInput } from '../generated/resolvers-types.ts';
import { forbidden } from './refusal.ts';

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

export function consentStatus(
  row: ConsentRow,
  now = new Date(),
  teamEnd: { endedAt: string } | null = null,
): 'ACTIVE' | 'REVOKED' | 'EXPIRED' | 'ENDED_WITH_TEAM' {
  if (row.revokedAt) return 'REVOKED';
  if (row.effectiveTo && Date.parse(row.effectiveTo) <= now.getTime()) return 'EXPIRED';
  if (row.withinTeam && teamEnd && Date.parse(teamEnd.endedAt) <= now.getTime()) return 'ENDED_WITH_TEAM';
  return 'ACTIVE';
}

/** The end of the youth's team, loaded once per request for all youths of the operation. */
export function teamEndOf(youthId: string, ctx: SubgraphContext): Promise<TeamEnd | null> {
  return ctx
    .loader<string, TeamEnd | null>('team-end', async (ids) => {
      const rows = await teamEndsOf(ctx.database, ids);
      return ids.map((id) => rows.find((r) => r.youthId === id) ?? null);
    })
    .load(youthId);
}

/** Why a consent no longer applies, in words (WIC 832(b)(4) for one that ended with the team). */
export function noLongerApplies(row: ConsentRow, teamEnd: TeamEnd | null, now = new Date()): string | null {
  switch (consentStatus(row, now, teamEnd)) {
    case 'REVOKED':
      return `Revoked on ${iso(row.revokedAt)!.slice(0, 10)}${row.revokeReason ? `: ${row.revokeReason}` : ''}`;
    case 'EXPIRED':
      return `Expired on ${iso(row.effectiveTo)!.slice(0, 10)}`;
    case 'ENDED_WITH_TEAM':
      return (
        `Given within the youth's MDT, which ${teamEnd!.how === 'TEAM_CLOSED' ? 'was closed' : 'the youth left'} ` +
        `on ${teamEnd!.endedOn}: a consent given within the team holds only while the youth takes part in it (WIC 832(b)(4))`
      );
    default:
      return null;
  }
}

export const notFound = () => badInput('No such youth or consent, or it is not on your caseload');

/**
 * The youth must be linked to the viewer (else the same answer as a youth that does not exist),
 * and the viewer one who manages the youth's consents (the policy's `manage-consents` rules).
 */
async function authorize(ctx: SubgraphContext, youthId: string) {
  if (!isUuid(youthId)) throw badInput('youthId must be a UUID');
  youthId = youthId.toLowerCase();
  if (!(await ctx.access.may('see-youth', youthId)).allowed) throw notFound();
  const decision = await ctx.access.may('manage-consents', youthId);
  if (!decision.allowed) {
    throw forbidden(
      "Only the youth's social worker, MDT coordinator or attorney may record or revoke consents",
      decision,
    );
  }
}

export const Mutation: MutationResolvers = {
  async recordConsent(_root, { input }, ctx) {
    await authorize(ctx, input.youthId);
    const problems = consentProblems({
      ...input,
      effectiveTo: input.effectiveTo ?? null,
      categories: input.categories as DataCategory[],
    });
    if (problems.length) {
      throw new GraphQLError(`Consent not recorded: ${problems.join('; ')}`, {
        extensions: { code: 'BAD_USER_INPUT', problems },
      });
    }
    const bounds = consentBounds(input.effectiveFrom, input.effectiveTo, ctx.timeZone);
    const youthId = input.youthId.toLowerCase();
    const withinTeam = input.withinTeam ?? false;
    if (withinTeam && !(await hasOpenTeam(ctx.database, youthId))) {
      throw new GraphQLError(
        'Consent not recorded: withinTeam: the youth has no MDT in progress to give it within (WIC 832(b)(4))',
        { extensions: { code: 'BAD_USER_INPUT', field: 'withinTeam' } },
      );
    }
    // The consent's terms go back to the one who recorded it: logged like any disclosure, in the
    // same transaction as the consent, so neither is kept without the other.
    return ctx.disclosures.commit(youthId, 'CONSENT', (tx) =>
      insertConsent(tx, {
        id: randomUUID(),
        youthId,
        grantor: input.grantor,
        categories: [...input.categories],
        recipientAgencies: [...input.recipientAgencies],
        purposes: [...input.purposes],
        effectiveFrom: bounds.from,
        effectiveTo: bounds.to,
        formReference: input.formReference.trim(),
        recordedBy: ctx.viewer.sub,
        withinTeam,
      }),
    );
  },

  async revokeConsent(_root, { id, reason }, ctx) {
    if (!isUuid(id)) throw badInput('id must be a UUID');
    const existing = await consentById(ctx.database, id.toLowerCase());
    if (!existing) throw notFound();
    await authorize(ctx, existing.youthId);
    const why = reason.trim();
    if (!why) throw badInput('Say why the consent is revoked');
    if (why.length > 1000) throw badInput('reason must be at most 1000 characters');
    return ctx.disclosures.commit(existing.youthId, 'CONSENT', async (tx) => {
      const revoked = await revokeConsentRow(tx, existing.id, ctx.viewer.sub, why, new Date());
      if (!revoked) throw badInput('This consent is already revoked');
      return revoked;
    });
  },
};

/** The one way a consent is recorded, FHIR import included: the form's own resolver (authority, rules, disclosure note). */
export async function recordConsentAs(ctx: SubgraphContext, input: RecordConsentInput, info: GraphQLResolveInfo) {
  const record = Mutation.recordConsent as (
    p: unknown,
    a: { input: RecordConsentInput },
    c: SubgraphContext,
    i: GraphQLResolveInfo,
  ) => Promise<ConsentRow>;
  return record({}, { input }, ctx, info);
}

export const Consent: ConsentResolvers = {
  status: async (row, _a, ctx) => consentStatus(row, new Date(), await teamEndOf(row.youthId, ctx)),
  noLongerApplies: async (row, _a, ctx) => noLongerApplies(row, await teamEndOf(row.youthId, ctx)),
  effectiveFrom: (row) => iso(row.effectiveFrom)!,
  effectiveTo: (row) => iso(row.effectiveTo),
  recordedAt: (row) => iso(row.recordedAt)!,
  revokedAt: (row) => iso(row.revokedAt),
};

/**
 * Youth.consents, loaded for all youths of the operation at once. The policy's `see-consent`
 * rules decide which: those who manage the youth's consents see them all; anyone else linked sees
 * only the consents naming their own agency, since a consent's categories alone can reveal
 * treatment (42 CFR 2.13(c)).
 */
export async function visibleConsents(youthId: string, ctx: SubgraphContext): Promise<ConsentRow[]> {
  const [all, scope] = await Promise.all([consentsForYouth(youthId, ctx), ctx.access.rowScope('see-consent', youthId)]);
  if (scope === 'ALL') return all;
  if (scope === 'NONE') return [];
  return all.filter((c) => c.recipientAgencies.includes(ctx.viewer.agency));
}

function consentsForYouth(youthId: string, ctx: SubgraphContext): Promise<ConsentRow[]> {
  return ctx
    .loader<string, ConsentRow[]>('consents', async (ids) => {
      const rows = await consentsOf(ctx.database, ids);
      return ids.map((id) => rows.filter((r) => r.youthId === id));
    })
    .load(youthId);
}
