import { subject } from '@casl/ability';
import { abilityFor } from './ability.ts';
import type { ConsentFact, CourtOrderFact, Viewer, YouthFacts } from './facts.ts';
import { YOUTH_ONLY } from './consent-rules.ts';
import { PART2_NOTICE } from './legal-basis.ts';
import { defaultPolicySet, type PolicySet } from './policy-set.ts';
import { activeGrant } from './emergency.ts';
import { hardDenial } from './guards.ts';
import { limitedCell } from './limited.ts';
import { linked } from './scope.ts';
import { consentScope, endedWithTeam, restricted } from './part2.ts';
import type { DisclosureSubject, PolicyRule } from './types.ts';
import {
  AGENCY_LABEL,
  CATEGORY_LABEL,
  type Agency,
  type DataCategory,
  type DenialReason,
  type PurposeOfUse,
} from './vocabulary.ts';

export interface Obligation {
  code: 'PART2_REDISCLOSURE_NOTICE';
  text: string;
  /**
   * A release made with the youth's consent: a clear explanation of each consent's scope, carried
   * beside the 2.32 notice (42 CFR 2.32(a)(2), 2024). Absent for a release that needed no consent.
   */
  consentScope?: string[];
}

const PART2_CATEGORIES: readonly DataCategory[] = ['SUBSTANCE_USE', 'SUD_COUNSELING_NOTES'];

export interface Decision {
  allowed: boolean;
  reason: DenialReason | null;
  ruleId: string;
  legalBasis: string;
  obligations: Obligation[];
  category: DataCategory;
  agency: Agency;
  /**
   * The emergency grant this request acts under: set for every category decided with the
   * EMERGENCY purpose while the viewer holds an active grant (allowed or not), else null. The
   * disclosure log copies it so every use of a grant is marked and reviewable.
   */
  emergencyGrantId: string | null;
  /**
   * Present only when a limited cell decided (`LIMITED_CELLS`): the schema coordinates released;
   * on an allowed decision every other field of the category is withheld (`withheldField`).
   */
  fields?: readonly string[];
}

export interface DecideContext {
  /** The agency that owns the record (the subgraph deciding). */
  owner: Agency;
  /** Decision time; consents and orders are judged in effect at this instant. */
  now?: Date;
}

function inEffect(from: string, to: string | null, now: Date): boolean {
  return Date.parse(from) <= now.getTime() && (to === null || Date.parse(to) > now.getTime());
}

function consentCovers(c: ConsentFact, viewer: Viewer, category: DataCategory, purpose: PurposeOfUse, now: Date) {
  return (
    c.status === 'ACTIVE' &&
    !endedWithTeam(c, now) &&
    (c.grantor === 'YOUTH' || !YOUTH_ONLY.includes(category)) &&
    inEffect(c.effectiveFrom, c.effectiveTo, now) &&
    c.categories.includes(category) &&
    c.recipientAgencies.includes(viewer.agency) &&
    (c.purposes.length === 0 || c.purposes.includes(purpose))
  );
}

function orderCovers(o: CourtOrderFact, viewer: Viewer, category: DataCategory, purpose: PurposeOfUse, now: Date) {
  return (
    o.agency === viewer.agency &&
    o.categories.includes(category) &&
    (o.purposes.length === 0 || o.purposes.includes(purpose)) &&
    inEffect(o.effectiveFrom, o.effectiveTo, now)
  );
}

/** The consents that open this point (none while a restriction the youth asked for holds). */
function coveringConsents(facts: YouthFacts, viewer: Viewer, category: DataCategory, purpose: PurposeOfUse, now: Date) {
  if (restricted(facts.restrictions, category, viewer.agency, now)) return [];
  return facts.consents.filter((c) => consentCovers(c, viewer, category, purpose, now));
}

/** The orders that open this point, for the decision's legal basis (each use names its order). */
function coveringOrders(facts: YouthFacts, viewer: Viewer, category: DataCategory, purpose: PurposeOfUse, now: Date) {
  return facts.courtOrders.filter((o) => orderCovers(o, viewer, category, purpose, now));
}

export function subjectFor(
  viewer: Viewer,
  facts: YouthFacts,
  category: DataCategory,
  purpose: PurposeOfUse,
  ctx: DecideContext,
): DisclosureSubject {
  const now = ctx.now ?? new Date();
  const serves = facts.servedBy.includes(viewer.agency);
  const ownAgency = viewer.agency === ctx.owner;
  return {
    category,
    owner: ctx.owner,
    purpose,
    ownAgency,
    serves,
    onTeam: facts.team.onTeam,
    inScope: linked(viewer, facts),
    treating: ownAgency && serves,
    inProgram: ownAgency && serves && (facts.inProgramOf ?? []).includes(ctx.owner),
    consent: coveringConsents(facts, viewer, category, purpose, now).length > 0,
    courtOrder: coveringOrders(facts, viewer, category, purpose, now).length > 0,
    emergencyGrant: activeGrant(facts, now) !== null,
  };
}

/** Decides one (viewer, youth, category) point, for the record owner's agency and the request's purpose. */
export function decide(
  policy: PolicySet,
  viewer: Viewer,
  facts: YouthFacts,
  category: DataCategory,
  purpose: PurposeOfUse,
  ctx: DecideContext,
): Decision {
  const now = ctx.now ?? new Date();
  const attrs = subjectFor(viewer, facts, category, purpose, { ...ctx, now });
  const grant = purpose === 'EMERGENCY' ? activeGrant(facts, now) : null;
  const ability = abilityFor(policy, viewer.role);
  // One subject per category, never a field list: avoids CASL's field-rule trap.
  const matched = ability.relevantRuleFor('read', subject('Disclosure', { ...attrs }));
  const ruleId = (matched?.origin as { policyRuleId?: string } | undefined)?.policyRuleId;
  let rule: PolicyRule | undefined = ruleId ? policy.byId.get(ruleId) : undefined;
  let allowed = Boolean(matched && !matched.inverted && rule);
  let reason: DenialReason | null = allowed ? null : ((matched?.reason as DenialReason | undefined) ?? 'NOT_ON_TEAM');
  const hard = allowed ? hardDenial(viewer.role, attrs) : undefined;
  if (hard) {
    // A rule set released what an invariant forbids: the invariant wins.
    allowed = false;
    reason = hard.reason;
    rule = policy.byId.get(hard.ruleId) ?? defaultPolicySet().byId.get(hard.ruleId);
  }
  let legalBasis = rule?.legalBasis ?? 'deny by default';
  if (allowed && rule?.conditions.courtOrder === true) {
    // A release under a court order names the order(s), so the accounting shows each use of one.
    const orders = coveringOrders(facts, viewer, category, purpose, now).map((o) => o.reference);
    legalBasis = `${legalBasis} — order ${orders.join('; ')}`;
  }
  // A release under a consent names the consent(s), so the youth's accounting lists the
  // disclosures made under each (42 CFR 2.25, 2024).
  const consents =
    allowed && rule?.conditions.consent === true ? coveringConsents(facts, viewer, category, purpose, now) : [];
  if (consents.length) legalBasis = `${legalBasis} — consent ${consents.map((c) => c.id).join('; ')}`;
  const obligations: Obligation[] =
    allowed && PART2_CATEGORIES.includes(category)
      ? [
          {
            code: 'PART2_REDISCLOSURE_NOTICE',
            text: PART2_NOTICE,
            ...(consents.length ? { consentScope: consents.map(consentScope) } : {}),
          },
        ]
      : [];
  return {
    allowed,
    reason,
    ruleId: rule?.id ?? 'default.deny',
    legalBasis,
    obligations,
    category,
    agency: ctx.owner,
    emergencyGrantId: grant?.id ?? null,
    ...(allowed && rule?.fields ? { fields: rule.fields } : {}),
  };
}

/**
 * The decision for one field of a category that a limited cell released in part (`LIMITED_CELLS`
 * says how a coordinate is read): the field withheld (`NEVER_SHARED`, under the same rule), or
 * undefined when the decision releases it. `point` is true for a classified field (a way into the
 * category), false for a field inside a classified type.
 */
export function withheldField(decision: Decision, type: string, field: string, point: boolean): Decision | undefined {
  const fields = decision.fields;
  if (!decision.allowed || !fields) return undefined;
  const coordinate = `${type}.${field}`;
  if (fields.includes(coordinate)) return undefined;
  if (!point && !fields.some((c) => c.startsWith(`${type}.`))) return undefined;
  return { ...decision, allowed: false, reason: 'NEVER_SHARED', obligations: [] };
}

/** The human sentence for a denial, naming the category and what would open it. */
export function denialMessage(decision: Decision, viewer: Viewer): string {
  const what = CATEGORY_LABEL[decision.category];
  const who = AGENCY_LABEL[viewer.agency];
  switch (decision.reason) {
    case 'CONSENT_REQUIRED':
      return `Not shared: ${what} need the youth's consent naming ${who}`;
    case 'COURT_ORDER_REQUIRED':
      return `Not shared: ${what} need a court order naming ${who}`;
    case 'NEVER_SHARED':
      if (decision.fields) {
        const cell = limitedCell(decision.category, viewer.role);
        if (cell) return `Not shared: of ${what}, your role sees only ${cell.summary}`;
      }
      return `Not shared: ${what} are never shared with your role`;
    case 'PURPOSE_NOT_PERMITTED':
      return `Not shared: your role may not request ${what} for this purpose`;
    default:
      return `Not shared: ${what} are shared only with the youth's MDT`;
  }
}
