import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const SPACE_POSTS_PAGE_SIZE = 20;

export const SpacePollFieldsFragment = graphql(`
  fragment SpacePollFields on Poll {
    id
    question
    choice
    ballot
    closed
    closesAt
    viewerVote
    options {
      id
      label
      position
    }
    results {
      totalVoters
      options {
        optionId
        count
        voters {
          id
          displayName
        }
      }
    }
  }
`);

export const SpacePostFieldsFragment = graphql(`
  fragment SpacePostFields on Post {
    id
    bodyHtml
    link
    createdAt
    editedAt
    isShare
    sharedItemAvailable
    viewerCanEdit
    viewerCanDelete
    viewerCanCurate
    featured
    hidden {
      at
      reason
    }
    author {
      id
      displayName
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
    poll {
      ...SpacePollFields
    }
    sharedItem {
      __typename
      ... on Article {
        id
        title
        summary
        author {
          id
          displayName
        }
      }
      ... on Post {
        id
        bodyHtml
        createdAt
        author {
          id
          displayName
        }
        space {
          id
          name
        }
      }
    }
  }
`);

export const SpacePostsDocument = graphql(`
  query SpacePosts($spaceId: ID!, $first: Int!, $after: String) {
    spacePosts(spaceId: $spaceId, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...SpacePostFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A space's posts, newest first; `fetchMore` appends the next page (see the cache policy). */
export function useSpacePosts(spaceId: string, skip: boolean) {
  return useQuery(SpacePostsDocument, {
    variables: { spaceId, first: SPACE_POSTS_PAGE_SIZE },
    skip,
    notifyOnNetworkStatusChange: true,
  });
}
