import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { clientConfig } from '../auth/config.ts';
import { landingFor, useSession } from '../auth/session.ts';
import { ErrorBox, Loading } from '../components/Status.tsx';
import { startSession } from './SignIn.tsx';

/** The OIDC redirect lands here: the code is exchanged for a token, then the session starts. */
export function Callback() {
  const session = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const [url] = useState(() => new URL(location.href));
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return; // a code is exchanged once (React's strict mode runs effects twice in development)
    started.current = true;
    void navigate('/signin/callback', { replace: true }); // the code never stays in the address bar
    clientConfig()
      .then(async (c) => {
        if (!c.oidc) throw new Error('This hub does not use an identity provider.');
        // The OIDC client is loaded only where it is used: demo sign-in never needs it.
        return (await import('../auth/oidc.ts')).completeSignIn(c.oidc, url);
      })
      .then(startSession)
      .catch((e: Error) => setError(e.message));
  }, [navigate, url]);
  useEffect(() => {
    if (session) void navigate(landingFor(session.viewer.role), { replace: true });
  }, [session, navigate]);
  return (
    <>
      <h1>Signing in</h1>
      {error ? (
        <ErrorBox title="Sign-in failed">
          {error}{' '}
          <Link className="usa-link" to="/signin">
            Try again
          </Link>
        </ErrorBox>
      ) : (
        <Loading what="your session" />
      )}
    </>
  );
}
