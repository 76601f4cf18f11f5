import { useQuery } from '@apollo/client/react';
import { graphql, type ArticleStatus } from '@commons/web-graphql';

export const StudioArticlesDocument = graphql(`
  query StudioArticles($status: ArticleStatus, $dueForReview: Boolean, $first: Int!, $after: String) {
    studioArticles(status: $status, dueForReview: $dueForReview, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          title
          status
          language
          updatedAt
          publishAt
          publishedAt
          reviewBy
          author {
            id
            displayName
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

/** One studio list: by status, or the articles due for review. Employees get their own, editors everyone's. */
export function useStudioArticles(list: { status?: ArticleStatus; dueForReview?: boolean }) {
  return useQuery(StudioArticlesDocument, {
    variables: { status: list.status ?? null, dueForReview: list.dueForReview ?? null, first: 20 },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
}
