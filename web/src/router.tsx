import { createBrowserRouter, Navigate, useParams, type RouteObject } from 'react-router';
import { useSession } from './auth/session.ts';
import { Callback } from './pages/Callback.tsx';
import { Caseload } from './pages/Caseload.tsx';
import { ConsentPrint } from './pages/consents/ConsentPrint.tsx';
import { ConsentsPage } from './pages/consents/ConsentsPage.tsx';
import { MyActionItems } from './pages/mdt/MyActionItems.tsx';
import { NotFound } from './pages/NotFound.tsx';
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
function Print() {
  const { id = '', consentId = '' } = useParams();
  return <ConsentPrint youthId={id} consentId={consentId} />;
}

// Only privacy officers open the console: its pages come as their own chunk, on first use.
const privacy = (page: 'console' | 'accounting' | 'policy' | 'view-as' | 'reviews' | 'chains') => async () => ({
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
          { path: 'youths/:id', element: <Youth /> },
          { path: 'youths/:id/consents', element: <Consents /> },
          { path: 'youths/:id/consents/:consentId/print', element: <Print /> },
          {
            path: 'privacy',
            lazy: privacy('console'),
            children: [
              { index: true, element: <Navigate to="accounting" replace /> },
              ...(['accounting', 'policy', 'view-as', 'reviews', 'chains'] as const).map((path) => ({
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
