import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const PersonProfileDocument = graphql(`
  query PersonProfile($id: ID!) {
    person(id: $id) {
      id
      displayName
      title
      email
      phone
      createdAt
      orgUnitPath {
        id
        name
        kind
      }
      location {
        id
        name
        address
      }
    }
  }
`);

export function usePersonProfile(id: string) {
  return useQuery(PersonProfileDocument, { variables: { id } });
}
