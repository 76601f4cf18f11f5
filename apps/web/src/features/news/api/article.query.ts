import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

export const ArticleReaderFieldsFragment = graphql(`
  fragment ArticleReaderFields on Article {
    id
    status
    title
    summary
    bodyHtml
    byline
    format
    language
    publishedAt
    updatedAt
    mustRead
    mustReadDue
    acknowledged
    ackVersion
    readingTimeMinutes
    videoUrl
    captionsUrl
    textAlternative
    author {
      id
      displayName
    }
    cover {
      id
      alt
      url
      width
      height
      srcSet
      sizes
    }
    gallery {
      id
      alt
      url
      width
      height
      srcSet
      sizes
    }
    topics {
      id
      slug
      name
    }
    translations {
      id
      language
      title
    }
  }
`);

export const ArticleDocument = graphql(`
  query Article($id: ID!) {
    article(id: $id) {
      ...ArticleReaderFields
    }
  }
`);

export function useArticle(id: string) {
  return useQuery(ArticleDocument, { variables: { id } });
}
