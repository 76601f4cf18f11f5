import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

/** Editors (news) and space moderators (posts) close or reopen comments. */
export const SetCommentsClosedDocument = graphql(`
  mutation SetCommentsClosed($targetId: ID!, $closed: Boolean!) {
    setCommentsClosed(targetId: $targetId, closed: $closed)
  }
`);

export function useSetCommentsClosed() {
  return useMutation(SetCommentsClosedDocument);
}
