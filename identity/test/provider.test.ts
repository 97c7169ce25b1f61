import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { createUserTokenVerifier } from '@hub/protocol';
import { startIdentityProvider, type RunningIdentityProvider } from '../src/provider.ts';

// The embedded provider as the hub meets it: discovery, JWKS, the code flow with PKCE through its
// sign-in page, JWT access tokens for the hub's resource with agency, role and name; and the hub's
// own verifier accepting them (and refusing one without agency and role).
const CLIENT_ID = 'csec-mdt-hub-web';
const REDIRECT = 'http://127.0.0.1:4999/signin/callback';
const RESOURCE = 'http://127.0.0.1:4999/';
const AUDIENCE = 'csec-mdt-hub';
let idp: RunningIdentityProvider;

/** A browser's part of the code flow, by hand: follows redirects and keeps the provider's cookies. */
async function codeFlow(
  account: string,
  opts: { scope?: string; pkce?: boolean; resourceAtToken?: boolean; cookies?: Map<string, string> } = {},
) {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const cookies = opts.cookies ?? new Map<string, string>();
  const go = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, value] = pair!.split('=');
      cookies.set(name!, value!);
    }
    return response;
  };
  const auth = new URL(`${idp.issuer}/auth`);
  auth.search = new URLSearchParams({
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT,
    response_type: 'code',
    scope: opts.scope ?? 'openid profile hub',
    state: 'st',
    nonce: 'nn',
    resource: RESOURCE,
    ...(opts.pkce === false ? {} : { code_challenge: challenge, code_challenge_method: 'S256' }),
  }).toString();
  let response = await go(auth.href);
  const first = new URL(response.headers.get('location') ?? '/', idp.issuer);
  // A refused request goes back to the client with the error.
  if (first.href.startsWith(REDIRECT)) return { error: first.searchParams.get('error_description') };
  const interaction = first.href;
  const page = await (await go(interaction)).text();
  response = await go(`${interaction}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ account }).toString(),
  });
  // Back to the authorization endpoint, then to the client with the code.
  for (;;) {
    if (response.status === 200) {
      // Another persona than the session's: the provider ends that session first, by a form a
      // browser submits by itself.
      const text = await response.text();
      const action = /<form method="post" action="([^"]+)"/.exec(text)?.[1];
      if (!action) return { page, error: text };
      const fields = new URLSearchParams();
      for (const m of text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) fields.set(m[1]!, m[2]!);
      response = await go(action, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: fields.toString(),
      });
      continue;
    }
    if (response.status < 300 || response.status >= 400) break;
    const next = new URL(response.headers.get('location')!, idp.issuer);
    if (next.href.startsWith(REDIRECT)) {
      const code = next.searchParams.get('code');
      const token = await fetch(`${idp.issuer}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: CLIENT_ID,
          code: code!,
          redirect_uri: REDIRECT,
          code_verifier: verifier,
          ...(opts.resourceAtToken === false ? {} : { resource: RESOURCE }),
        }).toString(),
      });
      return {
        page,
        state: next.searchParams.get('state'),
        status: token.status,
        body: (await token.json()) as Record<string, string>,
      };
    }
    response = await go(next.href);
  }
  return { page, error: await response.text() };
}

describe('the embedded OpenID provider', () => {
  beforeAll(async () => {
    idp = await startIdentityProvider({
      accounts: [
        { id: 'sw-garcia', name: 'Dana Garcia', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' },
        { id: 'no-claims', name: 'Pat Unassigned' },
      ],
      client: { clientId: CLIENT_ID, redirectUris: [REDIRECT] },
      resource: RESOURCE,
      audience: AUDIENCE,
    });
  });
  afterAll(() => idp?.close());

  it('publishes its discovery document and an ES256 public key set', async () => {
    const discovery = (await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(discovery).toMatchObject({
      issuer: idp.issuer,
      authorization_endpoint: `${idp.issuer}/auth`,
      token_endpoint: `${idp.issuer}/token`,
      jwks_uri: `${idp.issuer}/jwks`,
      code_challenge_methods_supported: ['S256'],
    });
    const jwks = (await (await fetch(`${idp.issuer}/jwks`)).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('signs a persona in by the code flow with PKCE and issues a JWT access token for the hub', async () => {
    const flow = await codeFlow('sw-garcia');
    expect(flow.page).toContain('data-persona="sw-garcia"');
    expect(flow.page).toContain('Social worker, Child Welfare');
    expect(flow.state).toBe('st');
    expect(flow.status).toBe(200);
    const { access_token: token, id_token: idToken } = flow.body!;
    expect(idToken).toBeTruthy();
    expect(decodeProtectedHeader(token!)).toMatchObject({ alg: 'ES256', typ: 'at+jwt' });
    const { payload } = await jwtVerify(token!, createRemoteJWKSet(new URL(`${idp.issuer}/jwks`)), {
      issuer: idp.issuer,
      audience: AUDIENCE,
    });
    expect(payload).toMatchObject({
      sub: 'sw-garcia',
      name: 'Dana Garcia',
      agency: 'CHILD_WELFARE',
      role: 'CW_SOCIAL_WORKER',
      client_id: CLIENT_ID,
    });
    expect(payload.exp! - payload.iat!).toBe(600);
    // The hub's own verifier (the gateway's and every subgraph's) takes it.
    const verify = createUserTokenVerifier({
      issuer: idp.issuer,
      audience: AUDIENCE,
      jwks: new URL(`${idp.issuer}/jwks`),
    });
    expect(await verify(token!)).toMatchObject({ sub: 'sw-garcia', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' });
  });

  it('asks which persona on every sign-in, so that signing in again can change who one is', async () => {
    const cookies = new Map<string, string>();
    const first = await codeFlow('sw-garcia', { cookies });
    expect(first.status).toBe(200);
    expect(cookies.size).toBeGreaterThan(0);
    const second = await codeFlow('no-claims', { cookies });
    expect(second.page).toContain('data-persona="sw-garcia"');
    const { payload } = await jwtVerify(second.body!.access_token!, createRemoteJWKSet(new URL(`${idp.issuer}/jwks`)));
    expect(payload.sub).toBe('no-claims');
  });

  it('uses the resource granted at authorization when the token request names none', async () => {
    const flow = await codeFlow('sw-garcia', { resourceAtToken: false });
    expect(flow.status).toBe(200);
    const { payload } = await jwtVerify(flow.body!.access_token!, createRemoteJWKSet(new URL(`${idp.issuer}/jwks`)));
    expect(payload.aud).toBe(AUDIENCE);
  });

  it('refuses an authorization request without PKCE', async () => {
    const flow = await codeFlow('sw-garcia', { pkce: false });
    expect(flow.status).toBeUndefined();
    expect(flow.error).toMatch(/PKCE/);
  });

  it('issues an account without agency and role a token without them, which the hub refuses', async () => {
    const flow = await codeFlow('no-claims');
    expect(flow.status).toBe(200);
    const token = flow.body!.access_token!;
    const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(`${idp.issuer}/jwks`)));
    expect(payload).toMatchObject({ sub: 'no-claims', name: 'Pat Unassigned' });
    expect(payload).not.toHaveProperty('agency');
    expect(payload).not.toHaveProperty('role');
    const verify = createUserTokenVerifier({ issuer: idp.issuer, audience: AUDIENCE, jwks: idp.jwks });
    await expect(verify(token)).rejects.toThrow();
  });

  it('issues the same token to a script from its demo route, and refuses an unknown persona', async () => {
    const post = (body: unknown) =>
      fetch(`${idp.issuer}/demo/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const response = await post({ persona: 'sw-garcia' });
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };
    const { payload, protectedHeader } = await jwtVerify(token, createRemoteJWKSet(new URL(`${idp.issuer}/jwks`)), {
      issuer: idp.issuer,
      audience: AUDIENCE,
    });
    expect(protectedHeader).toMatchObject({ alg: 'ES256', typ: 'at+jwt' });
    expect(payload).toMatchObject({
      sub: 'sw-garcia',
      agency: 'CHILD_WELFARE',
      role: 'CW_SOCIAL_WORKER',
      name: 'Dana Garcia',
    });
    expect((await post({ persona: 'nobody' })).status).toBe(400);
    expect((await post('not json')).status).toBe(400);
  });

  it('lists its personas on the sign-in page as buttons, without a password field', async () => {
    const { page = '' } = await codeFlow('sw-garcia');
    expect(page).toMatch(/<html lang="en">/);
    expect(page).toContain('<h1>Sign in to the CSEC MDT hub</h1>');
    expect(page.match(/<button type="submit" name="account"/g)).toHaveLength(2);
    expect(page).toContain('no role, no agency');
    expect(page).not.toMatch(/type="password"/);
  });
});
