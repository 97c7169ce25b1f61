import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoIdentityProvider } from '@hub/gateway';
import { PERSONAS } from '@hub/synthetic';
import { startHub, type Hub } from '../src/hub.ts';

let hub: Hub;
beforeAll(async () => {
  hub = await startHub({ youths: 10 });
});
afterAll(() => hub?.close());

async function raw(init: RequestInit & { path?: string; token?: boolean }) {
  const headers = new Headers(init.headers);
  if (init.token !== false) headers.set('authorization', `Bearer ${await hub.token('sw-garcia')}`);
  const response = await fetch(`${hub.url}${init.path ?? '/graphql'}`, { ...init, headers });
  const text = await response.text();
  // No stack trace or internal path may ever reach a client.
  expect(text).not.toMatch(/\bat .+\(|node_modules|\/src\/|stacktrace/i);
  return { status: response.status, json: JSON.parse(text) };
}
const post = (body: string, extra: RequestInit & { token?: boolean } = {}) =>
  raw({ method: 'POST', headers: { 'content-type': 'application/json' }, body, ...extra });

describe('bad input gets a clear error, never a stack trace', () => {
  it('an unknown youth id format', async () => {
    const { json } = await post(JSON.stringify({ query: '{ youth(id: "42; drop table youth") { id } }' }));
    expect(json).toEqual({
      data: { youth: null },
      errors: [
        {
          message: 'youth id must be a UUID',
          path: ['youth'],
          extensions: { code: 'BAD_USER_INPUT', serviceName: 'mdt' },
        },
      ],
    });
  });

  it('malformed JSON', async () => {
    expect(await post('{"query": "{ me { sub } "')).toEqual({
      status: 400,
      json: { errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }] },
    });
  });

  it('an oversized body', async () => {
    const { status, json } = await post(JSON.stringify({ query: `{ me { sub } } #${'x'.repeat(200_000)}` }));
    expect(status).toBe(413);
    expect(json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a query with too many tokens', async () => {
    const fields = Array.from({ length: 2100 }, () => 'sub').join(' ');
    const { json } = await post(JSON.stringify({ query: `{ me { ${fields} } }` }));
    expect(json.data).toBeUndefined();
    expect(json.errors[0].message).toMatch(/Token limit of 2000 exceeded/);
  });

  it('a query nested too deep', async () => {
    const deep = `{ me ${'{ sub '.repeat(14)}${'}'.repeat(15)}`;
    const { json } = await post(JSON.stringify({ query: deep }));
    expect(json.data).toBeUndefined();
    expect(json.errors[0].message).toMatch(/Query depth limit of 12 exceeded, found 15/);
  });

  it('too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { sub }`).join(' ');
    const { json } = await post(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(json.errors[0].message).toMatch(/Aliases limit of 15 exceeded/);
  });

  it('a field that does not exist, without suggestions', async () => {
    const { json } = await post(JSON.stringify({ query: '{ youht(id: "x") { id } }' }));
    expect(json.errors[0].message).not.toMatch(/Did you mean/);
  });

  it('a batch of operations', async () => {
    const { status, json } = await post(JSON.stringify([{ query: '{ me { sub } }' }, { query: '{ me { sub } }' }]));
    expect(status).toBe(400);
    expect(json.errors[0].message).toBe('Batched requests are not accepted');
  });

  it('an unknown purpose of use', async () => {
    const { status, json } = await post(JSON.stringify({ query: '{ me { sub } }' }), {
      headers: { 'content-type': 'application/json', 'x-purpose-of-use': 'CURIOSITY' },
    });
    expect(status).toBe(400);
    expect(json.errors[0].message).toMatch(/X-Purpose-Of-Use must be one of CARE_COORDINATION/);
  });

  it('GET and form posts are refused', async () => {
    expect((await raw({ method: 'GET', path: '/graphql?query=%7Bme%7Bsub%7D%7D' })).status).toBe(405);
    const form = await raw({
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7Bme%7Bsub%7D%7D',
    });
    expect(form.status).toBe(415);
  });
});

describe('authentication at the gateway', () => {
  it('refuses a missing token with 401', async () => {
    const { status, json } = await post(JSON.stringify({ query: '{ me { sub } }' }), { token: false });
    expect(status).toBe(401);
    expect(json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token from an unknown signer with 401', async () => {
    const other = await createDemoIdentityProvider(hub.keys.issuer, hub.keys.audience, PERSONAS);
    const forged = await other.issue('sw-garcia');
    const { status } = await post(JSON.stringify({ query: '{ me { sub } }' }), {
      token: false,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${forged}` },
    });
    expect(status).toBe(401);
  });

  it('has no demo routes outside demo mode', async () => {
    expect((await raw({ method: 'GET', path: '/auth/demo/personas', token: false })).status).toBe(404);
    expect((await raw({ method: 'GET', path: '/.well-known/jwks.json', token: false })).status).toBe(404);
  });
});
