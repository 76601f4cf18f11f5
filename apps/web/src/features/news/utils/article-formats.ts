import type { ArticleFormat } from '@commons/web-graphql';

export const ARTICLE_FORMATS: readonly ArticleFormat[] = ['ARTICLE', 'VIDEO', 'GALLERY', 'INFOGRAPHIC'];
