import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const AcknowledgeArticleDocument = graphql(`
  mutation AcknowledgeArticle($id: ID!) {
    acknowledgeArticle(id: $id) {
      id
      acknowledged
      ackVersion
    }
  }
`);

/**
 * "I have read and understood". The answer updates the article in the cache; the must-read stays
 * in today's list marked as done (removing it would pull focus from under the person).
 */
export function useAcknowledgeArticle() {
  return useMutation(AcknowledgeArticleDocument);
}
