import { Link, useLocation } from 'react-router';
import { useAnswer } from '../../api/query.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { ErrorBox, ErrorList, Loading } from '../../components/Status.tsx';
import { formatDate } from '../../format/dates.ts';
import { MyReferralsQuery } from './queries.ts';
import { referredYouth, StatusTag, URGENCY_LABEL, WIC_LINE } from './shared.tsx';

/** The referrals the signed-in member sent, newest first, with the coordinator's decision and its reason. */
export function MyReferrals() {
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const state = useAnswer(MyReferralsQuery, {});
  if (state.isPending) return <Loading what="your referrals" />;
  if (state.isError) return <ErrorBox>{state.error.message}</ErrorBox>;
  const { data, errors } = state.data;
  const referrals = data?.myMdtReferrals ?? [];
  return (
    <>
      <Breadcrumbs trail={[['/', 'Caseload']]} current="My referrals" />
      <h1>My referrals</h1>
      <p>
        <Link className="usa-button" to="/referrals/new">
          Refer a youth
        </Link>
      </p>
      <p className="app-meta">{WIC_LINE}</p>
      {notice && (
        <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{notice}</p>
          </div>
        </div>
      )}
      <ErrorList errors={errors} />
      {referrals.length === 0 && <p className="app-none">You have not referred a youth.</p>}
      <ul className="app-consents usa-list--unstyled">
        {referrals.map((r) => (
          <li key={r.id} className="app-card" data-referral={r.id} data-status={r.status}>
            <h2 className="app-card__title">
              <StatusTag status={r.status} urgency={r.urgency} /> {referredYouth(r)}
            </h2>
            <p>
              Sent {formatDate(r.submittedAt)}, {URGENCY_LABEL[r.urgency]?.toLowerCase()}.{' '}
              <Link className="usa-link" to={`/referrals/${r.id}`}>
                Open the referral
              </Link>
            </p>
            {r.status !== 'OPEN' && (
              <p>
                {r.status === 'ACCEPTED' ? 'Accepted' : 'Declined'}
                {r.decidedAt ? ` on ${formatDate(r.decidedAt)}` : ''}: {r.decisionReason}
                {r.status === 'ACCEPTED' && r.youthId && (
                  <>
                    {' '}
                    <Link className="usa-link" to={`/youths/${r.youthId}`}>
                      Open the youth’s summary
                    </Link>
                  </>
                )}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
