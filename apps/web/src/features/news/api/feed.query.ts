import { useQuery } from '@apollo/client/react';
import { graphql, type ArticleFormat } from '@commons/web-graphql';

export const FEED_PAGE_SIZE = 10;

export const FeedDocument = graphql(`
  query Feed($first: Int!, $after: String, $filter: FeedFilter) {
    feed(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          ...ArticleCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The viewer's feed (pinned first, then newest); `fetchMore` appends the next page (see the cache policy). */
export function useFeed(filter: { topicId?: string | null; format?: ArticleFormat | null }) {
  const hasFilter = Boolean(filter.topicId || filter.format);
  return useQuery(FeedDocument, {
    variables: {
      first: FEED_PAGE_SIZE,
      filter: hasFilter ? { topicId: filter.topicId || null, format: filter.format || null } : null,
    },
    notifyOnNetworkStatusChange: true,
  });
}
