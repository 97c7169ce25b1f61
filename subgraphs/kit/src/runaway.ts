import { boolean, timestamp, text } from 'drizzle-orm/pg-core';
import { maySeeReportingClocks, missingNow, reportingClocks, type Agency, type Viewer } from '@hub/policies';

/**
 * The columns of a runaway / AWOL episode beyond its days, shared by the agencies that hold
 * episodes (child welfare, probation): when it started, who reported it, the law-enforcement and
 * NCMEC reports, the return and its debrief, and WIC 16501.45's timing of exploitation.
 */
export function runawayColumns() {
  const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
  return {
    /** When the youth went missing; the 24-hour reporting clocks run from it. */
    startedAt: instant('started_at').notNull(),
    /** Who reported the youth missing (caregiver, placement staff, the worker). */
    reportedBy: text('reported_by'),
    lawEnforcementReportNumber: text('le_report_number'),
    lawEnforcementReportedAt: instant('le_reported_at'),
    ncmecReportNumber: text('ncmec_report_number'),
    ncmecReportedAt: instant('ncmec_reported_at'),
    returnedAt: instant('returned_at'),
    /** The return debrief: where the youth was, whether exploited while absent, a new screening done. */
    debriefLocation: text('debrief_location'),
    exploitedWhileAbsent: boolean('exploited_while_absent'),
    screenedOnReturn: boolean('screened_on_return'),
    /** WIC 16501.45: BEFORE_CARE, IN_CARE, WHILE_ABSENT or RISK_ONLY. */
    exploitationTiming: text('exploitation_timing'),
  };
}

/** A reporting clock as the schema shows it, with the youth id the kit decides it by. */
export interface ClockParent {
  youthId: string;
  kind: 'LAW_ENFORCEMENT' | 'NCMEC';
  status: 'RUNNING' | 'OVERDUE' | 'MET' | 'MET_LATE';
  dueAt: string;
  reportedAt: string | null;
  legalBasis: string;
}

/** An episode row as both agencies store it. */
export interface EpisodeRow {
  id: number;
  youthId: string;
  startedAt: Date;
  returnedAt: Date | null;
  lawEnforcementReportedAt: Date | null;
  ncmecReportedAt: Date | null;
}

/** The seed's ISO strings as the columns take them. */
export function episodeInstants<
  E extends {
    startedAt: string;
    lawEnforcementReportedAt: string | null;
    ncmecReportedAt: string | null;
    returnedAt: string | null;
  },
>(e: E) {
  const at = (t: string | null) => (t === null ? null : new Date(t));
  return {
    ...e,
    startedAt: new Date(e.startedAt),
    lawEnforcementReportedAt: at(e.lawEnforcementReportedAt),
    ncmecReportedAt: at(e.ncmecReportedAt),
    returnedAt: at(e.returnedAt),
  };
}

const iso = (t: Date | null) => (t === null ? null : t.toISOString());

/**
 * The episode fields whose value is not the column as stored: instants as ISO 8601, and the
 * reporting clocks, which rule `missing.clocks-owner` (@hub/policies) keeps to the holding
 * agency's staff: anyone else gets null. The kit has decided RUNAWAY before any of these run.
 */
export function episodeResolvers(owner: Agency) {
  return {
    id: (r: EpisodeRow) => String(r.id),
    startedAt: (r: EpisodeRow) => r.startedAt.toISOString(),
    lawEnforcementReportedAt: (r: EpisodeRow) => iso(r.lawEnforcementReportedAt),
    ncmecReportedAt: (r: EpisodeRow) => iso(r.ncmecReportedAt),
    returnedAt: (r: EpisodeRow) => iso(r.returnedAt),
    reportingClocks: (r: EpisodeRow, _a: unknown, ctx: { viewer: Viewer }): ClockParent[] | null =>
      maySeeReportingClocks(ctx.viewer, owner)
        ? reportingClocks(r, new Date()).map((c) => ({
            youthId: r.youthId,
            kind: c.kind,
            status: c.status,
            dueAt: c.dueAt.toISOString(),
            reportedAt: iso(c.reportedAt),
            legalBasis: c.legalBasis,
          }))
        : null,
  };
}

/** Whether the youth is missing now, from its episodes: since when, for how many hours, and the episode. */
export function missingNowOf<E extends EpisodeRow>(episodes: readonly E[], now = new Date()) {
  const found = missingNow(episodes, now);
  return found
    ? { youthId: found.episode.youthId, since: found.since.toISOString(), hours: found.hours, episode: found.episode }
    : null;
}
