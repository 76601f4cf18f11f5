import { useLazyQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const REACTORS_PAGE_SIZE = 20;

/** "Who reacted" for an article, post or comment: the flag picks the root field. */
export const ItemReactorsDocument = graphql(`
  query ItemReactors(
    $id: ID!
    $onArticle: Boolean!
    $onPost: Boolean!
    $onComment: Boolean!
    $first: Int!
    $after: String
  ) {
    article(id: $id) @include(if: $onArticle) {
      id
      reactors(first: $first, after: $after) {
        ...ReactorPage
      }
    }
    post(id: $id) @include(if: $onPost) {
      id
      reactors(first: $first, after: $after) {
        ...ReactorPage
      }
    }
    comment(id: $id) @include(if: $onComment) {
      id
      reactors(first: $first, after: $after) {
        ...ReactorPage
      }
    }
  }

  fragment ReactorPage on ReactorConnection {
    edges {
      cursor
      kind
      node {
        id
        displayName
        title
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

export function useItemReactors() {
  return useLazyQuery(ItemReactorsDocument, { notifyOnNetworkStatusChange: true });
}
