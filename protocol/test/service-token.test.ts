import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  generateServiceKeyPair,
  importServiceSigner,
  parseServicePublicKeys,
  ServiceKeyDirectory,
} from '../src/service-keys.ts';
import { signServiceToken, verifyServiceToken } from '../src/service-token.ts';
import { ReplayGuard } from '../src/signature.ts';

// Issue 15, item 6: each service signs with its own key; the registry verifies a token only under
// the keys of the service it names, so no agency can speak as another.
const SERVICES = ['health', 'education', 'mdt'];
const health = await generateServiceKeyPair('health', 'health-1');
const education = await generateServiceKeyPair('education', 'education-1');
const healthSigner = await importServiceSigner('health', health.privateJwk);
const educationSigner = await importServiceSigner('education', education.privateJwk);
const directory = new ServiceKeyDirectory({ health: [health.publicJwk], education: [education.publicJwk] });
const body = '{"youthIds":["y-1"]}';
const verify = (token: string, dir = directory) =>
  verifyServiceToken(dir, token, { body, services: SERVICES, replay: new ReplayGuard() });

describe('service tokens, one key pair per service', () => {
  it('names the service whose key signed it', async () => {
    expect(await verify(await signServiceToken(healthSigner, body))).toBe('health');
    expect(await verify(await signServiceToken(educationSigner, body))).toBe('education');
  });

  it('refuses a token that names another service than the one whose key signed it (a forged checkpoint or facts request)', async () => {
    const forged = await signServiceToken({ ...educationSigner, service: 'health' }, body);
    await expect(verify(forged)).rejects.toThrow();
    const forgedKid = await signServiceToken({ ...educationSigner, service: 'health', kid: 'health-1' }, body);
    await expect(verify(forgedKid)).rejects.toThrow();
  });

  it('refuses a service without keys, a service not of the hub, the old shared-secret form, and another body', async () => {
    const mdt = await importServiceSigner('mdt', (await generateServiceKeyPair('mdt', 'mdt-1')).privateJwk);
    await expect(verify(await signServiceToken(mdt, body))).rejects.toThrow(/no public key/);
    await expect(verify(await signServiceToken({ ...healthSigner, service: 'evil' }, body))).rejects.toThrow(
      /not a service/,
    );
    const hs256 = await new SignJWT({ bh: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('health')
      .setAudience('csec-mdt-hub-registry')
      .setIssuedAt()
      .setExpirationTime('60s')
      .setJti('j')
      .sign(new TextEncoder().encode('x'.repeat(64)));
    await expect(verify(hs256)).rejects.toThrow();
    const other = await signServiceToken(healthSigner, '{}');
    await expect(verify(other)).rejects.toThrow(/body/);
  });

  it('accepts the old and the new key of a service during a rotation, then only the new', async () => {
    const next = await generateServiceKeyPair('health', 'health-2');
    const nextSigner = await importServiceSigner('health', next.privateJwk);
    const overlap = new ServiceKeyDirectory({ health: [health.publicJwk, next.publicJwk] });
    expect(await verify(await signServiceToken(healthSigner, body), overlap)).toBe('health');
    expect(await verify(await signServiceToken(nextSigner, body), overlap)).toBe('health');
    const after = new ServiceKeyDirectory({ health: [next.publicJwk] });
    expect(await verify(await signServiceToken(nextSigner, body), after)).toBe('health');
    await expect(verify(await signServiceToken(healthSigner, body), after)).rejects.toThrow();
  });

  it('reads SERVICE_PUBLIC_KEYS, refusing a private key, a key without kid, and malformed JSON, naming the service', () => {
    const text = JSON.stringify({ health: [health.publicJwk] });
    expect(Object.keys(parseServicePublicKeys(text))).toEqual(['health']);
    expect(() => parseServicePublicKeys(JSON.stringify({ health: [health.privateJwk] }))).toThrow(
      /health is a private key/,
    );
    const { kid: _kid, ...noKid } = health.publicJwk;
    expect(() => parseServicePublicKeys(JSON.stringify({ health: [noKid] }))).toThrow(/each key of health/);
    expect(() => parseServicePublicKeys('{')).toThrow(/not valid JSON/);
    expect(() => parseServicePublicKeys(JSON.stringify({ health: [] }))).toThrow(/health needs a list/);
  });
});
