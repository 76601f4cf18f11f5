import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const NewsTopicsDocument = graphql(`
  query NewsTopics {
    topics {
      id
      slug
      name
    }
  }
`);

export function useNewsTopics() {
  return useQuery(NewsTopicsDocument);
}
