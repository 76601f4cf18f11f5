import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const MODERATION_PAGE_SIZE = 20;

/** Open reports the viewer may handle, oldest first: the API decides whose (editors: all). */
export const ModerationQueueDocument = graphql(`
  query ModerationQueue($first: Int!, $after: String) {
    moderationQueue(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          reason
          createdAt
          targetId
          targetKind
          reporter {
            id
            displayName
          }
          comment {
            id
            targetId
            bodyHtml
            createdAt
            removed
            author {
              id
              displayName
            }
            hidden {
              at
              reason
            }
          }
          post {
            id
            bodyHtml
            createdAt
            author {
              id
              displayName
            }
            hidden {
              at
              reason
            }
            space {
              id
              name
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function useModerationQueue() {
  return useQuery(ModerationQueueDocument, {
    variables: { first: MODERATION_PAGE_SIZE, after: null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
}
