import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

/** One post for its own page (/posts/:id): the card's fields and the space it belongs to. */
export const SpacePostDocument = graphql(`
  query SpacePost($id: ID!) {
    post(id: $id) {
      ...SpacePostFields
      space {
        id
        name
      }
    }
  }
`);

export function useSpacePost(id: string) {
  return useQuery(SpacePostDocument, { variables: { id } });
}
