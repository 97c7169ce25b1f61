import type { ConsentFact, CourtOrderFact, EmergencyGrantFact, Viewer, YouthFacts } from './facts.ts';
import {
  AGENCIES,
  AGENCY_CATEGORIES,
  DATA_CATEGORIES,
  PURPOSES,
  ROLE_AGENCY,
  ROLES,
  type Agency,
  type DataCategory,
  type PurposeOfUse,
  type Role,
} from './vocabulary.ts';

/** The finite attribute space the policies decide over; policy:verify and policy:diff walk all of it. */
export const CONSENT_STATES = [
  'none',
  'active',
  'revoked',
  'expired',
  'wrong-agency',
  'wrong-purpose',
  'guardian',
  // Issue 19: given within the youth's MDT, the team still open; the team since closed (WIC 832(b)(4));
  // an active consent the youth has since restricted for this category and agency (42 CFR 2.26).
  'team-bound',
  'team-ended',
  'restricted',
] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];
export const ORDER_STATES = ['none', 'active', 'expired'] as const;
export type OrderState = (typeof ORDER_STATES)[number];
/** The viewer's emergency grant: none, in effect, or run out (exactly at decision time: expiry is exclusive). */
export const GRANT_STATES = ['none', 'active', 'expired'] as const;
export type GrantState = (typeof GRANT_STATES)[number];

export interface Point {
  role: Role;
  agency: Agency;
  category: DataCategory;
  owner: Agency;
  purpose: PurposeOfUse;
  onTeam: boolean;
  serves: boolean;
  /** The viewer works in the program treating the youth (only where the viewer's agency serves the youth). */
  inProgram: boolean;
  consent: ConsentState;
  order: OrderState;
  grant: GrantState;
}

export const VERIFY_NOW = new Date('2026-06-01T12:00:00Z');
const PAST = '2025-01-01T00:00:00Z';
const RECENT = '2026-05-01T00:00:00Z';
const FUTURE = '2027-01-01T00:00:00Z';

/** Every owner that holds the category. */
export function ownersOf(category: DataCategory): Agency[] {
  return AGENCIES.filter((a) => AGENCY_CATEGORIES[a].includes(category));
}

/** Not served; served; served and the viewer in the program treating the youth. */
const SERVES_STATES: readonly (readonly [boolean, boolean])[] = [
  [false, false],
  [true, false],
  [true, true],
];

export function* allPoints(): Generator<Point> {
  for (const role of ROLES) {
    const agency = ROLE_AGENCY[role];
    for (const category of DATA_CATEGORIES) {
      for (const owner of ownersOf(category)) {
        for (const purpose of PURPOSES) {
          for (const onTeam of [false, true]) {
            for (const [serves, inProgram] of SERVES_STATES) {
              for (const consent of CONSENT_STATES) {
                for (const order of ORDER_STATES) {
                  for (const grant of GRANT_STATES) {
                    yield { role, agency, category, owner, purpose, onTeam, serves, inProgram, consent, order, grant };
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

// Only the facts a point names are built (policy:verify materialises every point, often twice).
const CONSENT_VARIANTS: Record<ConsentState, ((p: Point) => Partial<ConsentFact>) | null> = {
  none: null,
  active: () => ({}),
  revoked: () => ({ status: 'REVOKED' }),
  expired: () => ({ status: 'EXPIRED', effectiveTo: RECENT }),
  'wrong-agency': (p) => ({ recipientAgencies: [p.agency === 'EDUCATION' ? 'PROBATION' : 'EDUCATION'] }),
  'wrong-purpose': (p) => ({ purposes: [p.purpose === 'COURT_ORDERED' ? 'CARE_COORDINATION' : 'COURT_ORDERED'] }),
  guardian: () => ({ grantor: 'GUARDIAN' }),
  'team-bound': () => ({ withinTeam: { teamEndedAt: null } }),
  'team-ended': () => ({ withinTeam: { teamEndedAt: RECENT } }),
  restricted: () => ({}),
};
const GRANTS: Record<GrantState, EmergencyGrantFact | null> = {
  none: null,
  active: { id: 'g', expiresAt: FUTURE },
  expired: { id: 'g', expiresAt: VERIFY_NOW.toISOString() },
};

/** The viewer and the registry's facts that a point describes. */
export function materialise(point: Point): { viewer: Viewer; facts: YouthFacts } {
  const variant = CONSENT_VARIANTS[point.consent];
  const consents: ConsentFact[] = variant
    ? [
        {
          id: 'c',
          grantor: 'YOUTH',
          categories: [point.category],
          recipientAgencies: [point.agency],
          purposes: [point.purpose],
          status: 'ACTIVE',
          effectiveFrom: PAST,
          effectiveTo: FUTURE,
          ...variant(point),
        },
      ]
    : [];
  const courtOrders: CourtOrderFact[] =
    point.order === 'none'
      ? []
      : [
          {
            id: 'o',
            reference: 'JV-0000-0001',
            agency: point.agency,
            categories: [point.category],
            purposes: [],
            effectiveFrom: PAST,
            effectiveTo: point.order === 'expired' ? RECENT : FUTURE,
          },
        ];
  return {
    viewer: { sub: 'v', agency: point.agency, role: point.role },
    facts: {
      youthId: 'y',
      servedBy: point.serves ? [point.agency] : [],
      team: { onTeam: point.onTeam },
      consents,
      courtOrders,
      emergencyGrant: GRANTS[point.grant],
      ...(point.inProgram ? { inProgramOf: [point.owner] } : {}),
      ...(point.consent === 'restricted'
        ? {
            restrictions: [
              {
                id: 'r',
                categories: [point.category],
                recipientAgencies: [point.agency],
                effectiveFrom: RECENT,
                endedAt: null,
              },
            ],
          }
        : {}),
    },
  };
}

export function describePoint(p: Point): string {
  return `${p.role} (${p.agency}) reading ${p.category} held by ${p.owner} for ${p.purpose}; on team: ${p.onTeam}, agency serves: ${p.serves}, in program: ${p.inProgram}, consent: ${p.consent}, court order: ${p.order}, emergency grant: ${p.grant}`;
}
