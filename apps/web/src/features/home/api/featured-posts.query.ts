import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

/** How many featured posts home shows: a few, the most recently featured. */
export const HOME_FEATURED_COUNT = 3;

export const FeaturedPostsDocument = graphql(`
  query FeaturedPosts($first: Int!) {
    featuredPosts(first: $first) {
      edges {
        node {
          id
          bodyHtml
          featured
          author {
            id
            displayName
          }
          space {
            id
            name
          }
          images {
            id
            alt
            url
            width
            height
            srcSet
            sizes
          }
        }
      }
    }
  }
`);

/** Coming back home asks again (showing the cached list meanwhile), so a post just featured is there. */
export function useFeaturedPosts() {
  return useQuery(FeaturedPostsDocument, {
    variables: { first: HOME_FEATURED_COUNT },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}
