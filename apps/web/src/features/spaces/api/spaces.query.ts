import { useQuery } from '@apollo/client/react';
import { graphql, type SpaceScope } from '@commons/web-graphql';

export const SPACES_PAGE_SIZE = 20;

export const SpaceSummaryFieldsFragment = graphql(`
  fragment SpaceSummaryFields on Space {
    id
    name
    description
    visibility
    memberCount
    viewerMembership {
      status
      role
    }
  }
`);

export const SpacesDocument = graphql(`
  query Spaces($filter: SpacesFilter, $first: Int!, $after: String) {
    spaces(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...SpaceSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One list of spaces (mine, or ones to discover), by name; `search` matches name or description. */
export function useSpaces(scope: SpaceScope, search: string) {
  return useQuery(SpacesDocument, {
    variables: { filter: { scope, search: search || null }, first: SPACES_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
}
