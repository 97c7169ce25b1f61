import { setCountyTimeZone } from '../format/dates.ts';

// What the gateway tells the browser about signing in (GET /config.json): public values only.
export interface ClientConfig {
  /** Always OpenID Connect: the demo's embedded provider, or the county's. */
  mode: 'oidc';
  /** The demo: its personas and data are synthetic. */
  demo?: boolean;
  /**
   * The provider, the public client, the scope, the resource indicator (RFC 8707, sent with the
   * authorization and token requests) and an `audience` parameter only where one is configured.
   */
  oidc: { issuer: string; clientId: string; scope: string; resource?: string; audience?: string };
  /** The county's time zone (every California county's is America/Los_Angeles). */
  timeZone?: string;
}

let loaded: Promise<ClientConfig> | undefined;

/** Fetched once; also sets the county's time zone every date on every page is shown in. */
export function clientConfig(): Promise<ClientConfig> {
  loaded ??= fetch('/config.json').then(async (r) => {
    if (!r.ok) throw new Error('The hub did not say how to sign in.');
    const config = (await r.json()) as ClientConfig;
    setCountyTimeZone(config.timeZone);
    return config;
  });
  return loaded;
}
