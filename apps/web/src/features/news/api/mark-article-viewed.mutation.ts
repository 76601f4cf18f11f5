import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const MarkArticleViewedDocument = graphql(`
  mutation MarkArticleViewed($id: ID!) {
    markArticleViewed(id: $id) {
      id
      unread
    }
  }
`);

export function useMarkArticleViewed() {
  return useMutation(MarkArticleViewedDocument);
}
