import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPair, SignJWT } from 'jose';

/**
 * A stand-in OpenID provider for the browser test of the production sign-in: discovery, an
 * authorization endpoint that signs the configured person in at once, and a token endpoint that
 * insists on the PKCE verifier. The access token it hands out is the one `accessToken(sub)` makes.
 */
export interface FakeProvider {
  issuer: string;
  /** What the authorization endpoint was asked, for the test to check. */
  authorizations: { scope: string | null; resource: string | null; audience: string | null }[];
  /** What the token endpoint saw, for the test to check. */
  exchanges: { codeVerifierChecked: boolean; clientId: string; resource: string | null }[];
  close(): Promise<void>;
}

export async function startFakeProvider(opts: {
  clientId: string;
  sub: string;
  accessToken: (sub: string) => Promise<string>;
}): Promise<FakeProvider> {
  const { privateKey } = await generateKeyPair('ES256');
  const codes = new Map<string, { challenge: string; nonce: string; redirectUri: string }>();
  const exchanges: FakeProvider['exchanges'] = [];
  const authorizations: FakeProvider['authorizations'] = [];
  let issuer = '';
  const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' };
  const json = (res: ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { 'content-type': 'application/json', ...cors }).end(JSON.stringify(body));
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => resolve(body));
    });
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', issuer);
      if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
      if (url.pathname === '/.well-known/openid-configuration') {
        return json(res, 200, {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          response_types_supported: ['code'],
          code_challenge_methods_supported: ['S256'],
          id_token_signing_alg_values_supported: ['ES256'],
        });
      }
      if (url.pathname === '/authorize') {
        const p = url.searchParams;
        if (p.get('client_id') !== opts.clientId || p.get('code_challenge_method') !== 'S256') {
          return res.writeHead(400).end('bad request');
        }
        authorizations.push({ scope: p.get('scope'), resource: p.get('resource'), audience: p.get('audience') });
        const code = randomBytes(16).toString('hex');
        codes.set(code, {
          challenge: p.get('code_challenge')!,
          nonce: p.get('nonce')!,
          redirectUri: p.get('redirect_uri')!,
        });
        const back = new URL(p.get('redirect_uri')!);
        back.searchParams.set('code', code);
        back.searchParams.set('state', p.get('state')!);
        return res.writeHead(302, { location: back.href }).end();
      }
      if (url.pathname === '/token' && req.method === 'POST') {
        const form = new URLSearchParams(await read(req));
        const grant = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        const checked = grant?.challenge === createHash('sha256').update(verifier).digest('base64url');
        exchanges.push({
          codeVerifierChecked: checked,
          clientId: form.get('client_id') ?? '',
          resource: form.get('resource'),
        });
        if (!grant || !checked || form.get('redirect_uri') !== grant.redirectUri) {
          return json(res, 400, { error: 'invalid_grant' });
        }
        const idToken = await new SignJWT({ nonce: grant.nonce })
          .setProtectedHeader({ alg: 'ES256' })
          .setIssuer(issuer)
          .setAudience(opts.clientId)
          .setSubject(opts.sub)
          .setIssuedAt()
          .setExpirationTime('5m')
          .sign(privateKey);
        return json(res, 200, {
          access_token: await opts.accessToken(opts.sub),
          token_type: 'Bearer',
          expires_in: 300,
          id_token: idToken,
        });
      }
      res.writeHead(404, cors).end();
    })();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    authorizations,
    exchanges,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}
