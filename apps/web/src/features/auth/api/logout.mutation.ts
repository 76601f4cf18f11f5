import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export function useLogout() {
  return useMutation(LogoutDocument);
}
