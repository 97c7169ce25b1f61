// A runaway episode's shape, shared by the generators that record one (child welfare, probation)
// and the one that fills in its detail (missing.ts); a leaf module, so none of them import each other.

/** One runaway / AWOL episode as child welfare or probation records it (instants in UTC, ISO 8601). */
export interface RunawayEpisode {
  leftOn: string;
  returnedOn: string | null;
  foundAt: string | null;
  startedAt: string;
  reportedBy: string;
  lawEnforcementReportNumber: string | null;
  lawEnforcementReportedAt: string | null;
  ncmecReportNumber: string | null;
  ncmecReportedAt: string | null;
  returnedAt: string | null;
  debriefLocation: string | null;
  exploitedWhileAbsent: boolean | null;
  screenedOnReturn: boolean | null;
  exploitationTiming: 'BEFORE_CARE' | 'IN_CARE' | 'WHILE_ABSENT' | 'RISK_ONLY' | null;
}

/** An episode's detail before generateMissing fills it in (the world never returns it so). */
export const NO_DETAIL: Omit<RunawayEpisode, 'leftOn' | 'returnedOn' | 'foundAt'> = {
  startedAt: '',
  reportedBy: '',
  lawEnforcementReportNumber: null,
  lawEnforcementReportedAt: null,
  ncmecReportNumber: null,
  ncmecReportedAt: null,
  returnedAt: null,
  debriefLocation: null,
  exploitedWhileAbsent: null,
  screenedOnReturn: null,
  exploitationTiming: null,
};
