import type { ArticleFormat, StudioArticleFieldsFragment } from '@commons/web-graphql';
import type { Draft } from './draft.util';

/** The article as the preview renders it: the reader's fields, taken from the form as it is now. */
export interface PreviewArticle {
  id: string;
  title: string;
  summary: string;
  bodyHtml: string;
  byline: string | null;
  format: ArticleFormat;
  language: 'SV' | 'EN';
  publishedAt: string | null;
  updatedAt: string;
  readingTimeMinutes: number;
  videoUrl: string | null;
  captionsUrl: string | null;
  textAlternative: string | null;
  author: { id: string; displayName: string };
  cover: StudioArticleFieldsFragment['cover'];
  gallery: StudioArticleFieldsFragment['gallery'];
  topics: { id: string; slug: string; name: string }[];
}

/** The preview's article: the reader's fields, taken from the form as it is now. */
export function toPreviewArticle(
  article: StudioArticleFieldsFragment,
  draft: Draft,
  readingTimeMinutes: number,
  topics: readonly { id: string; slug: string; name: string }[],
): PreviewArticle {
  return {
    id: article.id,
    title: draft.title,
    summary: draft.summary,
    bodyHtml: draft.bodyHtml,
    byline: draft.byline || null,
    format: draft.format,
    language: draft.language,
    publishedAt: article.publishedAt ?? new Date().toISOString(),
    updatedAt: article.updatedAt,
    readingTimeMinutes,
    videoUrl: draft.videoUrl || null,
    captionsUrl: draft.captions?.url ?? null,
    textAlternative: draft.textAlternative || null,
    author: article.author,
    cover: draft.cover,
    gallery: draft.gallery,
    topics: topics.filter((tp) => draft.topicIds.includes(tp.id)),
  };
}
