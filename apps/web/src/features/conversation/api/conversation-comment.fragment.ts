import { graphql } from '@commons/web-graphql';

/** Everything a comment in a thread shows, with its own reactions. */
export const ConversationCommentFieldsFragment = graphql(`
  fragment ConversationCommentFields on Comment {
    id
    targetId
    parentId
    author {
      id
      displayName
      title
    }
    createdAt
    editedAt
    bodyHtml
    removed
    withheld
    hidden {
      at
      reason
    }
    viewerCanEdit
    viewerCanDelete
    reactionCounts {
      kind
      count
    }
    myReaction
  }
`);
