import { graphql } from '../../generated/index.ts';

// Who did what and the alerts (issue 18, item 3): one viewer's accesses across youths, and the
// alerts each agency computes from its own log, with the findings the registry keeps.

export const ViewerPageFragment = graphql(`
  fragment ViewerPage on DisclosurePage {
    totalCount
    hasNextPage
    endCursor
    entries {
      id
      agency
      at
      viewerSub
      viewerName
      viewerRole
      viewerAgency
      purpose
      access
      youthId
      released
      denied
      emergencyGrantId
    }
  }
`);

export const AccessByViewerQuery = graphql(`
  query AccessByViewer(
    $viewerSub: String!
    $from: String
    $to: String
    $outcome: DisclosureOutcome
    $access: [DisclosureAccess!]
    $emergencyGrantId: ID
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
    accessByViewer(
      viewerSub: $viewerSub
      from: $from
      to: $to
      outcome: $outcome
      access: $access
      emergencyGrantId: $emergencyGrantId
    ) {
      id
      registry(first: $first, after: $registry) {
        ...ViewerPage
      }
      childWelfare(first: $first, after: $childWelfare) {
        ...ViewerPage
      }
      probation(first: $first, after: $probation) {
        ...ViewerPage
      }
      health(first: $first, after: $health) {
        ...ViewerPage
      }
      education(first: $first, after: $education) {
        ...ViewerPage
      }
      districtAttorney(first: $first, after: $districtAttorney) {
        ...ViewerPage
      }
      publicDefender(first: $first, after: $publicDefender) {
        ...ViewerPage
      }
      lawEnforcement(first: $first, after: $lawEnforcement) {
        ...ViewerPage
      }
    }
  }
`);

export const AlertFragment = graphql(`
  fragment Alert on PrivacyAlert {
    id
    kind
    agency
    day
    viewerSub
    viewerName
    viewerAgency
    viewerRole
    count
    baseline
    summary
    rowIds
    emergencyGrantId
    from
    to
  }
`);

export const PrivacyAlertsQuery = graphql(`
  query PrivacyAlerts($from: String!, $to: String!) {
    privacyAlerts(from: $from, to: $to) {
      id
      findings {
        alertId
        finding
        note
        closedBy
        closedByName
        closedAt
      }
      registry {
        ...Alert
      }
      childWelfare {
        ...Alert
      }
      probation {
        ...Alert
      }
      health {
        ...Alert
      }
      education {
        ...Alert
      }
      districtAttorney {
        ...Alert
      }
      publicDefender {
        ...Alert
      }
      lawEnforcement {
        ...Alert
      }
    }
  }
`);

export const ClosePrivacyAlertMutation = graphql(`
  mutation ClosePrivacyAlert($alertId: ID!, $finding: PrivacyAlertFinding!, $note: String!) {
    closePrivacyAlert(alertId: $alertId, finding: $finding, note: $note) {
      alertId
      finding
      closedAt
    }
  }
`);
