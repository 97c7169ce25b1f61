// Apollo Client (core, no React) against the hub. Its normalized cache stores field values and
// drops errors, so a denied field read back from the cache is a plain null, the same as "none
// recorded"; and it is keyed by type and id, not by viewer or purpose of use. So: errorPolicy
// 'all' (keep partial data and the errors) and fetchPolicy 'no-cache' for every read of the record.
import {
  ApolloClient,
  CombinedGraphQLErrors,
  gql,
  HttpLink,
  InMemoryCache,
  type TypedDocumentNode,
} from '@apollo/client';
import { fieldState } from './denials.ts';
import { YOUTH_HEALTH, type YouthHealth } from './graphql-request.ts';

// Apollo Client 4 types the default error policy: declared once for the whole app.
declare module '@apollo/client' {
  export namespace ApolloClient {
    export namespace DeclareDefaultOptions {
      interface Query {
        errorPolicy: 'all';
      }
      interface WatchQuery {
        errorPolicy: 'all';
      }
      interface Mutate {
        errorPolicy: 'all';
      }
    }
  }
}

export function hubApolloClient(gatewayUrl: string, token: string, purpose = 'CARE_COORDINATION') {
  return new ApolloClient({
    link: new HttpLink({
      uri: `${gatewayUrl}/graphql`,
      headers: { authorization: `Bearer ${token}`, 'x-purpose-of-use': purpose },
    }),
    cache: new InMemoryCache(),
    defaultOptions: {
      query: { errorPolicy: 'all', fetchPolicy: 'no-cache' },
      watchQuery: { errorPolicy: 'all', fetchPolicy: 'no-cache' },
      mutate: { errorPolicy: 'all' },
    },
  });
}

export const YOUTH_HEALTH_DOCUMENT: TypedDocumentNode<YouthHealth, { id: string }> = gql(YOUTH_HEALTH);

export async function readYouthHealth(client: ApolloClient, id: string, options: { fetchPolicy?: 'cache-first' } = {}) {
  const { data, error } = await client.query({ query: YOUTH_HEALTH_DOCUMENT, variables: { id }, ...options });
  // GraphQL errors beside data are the answer; anything else (network, 401) is a failed request.
  if (error && !CombinedGraphQLErrors.is(error)) throw error;
  const errors = CombinedGraphQLErrors.is(error) ? error.errors : [];
  const health = data?.youth?.health;
  return {
    mentalHealth: fieldState(health?.mentalHealth, errors, ['youth', 'health', 'mentalHealth']),
    substanceUse: fieldState(health?.substanceUse, errors, ['youth', 'health', 'substanceUse']),
  };
}
