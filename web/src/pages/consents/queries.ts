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
