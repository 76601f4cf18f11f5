import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

/** Who is signed in; fails with UNAUTHENTICATED when nobody is. */
export const CurrentSessionDocument = graphql(`
  query CurrentSession {
    me {
      id
      displayName
      role
      language
    }
  }
`);

export function useCurrentSession() {
  return useQuery(CurrentSessionDocument, { fetchPolicy: 'cache-first' });
}
