import { countyDay } from '../format/dates.ts';
import type { GraphQLErrorShape } from './graphql.ts';
import { mergeTimelines, type TimelineEvent } from './timeline.ts';

type Timelines = Record<string, unknown> | null | undefined;

/**
 * What is new for the viewer: the released events of the agencies' `timeline(since:)`, newest
 * first. A withheld list is left out without a word: the strip says nothing of a category the
 * viewer may not see, not even that it is there (each agency's section says what it withholds).
 * Events are dated by county day, so what is dated on the day of the last look counts as new.
 */
export function changesSince(youth: Timelines, errors: GraphQLErrorShape[], lastLook: string): TimelineEvent[] {
  const since = countyDay(lastLook);
  return mergeTimelines(youth, errors).events.filter((e) => e.date >= since);
}

/**
 * Whether a caseload row has news for the viewer: some released list's newest event (to today,
 * from the agencies' `timeline(since:) { list(last: 1) }`) is dated on or after the viewer's last
 * look at the youth. Null when the viewer never opened the youth's summary. Withheld lists are
 * null and count for nothing, so the mark is the same whether or not they changed.
 */
export function hasNews(youth: Timelines, lastLook: string | null | undefined): boolean | null {
  if (!lastLook) return null;
  const since = countyDay(lastLook);
  for (const record of Object.values(youth ?? {})) {
    const lists = (record as { timeline?: Record<string, { date: string }[] | null> | null } | null)?.timeline;
    for (const items of Object.values(lists ?? {})) if (items?.some((e) => e.date >= since)) return true;
  }
  return false;
}

/**
 * "Since the last MDT meeting": the latest of the youth's meetings shown to the viewer that has
 * begun by `now`, or null. The meetings are the registry's `Youth.mdtMeetings`, which shows a
 * member only the meetings they were invited to (while on the youth's team) and the team's
 * coordinator every meeting of the team. So for a member this is the last meeting they were asked
 * to, for the coordinator the team's last meeting: never a meeting the viewer was not told of,
 * and "since" means since what was said where the viewer was.
 */
export function lastMeetingBefore<M extends { startsAt: string }>(
  meetings: readonly M[] | null | undefined,
  now = new Date(),
): M | null {
  let last: M | null = null;
  for (const m of meetings ?? []) {
    const at = Date.parse(m.startsAt);
    if (Number.isNaN(at) || at > now.getTime()) continue;
    if (!last || at > Date.parse(last.startsAt)) last = m;
  }
  return last;
}
