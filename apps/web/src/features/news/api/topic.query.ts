import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const TopicDocument = graphql(`
  query Topic($slug: String!) {
    topic(slug: $slug) {
      id
      slug
      name
    }
  }
`);

export function useTopic(slug: string) {
  return useQuery(TopicDocument, { variables: { slug } });
}
