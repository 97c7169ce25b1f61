import { randomUUID } from 'node:crypto';
import { DEFAULT_PURPOSE } from '@hub/policies/vocabulary';
import { PURPOSE_HEADER, REQUEST_ID_HEADER, SIGNATURE_HEADER, signGatewayRequest, type KeyLike } from '@hub/protocol';

export interface GraphQLBody {
  query: string;
  variables?: Record<string, unknown>;
}

export interface GatewayRequestOptions {
  token: string;
  key: KeyLike;
  audience: string;
  purpose?: string;
  /** Sign this text instead of the body sent (to test tampering). */
  signBody?: string;
  /** Sign this purpose instead of the one sent (to test tampering). */
  signPurpose?: string;
  /** Use this signature header as is (replays, forgeries); null sends none. */
  signature?: string | null;
}

export interface GatewayAnswer {
  status: number;
  json: any;
  /** The signature sent, to replay it. */
  signature: string | null;
}

/** What the gateway sends a subgraph: the user's token, the purpose, a request id and a signature. */
export async function gatewayRequest(
  url: string,
  body: GraphQLBody,
  opts: GatewayRequestOptions,
): Promise<GatewayAnswer> {
  const text = JSON.stringify(body);
  const requestId = randomUUID();
  const signature =
    opts.signature === undefined
      ? await signGatewayRequest({
          key: opts.key,
          audience: opts.audience,
          body: opts.signBody ?? text,
          userToken: opts.token,
          requestId,
          purpose: opts.signPurpose ?? opts.purpose ?? DEFAULT_PURPOSE,
        })
      : opts.signature;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    authorization: `Bearer ${opts.token}`,
    [PURPOSE_HEADER]: opts.purpose ?? DEFAULT_PURPOSE,
    [REQUEST_ID_HEADER]: requestId,
  };
  if (signature) headers[SIGNATURE_HEADER] = signature;
  const response = await fetch(url, { method: 'POST', headers, body: text });
  const raw = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    json = raw;
  }
  return { status: response.status, json, signature };
}
