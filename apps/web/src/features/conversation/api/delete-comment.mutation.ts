import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

/** The comment stays as a removed placeholder (the answer updates it in the cache). */
export const DeleteCommentDocument = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      ...ConversationCommentFields
    }
  }
`);

export function useDeleteComment() {
  return useMutation(DeleteCommentDocument);
}
