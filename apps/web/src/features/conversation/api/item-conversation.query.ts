import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

/** Comments per page (top level; replies come with their comment). */
export const COMMENTS_PAGE_SIZE = 20;

/**
 * One item's conversation: reactions, comment count and state, the first page of comments with their
 * replies, and who is looking (for "report" and the hidden notice). Articles and posts carry the same
 * fields; the `isArticle` switch picks the root field, so one component serves both.
 */
export const ItemConversationDocument = graphql(`
  query ItemConversation($id: ID!, $isArticle: Boolean!, $first: Int!, $after: String) {
    me {
      id
      role
    }
    article(id: $id) @include(if: $isArticle) {
      id
      title
      commentCount
      commentsClosed
      reactionCounts {
        kind
        count
      }
      myReaction
      comments(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...ConversationCommentFields
            replies {
              ...ConversationCommentFields
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
    post(id: $id) @skip(if: $isArticle) {
      id
      commentCount
      commentsClosed
      reactionCounts {
        kind
        count
      }
      myReaction
      space {
        id
        viewerCanModerate
      }
      comments(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...ConversationCommentFields
            replies {
              ...ConversationCommentFields
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export type ConversationItemKind = 'ARTICLE' | 'POST';

export function useItemConversation(id: string, kind: ConversationItemKind) {
  return useQuery(ItemConversationDocument, {
    variables: { id, isArticle: kind === 'ARTICLE', first: COMMENTS_PAGE_SIZE, after: null },
    notifyOnNetworkStatusChange: true,
  });
}
