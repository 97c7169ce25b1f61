import { Button } from '@trussworks/react-uswds';
import { useEffect, useState } from 'react';
import { Navigate } from 'react-router';
import { fetchAnswer, RequestFailed } from '../api/graphql.ts';
import { clientConfig, type ClientConfig } from '../auth/config.ts';
import { refusedTokenMessage } from '../auth/refusal.ts';
import { defaultPurpose, landingFor, setSession, useSession } from '../auth/session.ts';
import { ErrorBox, Loading } from '../components/Status.tsx';
import { graphql } from '../generated/index.ts';

export const MeQuery = graphql(`
  query Me {
    me {
      sub
      name
      agency
      role
    }
  }
`);

/** Asks the gateway who the token belongs to, then keeps the session in this tab (the page then moves on). */
export async function startSession(token: string): Promise<void> {
  let answer;
  try {
    answer = await fetchAnswer(MeQuery, {}, { token, purpose: 'CARE_COORDINATION' });
  } catch (error) {
    // A token refused at once is the provider's doing, not an ended session: say what it lacks.
    if (error instanceof RequestFailed && error.status === 401) throw new Error(refusedTokenMessage(token));
    throw error;
  }
  const { data, errors } = answer;
  if (!data?.me) throw new Error(errors[0]?.message ?? 'The hub did not accept this sign-in.');
  const viewer = data.me;
  setSession({ token, viewer, purpose: defaultPurpose(viewer.role) });
}

export function SignIn() {
  const session = useSession();
  const [config, setConfig] = useState<ClientConfig>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    clientConfig()
      .then(setConfig)
      .catch((e: Error) => setError(e.message));
  }, []);
  if (session) return <Navigate to={landingFor(session.viewer.role)} replace />;
  const begin = () => {
    setBusy(true);
    setError(undefined);
    // The OIDC client is loaded only where it is used (its own chunk).
    import('../auth/oidc.ts')
      .then(({ beginSignIn }) => beginSignIn(config!.oidc))
      .catch((e: Error) => {
        setError(e.message);
        setBusy(false);
      });
  };
  return (
    <div className="app-signin">
      <h1>Sign in to the CSEC MDT hub</h1>
      {error && <ErrorBox title="Sign-in failed">{error}</ErrorBox>}
      {!config && !error && <Loading what="sign-in options" />}
      {config?.demo && (
        <p className="usa-intro">
          Demo mode: you choose a synthetic persona at the demo&rsquo;s identity provider. Everything here is synthetic;
          no real person appears.
        </p>
      )}
      {config && (
        <Button type="button" disabled={busy} onClick={begin}>
          Sign in with your organisation
        </Button>
      )}
    </div>
  );
}
