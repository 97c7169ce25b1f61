import type { ActionSituation } from './decide-action.ts';
import type { Viewer } from './facts.ts';
import { POLICY_ACTIONS, type HubAction } from './types.ts';
import { AGENCIES, PURPOSES, ROLE_AGENCY, ROLES, type Agency, type PurposeOfUse, type Role } from './vocabulary.ts';

/** Every action besides reading records, in the order policy:verify walks them. */
export const HUB_ACTIONS: readonly HubAction[] = POLICY_ACTIONS.filter((a): a is HubAction => a !== 'read');
/** The actions whose rows may be the viewer's own (`ActionSubject.own`). */
const ROW_ACTIONS: readonly HubAction[] = [
  'see-consent',
  'read-accounting',
  'read-psychotherapy-note',
  'update-action-item',
  'end-emergency',
  'see-referral',
];

/** One point of the actions' attribute space. */
export interface ActionPoint {
  action: HubAction;
  role: Role;
  /** The role's own agency, or another one (a pairing no user token carries, but rules must not rely on it). */
  agency: Agency;
  purpose: PurposeOfUse;
  onTeam: boolean;
  serves: boolean;
  own: boolean;
}

export function* allActionPoints(): Generator<ActionPoint> {
  for (const action of HUB_ACTIONS) {
    for (const role of ROLES) {
      const agencies = [ROLE_AGENCY[role], AGENCIES.find((a) => a !== ROLE_AGENCY[role])!];
      for (const agency of agencies) {
        for (const purpose of PURPOSES) {
          for (const onTeam of [false, true]) {
            for (const serves of [false, true]) {
              for (const own of ROW_ACTIONS.includes(action) ? [false, true] : [false]) {
                yield { action, role, agency, purpose, onTeam, serves, own };
              }
            }
          }
        }
      }
    }
  }
}

/** The viewer and situation an action point describes. */
export function materialiseAction(p: ActionPoint): { viewer: Viewer; situation: ActionSituation } {
  return {
    viewer: { sub: 'v', agency: p.agency, role: p.role },
    situation: {
      facts: {
        youthId: 'y',
        servedBy: p.serves ? [p.agency] : [],
        team: { onTeam: p.onTeam },
        consents: [],
        courtOrders: [],
        emergencyGrant: null,
      },
      own: p.own,
    },
  };
}

export function describeActionPoint(p: ActionPoint): string {
  return `${p.role} (${p.agency}) asking to ${p.action} for ${p.purpose}; on team: ${p.onTeam}, agency serves: ${p.serves}, own row: ${p.own}`;
}
