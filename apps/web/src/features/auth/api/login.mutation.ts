import { useMutation } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';
import { CurrentSessionDocument } from './current-session.query';

export const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
      displayName
      role
      language
    }
  }
`);

/** Signs in; the server sets the session cookie and the signed-in person becomes `me` in the cache. */
export function useLogin() {
  return useMutation(LoginDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: CurrentSessionDocument, data: { me: data.login } });
    },
  });
}
