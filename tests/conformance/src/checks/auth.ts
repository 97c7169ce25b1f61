import { generateKeyPair } from 'jose';
import { check, type CheckResult, type RunContext } from '../context.ts';
import type { Sent } from '../gateway.ts';

/** Refused means 401 and nothing else: no data, no SDL, whatever else the body says. */
function refused(sent: Sent): string[] {
  const problems: string[] = [];
  if (sent.status !== 401) problems.push(`answered HTTP ${sent.status}, not 401`);
  const body = typeof sent.json === 'string' ? sent.json : JSON.stringify(sent.json ?? null);
  if (sent.json && typeof sent.json === 'object' && sent.json.data != null) problems.push('the answer carries data');
  if (/type Youth|_service|"sdl"/.test(body)) problems.push('the answer carries the schema');
  return problems;
}

/**
 * Requests that are not the gateway's, or not this request's: each must be refused before
 * anything is resolved, `_service` and `_entities` included (subgraphs/kit/README.md, step 2).
 */
export async function authChecks(ctx: RunContext, youthId: string): Promise<CheckResult[]> {
  const { owner } = ctx.viewers;
  const results: CheckResult[] = [];
  const otherGateway = (await generateKeyPair('EdDSA')).privateKey;
  const otherIdp = (await generateKeyPair('ES256')).privateKey;
  const read = (opts: Parameters<RunContext['read']>[2]) => ctx.read(owner, youthId, opts);
  const sdl = { query: '{ _service { sdl } }' };

  const first = await read({});
  const replayed = first.signature ? await read({ signature: first.signature }) : null;
  results.push(
    check('auth.replayed', 'refuses a replayed gateway signature', [
      ...(first.status === 200 ? [] : [`a correctly signed request answered HTTP ${first.status}, not 200`]),
      ...(replayed ? refused(replayed) : ['no signature to replay']),
    ]),
  );
  const cases: [string, string, () => Promise<Sent>][] = [
    ['auth.unsigned', 'refuses a request without the gateway signature', () => read({ unsigned: true })],
    ['auth.wrong-key', 'refuses a signature made with another key', () => read({ key: otherGateway })],
    [
      'auth.wrong-audience',
      'refuses a signature naming another subgraph',
      () => read({ audience: `${ctx.target.name}-other` }),
    ],
    ['auth.expired-signature', 'refuses an expired gateway signature', () => read({ expiredSignature: true })],
    [
      'auth.tampered-body',
      'refuses a body other than the one signed',
      () => read({ signBody: JSON.stringify({ query: '{ _service { sdl } }' }) }),
    ],
    [
      'auth.tampered-purpose',
      'refuses a purpose of use other than the one signed',
      () => read({ purpose: 'EMERGENCY', signPurpose: 'CARE_COORDINATION' }),
    ],
    ['auth.no-user-token', 'refuses a signed request without a user token', () => read({ token: '' })],
    [
      'auth.forged-user-token',
      "refuses a user token not signed by the identity provider's keys",
      async () => read({ token: await ctx.gateway.token(owner, { key: otherIdp }) }),
    ],
    [
      'auth.expired-user-token',
      'refuses an expired user token',
      async () => read({ token: await ctx.gateway.token(owner, { expired: true }) }),
    ],
    [
      'auth.service-unsigned',
      'refuses _service without the gateway signature',
      () => ctx.gateway.send(sdl, { viewer: owner, unsigned: true }),
    ],
    [
      'auth.service-wrong-key',
      'refuses _service signed with another key',
      () => ctx.gateway.send(sdl, { viewer: owner, key: otherGateway }),
    ],
    [
      'auth.entities-unsigned',
      'refuses _entities without the gateway signature, even with no user token',
      () =>
        ctx.gateway.send(
          { query: ctx.shape.entitiesQuery, variables: { r: [{ __typename: 'Youth', id: youthId }] } },
          { viewer: null, unsigned: true },
        ),
    ],
  ];
  for (const [id, title, send] of cases) results.push(check(id, title, refused(await send())));
  return results;
}
