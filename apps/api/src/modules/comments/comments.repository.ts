import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BaseRepository } from '../../database/base.repository';
import { returning } from '../../database/returning.util';
import { personSeesArticleSql } from '../articles/article-visibility';
import type { ContentRef } from '../content/content-access';
import { likePattern } from '../people/like-pattern.util';
import { Person } from '../people/person.entity';
import { spaceContentVisibleSql } from '../spaces/spaces.policy';
import { COMMENT_COLUMNS, CommentRow, visibleCommentSql } from './comment.model';

/** Whose hidden comments a viewer sees besides their own: everyone's (editors) or those in spaces they moderate. */
export interface HiddenScope {
  personId: string | null;
  all: boolean;
  spaceIds: string[];
}

/** What a new comment is: the content item and its comment row. */
export interface NewComment {
  authorId: string;
  spaceId: string | null;
  targetId: string;
  parentId: string | null;
  bodyHtml: string;
}

/**
 * Where comments and mentions reach PostgreSQL. A thread page, the latest comments and replies are
 * one statement each for every item of a request; addComment without mentions is one statement.
 */
@Injectable()
export class CommentsRepository extends BaseRepository {
  // --- reading -----------------------------------------------------------------------------------

  /** Comments by id, whatever their state, in no particular order. */
  byIds(ids: readonly string[]): Promise<CommentRow[]> {
    return this.db().query(
      `SELECT ${COMMENT_COLUMNS} FROM comment c JOIN content_item ci ON ci.id = c.id WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** One comment, locked for a write when `lock`; undefined if there is none. */
  async byId(id: string, lock = false, manager?: EntityManager): Promise<CommentRow | undefined> {
    const [row]: CommentRow[] = await this.db(manager).query(
      `SELECT ${COMMENT_COLUMNS} FROM comment c JOIN content_item ci ON ci.id = c.id WHERE c.id = $1 ${lock ? 'FOR UPDATE OF c' : ''}`,
      [id],
    );
    return row;
  }

  /** Where a comment hangs: its item and its parent (null for a top-level comment). */
  async placeOf(
    id: string,
    manager?: EntityManager,
  ): Promise<{ target_id: string; parent_id: string | null } | undefined> {
    const [row]: { target_id: string; parent_id: string | null }[] = await this.db(manager).query(
      `SELECT target_id, parent_id FROM comment WHERE id = $1`,
      [id],
    );
    return row;
  }

  /** Of these comments, those not removed, with the item each is on. */
  live(ids: readonly string[], manager?: EntityManager): Promise<{ id: string; target_id: string }[]> {
    return this.db(manager).query(
      `SELECT id, target_id FROM comment WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL`,
      [ids],
    );
  }

  /**
   * Top-level comments of each item, oldest first, after the comment `afterId` (keyset by
   * (created_at, id)), at most `limit` per item, with `withheld` set. A comment the viewer may not
   * see is listed (withheld) while a reply they see, not removed, hangs on it.
   */
  threadPages(
    targetIds: readonly string[],
    scope: HiddenScope,
    afterId: string | null,
    limit: number,
  ): Promise<CommentRow[]> {
    const visible = visibleCommentSql('$2', '$3', '$4');
    const visibleReply = `EXISTS (SELECT 1 FROM comment r JOIN content_item rci ON rci.id = r.id
        WHERE r.parent_id = c.id AND r.deleted_at IS NULL AND ${visibleCommentSql('$2', '$3', '$4', 'r', 'rci')})`;
    return this.db().query(
      `SELECT p.* FROM unnest($1::uuid[]) AS t(id)
         CROSS JOIN LATERAL (
           SELECT ${COMMENT_COLUMNS}, NOT coalesce(${visible}, false) AS withheld FROM comment c JOIN content_item ci ON ci.id = c.id
            WHERE c.target_id = t.id AND c.parent_id IS NULL
              AND (${visible} OR ${visibleReply})
              AND ($5::uuid IS NULL OR (c.created_at, c.id) > (SELECT a.created_at, a.id FROM comment a WHERE a.id = $5))
            ORDER BY c.created_at, c.id
            LIMIT $6
         ) p`,
      [targetIds, scope.personId, scope.all, scope.spaceIds, afterId, limit],
    );
  }

  /** The `limit` newest top-level comments of each item the viewer sees (not removed), newest first. */
  latest(targetIds: readonly string[], scope: HiddenScope, limit: number): Promise<CommentRow[]> {
    return this.db().query(
      `SELECT p.* FROM unnest($1::uuid[]) AS t(id)
       CROSS JOIN LATERAL (
         SELECT ${COMMENT_COLUMNS} FROM comment c JOIN content_item ci ON ci.id = c.id
          WHERE c.target_id = t.id AND c.parent_id IS NULL AND c.deleted_at IS NULL
            AND ${visibleCommentSql('$2', '$3', '$4')}
          ORDER BY c.created_at DESC, c.id DESC
          LIMIT ${limit}
       ) p`,
      [targetIds, scope.personId, scope.all, scope.spaceIds],
    );
  }

  /** The replies the viewer sees to these top-level comments, oldest first. */
  replies(parentIds: readonly string[], scope: HiddenScope): Promise<CommentRow[]> {
    return this.db().query(
      `SELECT ${COMMENT_COLUMNS} FROM comment c JOIN content_item ci ON ci.id = c.id
        WHERE c.parent_id = ANY($1::uuid[]) AND ${visibleCommentSql('$2', '$3', '$4')}
        ORDER BY c.created_at, c.id`,
      [parentIds, scope.personId, scope.all, scope.spaceIds],
    );
  }

  // --- writing -----------------------------------------------------------------------------------

  /** The content item and its comment row in one statement (one round trip fewer per comment). */
  async insert(comment: NewComment, manager?: EntityManager): Promise<{ id: string; created_at: Date }> {
    const [item]: { id: string; created_at: Date }[] = await this.db(manager).query(
      `WITH item AS (
           INSERT INTO content_item (kind, author_id, space_id) VALUES ('COMMENT', $1, $2) RETURNING id, created_at
         )
         INSERT INTO comment (id, target_id, parent_id, author_id, body_html, created_at)
         SELECT item.id, $3, $4, $1, $5, item.created_at FROM item
         RETURNING id, created_at`,
      [comment.authorId, comment.spaceId, comment.targetId, comment.parentId, comment.bodyHtml],
    );
    return item;
  }

  /** Keeps the earlier text in comment_revision, then writes the new one (marked edited). */
  async edit(
    manager: EntityManager,
    id: string,
    before: { bodyHtml: string; writtenAt: Date },
    bodyHtml: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO comment_revision (comment_id, body_html, written_at) VALUES ($1, $2, $3)`,
      [id, before.bodyHtml, before.writtenAt],
    );
    await manager.query(`UPDATE comment SET body_html = $2, edited_at = now() WHERE id = $1`, [id, bodyHtml]);
  }

  /** The text goes, the row stays as a placeholder. */
  async markRemoved(manager: EntityManager, id: string, byId: string): Promise<void> {
    await manager.query(
      `UPDATE comment SET body_html = '', deleted_at = now(), deleted_by = $2 WHERE id = $1`,
      [id, byId],
    );
  }

  /** Closes or reopens comments on an item; true when that changed anything. */
  async setCommentsClosed(
    manager: EntityManager,
    targetId: string,
    closed: boolean,
    byId: string,
  ): Promise<boolean> {
    const changed = await returning<{ id: string }>(
      manager,
      `UPDATE content_item SET comments_closed_at = CASE WHEN $2 THEN now() END, comments_closed_by = CASE WHEN $2 THEN $3::uuid END
          WHERE id = $1 AND (comments_closed_at IS NOT NULL) <> $2 RETURNING id`,
      [targetId, closed, byId],
    );
    return changed.length > 0;
  }

  // --- mentions ----------------------------------------------------------------------------------

  /** Of these people, the active ones. */
  activePeople(ids: readonly string[], manager?: EntityManager): Promise<Person[]> {
    return this.db(manager)
      .getRepository(Person)
      .createQueryBuilder('p')
      .where('p.id = ANY(:ids) AND p.deactivated_at IS NULL', { ids })
      .getMany();
  }

  /** Makes `mention` for this content exactly `personIds`. */
  async replaceMentions(
    manager: EntityManager,
    contentId: string,
    personIds: readonly string[],
  ): Promise<void> {
    await manager.query(`DELETE FROM mention WHERE content_id = $1 AND NOT (person_id = ANY($2::uuid[]))`, [
      contentId,
      personIds,
    ]);
    if (personIds.length > 0) {
      await manager.query(
        `INSERT INTO mention (content_id, person_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [contentId, personIds],
      );
    }
  }

  /**
   * Active people whose name contains `term`, those starting with it first, whom a mention under
   * `target` (id `targetId`) can reach; all of them without a target. One statement.
   */
  mentionCandidates(
    term: string,
    first: number,
    target: ContentRef | null,
    targetId: string | null,
  ): Promise<Person[]> {
    return this.dataSource
      .getRepository(Person)
      .createQueryBuilder('p')
      .where('p.deactivated_at IS NULL AND p.display_name ILIKE :q', { q: likePattern(term) })
      .andWhere(reachSql(target), { targetId, spaceId: target?.spaceId ?? null })
      .orderBy(`CASE WHEN p.display_name ILIKE :prefix THEN 0 ELSE 1 END`)
      .addOrderBy('p.display_name')
      .addOrderBy('p.id')
      .setParameter('prefix', `${likePattern(term).slice(1)}`)
      .limit(first)
      .getMany();
  }
}

/**
 * Who a mention under `target` can reach, over person `p`: under a post in a space, those who may
 * see the space's content; under news, the article's audience with its author and the editors.
 */
function reachSql(target: ContentRef | null): string {
  if (target === null) return 'TRUE';
  if (target.spaceId !== null)
    return `EXISTS (SELECT 1 FROM space s WHERE s.id = :spaceId AND ${spaceContentVisibleSql('s', 'p.id')})`;
  // News: the article itself, or the one a comment (a reply's parent) is on.
  return personSeesArticleSql(
    `coalesce((SELECT c.target_id FROM comment c WHERE c.id = :targetId), CAST(:targetId AS uuid))`,
    'p',
  );
}
