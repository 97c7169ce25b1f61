import { graphql } from '../../generated/index.ts';

export const MdtMeetingsQuery = graphql(`
  query MdtMeetings($from: String, $to: String) {
    mdtMeetings(from: $from, to: $to) {
      id
      startsAt
      kind
      trigger
      invited
      notShownCount
      attendanceRecordedAt
      agenda {
        startsAt
        youth {
          id
          displayName
        }
      }
    }
  }
`);

export const MdtMeetingQuery = graphql(`
  query MdtMeeting($id: ID!) {
    mdtMeeting(id: $id) {
      id
      startsAt
      kind
      trigger
      triggeredAt
      scheduledByName
      invited
      notShownCount
      invitees {
        sub
        name
        agency
        role
      }
      attendance {
        sub
      }
      attendanceRecordedAt
      agenda {
        startsAt
        minutes
        previousMeetingAt
        youth {
          id
          displayName
          team {
            personId
            name
            agency
            role
          }
        }
        openActionItems {
          id
          text
          ownerSub
          ownerName
          dueOn
          overdue
          meetingId
        }
        notes {
          id
          text
          currentText
          authorName
          recordedAt
          confidentiality
          amendments {
            id
            text
            reason
            amendedByName
            amendedAt
          }
        }
      }
    }
  }
`);

export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($meetingId: ID!, $attendees: [ID!]!) {
    recordAttendance(meetingId: $meetingId, attendees: $attendees) {
      id
      attendance {
        sub
      }
      attendanceRecordedAt
    }
  }
`);

export const RecordMeetingNoteMutation = graphql(`
  mutation RecordMeetingNote($meetingId: ID, $youthId: ID!, $text: String!) {
    recordMdtNote(meetingId: $meetingId, youthId: $youthId, text: $text) {
      id
    }
  }
`);

export const AgendaCandidatesQuery = graphql(`
  query AgendaCandidates {
    youths(first: 100, scope: ON_MY_TEAM) {
      edges {
        node {
          id
          displayName
          team {
            personId
            name
            agency
            role
          }
        }
      }
    }
  }
`);

export const ScheduleMdtMeetingMutation = graphql(`
  mutation ScheduleMdtMeeting($input: ScheduleMdtMeetingInput!) {
    scheduleMdtMeeting(input: $input) {
      id
    }
  }
`);

export const AmendMeetingNoteMutation = graphql(`
  mutation AmendMeetingNote($noteId: ID!, $text: String!, $reason: String!) {
    amendMdtNote(noteId: $noteId, text: $text, reason: $reason) {
      id
      currentText
    }
  }
`);

export const CreateMeetingActionItemMutation = graphql(`
  mutation CreateMeetingActionItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      id
      ownerName
      dueOn
    }
  }
`);
