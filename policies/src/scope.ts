import type { Viewer, YouthFacts } from './facts.ts';

/**
 * Rule `scope.linked`: a viewer is linked to a youth when the viewer is an active member of the
 * youth's MDT or the viewer's agency serves the youth (holds a record of them, per the crosswalk).
 * Nothing of a youth the viewer is not linked to is visible, and such a youth answers exactly as
 * one that does not exist. Reads test it as `inScope`, every other action as well.
 */
export function linked(viewer: Viewer, facts: YouthFacts): boolean {
  return facts.team.onTeam || facts.servedBy.includes(viewer.agency);
}

/**
 * One dated membership of a youth's MDT as the registry keeps it (append-only): from a county
 * date, to an optional last day (inclusive), and the county date from which an end recorded by
 * the coordinator closes it (null while not ended).
 */
export interface DatedMembership {
  from: string;
  to: string | null;
  endedOn: string | null;
}

/**
 * "On the team" on a county date (ISO YYYY-MM-DD): the membership has begun, its last day has not
 * passed, and it was not ended on or before the day. An end recorded today closes it today, so the
 * very next request is decided without it. The registry's SQL (`memberOn`) is this, as a query.
 */
export function memberOnDay(m: DatedMembership, day: string): boolean {
  return m.from <= day && (m.to === null || m.to >= day) && (m.endedOn === null || m.endedOn > day);
}

/** A viewer is on the team on `day` when any of their memberships of it holds that day. */
export function onTeamOn(memberships: readonly DatedMembership[], day: string): boolean {
  return memberships.some((m) => memberOnDay(m, day));
}

/**
 * The caseload is the set of youths a viewer is `linked` to, listed by a query rather than
 * decided youth by youth. The registry's caseload SQL implements this description, and a test
 * checks on a generated world that it lists exactly the youths `linked` holds for.
 */
export const CASELOAD = {
  ruleId: 'scope.linked',
  description:
    "A youth is on the viewer's caseload when the viewer is a member of the youth's MDT on the " +
    "county's date today (membership from and to dates inclusive, no end date meaning still a member, " +
    'and not ended by the coordinator on or before today), ' +
    "or when the viewer's agency holds a record of the youth (a crosswalk link of that agency). " +
    'The scope filter narrows it: ON_MY_TEAM keeps the youths whose MDT the viewer is on, ' +
    "MY_AGENCY_SERVES the youths the viewer's agency serves whose MDT the viewer is not on.",
} as const;

/**
 * The caseload's scope filter, all within `linked`: ALL is the whole caseload; ON_MY_TEAM the youths
 * whose MDT the viewer is a member of today; MY_AGENCY_SERVES the youths the viewer's agency serves
 * whose MDT the viewer is not on (so the two parts never overlap and together make ALL).
 */
export const CASELOAD_SCOPES = ['ALL', 'ON_MY_TEAM', 'MY_AGENCY_SERVES'] as const;
export type CaseloadScope = (typeof CASELOAD_SCOPES)[number];

/** Whether a youth is in the viewer's caseload under this scope (the registry's SQL implements it). */
export function inCaseloadScope(viewer: Viewer, facts: YouthFacts, scope: CaseloadScope): boolean {
  const served = facts.servedBy.includes(viewer.agency);
  switch (scope) {
    case 'ALL':
      return linked(viewer, facts);
    case 'ON_MY_TEAM':
      return facts.team.onTeam;
    case 'MY_AGENCY_SERVES':
      return served && !facts.team.onTeam;
  }
}
