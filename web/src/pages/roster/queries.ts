import { graphql } from '../../generated/index.ts';

export const RosterQuery = graphql(`
  query YouthRoster($id: ID!) {
    youth(id: $id) {
      id
      displayName
      teamHistory {
        id
        personId
        name
        agency
        role
        fromDate
        toDate
        addedBy
        reason
        recordedAt
        endedOn
        endedAt
        endedBy
        endReason
        current
      }
    }
  }
`);

export const MemberDirectoryQuery = graphql(`
  query MemberDirectory {
    mdtMemberDirectory(first: 500) {
      sub
      name
      agency
      role
    }
  }
`);

export const AddTeamMemberMutation = graphql(`
  mutation AddTeamMember($youthId: ID!, $memberSub: ID!, $reason: String!) {
    addTeamMember(youthId: $youthId, memberSub: $memberSub, reason: $reason) {
      id
      name
      current
    }
  }
`);

export const EndTeamMembershipMutation = graphql(`
  mutation EndTeamMembership($membershipId: ID!, $reason: String!) {
    endTeamMembership(membershipId: $membershipId, reason: $reason) {
      id
      name
      current
    }
  }
`);
