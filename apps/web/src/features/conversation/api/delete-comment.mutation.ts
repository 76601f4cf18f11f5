import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

/**
 * The comment stays as a removed placeholder (the answer updates it in the cache). A moderator
 * deleting someone else's comment sends a reason.
 */
export const DeleteCommentDocument = graphql(`
  mutation DeleteComment($id: ID!, $reason: String) {
    deleteComment(id: $id, reason: $reason) {
      ...ConversationCommentFields
    }
  }
`);

export function useDeleteComment() {
  return useMutation(DeleteCommentDocument);
}
