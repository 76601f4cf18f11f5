import { useQuery } from '@apollo/client/react';
import { graphql, type HomeFeedQuery } from '@commons/web-graphql';

export const HOME_FEED_PAGE_SIZE = 10;

/** Reaction and comment counts and the two newest comments: the summary under every feed item. */
export const FeedConversationFragments = graphql(`
  fragment FeedLatestComment on Comment {
    id
    bodyHtml
    createdAt
    hidden {
      at
      reason
    }
    author {
      id
      displayName
    }
  }

  fragment ArticleFeedConversation on Article {
    id
    commentCount
    reactionCounts {
      kind
      count
    }
    latestComments {
      ...FeedLatestComment
    }
  }

  fragment PostFeedConversation on Post {
    id
    commentCount
    reactionCounts {
      kind
      count
    }
    latestComments {
      ...FeedLatestComment
    }
  }
`);

/**
 * The home page's feed: the viewer's news (pinned first) mixed with the posts of their spaces. The
 * post fields are the spaces feature's card fragment, spread by name: the app hands that card in,
 * so this feature never imports it.
 */
export const HomeFeedDocument = graphql(`
  query HomeFeed($first: Int!, $after: String) {
    homeFeed(first: $first, after: $after) {
      edges {
        cursor
        node {
          __typename
          ... on Article {
            ...ArticleCardFields
            ...ArticleFeedConversation
          }
          ... on Post {
            ...HomeFeedPostFields
            ...PostFeedConversation
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export type HomeFeedItem = HomeFeedQuery['homeFeed']['edges'][number]['node'];
export type HomeFeedPost = Extract<HomeFeedItem, { __typename: 'Post' }>;

/**
 * `fetchMore` appends the next page (see the cache policy). Coming back home asks again (showing
 * the cached page meanwhile), so a post just written in a space is there; the answer replaces the
 * cached pages.
 */
export function useHomeFeed() {
  return useQuery(HomeFeedDocument, {
    variables: { first: HOME_FEED_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
}
