import type { Agency, DataCategory, PurposeOfUse, Role } from './vocabulary.ts';

/** Who is asking: from the verified user token. */
export interface Viewer {
  sub: string;
  name?: string;
  agency: Agency;
  role: Role;
}

export type ConsentStatus = 'ACTIVE' | 'REVOKED' | 'EXPIRED';

export interface ConsentFact {
  id: string;
  /** Who gave it; only the youth's own consent opens minor-consent categories. */
  grantor: 'YOUTH' | 'GUARDIAN' | 'ATTORNEY';
  categories: readonly DataCategory[];
  recipientAgencies: readonly Agency[];
  /** Empty means any purpose the viewer's role may use. */
  purposes: readonly PurposeOfUse[];
  status: ConsentStatus;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** The signed form on file, for the scope carried with a Part 2 release (42 CFR 2.32(a)(2)). */
  formReference?: string;
  /**
   * Given within the youth's MDT/CFT (WIC 832(b)(4)): it holds only while the youth takes part in
   * that team. `teamEndedAt` is when the team was closed or the youth left it (null while it lasts).
   */
  withinTeam?: { teamEndedAt: string | null };
}

/**
 * A restriction the youth asked for (42 CFR 2.26; 45 CFR 164.522(a)): while in effect, no consent
 * opens these categories to these agencies (empty: to anyone). Releases that need no consent (the
 * treating program's own use, a court order, an emergency grant) are not disclosures it restricts.
 */
export interface RestrictionFact {
  id: string;
  categories: readonly DataCategory[];
  recipientAgencies: readonly Agency[];
  effectiveFrom: string;
  /** When it was lifted (exclusive), or null. */
  endedAt: string | null;
}

export interface CourtOrderFact {
  id: string;
  /** The order as the accounting names it: case number and order (e.g. "JV-2026-0100, JV-570 petition granted"). */
  reference: string;
  agency: Agency;
  categories: readonly DataCategory[];
  /** Empty means any purpose the viewer's role may use. */
  purposes: readonly PurposeOfUse[];
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** An emergency (break-glass) grant the viewer holds for this youth: time-limited, reviewed afterwards. */
export interface EmergencyGrantFact {
  id: string;
  /** ISO 8601 instant; the grant opens nothing from this instant on. */
  expiresAt: string;
}

/**
 * What the registry knows about one (viewer, youth) pair, read fresh on every request.
 * A youth that does not exist has the same facts as one the viewer has no link to.
 */
export interface YouthFacts {
  youthId: string;
  /** Agencies holding a record of this youth (the crosswalk). */
  servedBy: readonly Agency[];
  /** The viewer's active membership of this youth's MDT, if any. */
  team: { onTeam: boolean; role?: Role | undefined };
  consents: readonly ConsentFact[];
  courtOrders: readonly CourtOrderFact[];
  /** The viewer's emergency grant for this youth, if one is in effect when the facts are read. */
  emergencyGrant: EmergencyGrantFact | null;
  /**
   * The agencies whose program treating this youth the viewer works in (the registry's treating
   * programs and their staff): the clinician "in program" of the table. Absent means none.
   */
  inProgramOf?: readonly Agency[];
  /** The youth's restriction requests (42 CFR 2.26), in every state. Absent means none. */
  restrictions?: readonly RestrictionFact[];
}

export function emptyFacts(youthId: string): YouthFacts {
  return { youthId, servedBy: [], team: { onTeam: false }, consents: [], courtOrders: [], emergencyGrant: null };
}
