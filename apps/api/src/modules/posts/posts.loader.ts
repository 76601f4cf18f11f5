import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import { byKey, groupedByKey, RequestLoaders } from '../../common/dataloader/request-loaders';
import { withEffectiveStatus } from '../articles/article-visibility';
import { Article } from '../articles/article.entity';
import type { SessionRequest } from '../auth/auth-request.util';
import { ContentAccess, ContentRef } from '../content/content-access';
import type { MediaRow } from '../media/media-row';
import { Post, PostPromotion, toPost } from './post.model';
import { PostsRepository } from './posts.repository';

export interface PostImageEntry {
  alt: string;
  media: MediaRow;
}

/**
 * Per-request DataLoaders for post fields, so a page of posts (with shares of articles and posts)
 * costs one statement per kind of field whatever its size.
 */
@Injectable()
export class PostsLoader {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly repo: PostsRepository,
    private readonly access: ContentAccess,
  ) {}

  /** Post rows by id (unfiltered: callers check visibility). */
  post(request: object): DataLoader<string, Post | null> {
    return this.loaders.get(request, 'posts.post', async (ids: readonly string[]) =>
      byKey(ids, (await this.repo.byIds(ids)).map(toPost), (p) => p.id),
    );
  }

  /** A post's images in order, with their media rows. */
  images(request: object): DataLoader<string, PostImageEntry[]> {
    return this.loaders.get(request, 'posts.images', async (postIds: readonly string[]) => {
      const rows = await this.repo.imagesWithMedia(postIds);
      return groupedByKey(postIds, rows, (r) => r.post_id).map((entries) =>
        entries.map(({ post_id: _postId, alt, ...media }) => ({ alt, media })),
      );
    });
  }

  /** The content ref of an item if the viewer may see it (ContentAccess), else null: shares. */
  visible(request: object): DataLoader<string, ContentRef | null> {
    const viewer = (request as SessionRequest).person;
    return this.loaders.get(request, 'posts.visible', async (ids: readonly string[]) => {
      if (!viewer) return ids.map(() => null);
      const visible = await this.access.visible(viewer, ids);
      return ids.map((id) => visible.get(id) ?? null);
    });
  }

  /** Article rows by id (unfiltered). */
  article(request: object): DataLoader<string, Article | null> {
    return this.loaders.get(request, 'posts.article', async (ids: readonly string[]) =>
      byKey(
        ids,
        (await this.repo.articlesByIds(ids)).map((a) => withEffectiveStatus(a)),
        (a) => a.id,
      ),
    );
  }

  /** Where a promoted article came from, by article id. */
  promotion(request: object): DataLoader<string, PostPromotion | null> {
    return this.loaders.get(request, 'posts.promotion', async (articleIds: readonly string[]) => {
      const promotions = (await this.repo.promotions(articleIds)).map((r) =>
        Object.assign(new PostPromotion(), {
          articleId: r.article_id,
          postId: r.post_id,
          originalAuthorId: r.original_author_id,
          promotedById: r.promoted_by,
          promotedAt: r.promoted_at,
        }),
      );
      return byKey(articleIds, promotions, (p) => p.articleId);
    });
  }
}
