import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { decideAction, emptyFacts, type ActionDecision, type Agency, type Role } from '@hub/policies';
import { countyDate, isUuid, type SubgraphContext } from '@hub/subgraph-kit';
import type { NotedRelease } from '@hub/subgraph-kit/audit';
import {
  insertDecision,
  insertReferral,
  openReferrals,
  referralById,
  referralsBy,
  registerOrLink,
  youthByLocalId,
  type ReferralWithDecision,
} from '../db/referrals.ts';
import { addMembership } from '../db/roster.ts';
import type {
  MdtReferralResolvers,
  MutationResolvers,
  QueryResolvers,
  SubmitMdtReferralInput,
} from '../generated/resolvers-types.ts';
import { forbidden } from './refusal.ts';
import { badField, requiredText } from './roster.ts';

/** The CSEC indicators a referral may name: docs/domain.md, "Risk factors and indicators". */
export const REFERRAL_INDICATORS = [
  'Repeated running away',
  'Relationship with an older adult',
  'Controlling "boyfriend"',
  'Unexplained money or goods',
  'Not in control of own money',
  'Uses "the life" slang',
  'Unaccounted time and late hours',
  'Online sexual profile',
  'Frequent law-enforcement contact',
  'Unexplained injuries',
  'Branding tattoo',
] as const;

const MAX_REASONS = 4000;
const MAX_URGENCY = 2000;
const MAX_KNOWN = 2000;
const MAX_DECISION = 2000;
const MAX_NAME = 100;
const MAX_LIST = 200;
const LOCAL_ID = /^[\x21-\x7e]{1,100}$/;

const noSuchYouth = () => badField('youthId', 'no such youth, or it is not on your caseload');
const noSuchReferral = () => badField('id', 'no such referral, or it is not yours');

/** The id a referral's disclosure rows name: its youth, else the id its youth is registered under on acceptance. */
export const referralSubject = (r: ReferralWithDecision) => r.youthId ?? r.decision?.youthId ?? r.id;

function listSize(first: number | null | undefined): number {
  const size = first ?? 100;
  if (!Number.isInteger(size) || size < 1 || size > MAX_LIST) throw badField('first', `must be 1 to ${MAX_LIST}`);
  return size;
}

function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = value?.trim() ?? '';
  if (!text) return null;
  if (text.length > max) throw badField(field, `must be at most ${max} characters`);
  return text;
}

function dateOfBirth(value: string | null | undefined, today: string): string {
  const day = value?.trim() ?? '';
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) {
    throw badField('dateOfBirth', 'must be a date as YYYY-MM-DD');
  }
  if (day > today) throw badField('dateOfBirth', 'must not be in the future');
  if (Number(today.slice(0, 4)) - Number(day.slice(0, 4)) > 26) {
    throw badField('dateOfBirth', 'must be that of a youth (at most 26 years ago)');
  }
  return day;
}

function indicatorList(values: readonly string[]): string[] {
  const known = new Set<string>(REFERRAL_INDICATORS);
  const list = values.map((v) => v.trim());
  const unknown = list.find((v) => !known.has(v));
  if (unknown !== undefined)
    throw badField('indicators', `${JSON.stringify(unknown)} is not a CSEC indicator of the list`);
  if (new Set(list).size !== list.length) throw badField('indicators', 'names an indicator twice');
  return list;
}

/** What the referral carries besides the youth: every field checked, each problem naming its field. */
function content(input: SubmitMdtReferralInput) {
  const reasons = requiredText(input.reasons, 'reasons', MAX_REASONS);
  const indicators = indicatorList(input.indicators);
  const urgencyReason =
    input.urgency === 'URGENT'
      ? requiredText(input.urgencyReason ?? '', 'urgencyReason', MAX_URGENCY)
      : optionalText(input.urgencyReason, 'urgencyReason', MAX_URGENCY);
  const safetyConcerns = requiredText(input.safetyConcerns, 'safetyConcerns', MAX_REASONS);
  const knownConsentsAndOrders = optionalText(input.knownConsentsAndOrders, 'knownConsentsAndOrders', MAX_KNOWN);
  return { reasons, indicators, urgency: input.urgency, urgencyReason, safetyConcerns, knownConsentsAndOrders };
}

/**
 * The youth a referral names: a registered one the viewer's agency serves, or (by the agency's own
 * local id) one the crosswalk already links, or a youth not yet in the registry. Decided by rule
 * referrals.serving-agency on the youth's facts; for a youth not yet registered, on the fact that
 * the referring agency holds them under its local id.
 */
async function referredYouth(ctx: SubgraphContext, input: SubmitMdtReferralInput) {
  const given = { youthId: input.youthId?.trim() || null, localId: input.localId?.trim() || null };
  if (given.youthId && given.localId) throw badField('localId', 'give either youthId or localId, not both');
  if (!given.youthId && !given.localId) {
    throw badField(
      'youthId',
      'name the youth: a hub youth id, or your agency’s local id for a youth not yet registered',
    );
  }
  let youthId = given.youthId;
  if (given.localId) {
    if (!LOCAL_ID.test(given.localId)) throw badField('localId', 'must be 1 to 100 printable characters, no spaces');
    youthId = (await youthByLocalId(ctx.database.db, ctx.viewer.agency, given.localId)) ?? null;
  }
  if (youthId) {
    if (!isUuid(youthId)) throw badField('youthId', 'must be a hub youth id (a UUID)');
    youthId = youthId.toLowerCase();
    if (!(await ctx.access.may('see-youth', youthId)).allowed) throw noSuchYouth();
    return { youthId, decision: await ctx.access.may('submit-referral', youthId) };
  }
  const today = countyDate(new Date(), ctx.timeZone);
  const identity = {
    localId: given.localId!,
    givenName: requiredText(input.givenName ?? '', 'givenName', MAX_NAME),
    familyName: requiredText(input.familyName ?? '', 'familyName', MAX_NAME),
    dateOfBirth: dateOfBirth(input.dateOfBirth, today),
  };
  const facts = { ...emptyFacts(''), servedBy: [ctx.viewer.agency] };
  const decision = decideAction(ctx.access.policy, ctx.viewer, 'submit-referral', ctx.purpose, { facts });
  return { identity, decision };
}

/** Logs, per referral shown, what it released: its CSEC indicators, and a new youth's names. */
function noteShown(ctx: SubgraphContext, shown: readonly ReferralWithDecision[], decision: ActionDecision): void {
  const by = { ruleId: decision.ruleId, legalBasis: decision.legalBasis };
  for (const r of shown) {
    const released: NotedRelease[] = [{ category: 'CSEC_INDICATORS', ...by }];
    if (r.localId) released.push({ category: 'IDENTITY', ...by });
    ctx.disclosures.note(referralSubject(r), 'MDT', released);
  }
}

/** The referral as this viewer may read it (the coordinator any, anyone else their own), else undefined. */
async function readable(ctx: SubgraphContext, id: string) {
  const referral = await referralById(ctx.database.db, id);
  if (!referral) return undefined;
  const own = referral.referredBy === ctx.viewer.sub;
  const decision = await ctx.access.may('see-referral', undefined, { own });
  return decision.allowed ? { referral, decision } : undefined;
}

export const referralQuery: Pick<
  QueryResolvers,
  'mdtReferralInbox' | 'myMdtReferrals' | 'mdtReferral' | 'mdtReferralIndicators'
> = {
  async mdtReferralInbox(_root, { first }, ctx) {
    const decision = await ctx.access.may('decide-referral');
    if (!decision.allowed) throw forbidden('Only the MDT coordinator reads the referral inbox', decision);
    const shown = await openReferrals(ctx.database, listSize(first));
    noteShown(ctx, shown, decision);
    return shown;
  },

  async myMdtReferrals(_root, { first }, ctx) {
    const decision = await ctx.access.may('see-referral', undefined, { own: true });
    if (!decision.allowed) throw forbidden('Referrals are read for the MDT’s purposes only', decision);
    const shown = await referralsBy(ctx.database, ctx.viewer.sub, listSize(first));
    noteShown(ctx, shown, decision);
    return shown;
  },

  async mdtReferral(_root, { id }, ctx) {
    if (!isUuid(id)) return null;
    const found = await readable(ctx, id);
    if (!found) return null;
    noteShown(ctx, [found.referral], found.decision);
    return found.referral;
  },

  mdtReferralIndicators: () => [...REFERRAL_INDICATORS],
};

export const referralMutations: Pick<MutationResolvers, 'submitMdtReferral' | 'decideMdtReferral'> = {
  async submitMdtReferral(_root, { input }, ctx) {
    const youth = await referredYouth(ctx, input);
    if (!youth.decision.allowed) {
      throw forbidden('Only a member of an agency that serves the youth refers them to the MDT', youth.decision);
    }
    const fields = content(input);
    const id = randomUUID();
    const subject = youth.youthId ?? id;
    // The referral and its MDT disclosure row are committed together, or neither is.
    return ctx.disclosures.commit(subject, 'MDT', (tx) =>
      insertReferral(tx, {
        id,
        youthId: youth.youthId ?? null,
        referringAgency: ctx.viewer.agency,
        ...(youth.identity ?? {}),
        referredBy: ctx.viewer.sub,
        referredByName: ctx.viewer.name ?? ctx.viewer.sub,
        referredByRole: ctx.viewer.role,
        ...fields,
      }),
    );
  },

  async decideMdtReferral(_root, { id, decision, reason, youthId }, ctx) {
    if (!isUuid(id)) throw badField('id', 'must be a referral id (a UUID)');
    const found = await readable(ctx, id);
    if (!found) throw noSuchReferral();
    const may = await ctx.access.may('decide-referral');
    if (!may.allowed) throw forbidden('Only the MDT coordinator accepts or declines a referral', may);
    const { referral } = found;
    const why = requiredText(reason, 'reason', MAX_DECISION);
    const alreadyDecided = () =>
      badField('id', `this referral is already decided (${referral.decision?.decision ?? 'decided'})`);
    if (referral.decision) throw alreadyDecided();
    let linkTo: string | undefined;
    if (youthId !== null && youthId !== undefined) {
      if (decision !== 'ACCEPTED' || referral.youthId) {
        throw badField('youthId', 'names a youth to link only when accepting a referral of a youth not yet registered');
      }
      if (!isUuid(youthId)) throw badField('youthId', 'must be a hub youth id (a UUID)');
      linkTo = youthId.toLowerCase();
      if (!(await ctx.access.may('see-youth', linkTo)).allowed) throw noSuchYouth();
    }
    const subject =
      referral.youthId ??
      linkTo ??
      (referral.localId && (await youthByLocalId(ctx.database.db, referral.referringAgency, referral.localId))) ??
      referral.id;
    const day = countyDate(new Date(), ctx.timeZone);
    const by = ctx.viewer.sub;
    return ctx.disclosures.commit(decision === 'ACCEPTED' ? subject : referralSubject(referral), 'MDT', async (tx) => {
      let accepted: string | null = null;
      if (decision === 'ACCEPTED') {
        if (referral.youthId) accepted = referral.youthId;
        else {
          const result = await registerOrLink(tx, referral, linkTo, { by, reason: `MDT referral accepted: ${why}` });
          if ('conflict' in result) {
            throw badField(
              'youthId',
              `that youth is already linked to ${referral.referringAgency} under another local id`,
            );
          }
          if (result.youthId !== subject) {
            throw new GraphQLError('The crosswalk changed while the referral was decided: decide it again', {
              extensions: { code: 'BAD_USER_INPUT', field: 'id' },
            });
          }
          accepted = result.youthId;
        }
      }
      const row = await insertDecision(tx, {
        referralId: referral.id,
        decision,
        reason: why,
        youthId: accepted,
        decidedBy: by,
      });
      if ('already' in row) throw alreadyDecided();
      if (accepted) {
        // The team is opened (if the youth has none) with the coordinator and the referrer on it,
        // through the same dated, append-only memberships as addTeamMember.
        const members = [
          { sub: by, name: ctx.viewer.name ?? by, agency: ctx.viewer.agency, role: ctx.viewer.role },
          {
            sub: referral.referredBy,
            name: referral.referredByName,
            agency: referral.referringAgency,
            role: referral.referredByRole,
          },
        ];
        for (const person of members) {
          const added = await addMembership(tx, {
            youthId: accepted,
            person,
            day,
            by,
            reason: `MDT referral accepted: ${why}`,
          });
          if ('ended' in added) throw badField('youthId', "this youth's team has ended: it takes no new members");
        }
      }
      return { ...referral, decision: row };
    });
  },
};

export const MdtReferral: MdtReferralResolvers = {
  youthId: (r) => r.youthId ?? r.decision?.youthId ?? null,
  referringAgency: (r) => r.referringAgency as Agency,
  referredBySub: (r) => r.referredBy,
  referredByRole: (r) => r.referredByRole as Role,
  submittedAt: (r) => r.submittedAt.toISOString(),
  status: (r) => (r.decision ? (r.decision.decision as 'ACCEPTED' | 'DECLINED') : 'OPEN'),
  decidedBy: (r) => r.decision?.decidedBy ?? null,
  decidedAt: (r) => r.decision?.decidedAt.toISOString() ?? null,
  decisionReason: (r) => r.decision?.reason ?? null,
};
