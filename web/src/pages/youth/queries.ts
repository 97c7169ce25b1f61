import { graphql } from '../../generated/index.ts';

// The summary in two requests, each with its own loading state: the record with its timeline (one
// request, so a page view is one row per agency in the accounting), and the reasons.
export const YouthSummaryQuery = graphql(`
  query YouthSummary($id: ID!) {
    youth(id: $id) {
      id
      ...YouthTimeline
      displayName
      preferredName
      dateOfBirth
      team {
        personId
        name
        agency
        role
      }
      servicePlan {
        needs {
          id
          domain
          identifiedOn
          status
          provider
          startedOn
        }
      }
      childWelfare {
        caseNumber
        dependencyStatus
        caseOpenedOn
        assignedWorker {
          name
        }
        currentPlacement {
          kind
          providerName
          startDate
        }
        placements {
          id
          kind
          providerName
          startDate
          endDate
        }
        runawayEpisodes {
          id
          leftOn
          returnedOn
        }
        missingNow {
          since
          hours
          episode {
            reportingClocks {
              kind
              status
              dueAt
            }
          }
        }
        csecIndicators {
          id
          indicator
          observedOn
          source
        }
        latestCsecScreening {
          id
          tool
          toolVersion
          screenedOn
          screenerName
          level
          indicators
          nextRescreenDue
          rescreenOverdue
        }
        referrals {
          id
          receivedOn
          allegation
          disposition
        }
        safetyPlan {
          summary
          updatedOn
        }
      }
      probation {
        missingNow {
          since
          hours
          episode {
            reportingClocks {
              kind
              status
              dueAt
            }
          }
        }
        supervision {
          kind
          status
          startedOn
          endsOn
          officer {
            name
          }
        }
        delinquencyCase {
          petitionNumber
          courtStatus
          nextHearingOn
        }
        csecIdentification {
          status
          documentedOn
        }
        latestCsecScreening {
          id
          screenedOn
          tool
          result
          indicators
        }
      }
      health {
        mentalHealth {
          currentProvider
          clinicianName
          treatmentStatus
          nextAppointmentOn
        }
        psychotherapyNotes {
          id
          writtenOn
          author
        }
        substanceUse {
          programName
          levelOfCare
          admittedOn
          dischargedOn
          status
        }
        sexualHealth {
          visits {
            id
            visitOn
            service
          }
        }
        physicalHealth {
          primaryClinician
          lastExamOn
          upcomingAppointments {
            id
            scheduledOn
            kind
            clinic
          }
        }
      }
      education {
        schoolOfRecord {
          schoolName
          district
          gradeLevel
        }
        credits {
          earned
          required
          asOf
        }
        specialEducation {
          status
          nextReviewOn
        }
        schoolLiaison {
          name
        }
      }
      districtAttorney {
        victimAdvocate {
          name
        }
        cases {
          id
          caseNumber
          role
          status
        }
        upcomingCourtDates {
          id
          scheduledOn
          kind
          department
        }
      }
      publicDefender {
        assignedDefender {
          name
        }
        matters {
          id
          matterNumber
          kind
          status
          nextHearingOn
        }
        communications {
          id
          occurredOn
        }
      }
    }
  }
`);

export const EventFragment = graphql(`
  fragment Event on TimelineEvent {
    id
    date
    agency
    category
    kind
    summary
  }
`);

// Part of the summary's request: one page view is one request, so one row per agency in the accounting.
export const YouthTimelineFragment = graphql(`
  fragment YouthTimeline on Youth {
    childWelfare {
      timeline {
        childWelfareCase {
          ...Event
        }
        placement {
          ...Event
        }
        runaway {
          ...Event
        }
        csecIndicators {
          ...Event
        }
        safetyPlan {
          ...Event
        }
      }
    }
    probation {
      timeline {
        probation {
          ...Event
        }
        delinquency {
          ...Event
        }
        csecIndicators {
          ...Event
        }
      }
    }
    health {
      timeline {
        mentalHealth {
          ...Event
        }
        psychotherapyNotes {
          ...Event
        }
        substanceUse {
          ...Event
        }
        sexualHealth {
          ...Event
        }
        physicalHealth {
          ...Event
        }
      }
    }
    education {
      timeline {
        education {
          ...Event
        }
      }
    }
    districtAttorney {
      timeline {
        victimWitness {
          ...Event
        }
      }
    }
    publicDefender {
      timeline {
        delinquency {
          ...Event
        }
        attorneyClient {
          ...Event
        }
      }
    }
  }
`);

// "Since you last looked": the look is recorded first (it returns the one before), then each
// agency's timeline is asked from that day; a withheld list is simply absent from the strip.
export const MarkYouthSeenMutation = graphql(`
  mutation MarkYouthSeen($youthId: ID!) {
    markYouthSeen(youthId: $youthId) {
      youthId
      previousLookAt
      lookedAt
    }
  }
`);

export const YouthTimelineSinceFragment = graphql(`
  fragment YouthTimelineSince on Youth {
    childWelfare {
      timeline(since: $since) {
        childWelfareCase {
          ...Event
        }
        placement {
          ...Event
        }
        runaway {
          ...Event
        }
        csecIndicators {
          ...Event
        }
        safetyPlan {
          ...Event
        }
      }
    }
    probation {
      timeline(since: $since) {
        probation {
          ...Event
        }
        delinquency {
          ...Event
        }
        csecIndicators {
          ...Event
        }
      }
    }
    health {
      timeline(since: $since) {
        mentalHealth {
          ...Event
        }
        psychotherapyNotes {
          ...Event
        }
        substanceUse {
          ...Event
        }
        sexualHealth {
          ...Event
        }
        physicalHealth {
          ...Event
        }
      }
    }
    education {
      timeline(since: $since) {
        education {
          ...Event
        }
      }
    }
    districtAttorney {
      timeline(since: $since) {
        victimWitness {
          ...Event
        }
      }
    }
    publicDefender {
      timeline(since: $since) {
        delinquency {
          ...Event
        }
        attorneyClient {
          ...Event
        }
      }
    }
  }
`);

export const YouthChangesQuery = graphql(`
  query YouthChanges($id: ID!, $since: String!) {
    youth(id: $id) {
      id
      ...YouthTimelineSince
    }
  }
`);

// "Since the last MDT meeting": the youth's meetings the registry shows this viewer (MDT_NOTES; a
// member sees the meetings they were invited to, the team's coordinator every meeting of the team),
// asked only when the viewer picks that view (every read is a disclosure); src/api/changes.ts
// picks the latest that has begun.
export const YouthMeetingsQuery = graphql(`
  query YouthMeetings($id: ID!) {
    youth(id: $id) {
      id
      mdtMeetings {
        id
        startsAt
      }
    }
  }
`);

export const ExplanationQuery = graphql(`
  query AccessExplanation($youthId: ID!) {
    accessExplanation(youthId: $youthId) {
      agency
      category
      allowed
      reason
      ruleId
      legalBasis
    }
  }
`);

export const AGENCY_SECTIONS = [
  ['childWelfare', 'Child Welfare'],
  ['probation', 'Probation'],
  ['health', 'Health'],
  ['education', 'Education'],
  ['districtAttorney', 'District Attorney'],
  ['publicDefender', 'Public Defender'],
] as const;

// The MDT's notes and action items of the youth (MDT_NOTES): their own request, so the summary's stays as it was.
export const YouthMdtWorkQuery = graphql(`
  query YouthMdtWork($id: ID!) {
    youth(id: $id) {
      id
      mdtNotes(first: 20) {
        totalCount
        edges {
          node {
            id
            currentText
            authorName
            recordedAt
            confidentiality
            amendments {
              id
              reason
              amendedByName
            }
          }
        }
      }
      actionItems(first: 20) {
        totalCount
        edges {
          node {
            id
            text
            ownerName
            dueOn
            status
            overdue
          }
        }
      }
    }
  }
`);
