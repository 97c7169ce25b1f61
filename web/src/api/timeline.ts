import type { GraphQLErrorShape } from './graphql.ts';
import { denialAt, type Denial } from './denials.ts';

export interface TimelineEvent {
  id: string;
  date: string;
  agency: string;
  category: string;
  kind: string;
  summary: string;
}

export interface HiddenList {
  agencyField: string;
  list: string;
  denial: Denial;
}

type Timelines = Record<string, unknown> | null | undefined;

/**
 * Every agency's per-category lists merged into one chronology, newest first (date, then id), and
 * the lists that were withheld, each with its denial, so a gap is never mistaken for a quiet time.
 */
export function mergeTimelines(
  youth: Timelines,
  errors: GraphQLErrorShape[],
  root = 'youth',
): { events: TimelineEvent[]; hidden: HiddenList[] } {
  const events: TimelineEvent[] = [];
  const hidden: HiddenList[] = [];
  for (const [agencyField, record] of Object.entries(youth ?? {})) {
    const lists = (record as { timeline?: Record<string, TimelineEvent[] | null> | null } | null)?.timeline;
    if (!lists) continue;
    for (const [list, items] of Object.entries(lists)) {
      if (items) events.push(...items);
      else {
        const denial = denialAt(errors, [root, agencyField, 'timeline', list]);
        if (denial) hidden.push({ agencyField, list, denial });
      }
    }
  }
  events.sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1));
  return { events, hidden };
}
