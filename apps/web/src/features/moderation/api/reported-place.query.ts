import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

/**
 * Where a reported comment lives (a reported post comes with its report, space included). The comment
 * names only its item's id, not its kind, so an article is asked for first and a post only when that
 * id is not an article.
 */
export const ReportedArticleDocument = graphql(`
  query ReportedArticle($id: ID!) {
    article(id: $id) {
      id
      title
      language
    }
  }
`);

export const ReportedPostDocument = graphql(`
  query ReportedPost($id: ID!) {
    post(id: $id) {
      id
      space {
        id
        name
      }
    }
  }
`);

export function useReportedArticle(id: string, skip: boolean) {
  return useQuery(ReportedArticleDocument, { variables: { id }, skip, errorPolicy: 'all' });
}

export function useReportedPost(id: string, skip: boolean) {
  return useQuery(ReportedPostDocument, { variables: { id }, skip, errorPolicy: 'all' });
}
