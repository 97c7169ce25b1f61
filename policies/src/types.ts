import type { Agency, DataCategory, DenialReason, PurposeOfUse, Role } from './vocabulary.ts';

/**
 * What a rule decides. `read` is reading one category of a youth's records (the need-to-know
 * table); the others are what a viewer may do besides reading records, decided by rules of the
 * same shape so a reviewer finds every access decision in one rule set.
 */
export const POLICY_ACTIONS = [
  'read',
  'see-youth',
  'manage-consents',
  'see-consent',
  'manage-court-orders',
  'request-emergency',
  'end-emergency',
  'oversee',
  'read-accounting',
  'read-psychotherapy-note',
  'manage-roster',
  'write-mdt-notes',
  'update-action-item',
  'submit-referral',
  'see-referral',
  'decide-referral',
  'see-member-directory',
] as const;
export type PolicyAction = (typeof POLICY_ACTIONS)[number];
/** Every action but `read`: decided by `decideAction`. */
export type HubAction = Exclude<PolicyAction, 'read'>;

/** The attributes a rule's conditions may test: one (viewer, youth, category, owner, purpose) point. */
export interface DisclosureSubject {
  category: DataCategory;
  owner: Agency;
  purpose: PurposeOfUse;
  /** The viewer works for the agency that owns the record. */
  ownAgency: boolean;
  /** The viewer's agency holds a record of this youth. */
  serves: boolean;
  /** The viewer is an active member of this youth's MDT. */
  onTeam: boolean;
  /** The viewer is linked to the youth (`linked`: serves || onTeam): without it nothing of the youth is visible. */
  inScope: boolean;
  /** ownAgency && serves: the treating clinician, the youth's own counsel. */
  treating: boolean;
  /** treating, and the viewer works in the owner's program that treats the youth (the table's "in program"). */
  inProgram: boolean;
  /** An in-effect consent covers this category, names the viewer's agency and permits the purpose. */
  consent: boolean;
  /** An in-effect court order gives the viewer's agency this category. */
  courtOrder: boolean;
  /** The viewer holds an emergency (break-glass) grant for this youth, in effect at decision time. */
  emergencyGrant: boolean;
}

/** The attributes an action rule may test: the viewer, the purpose, the youth (if any), the row. */
export interface ActionSubject {
  purpose: PurposeOfUse;
  /** The viewer's agency (a user token pairs it with the role; rules that need it still test it). */
  agency: Agency;
  onTeam: boolean;
  serves: boolean;
  /** The viewer is linked to the youth (`linked`). */
  inScope: boolean;
  /**
   * The row is the viewer's own: for `read-accounting` the viewer's own accesses, for
   * `see-consent` a consent naming the viewer's agency, for `read-psychotherapy-note` a note the
   * viewer wrote, for `update-action-item` an action item the viewer owns, for `see-referral` a
   * referral the viewer submitted. Rows translate it to a
   * filter (`rowScope`).
   */
  own: boolean;
}

type Conditions = { [K in keyof DisclosureSubject | keyof ActionSubject]?: unknown };

/**
 * One rule, stored as data. Rules are ordered; a later matching rule wins (CASL's precedence).
 * `otherwise` turns a rule into a pair: when the category matches but the rest does not, deny
 * with that reason (e.g. "needs the youth's consent").
 */
export interface PolicyRule {
  id: string;
  /** What the rule decides; absent means `read` (a category of records). */
  action?: PolicyAction | readonly PolicyAction[];
  effect: 'allow' | 'deny';
  roles: readonly Role[] | '*';
  conditions: Conditions;
  reason?: DenialReason;
  otherwise?: DenialReason;
  legalBasis: string;
  description: string;
  inferred?: boolean;
  /**
   * A limited cell's rule releases only these schema coordinates of its category (`LIMITED_CELLS`);
   * absent, the whole category.
   */
  fields?: readonly string[];
}

/** The actions a rule decides, as a list. */
export function actionsOf(rule: PolicyRule): readonly PolicyAction[] {
  if (rule.action === undefined) return ['read'];
  return typeof rule.action === 'string' ? [rule.action] : rule.action;
}
