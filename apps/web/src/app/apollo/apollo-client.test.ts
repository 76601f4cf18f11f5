import { GraphQLError } from 'graphql';
import { MockLink } from '@apollo/client/testing';
import { CurrentSessionDocument } from '@/features/auth/api/current-session.query';
import { LoginDocument } from '@/features/auth/api/login.mutation';
import { PeopleDirectoryDocument } from '@/features/people/api/people-directory.query';
import { createApolloClient } from './apollo-client';

const unauthenticated = {
  errors: [new GraphQLError('You need to sign in.', { extensions: { code: 'UNAUTHENTICATED' } })],
};

describe('Apollo client', () => {
  it('reports a session that ended mid-use, but not the sign-in answer or the session check', async () => {
    const onUnauthenticated = jest.fn();
    const client = createApolloClient({
      onUnauthenticated,
      terminatingLink: new MockLink([
        {
          request: { query: LoginDocument, variables: { email: 'a@b.se', password: 'x' } },
          result: unauthenticated,
        },
        { request: { query: CurrentSessionDocument }, result: unauthenticated },
        {
          request: { query: PeopleDirectoryDocument, variables: { search: null, first: 20 } },
          result: unauthenticated,
        },
      ]),
    });

    await expect(
      client.mutate({ mutation: LoginDocument, variables: { email: 'a@b.se', password: 'x' } }),
    ).rejects.toThrow();
    await expect(client.query({ query: CurrentSessionDocument })).rejects.toThrow();
    expect(onUnauthenticated).not.toHaveBeenCalled();

    await expect(
      client.query({ query: PeopleDirectoryDocument, variables: { search: null, first: 20 } }),
    ).rejects.toThrow();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });
});
