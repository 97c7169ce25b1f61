import { useEffect, useState } from 'react';
import { clientConfig } from '../auth/config.ts';
import { completeSignIn } from '../auth/oidc.ts';
import { ErrorBox, Loading } from '../components/Status.tsx';
import { Link } from '../router.tsx';
import { startSession } from './SignIn.tsx';

/** The OIDC redirect lands here: the code is exchanged for a token, then the session starts. */
export function Callback() {
  const [error, setError] = useState<string>();
  useEffect(() => {
    const url = new URL(location.href);
    history.replaceState(null, '', '/signin/callback'); // the code never stays in the address bar
    clientConfig()
      .then((c) => {
        if (!c.oidc) throw new Error('This hub does not use an identity provider.');
        return completeSignIn(c.oidc, url);
      })
      .then(startSession)
      .catch((e: Error) => setError(e.message));
  }, []);
  return (
    <div>
      <h1>Signing in</h1>
      {error ? (
        <ErrorBox title="Sign-in failed">
          {error} <Link href="/signin">Try again</Link>
        </ErrorBox>
      ) : (
        <Loading what="your session" />
      )}
    </div>
  );
}
