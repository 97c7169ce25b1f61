import { Link } from 'react-router';
import { useAnswer } from '../../api/query.ts';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { ErrorBox, ErrorList, Loading } from '../../components/Status.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { AGENCY_LABEL } from '../../labels.ts';
import { ReferralInboxQuery } from './queries.ts';
import { referredYouth, StatusTag, WIC_LINE } from './shared.tsx';

/** The MDT coordinator's inbox: open referrals, urgent first, then oldest first. */
export function ReferralInbox() {
  const state = useAnswer(ReferralInboxQuery, {});
  if (state.isPending) return <Loading what="the referral inbox" />;
  if (state.isError) return <ErrorBox>{state.error.message}</ErrorBox>;
  const { data, errors } = state.data;
  const referrals = data?.mdtReferralInbox ?? [];
  const urgent = referrals.filter((r) => r.urgency === 'URGENT').length;
  return (
    <>
      <Breadcrumbs trail={[['/', 'Caseload']]} current="Referral inbox" />
      <h1>Referral inbox</h1>
      <p>
        Open referrals to the county’s CSEC MDT, urgent ones first, then the oldest. Urgent referrals call for a team
        meeting within 72 hours.
      </p>
      <p className="app-meta">{WIC_LINE}</p>
      <ErrorList errors={errors} />
      {data && (
        <p>
          {referrals.length} open referral{referrals.length === 1 ? '' : 's'}
          {urgent ? `, ${urgent} urgent` : ''}.
        </p>
      )}
      {referrals.length === 0 && data && <p className="app-none">No open referrals.</p>}
      <ul className="app-consents usa-list--unstyled">
        {referrals.map((r) => (
          <li key={r.id} className="app-card" data-referral={r.id} data-urgency={r.urgency}>
            <h2 className="app-card__title">
              <StatusTag status="OPEN" urgency={r.urgency} /> {referredYouth(r)}
            </h2>
            <p>
              From {r.referredByName} ({AGENCY_LABEL[r.referringAgency] ?? r.referringAgency}), sent{' '}
              {formatDateTime(r.submittedAt)}.
            </p>
            {r.urgencyReason && <p>Urgent because: {r.urgencyReason}</p>}
            {r.indicators.length > 0 && <p className="app-meta">Indicators: {r.indicators.join('; ')}.</p>}
            <p>
              <Link className="usa-link" to={`/referrals/${r.id}`}>
                Review and decide
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
