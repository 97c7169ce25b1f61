import type { RunawayEpisode } from './runaway.ts';
import type { CsecScreening } from './screening.ts';

/** Child welfare's case of one youth, as the synthetic world generates it. */
export interface ChildWelfareCase {
  localId: string;
  youthId: string;
  dependencyStatus: string;
  caseOpenedOn: string;
  workerId: string;
  workerName: string;
  referrals: { receivedOn: string; allegation: string; disposition: string; canraReport: boolean }[];
  placements: { kind: string; providerName: string; startDate: string; endDate: string | null }[];
  runaways: RunawayEpisode[];
  indicators: { indicator: string; observedOn: string; source: string }[];
  /** Child welfare's own CSEC screenings as data, oldest first (screening.ts, its own seed). */
  screenings: CsecScreening[];
  safetyPlan: { summary: string; updatedOn: string } | null;
}
