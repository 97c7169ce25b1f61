import type { TypedDocumentString } from '../generated/graphql.ts';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown> & { code?: string };
}

/**
 * A GraphQL answer kept whole: the data and every error beside it. A denied field is `null` in
 * `data` and explained only in `errors`, so the two are never stored apart (a normalized cache
 * that keeps fields without their errors turns a denial into a plain "not recorded").
 */
export interface Answer<T> {
  data: T | null;
  errors: GraphQLErrorShape[];
  extensions: { obligations?: { code: string; text: string; consentScope?: string[] }[] } & Record<string, unknown>;
}

/** The request failed as a whole (no answer to show): network, session, a refusal without data. */
export class RequestFailed extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface Caller {
  token?: string | undefined;
  purpose: string;
  signal?: AbortSignal | undefined;
}

/** The operation's name ("YouthSummary"), for cache keys and logs. */
export function operationName<T, V>(document: TypedDocumentString<T, V>): string {
  return /\b(?:query|mutation)\s+(\w+)/.exec(String(document))?.[1] ?? 'anonymous';
}

/** One GraphQL request to the gateway with the caller's token and purpose of use. */
export async function fetchAnswer<T, V>(
  document: TypedDocumentString<T, V>,
  variables: V,
  caller: Caller,
): Promise<Answer<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-purpose-of-use': caller.purpose };
  if (caller.token) headers.authorization = `Bearer ${caller.token}`;
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: String(document), variables }),
      signal: caller.signal ?? null,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new RequestFailed('The hub could not be reached. Check your connection and try again.');
  }
  if (response.status === 401) throw new RequestFailed('Your session has ended. Sign in again.', 401);
  let body: Partial<Answer<T>>;
  try {
    body = (await response.json()) as Partial<Answer<T>>;
  } catch {
    throw new RequestFailed(`The hub answered ${response.status} without a readable body.`, response.status);
  }
  if (!response.ok && !body.data) {
    throw new RequestFailed(body.errors?.[0]?.message ?? `The hub answered ${response.status}.`, response.status);
  }
  return { data: body.data ?? null, errors: body.errors ?? [], extensions: body.extensions ?? {} };
}
