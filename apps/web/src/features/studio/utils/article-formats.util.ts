import type { ArticleFormat } from '@commons/web-graphql';

/** The formats an article can take, in the order the studio offers them. */
export const ARTICLE_FORMATS: readonly ArticleFormat[] = ['ARTICLE', 'VIDEO', 'GALLERY', 'INFOGRAPHIC'];
