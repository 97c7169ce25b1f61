// graphql-request against the hub: one client per viewer and purpose of use, errorPolicy 'all' so a
// partly denied answer comes back as data plus errors instead of a thrown ClientError.
import { GraphQLClient } from 'graphql-request';
import { fieldState, type HubError } from './denials.ts';

export const YOUTH_HEALTH = /* GraphQL */ `
  query YouthHealth($id: ID!) {
    youth(id: $id) {
      id
      health {
        mentalHealth {
          treatmentStatus
        }
        substanceUse {
          status
        }
      }
    }
  }
`;

export interface YouthHealth {
  youth: {
    id: string;
    health: {
      mentalHealth: { treatmentStatus: string } | null;
      substanceUse: { status: string } | null;
    } | null;
  } | null;
}

export function hubClient(gatewayUrl: string, token: string, purpose = 'CARE_COORDINATION') {
  return new GraphQLClient(`${gatewayUrl}/graphql`, {
    headers: { authorization: `Bearer ${token}`, 'x-purpose-of-use': purpose },
    errorPolicy: 'all',
  });
}

export async function readYouthHealth(client: GraphQLClient, id: string) {
  const { data, errors = [] } = await client.rawRequest<YouthHealth>(YOUTH_HEALTH, { id });
  const hubErrors = errors as readonly HubError[];
  const health = data?.youth?.health;
  return {
    mentalHealth: fieldState(health?.mentalHealth, hubErrors, ['youth', 'health', 'mentalHealth']),
    substanceUse: fieldState(health?.substanceUse, hubErrors, ['youth', 'health', 'substanceUse']),
  };
}
