import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

/** Ends every session of the signed-in person, this one included. */
export const LogoutEverywhereDocument = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);

export function useLogoutEverywhere() {
  return useMutation(LogoutEverywhereDocument);
}
