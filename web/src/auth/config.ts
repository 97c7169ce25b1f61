// What the gateway tells the browser about signing in (GET /config.json): public values only.
export interface ClientConfig {
  mode: 'demo' | 'oidc';
  oidc?: { issuer: string; clientId: string; audience: string; scope: string };
}

let loaded: Promise<ClientConfig> | undefined;

export function clientConfig(): Promise<ClientConfig> {
  loaded ??= fetch('/config.json').then(async (r) => {
    if (!r.ok) throw new Error('The hub did not say how to sign in.');
    return (await r.json()) as ClientConfig;
  });
  return loaded;
}
