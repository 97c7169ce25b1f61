import type { ConsentProvision } from '@medplum/fhirtypes';
import { AGENCIES, type Agency, type DataCategory, type PurposeOfUse } from '@hub/policies';
import { categoriesFrom, inOrder, purposesFrom } from './codes.ts';
import { boundsOf } from './period.ts';
import { SYSTEM } from './systems.ts';

export interface ProvisionTerms {
  categories: DataCategory[];
  recipientAgencies: Agency[];
  purposes: PurposeOfUse[];
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** Roles that make an actor a recipient (information recipient, primary information recipient). */
const RECIPIENT_ROLES = ['IRCP', 'PRCP'];
/** What a hub consent permits: reading the records, from the recipient's side or the holder's. */
const ACTIONS = ['access', 'use', 'disclose'];

/**
 * The terms of a hub consent from the one permit provision it holds. Everything a hub consent
 * cannot say (a deny, nested exceptions, particular resources, code lists) is refused by name
 * rather than dropped, since dropping a restriction would widen the consent.
 */
export function provisionTerms(
  provision: ConsentProvision | undefined,
  optIn: boolean,
  problems: string[],
): ProvisionTerms {
  if (!provision) {
    problems.push('provision is required: a permit naming the recipients, purposes, data and period');
    return { categories: [], recipientAgencies: [], purposes: [], effectiveFrom: '', effectiveTo: null };
  }
  // R4 keeps type out of the root rule ("not permitted in root rule"), yet its examples put it there:
  // under an opt-in policy a root rule without a type permits within its bounds, as `permit` does.
  if (provision.type !== 'permit' && !(optIn && provision.type === undefined)) {
    problems.push(
      `provision.type must be permit (the hub records consents that open sharing), not ${provision.type ?? 'absent'}`,
    );
  }
  const unsupported = (['provision', 'data', 'dataPeriod', 'code'] as const).filter((k) => provision[k] !== undefined);
  for (const key of unsupported) {
    problems.push(`provision.${key} cannot be represented: a hub consent covers whole categories for its period`);
  }
  for (const action of provision.action ?? []) {
    const codes = (action.coding ?? []).filter((c) => c.system === SYSTEM.consentAction).map((c) => c.code);
    if (!codes.length || codes.some((c) => !ACTIONS.includes(c ?? ''))) {
      problems.push(
        `provision.action must be ${ACTIONS.join(', ')} (${SYSTEM.consentAction}): a hub consent opens reading`,
      );
    }
  }
  return {
    categories: categoriesFrom(provision.securityLabel ?? [], provision.class ?? [], problems),
    recipientAgencies: recipients(provision.actor ?? [], problems),
    purposes: purposesFrom(provision.purpose ?? [], problems),
    ...boundsOf(provision.period, problems),
  };
}

function recipients(actors: NonNullable<ConsentProvision['actor']>, problems: string[]): Agency[] {
  const agencies = new Set<Agency>();
  actors.forEach((actor, i) => {
    const role = actor.role?.coding?.find((c) => c.system === SYSTEM.participationType);
    if (!role || !RECIPIENT_ROLES.includes(role.code ?? '')) {
      problems.push(
        `provision.actor[${i}].role must be IRCP (information recipient, ${SYSTEM.participationType}): a hub consent names who may receive`,
      );
    }
    const id = actor.reference?.identifier;
    if (id?.system === SYSTEM.agency && AGENCIES.includes(id.value as Agency)) agencies.add(id.value as Agency);
    else {
      problems.push(
        `provision.actor[${i}].reference must name an agency by identifier (system ${SYSTEM.agency}, value one of ${AGENCIES.join(', ')})`,
      );
    }
  });
  if (!actors.length) problems.push('provision.actor must name at least one recipient agency');
  return inOrder(AGENCIES, agencies);
}
