import { Link } from 'react-router';
import { useAnswer } from '../../api/query.ts';
import { useSession } from '../../auth/session.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { ErrorBox, ErrorList, Loading } from '../../components/Status.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { youthName } from '../../format/youth.ts';
import { MdtMeetingsQuery } from './meeting-queries.ts';

const KIND_LABEL: Record<string, string> = { MONTHLY: 'Monthly meeting', URGENT: 'Urgent meeting' };

/**
 * The MDT meetings the viewer may see: a coordinator's teams' meetings, a member's invitations,
 * upcoming first then past (newest first). Each links to its page with the briefs.
 */
export function Meetings() {
  const session = useSession();
  const state = useAnswer(MdtMeetingsQuery, {});
  if (state.isPending) return <Loading what="the meetings" />;
  if (state.isError) return <ErrorBox>{state.error.message}</ErrorBox>;
  const { data, errors } = state.data;
  const all = data?.mdtMeetings ?? [];
  const now = Date.now();
  const upcoming = all.filter((m) => Date.parse(m.startsAt) >= now);
  const past = all.filter((m) => Date.parse(m.startsAt) < now).reverse();
  const coordinator = session?.viewer.role === 'MDT_COORDINATOR';
  const list = (meetings: typeof all, empty: string) =>
    meetings.length === 0 ? (
      <p className="app-none">{empty}</p>
    ) : (
      <ul className="app-consents usa-list--unstyled">
        {meetings.map((m) => (
          <li key={m.id} className="app-card" data-meeting={m.id}>
            <h3 className="app-card__title">
              <Link className="usa-link" to={`/meetings/${m.id}`}>
                {KIND_LABEL[m.kind]}, {formatDateTime(m.startsAt)}
              </Link>
            </h3>
            <p>
              {m.agenda.length} youth{m.agenda.length === 1 ? '' : 's'} on the agenda you are shown
              {m.notShownCount ? ` (${m.notShownCount} more not shown to you)` : ''}:{' '}
              {m.agenda.map((e) => youthName(e.youth)).join(', ')}.
              {m.attendanceRecordedAt ? ' Attendance recorded.' : ''}
            </p>
          </li>
        ))}
      </ul>
    );
  return (
    <>
      <Breadcrumbs trail={[['/', 'Caseload']]} current={coordinator ? 'MDT meetings' : 'My meetings'} />
      <h1>{coordinator ? 'MDT meetings' : 'My meetings'}</h1>
      <p>
        {coordinator
          ? 'The meetings of the teams you coordinate.'
          : 'The MDT meetings you are invited to. Each brief is built now from the record as you may see it.'}
      </p>
      {coordinator && (
        <div className="app-actions app-no-print">
          <Link className="usa-button" to="/meetings/new">
            Schedule a meeting
          </Link>
        </div>
      )}
      {/* A youth's name withheld is not a problem: the youth is shown by their label, as everywhere. */}
      <ErrorList errors={errors.filter((e) => e.extensions?.code !== 'FORBIDDEN')} />
      <h2>Upcoming</h2>
      {list(upcoming, 'No upcoming meetings.')}
      <h2>Past</h2>
      {list(past, 'No past meetings.')}
    </>
  );
}
