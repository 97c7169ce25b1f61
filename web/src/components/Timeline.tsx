import type { HiddenList, TimelineEvent } from '../api/timeline.ts';
import { AGENCY_LABEL, CATEGORY_LABEL, enumLabel, fieldLabel } from '../labels.ts';
import { Hidden } from './Hidden.tsx';

/** The merged chronology across agencies, and which agencies' lists are withheld and why. */
export function Timeline({ events, hidden }: { events: TimelineEvent[]; hidden: HiddenList[] }) {
  return (
    <>
      {hidden.length > 0 && (
        <details className="timeline-hidden" open>
          <summary>{hidden.length} lists of events are hidden from you</summary>
          <ul>
            {hidden.map((h) => (
              <li key={`${h.agencyField}.${h.list}`}>
                <strong>
                  {AGENCY_LABEL[h.denial.agency] ?? h.agencyField}: {fieldLabel(h.list)}
                </strong>
                <Hidden denial={h.denial} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {events.length === 0 ? (
        <p className="none">No dated events are released to you.</p>
      ) : (
        <table className="timeline">
          <caption className="visually-hidden">Events across agencies, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Agency</th>
              <th scope="col">Category</th>
              <th scope="col">Event</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>
                  <time dateTime={e.date}>{e.date}</time>
                </td>
                <td>{AGENCY_LABEL[e.agency] ?? e.agency}</td>
                <td>{CATEGORY_LABEL[e.category] ?? e.category}</td>
                <td>
                  <span className="kind">{enumLabel(e.kind)}</span>: {e.summary}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
