import type { ConsentFact, CourtOrderFact, Viewer, YouthFacts } from './facts.ts';
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

export { ROLE_AGENCY };

/** The finite attribute space the policies decide over; policy:verify and policy:diff walk all of it. */
export const CONSENT_STATES = [
  'none',
  'active',
  'revoked',
  'expired',
  'wrong-agency',
  'wrong-purpose',
  'guardian',
] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];
export const ORDER_STATES = ['none', 'active', 'expired'] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export interface Point {
  role: Role;
  agency: Agency;
  category: DataCategory;
  owner: Agency;
  purpose: PurposeOfUse;
  onTeam: boolean;
  serves: boolean;
  consent: ConsentState;
  order: OrderState;
}

export const VERIFY_NOW = new Date('2026-06-01T12:00:00Z');
const PAST = '2025-01-01T00:00:00Z';
const RECENT = '2026-05-01T00:00:00Z';
const FUTURE = '2027-01-01T00:00:00Z';

/** Every owner that holds the category. */
export function ownersOf(category: DataCategory): Agency[] {
  return AGENCIES.filter((a) => AGENCY_CATEGORIES[a].includes(category));
}

export function* allPoints(): Generator<Point> {
  for (const role of ROLES) {
    const agency = ROLE_AGENCY[role];
    for (const category of DATA_CATEGORIES) {
      for (const owner of ownersOf(category)) {
        for (const purpose of PURPOSES) {
          for (const onTeam of [false, true]) {
            for (const serves of [false, true]) {
              for (const consent of CONSENT_STATES) {
                for (const order of ORDER_STATES) {
                  yield { role, agency, category, owner, purpose, onTeam, serves, consent, order };
                }
              }
            }
          }
        }
      }
    }
  }
}

/** The viewer and the registry's facts that a point describes. */
export function materialise(point: Point): { viewer: Viewer; facts: YouthFacts } {
  const consent = (over: Partial<ConsentFact>): ConsentFact => ({
    id: 'c',
    grantor: 'YOUTH',
    categories: [point.category],
    recipientAgencies: [point.agency],
    purposes: [point.purpose],
    status: 'ACTIVE',
    effectiveFrom: PAST,
    effectiveTo: FUTURE,
    ...over,
  });
  const consents: ConsentFact[] = {
    none: [],
    active: [consent({})],
    revoked: [consent({ status: 'REVOKED' })],
    expired: [consent({ status: 'EXPIRED', effectiveTo: RECENT })],
    'wrong-agency': [consent({ recipientAgencies: [point.agency === 'EDUCATION' ? 'PROBATION' : 'EDUCATION'] })],
    'wrong-purpose': [
      consent({ purposes: [point.purpose === 'COURT_ORDERED' ? 'CARE_COORDINATION' : 'COURT_ORDERED'] }),
    ],
    guardian: [consent({ grantor: 'GUARDIAN' })],
  }[point.consent];
  const order = (over: Partial<CourtOrderFact>): CourtOrderFact => ({
    id: 'o',
    agency: point.agency,
    categories: [point.category],
    effectiveFrom: PAST,
    effectiveTo: FUTURE,
    ...over,
  });
  const courtOrders: CourtOrderFact[] = { none: [], active: [order({})], expired: [order({ effectiveTo: RECENT })] }[
    point.order
  ];
  return {
    viewer: { sub: 'v', agency: point.agency, role: point.role },
    facts: {
      youthId: 'y',
      servedBy: point.serves ? [point.agency] : [],
      team: { onTeam: point.onTeam },
      consents,
      courtOrders,
    },
  };
}

export function describePoint(p: Point): string {
  return `${p.role} (${p.agency}) reading ${p.category} held by ${p.owner} for ${p.purpose}; on team: ${p.onTeam}, agency serves: ${p.serves}, consent: ${p.consent}, court order: ${p.order}`;
}
