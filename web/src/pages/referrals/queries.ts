import { graphql } from '../../generated/index.ts';

export const ReferralIndicatorsQuery = graphql(`
  query ReferralIndicators {
    mdtReferralIndicators
  }
`);

export const SubmitReferralMutation = graphql(`
  mutation SubmitMdtReferral($input: SubmitMdtReferralInput!) {
    submitMdtReferral(input: $input) {
      id
      status
    }
  }
`);

export const MyReferralsQuery = graphql(`
  query MyMdtReferrals {
    myMdtReferrals(first: 200) {
      id
      youthId
      localId
      givenName
      familyName
      submittedAt
      urgency
      indicators
      status
      decidedAt
      decisionReason
    }
  }
`);

export const ReferralInboxQuery = graphql(`
  query MdtReferralInbox {
    mdtReferralInbox(first: 200) {
      id
      youthId
      localId
      givenName
      familyName
      referringAgency
      referredByName
      submittedAt
      urgency
      urgencyReason
      indicators
    }
  }
`);

export const ReferralQuery = graphql(`
  query MdtReferral($id: ID!) {
    mdtReferral(id: $id) {
      id
      youthId
      referringAgency
      localId
      givenName
      familyName
      dateOfBirth
      referredBySub
      referredByName
      referredByRole
      submittedAt
      reasons
      indicators
      urgency
      urgencyReason
      safetyConcerns
      knownConsentsAndOrders
      status
      decidedBy
      decidedAt
      decisionReason
    }
  }
`);

export const DecideReferralMutation = graphql(`
  mutation DecideMdtReferral($id: ID!, $decision: MdtReferralDecision!, $reason: String!, $youthId: ID) {
    decideMdtReferral(id: $id, decision: $decision, reason: $reason, youthId: $youthId) {
      id
      status
      youthId
      decisionReason
    }
  }
`);
