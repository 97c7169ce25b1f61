import { DEFAULT_PURPOSE, ROLES, type PurposeOfUse, type Role } from './vocabulary.ts';

/** Purposes each role may use; any other purpose is refused outright. */
export const PERMITTED_PURPOSES: Record<Role, readonly PurposeOfUse[]> = Object.fromEntries(
  ROLES.map((role) => [
    role,
    role === 'PRIVACY_OFFICER'
      ? ['AUDIT']
      : role === 'PROSECUTOR'
        ? ['CARE_COORDINATION', 'EMERGENCY', 'COURT_ORDERED', 'PROSECUTION']
        : ['CARE_COORDINATION', 'EMERGENCY', 'COURT_ORDERED'],
  ]),
) as unknown as Record<Role, readonly PurposeOfUse[]>;

/**
 * The purpose a request is made for when it names none (the X-Purpose-Of-Use header is absent):
 * care coordination, the purpose every team member may use. A purpose that widens access or
 * answers to someone else (an emergency grant, an audit, a court order, a prosecution) is never
 * assumed: it must be named. policy:verify checks this rule against the oracle and its invariants.
 */
export const DEFAULT_PURPOSE_RULE = {
  id: 'purpose.default',
  purpose: DEFAULT_PURPOSE,
  legalBasis: '45 CFR 164.506(c); WIC 830; WIC 18961.7',
  description:
    'A request that names no purpose of use is made for care coordination within the MDT; ' +
    'every other purpose must be named',
} as const satisfies { id: string; purpose: PurposeOfUse; legalBasis: string; description: string };
