import { graphql } from '@commons/web-graphql';

/** What a feed item shows: the same fields on the home feed, the must-reads and topic pages. */
export const ArticleCardFieldsFragment = graphql(`
  fragment ArticleCardFields on Article {
    id
    title
    summary
    format
    language
    publishedAt
    pinned
    mustRead
    mustReadDue
    acknowledged
    unread
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
    topics {
      id
      slug
      name
    }
  }
`);
