import { graphql } from '../../generated/index.ts';

export const AccountingPageFragment = graphql(`
  fragment AccountingPage on DisclosurePage {
    totalCount
    hasNextPage
    endCursor
    entries {
      id
      seq
      agency
      at
      requestId
      viewerSub
      viewerName
      viewerAgency
      viewerRole
      purpose
      access
      released
      denied
      emergencyGrantId
      basis {
        category
        allowed
        ruleId
        legalBasis
      }
    }
  }
`);

export const AccountingSubjectsQuery = graphql(`
  query AccountingSubjects($search: String!) {
    accountingSubjects(search: $search) {
      youthId
      initials
      dateOfBirth
      matchedBy
    }
  }
`);

export const AccountingQuery = graphql(`
  query Accounting(
    $youthId: ID!
    $from: String
    $to: String
    $viewerSub: String
    $categories: [DataCategory!]
    $outcome: DisclosureOutcome
    $access: [DisclosureAccess!]
    $own: OwnAccess
    $statement: Boolean
    $first: Int!
    $registry: String
    $childWelfare: String
    $probation: String
    $health: String
    $education: String
    $districtAttorney: String
    $publicDefender: String
    $lawEnforcement: String
  ) {
    accountingOfDisclosures(
      youthId: $youthId
      from: $from
      to: $to
      viewerSub: $viewerSub
      categories: $categories
      outcome: $outcome
      access: $access
      own: $own
      statement: $statement
    ) {
      id
      undelivered {
        requestId
        agency
      }
      registry(first: $first, after: $registry) {
        ...AccountingPage
      }
      childWelfare(first: $first, after: $childWelfare) {
        ...AccountingPage
      }
      probation(first: $first, after: $probation) {
        ...AccountingPage
      }
      health(first: $first, after: $health) {
        ...AccountingPage
      }
      education(first: $first, after: $education) {
        ...AccountingPage
      }
      districtAttorney(first: $first, after: $districtAttorney) {
        ...AccountingPage
      }
      publicDefender(first: $first, after: $publicDefender) {
        ...AccountingPage
      }
      lawEnforcement(first: $first, after: $lawEnforcement) {
        ...AccountingPage
      }
    }
  }
`);

export const StatementPageFragment = graphql(`
  fragment StatementPage on DisclosurePage {
    totalCount
    hasNextPage
    entries {
      id
      agency
      at
      viewerSub
      viewerName
      viewerAgency
      viewerRole
      purpose
      access
      released
      denied
    }
  }
`);

export const StatementQuery = graphql(`
  query Statement(
    $youthId: ID!
    $from: String
    $to: String
    $viewerSub: String
    $categories: [DataCategory!]
    $outcome: DisclosureOutcome
    $access: [DisclosureAccess!]
    $first: Int!
  ) {
    accountingOfDisclosures(
      youthId: $youthId
      from: $from
      to: $to
      viewerSub: $viewerSub
      categories: $categories
      outcome: $outcome
      access: $access
      own: EXCLUDE
      statement: true
    ) {
      id
      registry(first: $first) {
        ...StatementPage
      }
      childWelfare(first: $first) {
        ...StatementPage
      }
      probation(first: $first) {
        ...StatementPage
      }
      health(first: $first) {
        ...StatementPage
      }
      education(first: $first) {
        ...StatementPage
      }
      districtAttorney(first: $first) {
        ...StatementPage
      }
      publicDefender(first: $first) {
        ...StatementPage
      }
      lawEnforcement(first: $first) {
        ...StatementPage
      }
    }
  }
`);

export const PolicyMatrixQuery = graphql(`
  query PolicyMatrix {
    policyMatrix {
      policyVersion
      roles
      emergencyOpens
      rows {
        category
        cells {
          role
          kind
          inferred
          ruleId
        }
      }
      rules {
        id
        description
        legalBasis
        inferred
      }
    }
  }
`);

export const PolicyDiffQuery = graphql(`
  query PolicyDiff($rules: String!) {
    policyDiff(rules: $rules) {
      fromVersion
      toVersion
      points
      text
      changes {
        kind
        point
        before
        after
      }
    }
  }
`);

export const ViewAsQuery = graphql(`
  query ViewAs($youthId: ID!, $as: ViewAsInput!) {
    viewAs(youthId: $youthId, as: $as) {
      agency
      category
      allowed
      reason
      ruleId
      legalBasis
    }
  }
`);

export const ReviewQueueQuery = graphql(`
  query ReviewQueue($status: EmergencyReviewStatus, $first: Int!, $after: String) {
    emergencyReviewQueue(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          youthId
          subject {
            initials
            dateOfBirth
          }
          requestedBy {
            sub
            name
            agency
            role
          }
          reason
          grantedAt
          expiresAt
          active
          reviewStatus
          finding
          reviewNote
          reviewedBy
          reviewedAt
          endedAt
          endedBy
          endedReason
        }
      }
    }
  }
`);

export const CloseReviewMutation = graphql(`
  mutation CloseEmergencyReview($grantId: ID!, $finding: EmergencyReviewFinding!, $note: String!) {
    closeEmergencyReview(grantId: $grantId, finding: $finding, note: $note) {
      id
      reviewStatus
    }
  }
`);

export const VerificationFragment = graphql(`
  fragment Verification on ChainVerification {
    agency
    verdict
    rows
    headSeq
    headHash
    checkpointSeq
    checkpointedAt
    checkpointAgeSeconds
    firstBrokenSeq
    problem
    note
  }
`);

export const ChainVerificationQuery = graphql(`
  query AuditChainVerification {
    auditChainVerification {
      id
      registry {
        ...Verification
      }
      childWelfare {
        ...Verification
      }
      probation {
        ...Verification
      }
      health {
        ...Verification
      }
      education {
        ...Verification
      }
      districtAttorney {
        ...Verification
      }
      publicDefender {
        ...Verification
      }
      lawEnforcement {
        ...Verification
      }
    }
  }
`);
