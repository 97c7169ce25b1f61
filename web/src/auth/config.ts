// What the gateway tells the browser about signing in (GET /config.json): public values only.
export interface ClientConfig {
  mode: 'demo' | 'oidc';
  oidc?: { issuer: string; clientId: string; audience: string; scope: string };
  /** The county's time zone (every California county's is America/Los_Angeles). */
  timeZone?: string;
}

let loaded: Promise<ClientConfig> | undefined;

export function clientConfig(): Promise<ClientConfig> {
  loaded ??= fetch('/config.json').then(async (r) => {
    if (!r.ok) throw new Error('The hub did not say how to sign in.');
    const config = (await r.json()) as ClientConfig;
    if (config.timeZone) timeZone = config.timeZone;
    return config;
  });
  return loaded;
}

let timeZone = 'America/Los_Angeles';

/**
 * Today in the county (YYYY-MM-DD), whatever the browser's own time zone: a consent recorded in the
 * evening in California must not start on tomorrow's date because the device keeps UTC.
 */
export function countyToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
