import type { Agency, DataCategory } from '@hub/policies';
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';
import { badInput } from './errors.ts';
import { countyDate } from './time.ts';

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

/**
 * The parent of an agency's timeline lists. With `since` (a county date), each list keeps only the
 * events dated from that day through `until` (today in the county): what happened since then, not
 * what is scheduled ahead. Without it, every event.
 */
export interface TimelineParent {
  youthId: string;
  since?: string;
  until?: string;
}

/**
 * The record's `timeline(since:)` resolver: `since` is an ISO 8601 date (a county day) or
 * date-time (an instant, read as its county day); anything else is BAD_USER_INPUT naming the
 * argument. The window is applied by the kit to every list (`windowTimelines`), after the list's
 * category is decided, so a withheld category answers the same with or without `since`.
 */
export function timelineParent(
  youthId: string,
  since: string | null | undefined,
  timeZone: string,
  now: Date = new Date(),
): TimelineParent {
  if (since === null || since === undefined) return { youthId };
  return { youthId, since: sinceDay(since, timeZone), until: countyDate(now, timeZone) };
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function sinceDay(since: string, timeZone: string): string {
  if (ISO_DATE.test(since) && !Number.isNaN(Date.parse(`${since}T00:00:00Z`))) return since;
  if (ISO_INSTANT.test(since)) {
    const at = new Date(since);
    if (!Number.isNaN(at.getTime())) return countyDate(at, timeZone);
  }
  throw badInput('timeline(since:) must be an ISO 8601 date (YYYY-MM-DD) or date-time');
}

/** The events of a list inside its parent's window. */
export function inWindow<E extends { date: string }>(events: readonly E[], parent: TimelineParent): E[] {
  const { since, until } = parent;
  if (!since) return [...events];
  return events.filter((e) => e.date >= since && (!until || e.date <= until));
}

/** The most `last:` may ask of one list. */
const MAX_LAST = 100;

/**
 * Applies the `since` window of `timeline(since:)` to every list of `TimelineEvent` whose parent
 * carries one, then `last:` (the newest n, as a list is oldest first). Run before the enforcement
 * wraps the fields: a list is decided first, then read, then windowed.
 */
export function windowTimelines(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type).name !== 'TimelineEvent' || !isListType(getNullableType(field.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = async (parent: TimelineParent, args: { last?: number | null }, context, info) => {
        const last = args.last;
        if (last !== null && last !== undefined && (last < 1 || last > MAX_LAST))
          throw badInput(`${type.name}.${field.name}(last:) must be between 1 and ${MAX_LAST}`);
        const value: unknown = await resolve(parent, args, context, info);
        if (!Array.isArray(value)) return value;
        const kept = parent?.since ? inWindow(value as { date: string }[], parent) : value;
        return last ? kept.slice(-last) : kept;
      };
    }
  }
}
