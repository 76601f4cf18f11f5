import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

/** Changes the password; the server ends the person's other sessions. */
export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export function useChangePassword() {
  return useMutation(ChangePasswordDocument);
}
