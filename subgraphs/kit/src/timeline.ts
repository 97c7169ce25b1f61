import type { Agency, DataCategory } from '@hub/policies';

/** The contract's `TimelineEvent`: one dated event, in the shape every agency shares. */
export interface TimelineEvent {
  id: string;
  date: string;
  agency: Agency;
  category: DataCategory;
  kind: string;
  summary: string;
}

/** An event as a resolver knows it; one without a date (nothing happened yet) is left out. */
export interface DatedEvent {
  id: string;
  date: string | null | undefined;
  kind: string;
  summary: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Earlier first; on the same day by id, so that every client merges into the same order. */
export function chronological<E extends { date: string; id: string }>(events: readonly E[]): E[] {
  return [...events].sort((a, b) =>
    a.date === b.date ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.date < b.date ? -1 : 1,
  );
}

/**
 * One category's list for an agency's `timeline`: every event stamped with the agency and the
 * category the list is released under, dates checked, in chronological order.
 */
export function timelineEvents(agency: Agency, category: DataCategory, events: readonly DatedEvent[]): TimelineEvent[] {
  const dated: TimelineEvent[] = [];
  for (const event of events) {
    if (!event.date) continue;
    const date = event.date.slice(0, 10);
    if (!ISO_DATE.test(date)) throw new Error(`timeline event ${event.id} has no ISO date`);
    dated.push({ id: event.id, date, agency, category, kind: event.kind, summary: event.summary });
  }
  return chronological(dated);
}

/** `CODE_LIKE_THIS` as "code like this", for summaries built from enum values. */
export function spoken(code: string): string {
  return code.toLowerCase().replaceAll('_', ' ');
}
