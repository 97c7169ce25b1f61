import { describe, expect, it } from 'vitest';
import { generateKeyPair, SignJWT } from 'jose';
import { ReplayGuard, sha256, signGatewayRequest, verifyGatewaySignature } from '../src/signature.ts';

const { privateKey, publicKey } = await generateKeyPair('EdDSA');
const base = {
  body: '{"query":"{ me { sub } }"}',
  userToken: 'user.jwt.here',
  requestId: 'r-1',
  purpose: 'CARE_COORDINATION',
};
const verify = (header: string | undefined, over: Partial<Parameters<typeof verifyGatewaySignature>[0]> = {}) =>
  verifyGatewaySignature({
    header,
    key: publicKey,
    audience: 'child-welfare',
    replay: new ReplayGuard(),
    ...base,
    ...over,
  });

describe('gateway signature', () => {
  it('verifies a fresh signature for this subgraph, body and user token', async () => {
    const header = await signGatewayRequest({ key: privateKey, audience: 'child-welfare', ...base });
    await expect(verify(header)).resolves.toEqual({ requestId: 'r-1' });
  });

  it.each([
    ['missing', undefined, {}],
    ['for another subgraph', 'mdt', {}],
    ['over another body', 'child-welfare', { body: '{"query":"{ youths { totalCount } }"}' }],
    ['for another user token', 'child-welfare', { userToken: 'someone.else' }],
    ['for another purpose of use', 'child-welfare', { purpose: 'PROSECUTION' }],
  ] as const)('refuses a signature %s', async (_label, audience, over) => {
    const header = audience ? await signGatewayRequest({ key: privateKey, audience, ...base }) : undefined;
    await expect(verify(header, over)).rejects.toThrow();
  });

  it('refuses an expired signature', async () => {
    const old = Math.floor(Date.now() / 1000) - 120;
    const header = await new SignJWT({
      bh: sha256(base.body),
      uth: sha256(base.userToken),
      rid: 'r-1',
      pou: base.purpose,
    })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('csec-mdt-hub-gateway')
      .setAudience('child-welfare')
      .setIssuedAt(old)
      .setExpirationTime(old + 60)
      .setJti('j-1')
      .sign(privateKey);
    await expect(verify(header)).rejects.toThrow(/invalid gateway signature/);
  });

  it('refuses a signature made as of two minutes ago, once its 60 seconds are over', async () => {
    const issuedAt = Math.floor(Date.now() / 1000) - 120;
    const header = await signGatewayRequest({ key: privateKey, audience: 'child-welfare', ...base, issuedAt });
    await expect(verify(header)).rejects.toThrow(/invalid gateway signature/);
    const fresh = await signGatewayRequest({ key: privateKey, audience: 'child-welfare', ...base });
    await expect(verify(fresh)).resolves.toEqual({ requestId: 'r-1' });
  });

  it('refuses an HMAC token that names the public key as its secret (algorithm confusion)', async () => {
    const header = await new SignJWT({
      bh: sha256(base.body),
      uth: sha256(base.userToken),
      rid: 'r-1',
      pou: base.purpose,
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('csec-mdt-hub-gateway')
      .setAudience('child-welfare')
      .setIssuedAt()
      .setExpirationTime('60s')
      .setJti('j-2')
      .sign(new TextEncoder().encode('x'.repeat(32)));
    await expect(verify(header)).rejects.toThrow(/invalid gateway signature/);
  });
});

describe('replay guard', () => {
  it('accepts a one-time id once, until it expires', () => {
    const guard = new ReplayGuard(10);
    const now = 1_000_000;
    expect(guard.claim('a', now + 60_000, now)).toBe(true);
    expect(guard.claim('a', now + 60_000, now)).toBe(false);
  });

  it('refuses rather than forgets when full of live ids', () => {
    const guard = new ReplayGuard(2);
    const now = 1_000_000;
    expect(guard.claim('a', now + 60_000, now)).toBe(true);
    expect(guard.claim('b', now + 60_000, now)).toBe(true);
    expect(guard.claim('c', now + 60_000, now)).toBe(false);
    expect(guard.claim('c', now + 60_000, now + 61_000)).toBe(true);
    expect(guard.claim('a', now + 200_000, now + 61_000)).toBe(true);
  });
});
