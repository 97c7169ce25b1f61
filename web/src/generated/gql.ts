/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Caseload($first: Int!, $after: String, $search: String) {\n    youths(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n': typeof types.CaseloadDocument;
  '\n  query Me {\n    me {\n      sub\n      name\n      agency\n      role\n    }\n  }\n': typeof types.MeDocument;
  '\n  query YouthConsents($id: ID!) {\n    youth(id: $id) {\n      id\n      displayName\n      team {\n        personId\n        name\n      }\n      consents {\n        id\n        grantor\n        categories\n        recipientAgencies\n        purposes\n        effectiveFrom\n        effectiveTo\n        status\n        formReference\n        recordedBy\n        recordedAt\n        revokedAt\n        revokedBy\n        revokeReason\n      }\n    }\n  }\n': typeof types.YouthConsentsDocument;
  '\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.RecordConsentDocument;
  '\n  mutation RevokeConsent($id: ID!, $reason: String!) {\n    revokeConsent(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n': typeof types.RevokeConsentDocument;
  '\n  fragment AccountingPage on DisclosurePage {\n    totalCount\n    hasNextPage\n    endCursor\n    entries {\n      id\n      seq\n      agency\n      at\n      viewerSub\n      viewerName\n      viewerAgency\n      viewerRole\n      purpose\n      access\n      released\n      denied\n      emergencyGrantId\n    }\n  }\n': typeof types.AccountingPageFragmentDoc;
  '\n  query Accounting(\n    $youthId: ID!\n    $from: String\n    $to: String\n    $viewerSub: String\n    $first: Int!\n    $registry: String\n    $childWelfare: String\n    $probation: String\n    $health: String\n    $education: String\n    $districtAttorney: String\n    $publicDefender: String\n  ) {\n    accountingOfDisclosures(youthId: $youthId, from: $from, to: $to, viewerSub: $viewerSub) {\n      id\n      registry(first: $first, after: $registry) {\n        ...AccountingPage\n      }\n      childWelfare(first: $first, after: $childWelfare) {\n        ...AccountingPage\n      }\n      probation(first: $first, after: $probation) {\n        ...AccountingPage\n      }\n      health(first: $first, after: $health) {\n        ...AccountingPage\n      }\n      education(first: $first, after: $education) {\n        ...AccountingPage\n      }\n      districtAttorney(first: $first, after: $districtAttorney) {\n        ...AccountingPage\n      }\n      publicDefender(first: $first, after: $publicDefender) {\n        ...AccountingPage\n      }\n    }\n  }\n': typeof types.AccountingDocument;
  '\n  query PolicyMatrix {\n    policyMatrix {\n      policyVersion\n      roles\n      emergencyOpens\n      rows {\n        category\n        cells {\n          role\n          kind\n          inferred\n        }\n      }\n    }\n  }\n': typeof types.PolicyMatrixDocument;
  '\n  query ViewAs($youthId: ID!, $as: ViewAsInput!) {\n    viewAs(youthId: $youthId, as: $as) {\n      agency\n      category\n      allowed\n      reason\n      ruleId\n      legalBasis\n    }\n  }\n': typeof types.ViewAsDocument;
  '\n  query ReviewQueue($status: EmergencyReviewStatus, $first: Int!, $after: String) {\n    emergencyReviewQueue(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          youthId\n          requestedBy {\n            sub\n            name\n            agency\n            role\n          }\n          reason\n          grantedAt\n          expiresAt\n          active\n          reviewStatus\n          finding\n          reviewNote\n          reviewedBy\n          reviewedAt\n        }\n      }\n    }\n  }\n': typeof types.ReviewQueueDocument;
  '\n  mutation CloseEmergencyReview($grantId: ID!, $finding: EmergencyReviewFinding!, $note: String!) {\n    closeEmergencyReview(grantId: $grantId, finding: $finding, note: $note) {\n      id\n      reviewStatus\n    }\n  }\n': typeof types.CloseEmergencyReviewDocument;
  '\n  query AuditChainStatus {\n    auditChainStatus {\n      subgraph\n      agency\n      seq\n      headHash\n      rowAt\n      checkpointedAt\n      ageSeconds\n    }\n  }\n': typeof types.AuditChainStatusDocument;
  '\n  query MyEmergencyGrant($youthId: ID!) {\n    myEmergencyGrant(youthId: $youthId) {\n      id\n      reason\n      grantedAt\n      expiresAt\n      active\n      reviewStatus\n    }\n  }\n': typeof types.MyEmergencyGrantDocument;
  '\n  mutation RequestEmergencyAccess($youthId: ID!, $reason: String!) {\n    requestEmergencyAccess(youthId: $youthId, reason: $reason) {\n      id\n      expiresAt\n    }\n  }\n': typeof types.RequestEmergencyAccessDocument;
  '\n  query YouthSummary($id: ID!) {\n    youth(id: $id) {\n      id\n      displayName\n      preferredName\n      dateOfBirth\n      team {\n        personId\n        name\n        agency\n        role\n      }\n      servicePlan {\n        needs {\n          id\n          domain\n          identifiedOn\n          status\n          provider\n          startedOn\n        }\n      }\n      childWelfare {\n        caseNumber\n        dependencyStatus\n        caseOpenedOn\n        assignedWorker {\n          name\n        }\n        currentPlacement {\n          kind\n          providerName\n          startDate\n        }\n        placements {\n          id\n          kind\n          providerName\n          startDate\n          endDate\n        }\n        runawayEpisodes {\n          id\n          leftOn\n          returnedOn\n        }\n        csecIndicators {\n          id\n          indicator\n          observedOn\n          source\n        }\n        referrals {\n          id\n          receivedOn\n          allegation\n          disposition\n        }\n        safetyPlan {\n          summary\n          updatedOn\n        }\n      }\n      probation {\n        supervision {\n          kind\n          status\n          startedOn\n          endsOn\n          officer {\n            name\n          }\n        }\n        delinquencyCase {\n          petitionNumber\n          courtStatus\n          nextHearingOn\n        }\n        csecIdentification {\n          status\n          documentedOn\n        }\n      }\n      health {\n        mentalHealth {\n          currentProvider\n          clinicianName\n          treatmentStatus\n          nextAppointmentOn\n        }\n        psychotherapyNotes {\n          id\n          writtenOn\n          author\n        }\n        substanceUse {\n          programName\n          levelOfCare\n          admittedOn\n          dischargedOn\n          status\n        }\n        sexualHealth {\n          visits {\n            id\n            visitOn\n            service\n          }\n        }\n        physicalHealth {\n          primaryClinician\n          lastExamOn\n          upcomingAppointments {\n            id\n            scheduledOn\n            kind\n            clinic\n          }\n        }\n      }\n      education {\n        schoolOfRecord {\n          schoolName\n          district\n          gradeLevel\n        }\n        credits {\n          earned\n          required\n          asOf\n        }\n        specialEducation {\n          status\n          nextReviewOn\n        }\n        schoolLiaison {\n          name\n        }\n      }\n      districtAttorney {\n        victimAdvocate {\n          name\n        }\n        cases {\n          id\n          caseNumber\n          role\n          status\n        }\n        upcomingCourtDates {\n          id\n          scheduledOn\n          kind\n          department\n        }\n      }\n      publicDefender {\n        assignedDefender {\n          name\n        }\n        matters {\n          id\n          matterNumber\n          kind\n          status\n          nextHearingOn\n        }\n        communications {\n          id\n          occurredOn\n        }\n      }\n    }\n  }\n': typeof types.YouthSummaryDocument;
  '\n  fragment Event on TimelineEvent {\n    id\n    date\n    agency\n    category\n    kind\n    summary\n  }\n': typeof types.EventFragmentDoc;
  '\n  query YouthTimeline($id: ID!) {\n    youth(id: $id) {\n      id\n      childWelfare {\n        timeline {\n          childWelfareCase {\n            ...Event\n          }\n          placement {\n            ...Event\n          }\n          runaway {\n            ...Event\n          }\n          csecIndicators {\n            ...Event\n          }\n          safetyPlan {\n            ...Event\n          }\n        }\n      }\n      probation {\n        timeline {\n          probation {\n            ...Event\n          }\n          delinquency {\n            ...Event\n          }\n          csecIndicators {\n            ...Event\n          }\n        }\n      }\n      health {\n        timeline {\n          mentalHealth {\n            ...Event\n          }\n          psychotherapyNotes {\n            ...Event\n          }\n          substanceUse {\n            ...Event\n          }\n          sexualHealth {\n            ...Event\n          }\n          physicalHealth {\n            ...Event\n          }\n        }\n      }\n      education {\n        timeline {\n          education {\n            ...Event\n          }\n        }\n      }\n      districtAttorney {\n        timeline {\n          victimWitness {\n            ...Event\n          }\n        }\n      }\n      publicDefender {\n        timeline {\n          delinquency {\n            ...Event\n          }\n          attorneyClient {\n            ...Event\n          }\n        }\n      }\n    }\n  }\n': typeof types.YouthTimelineDocument;
  '\n  query AccessExplanation($youthId: ID!) {\n    accessExplanation(youthId: $youthId) {\n      agency\n      category\n      allowed\n      reason\n      ruleId\n      legalBasis\n    }\n  }\n': typeof types.AccessExplanationDocument;
};
const documents: Documents = {
  '\n  query Caseload($first: Int!, $after: String, $search: String) {\n    youths(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n':
    types.CaseloadDocument,
  '\n  query Me {\n    me {\n      sub\n      name\n      agency\n      role\n    }\n  }\n': types.MeDocument,
  '\n  query YouthConsents($id: ID!) {\n    youth(id: $id) {\n      id\n      displayName\n      team {\n        personId\n        name\n      }\n      consents {\n        id\n        grantor\n        categories\n        recipientAgencies\n        purposes\n        effectiveFrom\n        effectiveTo\n        status\n        formReference\n        recordedBy\n        recordedAt\n        revokedAt\n        revokedBy\n        revokeReason\n      }\n    }\n  }\n':
    types.YouthConsentsDocument,
  '\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.RecordConsentDocument,
  '\n  mutation RevokeConsent($id: ID!, $reason: String!) {\n    revokeConsent(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n':
    types.RevokeConsentDocument,
  '\n  fragment AccountingPage on DisclosurePage {\n    totalCount\n    hasNextPage\n    endCursor\n    entries {\n      id\n      seq\n      agency\n      at\n      viewerSub\n      viewerName\n      viewerAgency\n      viewerRole\n      purpose\n      access\n      released\n      denied\n      emergencyGrantId\n    }\n  }\n':
    types.AccountingPageFragmentDoc,
  '\n  query Accounting(\n    $youthId: ID!\n    $from: String\n    $to: String\n    $viewerSub: String\n    $first: Int!\n    $registry: String\n    $childWelfare: String\n    $probation: String\n    $health: String\n    $education: String\n    $districtAttorney: String\n    $publicDefender: String\n  ) {\n    accountingOfDisclosures(youthId: $youthId, from: $from, to: $to, viewerSub: $viewerSub) {\n      id\n      registry(first: $first, after: $registry) {\n        ...AccountingPage\n      }\n      childWelfare(first: $first, after: $childWelfare) {\n        ...AccountingPage\n      }\n      probation(first: $first, after: $probation) {\n        ...AccountingPage\n      }\n      health(first: $first, after: $health) {\n        ...AccountingPage\n      }\n      education(first: $first, after: $education) {\n        ...AccountingPage\n      }\n      districtAttorney(first: $first, after: $districtAttorney) {\n        ...AccountingPage\n      }\n      publicDefender(first: $first, after: $publicDefender) {\n        ...AccountingPage\n      }\n    }\n  }\n':
    types.AccountingDocument,
  '\n  query PolicyMatrix {\n    policyMatrix {\n      policyVersion\n      roles\n      emergencyOpens\n      rows {\n        category\n        cells {\n          role\n          kind\n          inferred\n        }\n      }\n    }\n  }\n':
    types.PolicyMatrixDocument,
  '\n  query ViewAs($youthId: ID!, $as: ViewAsInput!) {\n    viewAs(youthId: $youthId, as: $as) {\n      agency\n      category\n      allowed\n      reason\n      ruleId\n      legalBasis\n    }\n  }\n':
    types.ViewAsDocument,
  '\n  query ReviewQueue($status: EmergencyReviewStatus, $first: Int!, $after: String) {\n    emergencyReviewQueue(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          youthId\n          requestedBy {\n            sub\n            name\n            agency\n            role\n          }\n          reason\n          grantedAt\n          expiresAt\n          active\n          reviewStatus\n          finding\n          reviewNote\n          reviewedBy\n          reviewedAt\n        }\n      }\n    }\n  }\n':
    types.ReviewQueueDocument,
  '\n  mutation CloseEmergencyReview($grantId: ID!, $finding: EmergencyReviewFinding!, $note: String!) {\n    closeEmergencyReview(grantId: $grantId, finding: $finding, note: $note) {\n      id\n      reviewStatus\n    }\n  }\n':
    types.CloseEmergencyReviewDocument,
  '\n  query AuditChainStatus {\n    auditChainStatus {\n      subgraph\n      agency\n      seq\n      headHash\n      rowAt\n      checkpointedAt\n      ageSeconds\n    }\n  }\n':
    types.AuditChainStatusDocument,
  '\n  query MyEmergencyGrant($youthId: ID!) {\n    myEmergencyGrant(youthId: $youthId) {\n      id\n      reason\n      grantedAt\n      expiresAt\n      active\n      reviewStatus\n    }\n  }\n':
    types.MyEmergencyGrantDocument,
  '\n  mutation RequestEmergencyAccess($youthId: ID!, $reason: String!) {\n    requestEmergencyAccess(youthId: $youthId, reason: $reason) {\n      id\n      expiresAt\n    }\n  }\n':
    types.RequestEmergencyAccessDocument,
  '\n  query YouthSummary($id: ID!) {\n    youth(id: $id) {\n      id\n      displayName\n      preferredName\n      dateOfBirth\n      team {\n        personId\n        name\n        agency\n        role\n      }\n      servicePlan {\n        needs {\n          id\n          domain\n          identifiedOn\n          status\n          provider\n          startedOn\n        }\n      }\n      childWelfare {\n        caseNumber\n        dependencyStatus\n        caseOpenedOn\n        assignedWorker {\n          name\n        }\n        currentPlacement {\n          kind\n          providerName\n          startDate\n        }\n        placements {\n          id\n          kind\n          providerName\n          startDate\n          endDate\n        }\n        runawayEpisodes {\n          id\n          leftOn\n          returnedOn\n        }\n        csecIndicators {\n          id\n          indicator\n          observedOn\n          source\n        }\n        referrals {\n          id\n          receivedOn\n          allegation\n          disposition\n        }\n        safetyPlan {\n          summary\n          updatedOn\n        }\n      }\n      probation {\n        supervision {\n          kind\n          status\n          startedOn\n          endsOn\n          officer {\n            name\n          }\n        }\n        delinquencyCase {\n          petitionNumber\n          courtStatus\n          nextHearingOn\n        }\n        csecIdentification {\n          status\n          documentedOn\n        }\n      }\n      health {\n        mentalHealth {\n          currentProvider\n          clinicianName\n          treatmentStatus\n          nextAppointmentOn\n        }\n        psychotherapyNotes {\n          id\n          writtenOn\n          author\n        }\n        substanceUse {\n          programName\n          levelOfCare\n          admittedOn\n          dischargedOn\n          status\n        }\n        sexualHealth {\n          visits {\n            id\n            visitOn\n            service\n          }\n        }\n        physicalHealth {\n          primaryClinician\n          lastExamOn\n          upcomingAppointments {\n            id\n            scheduledOn\n            kind\n            clinic\n          }\n        }\n      }\n      education {\n        schoolOfRecord {\n          schoolName\n          district\n          gradeLevel\n        }\n        credits {\n          earned\n          required\n          asOf\n        }\n        specialEducation {\n          status\n          nextReviewOn\n        }\n        schoolLiaison {\n          name\n        }\n      }\n      districtAttorney {\n        victimAdvocate {\n          name\n        }\n        cases {\n          id\n          caseNumber\n          role\n          status\n        }\n        upcomingCourtDates {\n          id\n          scheduledOn\n          kind\n          department\n        }\n      }\n      publicDefender {\n        assignedDefender {\n          name\n        }\n        matters {\n          id\n          matterNumber\n          kind\n          status\n          nextHearingOn\n        }\n        communications {\n          id\n          occurredOn\n        }\n      }\n    }\n  }\n':
    types.YouthSummaryDocument,
  '\n  fragment Event on TimelineEvent {\n    id\n    date\n    agency\n    category\n    kind\n    summary\n  }\n':
    types.EventFragmentDoc,
  '\n  query YouthTimeline($id: ID!) {\n    youth(id: $id) {\n      id\n      childWelfare {\n        timeline {\n          childWelfareCase {\n            ...Event\n          }\n          placement {\n            ...Event\n          }\n          runaway {\n            ...Event\n          }\n          csecIndicators {\n            ...Event\n          }\n          safetyPlan {\n            ...Event\n          }\n        }\n      }\n      probation {\n        timeline {\n          probation {\n            ...Event\n          }\n          delinquency {\n            ...Event\n          }\n          csecIndicators {\n            ...Event\n          }\n        }\n      }\n      health {\n        timeline {\n          mentalHealth {\n            ...Event\n          }\n          psychotherapyNotes {\n            ...Event\n          }\n          substanceUse {\n            ...Event\n          }\n          sexualHealth {\n            ...Event\n          }\n          physicalHealth {\n            ...Event\n          }\n        }\n      }\n      education {\n        timeline {\n          education {\n            ...Event\n          }\n        }\n      }\n      districtAttorney {\n        timeline {\n          victimWitness {\n            ...Event\n          }\n        }\n      }\n      publicDefender {\n        timeline {\n          delinquency {\n            ...Event\n          }\n          attorneyClient {\n            ...Event\n          }\n        }\n      }\n    }\n  }\n':
    types.YouthTimelineDocument,
  '\n  query AccessExplanation($youthId: ID!) {\n    accessExplanation(youthId: $youthId) {\n      agency\n      category\n      allowed\n      reason\n      ruleId\n      legalBasis\n    }\n  }\n':
    types.AccessExplanationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Caseload($first: Int!, $after: String, $search: String) {\n    youths(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').CaseloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      sub\n      name\n      agency\n      role\n    }\n  }\n',
): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query YouthConsents($id: ID!) {\n    youth(id: $id) {\n      id\n      displayName\n      team {\n        personId\n        name\n      }\n      consents {\n        id\n        grantor\n        categories\n        recipientAgencies\n        purposes\n        effectiveFrom\n        effectiveTo\n        status\n        formReference\n        recordedBy\n        recordedAt\n        revokedAt\n        revokedBy\n        revokeReason\n      }\n    }\n  }\n',
): typeof import('./graphql').YouthConsentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').RecordConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeConsent($id: ID!, $reason: String!) {\n    revokeConsent(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n',
): typeof import('./graphql').RevokeConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AccountingPage on DisclosurePage {\n    totalCount\n    hasNextPage\n    endCursor\n    entries {\n      id\n      seq\n      agency\n      at\n      viewerSub\n      viewerName\n      viewerAgency\n      viewerRole\n      purpose\n      access\n      released\n      denied\n      emergencyGrantId\n    }\n  }\n',
): typeof import('./graphql').AccountingPageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Accounting(\n    $youthId: ID!\n    $from: String\n    $to: String\n    $viewerSub: String\n    $first: Int!\n    $registry: String\n    $childWelfare: String\n    $probation: String\n    $health: String\n    $education: String\n    $districtAttorney: String\n    $publicDefender: String\n  ) {\n    accountingOfDisclosures(youthId: $youthId, from: $from, to: $to, viewerSub: $viewerSub) {\n      id\n      registry(first: $first, after: $registry) {\n        ...AccountingPage\n      }\n      childWelfare(first: $first, after: $childWelfare) {\n        ...AccountingPage\n      }\n      probation(first: $first, after: $probation) {\n        ...AccountingPage\n      }\n      health(first: $first, after: $health) {\n        ...AccountingPage\n      }\n      education(first: $first, after: $education) {\n        ...AccountingPage\n      }\n      districtAttorney(first: $first, after: $districtAttorney) {\n        ...AccountingPage\n      }\n      publicDefender(first: $first, after: $publicDefender) {\n        ...AccountingPage\n      }\n    }\n  }\n',
): typeof import('./graphql').AccountingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PolicyMatrix {\n    policyMatrix {\n      policyVersion\n      roles\n      emergencyOpens\n      rows {\n        category\n        cells {\n          role\n          kind\n          inferred\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').PolicyMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ViewAs($youthId: ID!, $as: ViewAsInput!) {\n    viewAs(youthId: $youthId, as: $as) {\n      agency\n      category\n      allowed\n      reason\n      ruleId\n      legalBasis\n    }\n  }\n',
): typeof import('./graphql').ViewAsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReviewQueue($status: EmergencyReviewStatus, $first: Int!, $after: String) {\n    emergencyReviewQueue(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          youthId\n          requestedBy {\n            sub\n            name\n            agency\n            role\n          }\n          reason\n          grantedAt\n          expiresAt\n          active\n          reviewStatus\n          finding\n          reviewNote\n          reviewedBy\n          reviewedAt\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ReviewQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseEmergencyReview($grantId: ID!, $finding: EmergencyReviewFinding!, $note: String!) {\n    closeEmergencyReview(grantId: $grantId, finding: $finding, note: $note) {\n      id\n      reviewStatus\n    }\n  }\n',
): typeof import('./graphql').CloseEmergencyReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditChainStatus {\n    auditChainStatus {\n      subgraph\n      agency\n      seq\n      headHash\n      rowAt\n      checkpointedAt\n      ageSeconds\n    }\n  }\n',
): typeof import('./graphql').AuditChainStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyEmergencyGrant($youthId: ID!) {\n    myEmergencyGrant(youthId: $youthId) {\n      id\n      reason\n      grantedAt\n      expiresAt\n      active\n      reviewStatus\n    }\n  }\n',
): typeof import('./graphql').MyEmergencyGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestEmergencyAccess($youthId: ID!, $reason: String!) {\n    requestEmergencyAccess(youthId: $youthId, reason: $reason) {\n      id\n      expiresAt\n    }\n  }\n',
): typeof import('./graphql').RequestEmergencyAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query YouthSummary($id: ID!) {\n    youth(id: $id) {\n      id\n      displayName\n      preferredName\n      dateOfBirth\n      team {\n        personId\n        name\n        agency\n        role\n      }\n      servicePlan {\n        needs {\n          id\n          domain\n          identifiedOn\n          status\n          provider\n          startedOn\n        }\n      }\n      childWelfare {\n        caseNumber\n        dependencyStatus\n        caseOpenedOn\n        assignedWorker {\n          name\n        }\n        currentPlacement {\n          kind\n          providerName\n          startDate\n        }\n        placements {\n          id\n          kind\n          providerName\n          startDate\n          endDate\n        }\n        runawayEpisodes {\n          id\n          leftOn\n          returnedOn\n        }\n        csecIndicators {\n          id\n          indicator\n          observedOn\n          source\n        }\n        referrals {\n          id\n          receivedOn\n          allegation\n          disposition\n        }\n        safetyPlan {\n          summary\n          updatedOn\n        }\n      }\n      probation {\n        supervision {\n          kind\n          status\n          startedOn\n          endsOn\n          officer {\n            name\n          }\n        }\n        delinquencyCase {\n          petitionNumber\n          courtStatus\n          nextHearingOn\n        }\n        csecIdentification {\n          status\n          documentedOn\n        }\n      }\n      health {\n        mentalHealth {\n          currentProvider\n          clinicianName\n          treatmentStatus\n          nextAppointmentOn\n        }\n        psychotherapyNotes {\n          id\n          writtenOn\n          author\n        }\n        substanceUse {\n          programName\n          levelOfCare\n          admittedOn\n          dischargedOn\n          status\n        }\n        sexualHealth {\n          visits {\n            id\n            visitOn\n            service\n          }\n        }\n        physicalHealth {\n          primaryClinician\n          lastExamOn\n          upcomingAppointments {\n            id\n            scheduledOn\n            kind\n            clinic\n          }\n        }\n      }\n      education {\n        schoolOfRecord {\n          schoolName\n          district\n          gradeLevel\n        }\n        credits {\n          earned\n          required\n          asOf\n        }\n        specialEducation {\n          status\n          nextReviewOn\n        }\n        schoolLiaison {\n          name\n        }\n      }\n      districtAttorney {\n        victimAdvocate {\n          name\n        }\n        cases {\n          id\n          caseNumber\n          role\n          status\n        }\n        upcomingCourtDates {\n          id\n          scheduledOn\n          kind\n          department\n        }\n      }\n      publicDefender {\n        assignedDefender {\n          name\n        }\n        matters {\n          id\n          matterNumber\n          kind\n          status\n          nextHearingOn\n        }\n        communications {\n          id\n          occurredOn\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').YouthSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment Event on TimelineEvent {\n    id\n    date\n    agency\n    category\n    kind\n    summary\n  }\n',
): typeof import('./graphql').EventFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query YouthTimeline($id: ID!) {\n    youth(id: $id) {\n      id\n      childWelfare {\n        timeline {\n          childWelfareCase {\n            ...Event\n          }\n          placement {\n            ...Event\n          }\n          runaway {\n            ...Event\n          }\n          csecIndicators {\n            ...Event\n          }\n          safetyPlan {\n            ...Event\n          }\n        }\n      }\n      probation {\n        timeline {\n          probation {\n            ...Event\n          }\n          delinquency {\n            ...Event\n          }\n          csecIndicators {\n            ...Event\n          }\n        }\n      }\n      health {\n        timeline {\n          mentalHealth {\n            ...Event\n          }\n          psychotherapyNotes {\n            ...Event\n          }\n          substanceUse {\n            ...Event\n          }\n          sexualHealth {\n            ...Event\n          }\n          physicalHealth {\n            ...Event\n          }\n        }\n      }\n      education {\n        timeline {\n          education {\n            ...Event\n          }\n        }\n      }\n      districtAttorney {\n        timeline {\n          victimWitness {\n            ...Event\n          }\n        }\n      }\n      publicDefender {\n        timeline {\n          delinquency {\n            ...Event\n          }\n          attorneyClient {\n            ...Event\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').YouthTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccessExplanation($youthId: ID!) {\n    accessExplanation(youthId: $youthId) {\n      agency\n      category\n      allowed\n      reason\n      ruleId\n      legalBasis\n    }\n  }\n',
): typeof import('./graphql').AccessExplanationDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
