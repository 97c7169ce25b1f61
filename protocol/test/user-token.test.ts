import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

// Counts full verifications (signature checks): the cache must spare the second one, and only that.
const verifications = vi.hoisted(() => ({ count: 0 }));
vi.mock('jose', async (importOriginal) => {
  const jose = await importOriginal<typeof import('jose')>();
  return {
    ...jose,
    jwtVerify: (...args: Parameters<typeof jose.jwtVerify>) => {
      verifications.count++;
      return jose.jwtVerify(...args);
    },
  };
});
const { createUserTokenVerifier } = await import('../src/user-token.ts');

const issuer = 'https://idp.test';
const audience = 'csec-mdt-hub';
const claims = { name: 'Ana Garcia', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' };

async function keyPair(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
  return { privateKey, jwk, kid };
}

function token(key: { privateKey: CryptoKey; kid: string }, times: { exp: number; nbf?: number }) {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: key.kid })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject('sw-garcia')
    .setIssuedAt()
    .setExpirationTime(times.exp);
  if (times.nbf !== undefined) jwt.setNotBefore(times.nbf);
  return jwt.sign(key.privateKey);
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

afterEach(() => {
  vi.useRealTimers();
});

describe('user tokens: verified once per token per process, every check kept on reuse', () => {
  it('verifies a token once and answers its reuse from the cache', async () => {
    const key = await keyPair('k1');
    const verify = createUserTokenVerifier({ issuer, audience, jwks: { keys: [key.jwk] } });
    const jwt = await token(key, { exp: nowSeconds() + 300 });
    verifications.count = 0;
    const first = await verify(jwt);
    const again = await verify(jwt);
    expect(again).toEqual(first);
    expect(first).toEqual({ sub: 'sw-garcia', name: 'Ana Garcia', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' });
    expect(verifications.count).toBe(1);
  });

  it('refuses a remembered token once its exp is over (5 s of clock tolerance, as on first use)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.now();
    const key = await keyPair('k1');
    const verify = createUserTokenVerifier({ issuer, audience, jwks: { keys: [key.jwk] } });
    const exp = nowSeconds() + 60;
    const jwt = await token(key, { exp });
    await expect(verify(jwt)).resolves.toMatchObject({ sub: 'sw-garcia' });
    vi.setSystemTime(start + 63_000);
    await expect(verify(jwt)).resolves.toMatchObject({ sub: 'sw-garcia' });
    vi.setSystemTime((exp + 6) * 1000);
    await expect(verify(jwt)).rejects.toThrow(/invalid user token/);
    vi.setSystemTime(start);
    // Forgotten once refused: it is verified in full again, not answered from the cache.
    verifications.count = 0;
    await expect(verify(jwt)).resolves.toMatchObject({ sub: 'sw-garcia' });
    expect(verifications.count).toBe(1);
  });

  it('refuses a remembered token before its nbf when the clock is set back', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.now();
    const key = await keyPair('k1');
    const verify = createUserTokenVerifier({ issuer, audience, jwks: { keys: [key.jwk] } });
    const jwt = await token(key, { nbf: nowSeconds() + 100, exp: nowSeconds() + 600 });
    vi.setSystemTime(start + 120_000);
    await expect(verify(jwt)).resolves.toMatchObject({ sub: 'sw-garcia' });
    vi.setSystemTime(start);
    await expect(verify(jwt)).rejects.toThrow(/invalid user token/);
  });

  it('refuses a token with the same header and claims and another signature, after the real one was remembered', async () => {
    const key = await keyPair('k1');
    const forger = await keyPair('k1');
    const verify = createUserTokenVerifier({ issuer, audience, jwks: { keys: [key.jwk] } });
    const exp = nowSeconds() + 300;
    const jwt = await token(key, { exp });
    await verify(jwt);
    const [header, payload, signature] = jwt.split('.') as [string, string, string];
    const flipped = `${header}.${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(verify(flipped)).rejects.toThrow(/invalid user token/);
    // Signed by another key under the same kid, with claims equal to the remembered token's.
    const forged = (await token(forger, { exp })).split('.');
    expect(forged[1]).toBe(payload);
    await expect(verify(`${header}.${payload}.${forged[2]}`)).rejects.toThrow(/invalid user token/);
    await expect(verify(jwt)).resolves.toMatchObject({ sub: 'sw-garcia' });
  });

  it('refuses a remembered token once the provider has removed its key from the JWKS', async () => {
    const old = await keyPair('old');
    const next = await keyPair('next');
    let served = [old.jwk];
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: served }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      vi.useFakeTimers({ toFake: ['Date'] });
      const start = Date.now();
      const verify = createUserTokenVerifier({
        issuer,
        audience,
        jwks: new URL(`http://127.0.0.1:${port}/jwks`),
        jwksCacheMaxAgeMs: 1000,
      });
      const jwt = await token(old, { exp: nowSeconds() + 600 });
      await expect(verify(jwt)).resolves.toMatchObject({ sub: 'sw-garcia' });
      served = [next.jwk];
      vi.setSystemTime(start + 2000);
      await expect(verify(jwt)).rejects.toThrow(/invalid user token/);
      await expect(verify(await token(next, { exp: nowSeconds() + 600 }))).resolves.toMatchObject({ sub: 'sw-garcia' });
    } finally {
      server.close();
    }
  });
});
