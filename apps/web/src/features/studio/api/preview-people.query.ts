import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const PreviewPeopleDocument = graphql(`
  query PreviewPeople($search: String) {
    people(search: $search, first: 8) {
      edges {
        node {
          id
          displayName
          title
          language
          orgUnit {
            id
            name
          }
          orgUnitPath {
            id
          }
          location {
            id
            name
          }
        }
      }
    }
  }
`);

/** People to preview an article as, found by name. */
export function usePreviewPeople(search: string) {
  return useQuery(PreviewPeopleDocument, { variables: { search }, skip: search.trim().length < 2 });
}
