import type { EmergencyGrantFact, YouthFacts } from './facts.ts';
import type { PolicyRule } from './types.ts';
import { ROLES, type DataCategory } from './vocabulary.ts';

/**
 * What an emergency (break-glass) grant opens: who the youth is, the safety plan, where the youth
 * lives and where they went (placement, runaway episodes), and the health alerts a responder
 * needs (medications, allergies, appointments: PHYSICAL_HEALTH). Never psychotherapy notes,
 * attorney-client communications, Part 2, sexual or mental-health records.
 */
export const EMERGENCY_CATEGORIES: readonly DataCategory[] = [
  'IDENTITY',
  'SAFETY_PLAN',
  'PLACEMENT',
  'RUNAWAY',
  'PHYSICAL_HEALTH',
];

export const EMERGENCY_BASIS = '45 CFR 164.512(j); 45 CFR 164.510(b)(3); WIC 18961.7';

/** The viewer's grant if it is still in effect at `now` (the registry sent it; time may have moved on). */
export function activeGrant(facts: YouthFacts, now: Date): EmergencyGrantFact | null {
  const grant = facts.emergencyGrant ?? null;
  return grant && Date.parse(grant.expiresAt) > now.getTime() ? grant : null;
}

/** The break-glass rule, as data like every other rule. Privacy officers never hold a grant. */
export function emergencyRule(): PolicyRule {
  return {
    id: 'emergency.break-glass',
    effect: 'allow',
    roles: ROLES.filter((r) => r !== 'PRIVACY_OFFICER'),
    conditions: {
      purpose: 'EMERGENCY',
      emergencyGrant: true,
      // A grant is asked for as a team member and works only while the holder is one.
      onTeam: true,
      category: { $in: [...EMERGENCY_CATEGORIES] },
    },
    legalBasis: EMERGENCY_BASIS,
    description:
      'Emergency access: under an active, time-limited grant and the EMERGENCY purpose, a team member ' +
      'reads identity, the safety plan, placement and whereabouts, and health alerts; every use is ' +
      'marked with the grant and reviewed by a privacy officer',
  };
}
