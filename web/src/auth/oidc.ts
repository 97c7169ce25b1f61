import * as oauth from 'oauth4webapi';
import type { ClientConfig } from './config.ts';

// Production sign-in: OpenID Connect authorization code with PKCE (a public client, no secret),
// done by oauth4webapi. Only the code verifier, state and nonce wait in sessionStorage across the redirect.
const PENDING = 'hub.oidc.pending';
export const CALLBACK_PATH = '/signin/callback';
const redirectUri = () => `${location.origin}${CALLBACK_PATH}`;

// Plain http only for a provider on this machine (a developer's or a test's); anything else must be https.
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const insecureIfLoopback = (issuer: string) => ({
  [oauth.allowInsecureRequests]: LOOPBACK.has(new URL(issuer).hostname),
});

async function discover(issuer: string): Promise<oauth.AuthorizationServer> {
  const url = new URL(issuer);
  return oauth.processDiscoveryResponse(url, await oauth.discoveryRequest(url, insecureIfLoopback(issuer)));
}

export async function beginSignIn(config: NonNullable<ClientConfig['oidc']>): Promise<void> {
  const as = await discover(config.issuer);
  if (!as.authorization_endpoint) throw new Error('The identity provider has no authorization endpoint.');
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  sessionStorage.setItem(PENDING, JSON.stringify({ codeVerifier, state, nonce }));
  const url = authorizationUrl(as.authorization_endpoint, config, {
    redirectUri: redirectUri(),
    codeChallenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
    state,
    nonce,
  });
  location.assign(url.href);
}

/**
 * The authorization request: code flow with PKCE (S256), the configured scope, the resource
 * indicator when one is configured (RFC 8707: the provider then issues a JWT access token for the
 * hub), and `audience` only where configured (Auth0 and its kind).
 */
export function authorizationUrl(
  endpoint: string,
  config: NonNullable<ClientConfig['oidc']>,
  request: { redirectUri: string; codeChallenge: string; state: string; nonce: string },
): URL {
  const url = new URL(endpoint);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', request.redirectUri);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', config.scope);
  url.searchParams.set('code_challenge', request.codeChallenge);
  url.searchParams.set('code_challenge_method', 'S256');
  url.searchParams.set('state', request.state);
  url.searchParams.set('nonce', request.nonce);
  if (config.resource) url.searchParams.set('resource', config.resource);
  if (config.audience) url.searchParams.set('audience', config.audience);
  return url;
}

/** The token request's extra parameters: the same resource indicator, so the token is the hub's. */
export function tokenParameters(config: NonNullable<ClientConfig['oidc']>): Record<string, string> {
  return config.resource ? { resource: config.resource } : {};
}

/** On the callback page: checks state, exchanges the code (with the verifier), returns the access token. */
export async function completeSignIn(config: NonNullable<ClientConfig['oidc']>, callback: URL): Promise<string> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as {
    codeVerifier: string;
    state: string;
    nonce: string;
  } | null;
  sessionStorage.removeItem(PENDING);
  if (!pending) throw new Error('No sign-in was started in this tab. Start again.');
  const as = await discover(config.issuer);
  const client: oauth.Client = { client_id: config.clientId };
  const params = oauth.validateAuthResponse(as, client, callback, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client,
    oauth.None(),
    params,
    redirectUri(),
    pending.codeVerifier,
    { ...insecureIfLoopback(config.issuer), additionalParameters: tokenParameters(config) },
  );
  const result = await oauth.processAuthorizationCodeResponse(as, client, response, {
    expectedNonce: pending.nonce,
    requireIdToken: true,
  });
  return result.access_token;
}
