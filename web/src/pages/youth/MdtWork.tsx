import { Tag } from '@trussworks/react-uswds';
import { denialAt } from '../../api/denials.ts';
import { useAnswer } from '../../api/query.ts';
import { ErrorBox, Loading } from '../../components/Status.tsx';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { REASON_LABEL } from '../../labels.ts';
import { YouthMdtWorkQuery } from './queries.ts';

const WIC_830 =
  'Confidential MDT information (WIC 830, WIC 18961.7): shared only within the youth’s multidisciplinary team.';
const STATUS_LABEL: Record<string, string> = { OPEN: 'Open', DONE: 'Done', DROPPED: 'Dropped' };

/** The MDT's notes (newest first, as last amended) and action items (open first) of the youth, with the WIC 830 line. */
export function MdtWork({ youthId }: { youthId: string }) {
  const state = useAnswer(YouthMdtWorkQuery, { id: youthId });
  let body;
  if (state.isPending) body = <Loading what="the MDT’s notes" />;
  else if (state.isError) body = <ErrorBox>{state.error.message}</ErrorBox>;
  else {
    const { data, errors } = state.data;
    const youth = data?.youth;
    const denial = denialAt(errors, ['youth', 'mdtNotes']);
    if (!youth?.mdtNotes || denial) {
      body = <p className="app-none">{REASON_LABEL[denial?.reason ?? 'NOT_ON_TEAM']}.</p>;
    } else {
      const notes = youth.mdtNotes.edges.flatMap((e) => (e.node ? [e.node] : []));
      const items = (youth.actionItems?.edges ?? []).flatMap((e) => (e.node ? [e.node] : []));
      body = (
        <div data-mdt-work={youthId}>
          <p className="app-meta">{notes[0]?.confidentiality ?? WIC_830}</p>
          <h3>Notes</h3>
          {notes.length === 0 ? (
            <p className="app-none">No notes.</p>
          ) : (
            <ul>
              {notes.map((n) => {
                const last = n.amendments.at(-1);
                return (
                  <li key={n.id}>
                    {n.currentText} ({n.authorName}, {formatDateTime(n.recordedAt)}
                    {last ? `; amended by ${last.amendedByName}: ${last.reason}` : ''})
                  </li>
                );
              })}
            </ul>
          )}
          <h3>Action items</h3>
          {items.length === 0 ? (
            <p className="app-none">No action items.</p>
          ) : (
            <ul>
              {items.map((i) => (
                <li key={i.id}>
                  <Tag className={`app-tag app-tag--${i.overdue ? 'overdue' : i.status.toLowerCase()}`}>
                    {i.overdue ? 'Overdue' : STATUS_LABEL[i.status]}
                  </Tag>{' '}
                  {i.text} ({i.ownerName}, due {formatDate(i.dueOn)})
                </li>
              ))}
            </ul>
          )}
        </div>
      );
    }
  }
  return (
    <section className="app-section" aria-labelledby="mdt-work-title">
      <h2 id="mdt-work-title">MDT notes and action items</h2>
      {body}
    </section>
  );
}
