import { Tag } from '@trussworks/react-uswds';
import { formatDate, when } from '../format/dates.ts';

/**
 * A date in the county's format. `scheduled` dates (a hearing, an appointment) that have passed
 * say so; `due` dates (a review) that have passed are overdue.
 */
export function DateText({ value, kind = 'plain' }: { value: string; kind?: 'plain' | 'scheduled' | 'due' }) {
  const at = kind === 'plain' ? null : when(value);
  return (
    <>
      <time dateTime={value}>{formatDate(value)}</time>
      {at === 'today' && <Tag className="app-tag app-tag--today">Today</Tag>}
      {at === 'past' && kind === 'scheduled' && <Tag className="app-tag app-tag--past">Past</Tag>}
      {at === 'past' && kind === 'due' && <Tag className="app-tag app-tag--overdue">Overdue</Tag>}
    </>
  );
}
