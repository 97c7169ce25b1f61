import { useQueryClient } from '@tanstack/react-query';
import { GridContainer } from '@trussworks/react-uswds';
import { useEffect, useRef } from 'react';
import { Navigate, Outlet, useLocation, useNavigationType } from 'react-router';
import { useSession } from '../auth/session.ts';
import { AppHeader } from './AppHeader.tsx';
import { EmergencyBanner } from './ViewerBar.tsx';

/**
 * Following a link opens the new page at its top with focus on it, as a page load would, for
 * keyboard and screen-reader users; a first load or a redirect leaves focus where the skip link
 * is. (Not React Router's ScrollRestoration: it keeps every visited path, youth ids included, in
 * sessionStorage, which holds the session and nothing else.)
 */
function useFocusOnNavigate(main: React.RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const type = useNavigationType();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (type !== 'PUSH') return;
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname, type, main]);
}

/** The shell every page shares: skip link, USWDS header, who is signed in and for what purpose. */
export function Layout() {
  const session = useSession();
  const client = useQueryClient();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(main);
  // Signed out (or the session ended): nothing another viewer was shown stays in memory.
  useEffect(() => {
    if (!session) client.clear();
  }, [session, client]);
  return (
    <>
      <a className="usa-skipnav" href="#main">
        Skip to content
      </a>
      <AppHeader />
      {session?.purpose === 'EMERGENCY' && <EmergencyBanner />}
      <main id="main" ref={main} tabIndex={-1} className="app-main">
        <GridContainer containerSize="desktop-lg">
          <Outlet />
        </GridContainer>
      </main>
    </>
  );
}

/** The app's pages need a session; without one, the sign-in page. */
export function RequireSession() {
  const session = useSession();
  return session ? <Outlet /> : <Navigate to="/signin" replace />;
}
