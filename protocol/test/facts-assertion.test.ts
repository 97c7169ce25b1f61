import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignJWT } from 'jose';
import { emptyFacts, type Viewer } from '@hub/policies';
import {
  generateServiceKeyPair,
  importServiceSigner,
  ServiceKeyDirectory,
  type ServiceSigner,
} from '../src/service-keys.ts';
import { signFactsAssertion, verifyFactsAssertion } from '../src/facts-assertion.ts';

// The registry's key pair, and an agency's: each service signs with its own.
const registryPair = await generateServiceKeyPair('mdt', 'mdt-1');
const agencyPair = await generateServiceKeyPair('health', 'health-1');
const registry: ServiceSigner = await importServiceSigner('mdt', registryPair.privateJwk);
const agency: ServiceSigner = await importServiceSigner('health', agencyPair.privateJwk);
const directory = new ServiceKeyDirectory({ mdt: [registryPair.publicJwk], health: [agencyPair.publicJwk] });
const key = directory.keySet('mdt')!;
const viewer: Viewer = { sub: 'sw-1', name: 'S. W.', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' };
const binding = { requestId: 'r-1', purpose: 'CARE_COORDINATION', viewer };
const facts = [{ ...emptyFacts('y-1'), servedBy: ['CHILD_WELFARE' as const] }, emptyFacts('y-2')];

afterEach(() => {
  vi.useRealTimers();
});

describe('facts assertions', () => {
  it('gives the facts of a fresh assertion for this request, viewer and purpose', async () => {
    const assertion = await signFactsAssertion(registry, binding, facts);
    const byYouth = await verifyFactsAssertion(key, assertion, binding);
    expect([...byYouth.keys()]).toEqual(['y-1', 'y-2']);
    expect(byYouth.get('y-1')).toEqual(facts[0]);
  });

  it.each([
    ['another request', { requestId: 'r-2' }],
    ['another purpose', { purpose: 'PROSECUTION' }],
    ['another viewer', { viewer: { ...viewer, sub: 'sw-2' } }],
    ['another role', { viewer: { ...viewer, role: 'CW_SUPERVISOR' as Viewer['role'] } }],
  ])('refuses an assertion made for %s', async (_label, over) => {
    const assertion = await signFactsAssertion(registry, binding, facts);
    await expect(verifyFactsAssertion(key, assertion, { ...binding, ...over })).rejects.toThrow(/another/);
  });

  it('refuses an assertion once its seconds are over', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const assertion = await signFactsAssertion(registry, binding, facts);
    vi.setSystemTime(Date.now() + 13_000);
    await expect(verifyFactsAssertion(key, assertion, binding)).rejects.toThrow(/not a fresh assertion/);
  });

  it("refuses altered facts, and facts signed with any other key (an agency's own service key included)", async () => {
    const assertion = await signFactsAssertion(registry, binding, facts);
    const [header, payload, signature] = assertion.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { facts: { servedBy: string[] }[] };
    claims.facts[1]!.servedBy = ['CHILD_WELFARE'];
    const altered = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    await expect(verifyFactsAssertion(key, altered, binding)).rejects.toThrow(/not a fresh assertion/);
    // An agency that signs an assertion with its own key, even naming the registry's kid.
    const byAgency = await signFactsAssertion({ ...agency, kid: registry.kid }, binding, facts);
    await expect(verifyFactsAssertion(key, byAgency, binding)).rejects.toThrow(/not a fresh assertion/);
    const withAgencyKid = await signFactsAssertion(agency, binding, facts);
    await expect(verifyFactsAssertion(key, withAgencyKid, binding)).rejects.toThrow(/not a fresh assertion/);
    // The old shared-secret form (HS256) is refused whatever its secret.
    const symmetric = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'hub-facts+jwt' })
      .setIssuer('csec-mdt-hub-registry')
      .setAudience('csec-mdt-hub-subgraphs')
      .setIssuedAt()
      .setExpirationTime('10s')
      .sign(new TextEncoder().encode('s'.repeat(64)));
    await expect(verifyFactsAssertion(key, symmetric, binding)).rejects.toThrow(/not a fresh assertion/);
  });
});
