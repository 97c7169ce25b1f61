import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignJWT } from 'jose';
import { emptyFacts, type Viewer } from '@hub/policies';
import { serviceKey } from '../src/service-token.ts';
import { signFactsAssertion, verifyFactsAssertion } from '../src/facts-assertion.ts';

const key = serviceKey('s'.repeat(64));
const viewer: Viewer = { sub: 'sw-1', name: 'S. W.', agency: 'CHILD_WELFARE', role: 'CW_SOCIAL_WORKER' };
const binding = { requestId: 'r-1', purpose: 'CARE_COORDINATION', viewer };
const facts = [{ ...emptyFacts('y-1'), servedBy: ['CHILD_WELFARE' as const] }, emptyFacts('y-2')];

afterEach(() => {
  vi.useRealTimers();
});

describe('facts assertions', () => {
  it('gives the facts of a fresh assertion for this request, viewer and purpose', async () => {
    const assertion = await signFactsAssertion(key, binding, facts);
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
    const assertion = await signFactsAssertion(key, binding, facts);
    await expect(verifyFactsAssertion(key, assertion, { ...binding, ...over })).rejects.toThrow(/another/);
  });

  it('refuses an assertion once its seconds are over', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const assertion = await signFactsAssertion(key, binding, facts);
    vi.setSystemTime(Date.now() + 13_000);
    await expect(verifyFactsAssertion(key, assertion, binding)).rejects.toThrow(/not a fresh assertion/);
  });

  it('refuses altered facts, and facts signed with any other key (the service-token secret itself included)', async () => {
    const assertion = await signFactsAssertion(key, binding, facts);
    const [header, payload, signature] = assertion.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { facts: { servedBy: string[] }[] };
    claims.facts[1]!.servedBy = ['CHILD_WELFARE'];
    const altered = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    await expect(verifyFactsAssertion(key, altered, binding)).rejects.toThrow(/not a fresh assertion/);
    const other = await signFactsAssertion(serviceKey('g'.repeat(64)), binding, facts);
    await expect(verifyFactsAssertion(key, other, binding)).rejects.toThrow(/not a fresh assertion/);
    const withServiceKey = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'hub-facts+jwt' })
      .setIssuer('csec-mdt-hub-registry')
      .setAudience('csec-mdt-hub-subgraphs')
      .setIssuedAt()
      .setExpirationTime('10s')
      .sign(key);
    await expect(verifyFactsAssertion(key, withServiceKey, binding)).rejects.toThrow(/not a fresh assertion/);
  });
});
