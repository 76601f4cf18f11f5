import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { GRAPHQL_PATH } from '@/config/constants';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // Each search is its own list; "Show more" appends to it.
          people: relayStylePagination(['search', 'orgUnitId', 'includeInactive']),
          // Each filter is its own feed; "Show more" appends. Studio lists page the same way.
          feed: relayStylePagination(['filter']),
          homeFeed: relayStylePagination(),
          studioArticles: relayStylePagination(['status', 'dueForReview']),
          // Each scope and search is its own list of spaces; each space its own feed.
          spaces: relayStylePagination(['filter']),
          spacePosts: relayStylePagination(['spaceId']),
          // Moderation: "Show more" appends; a refetch after a decision starts over.
          moderationQueue: relayStylePagination(),
        },
      },
      // Conversation: one list of comments per item, pages appended; "who reacted" per kind.
      Article: { fields: { comments: relayStylePagination(), reactors: relayStylePagination(['kind']) } },
      Post: { fields: { comments: relayStylePagination(), reactors: relayStylePagination(['kind']) } },
      Comment: { fields: { reactors: relayStylePagination(['kind']) } },
    },
  });
}

/**
 * The session lives in an HttpOnly cookie, so the client only has to send same-origin credentials.
 * `onUnauthenticated` lets the app send the person to sign-in when a session ends mid-use.
 */
export function createApolloClient(
  options: { onUnauthenticated?: () => void; terminatingLink?: ApolloLink } = {},
): ApolloClient {
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (
      // Sign-in answers and the session check are handled where they are asked.
      !['Login', 'CurrentSession'].includes(operation.operationName ?? '') &&
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')
    ) {
      options.onUnauthenticated?.();
    }
  });
  const httpLink = options.terminatingLink ?? new HttpLink({ uri: GRAPHQL_PATH, credentials: 'same-origin' });
  return new ApolloClient({ link: ApolloLink.from([errorLink, httpLink]), cache: createCache() });
}
