import { describe, expect, it } from 'vitest';
import { authorizationUrl, tokenParameters } from '../../src/auth/oidc.ts';

const request = {
  redirectUri: 'https://hub.county.example/signin/callback',
  codeChallenge: 'c',
  state: 's',
  nonce: 'n',
};
const params = (url: URL) => Object.fromEntries(url.searchParams);

describe('the sign-in request (docs/identity.md)', () => {
  it('sends the configured scope and resource indicator, and no audience unless configured', () => {
    const config = {
      issuer: 'https://idp.example.org',
      clientId: 'mdt-web',
      scope: 'openid profile hub',
      resource: 'https://hub.county.example/',
    };
    expect(params(authorizationUrl('https://idp.example.org/auth', config, request))).toEqual({
      client_id: 'mdt-web',
      redirect_uri: request.redirectUri,
      response_type: 'code',
      scope: 'openid profile hub',
      code_challenge: 'c',
      code_challenge_method: 'S256',
      state: 's',
      nonce: 'n',
      resource: 'https://hub.county.example/',
    });
    // The token request names the same resource, so the access token is issued for the hub.
    expect(tokenParameters(config)).toEqual({ resource: 'https://hub.county.example/' });
  });

  it('sends audience where configured, and neither where nothing is', () => {
    const base = { issuer: 'https://idp.example.org', clientId: 'web', scope: 'openid profile' };
    const auth0 = params(
      authorizationUrl('https://idp.example.org/authorize', { ...base, audience: 'csec-mdt-hub' }, request),
    );
    expect(auth0).toMatchObject({ audience: 'csec-mdt-hub' });
    expect(auth0).not.toHaveProperty('resource');
    const plain = params(authorizationUrl('https://idp.example.org/authorize', base, request));
    expect(plain).not.toHaveProperty('resource');
    expect(plain).not.toHaveProperty('audience');
    expect(tokenParameters(base)).toEqual({});
  });
});
