import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

/** How many people the invite search offers at once; type more of the name to narrow it. */
export const PEOPLE_TO_INVITE_LIMIT = 8;

export const PeopleToInviteDocument = graphql(`
  query PeopleToInvite($search: String!, $first: Int!) {
    people(search: $search, first: $first) {
      edges {
        node {
          id
          displayName
          title
        }
      }
    }
  }
`);

/** Active people whose name matches, for the invite search; nothing until two characters are typed. */
export function usePeopleToInvite(search: string) {
  return useQuery(PeopleToInviteDocument, {
    variables: { search, first: PEOPLE_TO_INVITE_LIMIT },
    skip: search.length < 2,
  });
}
