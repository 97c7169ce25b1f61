import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../generated/graphql.ts';
import { getSession, setSession } from '../auth/session.ts';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown> & { code?: string };
}

export interface Result<T> {
  data: T | null;
  errors: GraphQLErrorShape[];
  extensions: { obligations?: { code: string; text: string }[] } & Record<string, unknown>;
}

export class RequestFailed extends Error {}

/** One GraphQL request to the gateway with the session's token and purpose. */
export async function request<T, V>(
  document: TypedDocumentString<T, V>,
  variables?: V,
  opts: { token?: string; purpose?: string } = {},
): Promise<Result<T>> {
  const session = getSession();
  const token = opts.token ?? session?.token;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  headers['x-purpose-of-use'] = opts.purpose ?? session?.purpose ?? 'CARE_COORDINATION';
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new RequestFailed('The hub could not be reached. Check your connection and try again.');
  }
  if (response.status === 401 && !opts.token) {
    setSession(null);
    throw new RequestFailed('Your session has ended. Sign in again.');
  }
  let body: Partial<Result<T>>;
  try {
    body = (await response.json()) as Partial<Result<T>>;
  } catch {
    throw new RequestFailed(`The hub answered ${response.status} without a readable body.`);
  }
  if (!response.ok && !body.data) {
    throw new RequestFailed(body.errors?.[0]?.message ?? `The hub answered ${response.status}.`);
  }
  return { data: body.data ?? null, errors: body.errors ?? [], extensions: body.extensions ?? {} };
}

export type QueryState<T> =
  | { status: 'loading'; result?: undefined; error?: undefined }
  | { status: 'error'; error: string; result?: undefined }
  | { status: 'done'; result: Result<T>; error?: undefined };

/**
 * Runs a query when its variables or the purpose change; `reload` runs it again (after a mutation).
 * A result is shown only for the variables and purpose it was asked with: on a change the state is
 * loading again, never the previous youth's, role's or purpose's answer under the new label. Only a
 * reload keeps the current answer on screen while the fresh one comes.
 */
export function useQuery<T, V>(document: TypedDocumentString<T, V>, variables: V, skip = false) {
  const [state, setState] = useState<QueryState<T> & { asked?: string }>({ status: 'loading' });
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(variables);
  const purpose = getSession()?.purpose;
  const asked = `${String(document)}\n${key}\n${purpose ?? ''}`;
  useEffect(() => {
    if (skip) return;
    let live = true;
    setState((s) => (s.status === 'done' && s.asked === asked ? s : { status: 'loading' }));
    request(document, JSON.parse(key) as V).then(
      (result) => live && setState({ status: 'done', result, asked }),
      (error: unknown) => live && setState({ status: 'error', error: (error as Error).message, asked }),
    );
    return () => {
      live = false;
    };
  }, [document, key, tick, skip, purpose, asked]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  const { asked: stateAsked, ...shown } = state;
  const current: QueryState<T> = stateAsked === asked ? shown : { status: 'loading' };
  return { ...current, reload };
}
