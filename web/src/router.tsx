import { createBrowserRouter, Navigate, useParams, type RouteObject } from 'react-router';
import { useSession } from './auth/session.ts';
import { Callback } from './pages/Callback.tsx';
import { Caseload } from './pages/Caseload.tsx';
import { ConsentPrint } from './pages/consents/ConsentPrint.tsx';
import { ConsentsPage } from './pages/consents/ConsentsPage.tsx';
import { MeetingPage } from './pages/mdt/MeetingPage.tsx';
import { Meetings } from './pages/mdt/Meetings.tsx';
import { MyActionItems } from './pages/mdt/MyActionItems.tsx';
import { ScheduleMeeting } from './pages/mdt/ScheduleMeeting.tsx';
import { NotFound } from './pages/NotFound.tsx';
import { MyReferrals } from './pages/referrals/MyReferrals.tsx';
import { ReferralForm } from './pages/referrals/ReferralForm.tsx';
import { ReferralInbox } from './pages/referrals/ReferralInbox.tsx';
import { ReferralPage } from './pages/referrals/ReferralPage.tsx';
import { RosterPage } from './pages/roster/RosterPage.tsx';
import { SignIn } from './pages/SignIn.tsx';
import { YouthPage } from './pages/youth/YouthPage.tsx';
import { Layout, RequireSession } from './shell/Layout.tsx';

function Home() {
  const session = useSession();
  return session?.viewer.role === 'PRIVACY_OFFICER' ? <Navigate to="/privacy" replace /> : <Caseload />;
}

// A page keyed by the youth: moving to another youth starts the page afresh (forms, toggles, focus).
function Youth() {
  const { id = '' } = useParams();
  return <YouthPage key={id} id={id} />;
}
function Consents() {
  const { id = '' } = useParams();
  return <ConsentsPage key={id} youthId={id} />;
}
function Meeting() {
  const { id = '' } = useParams();
  return <MeetingPage key={id} id={id} />;
}
function Print() {
  const { id = '', consentId = '' } = useParams();
  return <ConsentPrint youthId={id} consentId={consentId} />;
}

// Only privacy officers open the console: its pages come as their own chunk, on first use.
const privacy =
  (
    page: 'console' | 'accounting' | 'policy' | 'policy-diff' | 'view-as' | 'reviews' | 'chains' | 'viewer' | 'alerts',
  ) =>
  async () => ({
    Component: (await import('./pages/privacy/routes.tsx')).PRIVACY_PAGES[page],
  });

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: 'signin', element: <SignIn /> },
      { path: 'signin/callback', element: <Callback /> },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <Home /> },
          { path: 'action-items', element: <MyActionItems /> },
          { path: 'referrals', element: <MyReferrals /> },
          { path: 'referrals/new', element: <ReferralForm /> },
          { path: 'referrals/inbox', element: <ReferralInbox /> },
          { path: 'referrals/:id', element: <ReferralPage /> },
          { path: 'youths/:id/team', element: <RosterPage /> },
          { path: 'meetings', element: <Meetings /> },
          { path: 'meetings/new', element: <ScheduleMeeting /> },
          { path: 'meetings/:id', element: <Meeting /> },
          { path: 'youths/:id', element: <Youth /> },
          { path: 'youths/:id/consents', element: <Consents /> },
          { path: 'youths/:id/consents/:consentId/print', element: <Print /> },
          {
            path: 'privacy',
            lazy: privacy('console'),
            children: [
              { index: true, element: <Navigate to="accounting" replace /> },
              ...(
                ['accounting', 'viewer', 'alerts', 'policy', 'policy-diff', 'view-as', 'reviews', 'chains'] as const
              ).map((path) => ({
                path,
                lazy: privacy(path),
              })),
            ],
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);
