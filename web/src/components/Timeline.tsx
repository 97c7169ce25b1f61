import { Button, Table, Tag } from '@trussworks/react-uswds';
import { useState } from 'react';
import type { HiddenList, TimelineEvent } from '../api/timeline.ts';
import { formatDate, when } from '../format/dates.ts';
import { DUE_KINDS, eventText } from '../format/values.ts';
import { AGENCY_LABEL, CATEGORY_LABEL, listWords } from '../labels.ts';

const FIRST = 15;

/** The withheld lists named once each: a category held by two agencies is one entry naming both. */
export function hiddenCategories(hidden: readonly HiddenList[]): { category: string; agencies: string[] }[] {
  const byCategory = new Map<string, string[]>();
  for (const h of hidden) {
    const agencies = byCategory.get(h.denial.category) ?? [];
    if (!agencies.includes(h.denial.agency)) agencies.push(h.denial.agency);
    byCategory.set(h.denial.category, agencies);
  }
  return [...byCategory].map(([category, agencies]) => ({ category, agencies }));
}

function EventWhen({ event }: { event: TimelineEvent }) {
  const at = when(event.date);
  return (
    <>
      <time dateTime={event.date}>{formatDate(event.date)}</time>
      {at === 'upcoming' && <Tag className="app-tag app-tag--upcoming">Upcoming</Tag>}
      {at === 'today' && <Tag className="app-tag app-tag--today">Today</Tag>}
      {at === 'past' && DUE_KINDS.has(event.kind) && <Tag className="app-tag app-tag--overdue">Overdue</Tag>}
    </>
  );
}

/** The merged chronology across agencies, newest first, and which kinds of record it leaves out. */
export function Timeline({ events, hidden }: { events: TimelineEvent[]; hidden: HiddenList[] }) {
  const [all, setAll] = useState(false);
  const missing = hiddenCategories(hidden);
  return (
    <>
      {missing.length > 0 && (
        <p className="app-timeline-hidden" data-testid="timeline-hidden">
          <Tag className="app-tag app-tag--hidden">Hidden</Tag> Not in this timeline, because they are hidden from you:{' '}
          {missing.map(({ category, agencies }, i) => (
            <span key={category} data-category={category}>
              {CATEGORY_LABEL[category] ?? category} ({listWords(agencies.map((a) => AGENCY_LABEL[a] ?? a))})
              {i < missing.length - 1 ? '; ' : '. '}
            </span>
          ))}
          Each agency’s section above says why.
        </p>
      )}
      {events.length === 0 ? (
        <p className="app-none">No dated events are released to you.</p>
      ) : (
        <>
          <Table
            fullWidth
            stackedStyle="default"
            className="app-timeline"
            caption={<span className="usa-sr-only">Events across agencies, newest first</span>}
          >
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Agency</th>
                <th scope="col">Event</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e, i) => {
                const { title, detail } = eventText(e.kind, e.summary);
                return (
                  <tr key={e.id} data-kind={e.kind} className={!all && i >= FIRST ? 'app-timeline__more' : undefined}>
                    <td data-label="Date">
                      <EventWhen event={e} />
                    </td>
                    <td data-label="Agency">{AGENCY_LABEL[e.agency] ?? e.agency}</td>
                    <td data-label="Event">
                      <strong>{title}</strong>
                      {detail && <>: {detail}</>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          {events.length > FIRST && (
            <Button type="button" outline className="app-no-print" onClick={() => setAll(!all)} aria-expanded={all}>
              {all ? `Show the latest ${FIRST} events` : `Show all ${events.length} events`}
            </Button>
          )}
        </>
      )}
    </>
  );
}
