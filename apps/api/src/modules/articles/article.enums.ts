import { registerEnumType } from '@nestjs/graphql';

/** Where an article is in its life. Stored as text in `article.status`. */
export enum ArticleStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  SCHEDULED = 'SCHEDULED',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}

/** The kind of news. Stored as text in `article.format`. */
export enum ArticleFormat {
  ARTICLE = 'ARTICLE',
  VIDEO = 'VIDEO',
  GALLERY = 'GALLERY',
  INFOGRAPHIC = 'INFOGRAPHIC',
}

registerEnumType(ArticleStatus, {
  name: 'ArticleStatus',
  description: 'DRAFT → IN_REVIEW → SCHEDULED or PUBLISHED → ARCHIVED.',
});
registerEnumType(ArticleFormat, {
  name: 'ArticleFormat',
  description: 'An infographic needs a text alternative; a video may have captions.',
});
