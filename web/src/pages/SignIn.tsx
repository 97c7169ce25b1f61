import { useEffect, useState } from 'react';
import { request } from '../api/client.ts';
import { clientConfig, type ClientConfig } from '../auth/config.ts';
import { demoToken, fetchPersonas, type Persona } from '../auth/demo.ts';
import { beginSignIn } from '../auth/oidc.ts';
import { defaultPurpose, setSession } from '../auth/session.ts';
import { ErrorBox, Loading } from '../components/Status.tsx';
import { graphql } from '../generated/index.ts';
import { AGENCY_LABEL, ROLE_LABEL } from '../labels.ts';
import { navigate } from '../router.tsx';

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

/** Asks the gateway who the token belongs to, then keeps the session in this tab. */
export async function startSession(token: string): Promise<void> {
  const { data, errors } = await request(MeQuery, {}, { token, purpose: 'CARE_COORDINATION' });
  if (!data?.me) throw new Error(errors[0]?.message ?? 'The hub did not accept this sign-in.');
  const viewer = data.me;
  setSession({ token, viewer, purpose: defaultPurpose(viewer.role) });
  navigate(viewer.role === 'PRIVACY_OFFICER' ? '/privacy' : '/', true);
}

export function SignIn() {
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
  const run = (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    action().catch((e: Error) => {
      setError(e.message);
      setBusy(false);
    });
  };
  return (
    <div className="signin">
      <h1>Sign in to the CSEC MDT hub</h1>
      {error && <ErrorBox title="Sign-in failed">{error}</ErrorBox>}
      {!config && !error && <Loading what="sign-in options" />}
      {config?.mode === 'oidc' && config.oidc && (
        <button type="button" disabled={busy} onClick={() => run(() => beginSignIn(config.oidc!))}>
          Sign in with your organisation
        </button>
      )}
      {config?.mode === 'demo' && (
        <>
          <p>Demo mode: choose a synthetic persona. Everything here is synthetic; no real person appears.</p>
          {!personas && !error && <Loading what="personas" />}
          <ul className="personas" aria-label="Personas">
            {personas?.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  disabled={busy}
                  data-persona={p.id}
                  onClick={() => run(async () => startSession(await demoToken(p.id)))}
                >
                  <span className="persona-name">{p.name}</span>
                  <span className="persona-role">
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
