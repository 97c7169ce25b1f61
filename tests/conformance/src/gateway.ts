import { createHash, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { PurposeOfUse, Viewer } from '@hub/policies';
import {
  PURPOSE_HEADER,
  REQUEST_ID_HEADER,
  SIGNATURE_HEADER,
  signGatewayRequest,
  type KeyLike,
} from '@hub/subgraph-kit';
import { importKey, KEY_ID, type SuiteKeys } from './keys.ts';

export interface GraphQLBody {
  query: string;
  variables?: Record<string, unknown>;
}

/** How to sign (or not) one request: the checks vary exactly one of these from a correct request. */
export interface SendOptions {
  viewer: Viewer | null;
  purpose?: PurposeOfUse;
  /** Omit the signature header. */
  unsigned?: boolean;
  /** Sign with this key instead of the gateway's. */
  key?: KeyLike;
  /** Name this subgraph in the signature instead of the one under test. */
  audience?: string;
  /** Sign this body instead of the one sent. */
  signBody?: string;
  /** Sign this purpose instead of the one sent. */
  signPurpose?: string;
  /** Send this signature header as it is (a replay). */
  signature?: string;
  /** A signature that expired a while ago. */
  expiredSignature?: boolean;
  /** The user token to send instead of a fresh one for `viewer`. */
  token?: string;
}

export interface Sent {
  status: number;
  /** The parsed body, or the raw text when it is not JSON. */
  json: any;
  requestId: string;
  signature: string | null;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Acts as the gateway toward one subgraph: user tokens from the suite's identity provider, signed requests. */
export class Gateway {
  private constructor(
    readonly url: string,
    readonly audience: string,
    readonly keys: SuiteKeys,
    private readonly signingKey: KeyLike,
    private readonly idpKey: KeyLike,
  ) {}

  static async create(url: string, audience: string, keys: SuiteKeys): Promise<Gateway> {
    return new Gateway(
      url,
      audience,
      keys,
      await importKey(keys.gatewayPrivateJwk, 'EdDSA'),
      await importKey(keys.idpPrivateJwk, 'ES256'),
    );
  }

  /** A user token as an OIDC provider would issue it; `expired` or `key` make a bad one. */
  token(viewer: Viewer, opts: { expired?: boolean; key?: KeyLike } = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ name: viewer.name ?? viewer.sub, agency: viewer.agency, role: viewer.role })
      .setProtectedHeader({ alg: 'ES256', kid: KEY_ID })
      .setSubject(viewer.sub)
      .setIssuer(this.keys.issuer)
      .setAudience(this.keys.audience)
      .setIssuedAt(opts.expired ? now - 3600 : now)
      .setExpirationTime(opts.expired ? now - 600 : now + 600)
      .sign(opts.key ?? this.idpKey);
  }

  /** The gateway's signature, made the way the kit verifies it (subgraphs/kit/README.md). */
  private async sign(body: string, userToken: string, requestId: string, purpose: string, opts: SendOptions) {
    if (opts.signature !== undefined) return opts.signature;
    if (opts.expiredSignature) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ bh: sha256(body), uth: sha256(userToken), rid: requestId, pou: purpose })
        .setProtectedHeader({ alg: 'EdDSA' })
        .setIssuer('csec-mdt-hub-gateway')
        .setAudience(this.audience)
        .setIssuedAt(now - 600)
        .setExpirationTime(now - 540)
        .setJti(randomUUID())
        .sign(this.signingKey);
    }
    return signGatewayRequest({
      key: opts.key ?? this.signingKey,
      audience: opts.audience ?? this.audience,
      body,
      userToken,
      requestId,
      purpose,
    });
  }

  async send(body: GraphQLBody, opts: SendOptions): Promise<Sent> {
    const text = JSON.stringify(body);
    const requestId = randomUUID();
    const purpose = opts.purpose ?? 'CARE_COORDINATION';
    const userToken = opts.token ?? (opts.viewer ? await this.token(opts.viewer) : '');
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      [PURPOSE_HEADER]: purpose,
      [REQUEST_ID_HEADER]: requestId,
    };
    if (userToken) headers.authorization = `Bearer ${userToken}`;
    const signature = opts.unsigned
      ? null
      : await this.sign(opts.signBody ?? text, userToken, requestId, opts.signPurpose ?? purpose, opts);
    if (signature) headers[SIGNATURE_HEADER] = signature;
    const response = await fetch(this.url, {
      method: 'POST',
      headers,
      body: text,
      signal: AbortSignal.timeout(30_000),
    });
    const raw = await response.text();
    let json: unknown = raw;
    try {
      json = JSON.parse(raw);
    } catch {
      // not JSON: kept as text
    }
    return { status: response.status, json, requestId, signature };
  }
}
