import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';
import { PAGE_SIZE_DEFAULT } from '@commons/shared';

export const PeopleDirectoryDocument = graphql(`
  query PeopleDirectory($search: String, $first: Int!, $after: String) {
    people(search: $search, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          displayName
          title
          orgUnit {
            id
            name
          }
          location {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One page of the directory for a search; `fetchMore` appends the next page (see the cache policy). */
export function usePeopleDirectory(search: string) {
  return useQuery(PeopleDirectoryDocument, {
    variables: { search: search || null, first: PAGE_SIZE_DEFAULT },
    notifyOnNetworkStatusChange: true,
  });
}
