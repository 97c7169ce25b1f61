import { decodeJwt, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { AGENCIES, DEFAULT_PURPOSE, PURPOSES } from '@hub/policies/vocabulary';
import { signGatewayRequest } from '@hub/protocol';
import { issueTestToken, type TestKeys, type TestPerson } from './keys.ts';
import { gatewayRequest, type GatewayRequestOptions, type GraphQLBody } from './requests.ts';

/** What the caller's `beforeAll` started: the subgraph, the keys it trusts, youths it holds. */
export interface DirectCallTarget {
  url: string;
  keys: TestKeys;
  /** At least two: the calls ask for the first, a tampered body for the others. */
  youthIds: readonly string[];
}

export interface DirectCallRefusalsOptions {
  /** The subgraph's name: the audience a gateway signature names. */
  subgraph: string;
  /** Another subgraph's name, whose signature this one must refuse. */
  otherSubgraph: string;
  /** One of the agency's own staff: a correctly signed call for them is answered (200). */
  viewer: TestPerson;
  /** The `_entities` selection on `Youth`, e.g. `health { mentalHealth { treatmentStatus } }`. */
  selection: string;
  target: () => DirectCallTarget;
}

/** The only answer a subgraph gives a call that is not the gateway's, or not this request's. */
export const UNAUTHORIZED = { errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] };

type SendOptions = Partial<GatewayRequestOptions>;

/**
 * The direct-call refusals every subgraph owes, written once: a call straight to the subgraph, as
 * an attacker who bypasses the gateway would make it, is answered 401 and nothing else unless the
 * gateway signed this very request for this subgraph and the identity provider signed the user.
 * Each subgraph's `test/direct.test.ts` runs it against its own server (subgraphs/kit/README.md).
 */
export function describeDirectCallRefusals(options: DirectCallRefusalsOptions): void {
  const { subgraph, viewer } = options;
  const entities = (ids: readonly string[]): GraphQLBody => ({
    query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Youth { id ${options.selection} } } }`,
    variables: { r: ids.map((id) => ({ __typename: 'Youth', id })) },
  });

  describe(`a direct call to the ${subgraph} subgraph that the gateway did not sign for it`, () => {
    let token: string;
    beforeAll(async () => {
      token = await issueTestToken(options.target().keys, viewer);
    });
    const call = (body?: GraphQLBody, opts: SendOptions = {}) => {
      const { url, keys, youthIds } = options.target();
      return gatewayRequest(url, body ?? entities(youthIds.slice(0, 1)), {
        token,
        key: keys.gatewayPrivate,
        audience: subgraph,
        ...opts,
      });
    };
    /** The whole answer: 401, the one error, no data, no schema. */
    const refused = async (answer: ReturnType<typeof call>) => {
      const { status, json } = await answer;
      expect({ status, json }).toEqual({ status: 401, json: UNAUTHORIZED });
    };
    const userToken = (opts: Parameters<typeof issueTestToken>[2], person: TestPerson = viewer) =>
      issueTestToken(options.target().keys, person, opts);

    it('refuses a call without a gateway signature, _entities included', async () => {
      await refused(call(undefined, { signature: null }));
    });

    it('refuses _service without a signature', async () => {
      await refused(call({ query: '{ _service { sdl } }', variables: {} }, { signature: null }));
    });

    it('refuses a signature made with another key', async () => {
      await refused(call(undefined, { key: (await generateKeyPair('EdDSA')).privateKey }));
    });

    it("refuses a signature keyed with HS256 and the gateway's public key (algorithm confusion)", async () => {
      const { keys } = options.target();
      const body = entities(options.target().youthIds.slice(0, 1));
      const real = await signGatewayRequest({
        key: keys.gatewayPrivate,
        audience: subgraph,
        body: JSON.stringify(body),
        userToken: token,
        requestId: 'confused',
        purpose: DEFAULT_PURPOSE,
      });
      const secret = new TextEncoder().encode(JSON.stringify(keys.gatewayPublicJwk));
      const signature = await new SignJWT(decodeJwt(real)).setProtectedHeader({ alg: 'HS256' }).sign(secret);
      await refused(call(body, { signature }));
    });

    it('refuses a replayed signature', async () => {
      const first = await call();
      expect(first.status).toBe(200);
      await refused(call(undefined, { signature: first.signature }));
    });

    it("refuses an expired signature made with the gateway's own key", async () => {
      const { keys, youthIds } = options.target();
      const body = entities(youthIds.slice(0, 1));
      const signature = await signGatewayRequest({
        key: keys.gatewayPrivate,
        audience: subgraph,
        body: JSON.stringify(body),
        userToken: token,
        requestId: 'expired',
        purpose: DEFAULT_PURPOSE,
        issuedAt: Math.floor(Date.now() / 1000) - 600,
      });
      await refused(call(body, { signature }));
    });

    it('refuses a signature for another subgraph', async () => {
      await refused(call(undefined, { audience: options.otherSubgraph }));
    });

    it('refuses a body other than the one signed (a forged _entities call)', async () => {
      const { youthIds } = options.target();
      const signed = JSON.stringify(entities(youthIds.slice(0, 1)));
      await refused(call(entities(youthIds.slice(1, 30)), { signBody: signed }));
    });

    it('refuses a purpose other than the one signed, whichever it names', async () => {
      for (const purpose of PURPOSES.filter((p) => p !== DEFAULT_PURPOSE)) {
        await refused(call(undefined, { purpose, signPurpose: DEFAULT_PURPOSE }));
      }
    });

    it('refuses a signed call without a user token', async () => {
      await refused(call(undefined, { token: '' }));
    });

    it('refuses an expired user token', async () => {
      await refused(call(undefined, { token: await userToken({ expiresIn: Math.floor(Date.now() / 1000) - 10 }) }));
    });

    it('refuses a user token forged with another key', async () => {
      const { privateKey } = await generateKeyPair('ES256');
      await refused(call(undefined, { token: await userToken({ key: privateKey }) }));
    });

    it('refuses a user token from another issuer', async () => {
      await refused(call(undefined, { token: await userToken({ issuer: 'https://elsewhere.invalid' }) }));
    });

    it('refuses a user token issued for another audience', async () => {
      await refused(call(undefined, { token: await userToken({ audience: 'another-app' }) }));
    });

    it('refuses a user token naming a role its agency does not have', async () => {
      const agency = AGENCIES.find((a) => a !== viewer.agency)!;
      await refused(call(undefined, { token: await userToken({}, { ...viewer, agency }) }));
    });

    it('refuses introspection, even correctly signed', async () => {
      const { status, json } = await call({ query: '{ __schema { types { name } } }' });
      expect(status).toBe(400);
      expect(json.data).toBeUndefined();
      expect(json.errors).toHaveLength(1);
      expect(json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(json.errors[0].message).toMatch(/introspection is not allowed/);
    });
  });
}
