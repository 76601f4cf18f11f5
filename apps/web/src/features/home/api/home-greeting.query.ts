import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const HomeGreetingDocument = graphql(`
  query HomeGreeting {
    me {
      id
      displayName
      title
      orgUnitPath {
        id
        name
        kind
      }
      location {
        id
        name
      }
    }
  }
`);

export function useHomeGreeting() {
  return useQuery(HomeGreetingDocument);
}
