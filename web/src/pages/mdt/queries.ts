import { graphql } from '../../generated/index.ts';

export const MyActionItemsQuery = graphql(`
  query MyActionItems($first: Int!, $after: String) {
    myActionItems(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          youthId
          text
          dueOn
          status
          overdue
          statusNote
          statusChangedAt
        }
      }
    }
  }
`);

export const UpdateActionItemMutation = graphql(`
  mutation UpdateActionItem($id: ID!, $status: ActionItemStatus!, $note: String) {
    updateActionItem(id: $id, status: $status, note: $note) {
      id
      status
      statusNote
    }
  }
`);
