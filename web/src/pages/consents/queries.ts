import { graphql } from '../../generated/index.ts';

export const ConsentsQuery = graphql(`
  query YouthConsents($id: ID!) {
    youth(id: $id) {
      id
      displayName
      team {
        personId
        name
      }
      consents {
        id
        grantor
        categories
        recipientAgencies
        purposes
        effectiveFrom
        effectiveTo
        status
        formReference
        recordedBy
        recordedAt
        revokedAt
        revokedBy
        revokeReason
        withinTeam
        noLongerApplies
      }
    }
  }
`);

export const RecordConsentMutation = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      id
      status
    }
  }
`);

export const RevokeConsentMutation = graphql(`
  mutation RevokeConsent($id: ID!, $reason: String!) {
    revokeConsent(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

/**
 * The registry records who recorded or revoked a consent by their id; the team (and the viewer)
 * give the name. Someone off the team shows as their id.
 */
export function personNamer(
  team: readonly { personId: string; name: string }[] | null | undefined,
  viewer?: { sub: string; name: string },
) {
  const people = new Map((team ?? []).map((m) => [m.personId, m.name]));
  if (viewer) people.set(viewer.sub, viewer.name);
  return (sub: string) => people.get(sub) ?? `user ${sub}`;
}
