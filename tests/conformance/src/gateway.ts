import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { DEFAULT_PURPOSE, type PurposeOfUse, type Viewer } from '@hub/policies';
import { PURPOSE_HEADER, REQUEST_ID_HEADER, SIGNATURE_HEADER, signGatewayRequest, type KeyLike } from '@hub/protocol';
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
    return signGatewayRequest({
      key: opts.key ?? this.signingKey,
      audience: opts.audience ?? this.audience,
      body,
      userToken,
      requestId,
      purpose,
      // Ten minutes ago: its 60 seconds ran out long since.
      ...(opts.expiredSignature ? { issuedAt: Math.floor(Date.now() / 1000) - 600 } : {}),
    });
  }

  async send(body: GraphQLBody, opts: SendOptions): Promise<Sent> {
    const text = JSON.stringify(body);
    const requestId = randomUUID();
    const purpose = opts.purpose ?? DEFAULT_PURPOSE;
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
