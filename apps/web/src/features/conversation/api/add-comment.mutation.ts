import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const AddCommentDocument = graphql(`
  mutation AddComment($targetId: ID!, $body: String!, $parentId: ID) {
    addComment(targetId: $targetId, body: $body, parentId: $parentId) {
      ...ConversationCommentFields
      replies {
        ...ConversationCommentFields
      }
    }
  }
`);

/**
 * Puts a new comment where the thread shows it: a reply under its comment, a top-level comment at
 * the end of the list (the list is oldest first); the item's count goes up by one.
 */
export function addCommentToCache(
  cache: ApolloCache,
  item: { typename: 'Article' | 'Post'; id: string },
  comment: { id: string; parentId: string | null },
): void {
  const commentRef = cache.identify({ __typename: 'Comment', id: comment.id });
  if (!commentRef) return;
  const ref = { __ref: commentRef } as Reference;
  if (comment.parentId) {
    cache.modify({
      id: cache.identify({ __typename: 'Comment', id: comment.parentId }),
      fields: { replies: (existing: readonly Reference[] = []) => [...existing, ref] },
    });
  } else {
    cache.modify({
      id: cache.identify({ __typename: item.typename, id: item.id }),
      fields: {
        comments: (existing) => {
          const connection = existing as { edges?: readonly unknown[] } | undefined;
          if (!connection) return existing;
          return {
            ...connection,
            edges: [...(connection.edges ?? []), { __typename: 'CommentEdge', cursor: '', node: ref }],
          };
        },
      },
    });
  }
  cache.modify({
    id: cache.identify({ __typename: item.typename, id: item.id }),
    fields: { commentCount: (count: number) => count + 1 },
  });
}

export function useAddComment() {
  return useMutation(AddCommentDocument);
}
