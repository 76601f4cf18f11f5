import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { withEffectiveStatus } from '../articles/article-visibility';
import { Article } from '../articles/article.entity';
import type { SessionRequest } from '../auth/auth-request.util';
import { ContentAccess, ContentRef } from '../content/content-access';
import { MEDIA_COLUMNS, MediaRow } from '../media/media-row';
import { Post, POST_COLUMNS, PostPromotion, PostRow, toPost } from './post.model';

export interface PostImageEntry {
  alt: string;
  media: MediaRow;
}

export interface PostLoaders {
  /** Post rows by id (unfiltered: callers check visibility). */
  post: DataLoader<string, Post | null>;
  /** A post's images in order, with their media rows. */
  images: DataLoader<string, PostImageEntry[]>;
  /** The content ref of an item if the viewer may see it (ContentAccess), else null: shares. */
  visible: DataLoader<string, ContentRef | null>;
  /** Article rows by id (unfiltered). */
  article: DataLoader<string, Article | null>;
  /** Where a promoted article came from, by article id. */
  promotion: DataLoader<string, PostPromotion | null>;
}

/**
 * Per-request DataLoaders for post fields, so a page of posts (with shares of articles and posts)
 * costs one statement per kind of field whatever its size. Keyed by the request (and its viewer).
 */
@Injectable()
export class PostLoaderFactory {
  private readonly byRequest = new WeakMap<object, PostLoaders>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ContentAccess,
  ) {}

  for(request: object): PostLoaders {
    let loaders = this.byRequest.get(request);
    if (!loaders) {
      const viewer = (request as SessionRequest).person;
      loaders = {
        post: new DataLoader((ids) => this.loadPosts(ids)),
        images: new DataLoader((ids) => this.loadImages(ids)),
        visible: new DataLoader(async (ids) => {
          if (!viewer) return ids.map(() => null);
          const visible = await this.access.visible(viewer, ids);
          return ids.map((id) => visible.get(id) ?? null);
        }),
        article: new DataLoader((ids) => this.loadArticles(ids)),
        promotion: new DataLoader((ids) => this.loadPromotions(ids)),
      };
      this.byRequest.set(request, loaders);
    }
    return loaders;
  }

  private async loadPosts(ids: readonly string[]): Promise<(Post | null)[]> {
    const rows: PostRow[] = await this.dataSource.query(
      `SELECT ${POST_COLUMNS} FROM post WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, toPost(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async loadImages(postIds: readonly string[]): Promise<PostImageEntry[][]> {
    const rows: (MediaRow & { post_id: string; alt: string })[] = await this.dataSource.query(
      `SELECT i.post_id, i.alt, ${MEDIA_COLUMNS.split(', ')
        .map((c) => `m.${c}`)
        .join(', ')}
         FROM post_image i JOIN media m ON m.id = i.media_id
        WHERE i.post_id = ANY($1::uuid[])
        ORDER BY i.post_id, i.position`,
      [postIds],
    );
    const byPost = new Map<string, PostImageEntry[]>();
    for (const { post_id, alt, ...media } of rows)
      byPost.set(post_id, [...(byPost.get(post_id) ?? []), { alt, media }]);
    return postIds.map((id) => byPost.get(id) ?? []);
  }

  private async loadArticles(ids: readonly string[]): Promise<(Article | null)[]> {
    const found = await this.dataSource.getRepository(Article).findBy({ id: In([...ids]) });
    const byId = new Map(found.map((a) => [a.id, withEffectiveStatus(a)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async loadPromotions(articleIds: readonly string[]): Promise<(PostPromotion | null)[]> {
    const rows: {
      article_id: string;
      post_id: string;
      original_author_id: string;
      promoted_by: string;
      promoted_at: Date;
    }[] = await this.dataSource.query(
      `SELECT article_id, post_id, original_author_id, promoted_by, promoted_at FROM post_promotion WHERE article_id = ANY($1::uuid[])`,
      [articleIds],
    );
    const byArticle = new Map(
      rows.map((r) => [
        r.article_id,
        Object.assign(new PostPromotion(), {
          articleId: r.article_id,
          postId: r.post_id,
          originalAuthorId: r.original_author_id,
          promotedById: r.promoted_by,
          promotedAt: r.promoted_at,
        }),
      ]),
    );
    return articleIds.map((id) => byArticle.get(id) ?? null);
  }
}
