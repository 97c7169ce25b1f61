import { QueryClient, useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { getSession, setSession, useSession, type Session } from '../auth/session.ts';
import type { TypedDocumentString } from '../generated/graphql.ts';
import { fetchAnswer, operationName, RequestFailed, type Answer } from './graphql.ts';

/**
 * The app's query layer is TanStack Query over whole answers. Each cached value is an `Answer`:
 * data and errors together, so a denied field stays a denial (null plus its FORBIDDEN error) on
 * every re-render, never a bare null. The key names the viewer and the purpose of use, because
 * the same question has a different answer for another person or purpose.
 */
export const answerKey = <T, V>(session: Session | null, document: TypedDocumentString<T, V>, variables: V) =>
  ['graphql', session?.viewer.sub ?? null, session?.purpose ?? null, operationName(document), variables] as const;

/** Every cached answer of one viewer (all purposes): what a change they made may have changed. */
export const viewerKey = (session: Session | null): QueryKey => ['graphql', session?.viewer.sub ?? null];

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Every read is a disclosure the agencies log: the app reads when the user opens or changes
        // something, never on its own (no refetch on focus, reconnect or a timer, no retries).
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: false,
        staleTime: 0,
        gcTime: 5 * 60_000,
      },
      mutations: { retry: false },
    },
  });
}

/** The options of one question for one session: useQuery's, and fetchQuery's in tests. */
export function answerOptions<T, V>(session: Session | null, document: TypedDocumentString<T, V>, variables: V) {
  return {
    queryKey: answerKey(session, document, variables),
    queryFn: async ({ signal }: { signal: AbortSignal }): Promise<Answer<T>> => {
      try {
        return await fetchAnswer(document, variables, { token: session?.token, purpose: session!.purpose, signal });
      } catch (error) {
        if (error instanceof RequestFailed && error.status === 401) setSession(null);
        throw error;
      }
    },
  };
}

/**
 * Asks a question as the signed-in viewer under their current purpose. On a new youth, role or
 * purpose the answer is pending again (the key changed): another question's answer is never
 * shown under the new label.
 */
export function useAnswer<T, V>(document: TypedDocumentString<T, V>, variables: V, { enabled = true } = {}) {
  const session = useSession();
  return useQuery({ ...answerOptions(session, document, variables), enabled: enabled && session !== null });
}

/**
 * A change (consent, emergency access, review). It is refused as a whole when the answer has no
 * data; once made, every answer the viewer holds is asked again, since the change may open or
 * close fields anywhere.
 */
export function useChange<T, V>(document: TypedDocumentString<T, V>, { after }: { after?: () => void } = {}) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (variables: V): Promise<T> => {
      const session = getSession();
      if (!session) throw new RequestFailed('Your session has ended. Sign in again.', 401);
      const answer = await fetchAnswer(document, variables, { token: session.token, purpose: session.purpose });
      if (!answer.data) throw new RequestFailed(answer.errors[0]?.message ?? 'The hub refused the change.');
      return answer.data;
    },
    // `after` runs first (a grant switches the purpose), so the answers asked again are the new ones.
    onSuccess: () => {
      after?.();
      return client.invalidateQueries({ queryKey: viewerKey(getSession()) });
    },
  });
}
