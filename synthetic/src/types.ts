import type { Agency, DataCategory, PurposeOfUse, Role } from '@hub/policies/vocabulary';

// The synthetic world's people and registry records, apart from world.ts so the agency
// generators and the world import them without importing each other.

export interface SyntheticYouth {
  id: string;
  givenName: string;
  familyName: string;
  preferredName: string | null;
  dateOfBirth: string;
  aliases: string[];
  /** Agency -> that agency's own local id for this youth. */
  localIds: Partial<Record<Agency, string>>;
}
export interface SyntheticMember {
  personId: string;
  name: string;
  agency: Agency;
  role: Role;
  fromDate: string;
  toDate: string | null;
}
export interface SyntheticTeam {
  id: string;
  youthId: string;
  convenedOn: string;
  members: SyntheticMember[];
}
export interface SyntheticConsent {
  id: string;
  youthId: string;
  grantor: 'YOUTH' | 'GUARDIAN' | 'ATTORNEY';
  categories: DataCategory[];
  recipientAgencies: Agency[];
  purposes: PurposeOfUse[];
  effectiveFrom: string;
  effectiveTo: string | null;
  revokedAt: string | null;
  formReference: string;
}
export interface SyntheticCourtOrder {
  id: string;
  youthId: string;
  agency: Agency;
  categories: DataCategory[];
  effectiveFrom: string;
  effectiveTo: string | null;
  caseNumber: string;
}
