import { Button } from '@trussworks/react-uswds';
import { useEffect, useState } from 'react';
import { Navigate } from 'react-router';
import { fetchAnswer } from '../api/graphql.ts';
import { clientConfig, type ClientConfig } from '../auth/config.ts';
import { demoToken, fetchPersonas, type Persona } from '../auth/demo.ts';
import { defaultPurpose, landingFor, setSession, useSession } from '../auth/session.ts';
import { ErrorBox, Loading } from '../components/Status.tsx';
import { graphql } from '../generated/index.ts';
import { AGENCY_LABEL, ROLE_LABEL } from '../labels.ts';

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
  const { data, errors } = await fetchAnswer(MeQuery, {}, { token, purpose: 'CARE_COORDINATION' });
  if (!data?.me) throw new Error(errors[0]?.message ?? 'The hub did not accept this sign-in.');
  const viewer = data.me;
  setSession({ token, viewer, purpose: defaultPurpose(viewer.role) });
}

export function SignIn() {
  const session = useSession();
  const [config, setConfig] = useState<ClientConfig>();
  const [personas, setPersonas] = useState<Persona[]>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    clientConfig()
      .then(async (c) => {
        setConfig(c);
        if (c.mode === 'demo') setPersonas(await fetchPersonas());
      })
      .catch((e: Error) => setError(e.message));
  }, []);
  if (session) return <Navigate to={landingFor(session.viewer.role)} replace />;
  const run = (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    action().catch((e: Error) => {
      setError(e.message);
      setBusy(false);
    });
  };
  return (
    <div className="app-signin">
      <h1>Sign in to the CSEC MDT hub</h1>
      {error && <ErrorBox title="Sign-in failed">{error}</ErrorBox>}
      {!config && !error && <Loading what="sign-in options" />}
      {config?.mode === 'oidc' && config.oidc && (
        <Button
          type="button"
          disabled={busy}
          onClick={() => run(async () => (await import('../auth/oidc.ts')).beginSignIn(config.oidc!))}
        >
          Sign in with your organisation
        </Button>
      )}
      {config?.mode === 'demo' && (
        <>
          <p className="usa-intro">
            Demo mode: choose a synthetic persona. Everything here is synthetic; no real person appears.
          </p>
          {!personas && !error && <Loading what="personas" />}
          <ul className="app-personas usa-list--unstyled" aria-label="Personas">
            {personas?.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="app-persona"
                  disabled={busy}
                  data-persona={p.id}
                  onClick={() => run(async () => startSession(await demoToken(p.id)))}
                >
                  <span className="app-persona__name">{p.name}</span>
                  <span className="app-persona__role">
                    {ROLE_LABEL[p.role] ?? p.role}, {AGENCY_LABEL[p.agency] ?? p.agency}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
