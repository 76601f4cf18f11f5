import { useQuery } from '@apollo/client/react';
import { graphql } from '@commons/web-graphql';

/** Everything the editor shows and the preview renders (the reader's fields plus the editorial ones). */
export const StudioArticleFieldsFragment = graphql(`
  fragment StudioArticleFields on Article {
    id
    status
    format
    language
    title
    summary
    bodyHtml
    byline
    videoUrl
    captionsUrl
    textAlternative
    publishAt
    publishedAt
    expireAt
    reviewBy
    pinnedUntil
    mustRead
    mustReadDue
    reviewComment
    revision
    readingTimeMinutes
    viewerCanEdit
    viewerCanPublish
    updatedAt
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
    revisions {
      revision
      at
      changedFields
      readabilityScore
      editor {
        id
        displayName
      }
    }
    audience {
      everyone
      orgUnits {
        id
        name
      }
      locations {
        id
        name
      }
    }
  }
`);

export const StudioArticleDocument = graphql(`
  query StudioArticle($id: ID!) {
    article(id: $id) {
      ...StudioArticleFields
    }
    viewer: me {
      id
      role
    }
  }
`);

export function useStudioArticle(id: string | undefined) {
  return useQuery(StudioArticleDocument, {
    variables: { id: id ?? '' },
    skip: !id,
    fetchPolicy: 'network-only',
  });
}
