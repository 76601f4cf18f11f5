import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const UnreactDocument = graphql(`
  mutation Unreact($targetId: ID!) {
    unreact(targetId: $targetId) {
      targetId
      counts {
        kind
        count
      }
      myReaction
    }
  }
`);

export function useUnreact() {
  return useMutation(UnreactDocument);
}
