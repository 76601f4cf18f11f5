import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { BaseRepository } from '../../database/base.repository';
import { returning } from '../../database/returning.util';
import { Article } from '../articles/article.entity';
import { mediaColumnsSql, MediaRow } from '../media/media-row';
import { spaceContentVisibleSql } from '../spaces/spaces.policy';
import { postColumns, PostRow, POST_COLUMNS } from './post.model';

/** A post's image as stored: the media it shows and its alt text, in order. */
export interface PostImageRow {
  media_id: string;
  alt: string;
}

export interface PostPromotionRow {
  article_id: string;
  post_id: string;
  original_author_id: string;
  promoted_by: string;
  promoted_at: Date;
}

/**
 * Where posts, their images, shares and promotions reach PostgreSQL. The lists are one statement
 * whatever the page size; writes take the caller's transaction manager.
 */
@Injectable()
export class PostsRepository extends BaseRepository {
  /**
   * The pool's manager, for another module's method that takes one outside a transaction
   * (SpacesService.context reads a space for a list).
   */
  get reader(): EntityManager {
    return this.db();
  }

  // --- one post ----------------------------------------------------------------------------------

  async byId(id: string, manager?: EntityManager): Promise<PostRow | undefined> {
    const [row]: PostRow[] = await this.db(manager).query(`SELECT ${POST_COLUMNS} FROM post WHERE id = $1`, [
      id,
    ]);
    return row;
  }

  /** The post row locked for a write (FOR UPDATE); undefined if there is none. */
  async locked(manager: EntityManager, id: string): Promise<PostRow | undefined> {
    const [row]: PostRow[] = await manager.query(
      `SELECT ${POST_COLUMNS} FROM post WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  /** The content item and its post row (two statements: the post takes the item's id and time). */
  async insert(
    manager: EntityManager,
    post: {
      spaceId: string;
      authorId: string;
      bodyHtml: string;
      link: string | null;
      sharedItemId: string | null;
    },
  ): Promise<PostRow> {
    const [item]: { id: string; created_at: Date }[] = await manager.query(
      `INSERT INTO content_item (kind, author_id, space_id) VALUES ('POST', $1, $2) RETURNING id, created_at`,
      [post.authorId, post.spaceId],
    );
    const [row]: PostRow[] = await manager.query(
      `INSERT INTO post (id, space_id, author_id, body_html, link_url, shared_item_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${POST_COLUMNS}`,
      [item.id, post.spaceId, post.authorId, post.bodyHtml, post.link, post.sharedItemId, item.created_at],
    );
    return row;
  }

  async updateContent(
    manager: EntityManager,
    id: string,
    bodyHtml: string,
    link: string | null,
  ): Promise<PostRow> {
    const [row] = await returning<PostRow>(
      manager,
      `UPDATE post SET body_html = $2, link_url = $3, edited_at = now() WHERE id = $1 RETURNING ${POST_COLUMNS}`,
      [id, bodyHtml, link],
    );
    return row;
  }

  /** Soft delete: the row stays (shares then show "no longer available"); text, link and featuring go. */
  async markDeleted(manager: EntityManager, id: string, byId: string): Promise<void> {
    await manager.query(
      `UPDATE post SET deleted_at = now(), deleted_by = $2, body_html = '', link_url = NULL, featured_at = NULL, featured_by = NULL WHERE id = $1`,
      [id, byId],
    );
  }

  async setFeatured(manager: EntityManager, id: string, featured: boolean, byId: string): Promise<PostRow> {
    const [row] = await returning<PostRow>(
      manager,
      `UPDATE post SET featured_at = CASE WHEN $2 THEN now() END, featured_by = CASE WHEN $2 THEN $3::uuid END WHERE id = $1 RETURNING ${POST_COLUMNS}`,
      [id, featured, byId],
    );
    return row;
  }

  async hasPoll(manager: EntityManager, id: string): Promise<boolean> {
    const [{ has_poll }]: { has_poll: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM poll WHERE post_id = $1) AS has_poll`,
      [id],
    );
    return has_poll;
  }

  // --- images ------------------------------------------------------------------------------------

  /** A post's images in order. */
  images(manager: EntityManager, postId: string): Promise<PostImageRow[]> {
    return manager.query(`SELECT media_id, alt FROM post_image WHERE post_id = $1 ORDER BY position`, [
      postId,
    ]);
  }

  async insertImages(
    manager: EntityManager,
    postId: string,
    images: { mediaId: string; alt: string }[],
  ): Promise<void> {
    if (images.length === 0) return;
    await manager.query(
      `INSERT INTO post_image (post_id, position, media_id, alt)
       SELECT $1, i.ord - 1, i.media_id, i.alt FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS i(media_id, alt, ord)`,
      [postId, images.map((i) => i.mediaId), images.map((i) => i.alt)],
    );
  }

  async deleteImages(manager: EntityManager, postId: string): Promise<void> {
    await manager.query(`DELETE FROM post_image WHERE post_id = $1`, [postId]);
  }

  // --- lists -------------------------------------------------------------------------------------

  /**
   * A space's posts, newest first, after the post `afterId` (keyset by (created_at, id)); hidden ones
   * only for their author, or for everyone when `seesHidden`.
   */
  spacePosts(
    spaceId: string,
    viewerId: string,
    seesHidden: boolean,
    afterId: string | null,
    limit: number,
  ): Promise<PostRow[]> {
    const params: unknown[] = [spaceId, viewerId, seesHidden];
    let after = '';
    if (afterId) {
      params.push(afterId);
      after = `AND (p.created_at, p.id) < (SELECT c.created_at, c.id FROM post c WHERE c.id = $${params.length})`;
    }
    params.push(limit);
    return this.db().query(
      `SELECT ${postColumns('p')} FROM post p JOIN content_item ci ON ci.id = p.id
        WHERE p.space_id = $1 AND p.deleted_at IS NULL AND (ci.hidden_at IS NULL OR p.author_id = $2 OR $3)
          ${after}
        ORDER BY p.created_at DESC, p.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  /** Featured posts the viewer may see, most recently featured first, after the post `afterId`. */
  featured(viewerId: string, afterId: string | null, limit: number): Promise<PostRow[]> {
    const params: unknown[] = [viewerId];
    let after = '';
    if (afterId) {
      params.push(afterId);
      after = `AND (p.featured_at, p.id) < (SELECT c.featured_at, c.id FROM post c WHERE c.id = $${params.length} AND c.featured_at IS NOT NULL)`;
    }
    params.push(limit);
    return this.db().query(
      `SELECT ${postColumns('p')} FROM post p JOIN content_item ci ON ci.id = p.id JOIN space s ON s.id = p.space_id
        WHERE p.featured_at IS NOT NULL AND p.deleted_at IS NULL AND ci.hidden_at IS NULL AND ${spaceContentVisibleSql('s', '$1')}
          ${after}
        ORDER BY p.featured_at DESC, p.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  // --- visibility (PostContentAccess) ------------------------------------------------------------

  /** Of these posts, those not deleted in a space whose content the viewer may see. */
  async visibleIds(ids: readonly string[], viewerId: string, manager?: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await this.db(manager).query(
      `SELECT p.id FROM post p JOIN space s ON s.id = p.space_id
        WHERE p.id = ANY($1::uuid[]) AND p.deleted_at IS NULL AND ${spaceContentVisibleSql('s', '$2')}`,
      [ids, viewerId],
    );
    return rows.map((r) => r.id);
  }

  // --- curation ----------------------------------------------------------------------------------

  /** The article a post became, if it was promoted. */
  async promotedArticleId(manager: EntityManager, postId: string): Promise<string | null> {
    const [row]: { article_id: string }[] = await manager.query(
      `SELECT article_id FROM post_promotion WHERE post_id = $1`,
      [postId],
    );
    return row?.article_id ?? null;
  }

  /** The names attribution uses: the post's author and space. */
  async sourceNames(
    manager: EntityManager,
    authorId: string,
    spaceId: string,
  ): Promise<{ author_name: string; space_name: string }> {
    const [source]: { author_name: string; space_name: string }[] = await manager.query(
      `SELECT a.display_name AS author_name, s.name AS space_name FROM person a, space s WHERE a.id = $1 AND s.id = $2`,
      [authorId, spaceId],
    );
    return source;
  }

  async recordPromotion(
    manager: EntityManager,
    promotion: { articleId: string; postId: string; originalAuthorId: string; promotedById: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO post_promotion (article_id, post_id, original_author_id, promoted_by) VALUES ($1, $2, $3, $4)`,
      [promotion.articleId, promotion.postId, promotion.originalAuthorId, promotion.promotedById],
    );
  }

  // --- batches (PostsLoader) ---------------------------------------------------------------------

  byIds(ids: readonly string[]): Promise<PostRow[]> {
    return this.db().query(`SELECT ${POST_COLUMNS} FROM post WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** The images of these posts with their media rows, in order per post. */
  imagesWithMedia(postIds: readonly string[]): Promise<(MediaRow & { post_id: string; alt: string })[]> {
    return this.db().query(
      `SELECT i.post_id, i.alt, ${mediaColumnsSql('m')}
         FROM post_image i JOIN media m ON m.id = i.media_id
        WHERE i.post_id = ANY($1::uuid[])
        ORDER BY i.post_id, i.position`,
      [postIds],
    );
  }

  /** Articles by id, unfiltered (shared articles; callers check visibility). */
  articlesByIds(ids: readonly string[]): Promise<Article[]> {
    return this.dataSource.getRepository(Article).findBy({ id: In([...ids]) });
  }

  promotions(articleIds: readonly string[]): Promise<PostPromotionRow[]> {
    return this.db().query(
      `SELECT article_id, post_id, original_author_id, promoted_by, promoted_at FROM post_promotion WHERE article_id = ANY($1::uuid[])`,
      [articleIds],
    );
  }
}
