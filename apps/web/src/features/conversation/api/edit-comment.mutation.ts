import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

/** The answer updates the comment in the cache (body, edited time). */
export const EditCommentDocument = graphql(`
  mutation EditComment($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      ...ConversationCommentFields
    }
  }
`);

export function useEditComment() {
  return useMutation(EditCommentDocument);
}
