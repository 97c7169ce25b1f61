import { useEffect, useRef } from 'react';
import { setPurpose, setSession, useSession } from './auth/session.ts';
import { AGENCY_LABEL, PURPOSE_LABEL, ROLE_LABEL } from './labels.ts';
import { Callback } from './pages/Callback.tsx';
import { Caseload } from './pages/Caseload.tsx';
import { ConsentPrint } from './pages/ConsentPrint.tsx';
import { ConsentsPage } from './pages/Consents.tsx';
import { PrivacyConsole } from './pages/privacy/Console.tsx';
import { SignIn } from './pages/SignIn.tsx';
import { YouthPage } from './pages/Youth.tsx';
import { Link, match, navigate, takeFocusRequest, useLocation } from './router.tsx';

// Purposes a viewer may choose; AUDIT is the privacy office's.
const purposesFor = (role: string) =>
  role === 'PRIVACY_OFFICER' ? ['AUDIT'] : ['CARE_COORDINATION', 'EMERGENCY', 'COURT_ORDERED', 'PROSECUTION'];

function Page({ path }: { path: string }) {
  let p: Record<string, string> | null;
  if ((p = match('/youths/:id', path))) return <YouthPage key={p.id} id={p.id!} />;
  if ((p = match('/youths/:id/consents', path))) return <ConsentsPage youthId={p.id!} />;
  if ((p = match('/youths/:id/consents/:consentId/print', path)))
    return <ConsentPrint youthId={p.id!} consentId={p.consentId!} />;
  if (path.split('?')[0] === '/privacy') return <PrivacyConsole tab="accounting" />;
  if ((p = match('/privacy/:tab', path))) return <PrivacyConsole tab={p.tab!} />;
  if (path.split('?')[0] === '/') return <Caseload />;
  return (
    <div>
      <h1>Page not found</h1>
      <Link href="/">Back to your caseload</Link>
    </div>
  );
}

export function App() {
  const session = useSession();
  const path = useLocation();
  const main = useRef<HTMLElement>(null);
  const bare = path.startsWith('/signin');
  useEffect(() => {
    if (!session && !bare) navigate('/signin', true);
    if (session && path === '/signin') navigate('/', true);
  }, [session, bare, path]);
  // Following a link moves focus to the new page, as a page load would, for keyboard and
  // screen-reader users; a load or a redirect leaves focus at the top, where the skip link is.
  useEffect(() => {
    if (takeFocusRequest()) main.current?.focus();
  }, [path]);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <p className="app-name">CSEC MDT hub</p>
        {session && (
          <>
            <nav aria-label="Main">
              <ul>
                {session.viewer.role !== 'PRIVACY_OFFICER' && (
                  <li>
                    <Link href="/">Caseload</Link>
                  </li>
                )}
                {session.viewer.role === 'PRIVACY_OFFICER' && (
                  <li>
                    <Link href="/privacy">Privacy console</Link>
                  </li>
                )}
              </ul>
            </nav>
            <div className="viewer">
              <span data-testid="viewer">
                {session.viewer.name}, {ROLE_LABEL[session.viewer.role] ?? session.viewer.role} (
                {AGENCY_LABEL[session.viewer.agency] ?? session.viewer.agency})
              </span>
              <label htmlFor="purpose">Purpose</label>
              <select id="purpose" value={session.purpose} onChange={(e) => setPurpose(e.target.value)}>
                {purposesFor(session.viewer.role).map((p) => (
                  <option key={p} value={p}>
                    {PURPOSE_LABEL[p]}
                  </option>
                ))}
              </select>
              <button type="button" className="secondary" onClick={() => (setSession(null), navigate('/signin'))}>
                Sign out
              </button>
            </div>
          </>
        )}
      </header>
      {session?.purpose === 'EMERGENCY' && (
        <p className="emergency-banner" role="status">
          Emergency purpose: every read is flagged for privacy review.
        </p>
      )}
      <main id="main" ref={main} tabIndex={-1}>
        {path.startsWith('/signin/callback') ? <Callback /> : bare || !session ? <SignIn /> : <Page path={path} />}
      </main>
    </>
  );
}
