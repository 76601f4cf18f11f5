import { Injectable } from '@nestjs/common';
import { hydrateEntities } from '../../database/entity-rows.util';
import { queryPrepared } from '../../database/prepared-statement';
import { readerVisibleSql, viewerKeysCte, withEffectiveStatus } from '../articles/article-visibility';
import { Article } from '../articles/article.entity';
import { Topic } from '../articles/topics/topic.entity';
import {
  Comment,
  CommentJson,
  commentFromJson,
  latestCommentsJsonSql,
  visibleCommentSql,
} from '../comments/comment.model';
import { LATEST_COMMENTS } from '../comments/comments.loader';
import { ContentCounts, countsFromJson } from '../counters/content-counters';
import { countsJsonSql } from '../counters/content-counters.sql';
import { MediaRow, mediaRowFromJson, mediaRowJsonSql } from '../media/media-row';
import { Person } from '../people/person.entity';
import { Post, POST_COLUMNS, PostRow, toPost } from '../posts/post.model';
import { memberSpaceIdsSql, moderatedSpaceIdsArraySql } from '../spaces/spaces.policy';
import { myReactionSql } from '../reactions/reaction.model';
import type { ReactionKind } from '@commons/shared';
import { articleCardColumnsSql, hydrateArticles } from '../articles/utils/article-rows.util';
import { FeedFilter } from './dto/feed.args';
import { isEditorRole } from '@commons/shared';
import { BaseRepository } from '../../database/base.repository';

/**
 * A feed row: the article plus everything its card shows, read in the same statement (the
 * resolver prefetches these values onto the card, so its fields cost no statement or resolver).
 */
export interface FeedItem {
  /** An article (the news feed has only these), or a staff post from one of the viewer's spaces. */
  article: Article | null;
  post: Post | null;
  pinned: boolean;
  acknowledged: boolean;
  unread: boolean;
  author: Person;
  topics: Topic[];
  cover: MediaRow | null;
  counts: Pick<ContentCounts, 'reactions' | 'comments'>;
  myReaction: ReactionKind | null;
  commentsClosed: boolean;
  /** The two newest top-level comments the viewer sees, oldest first, each with its author. */
  latestComments: { comment: Comment; author: Person }[];
}

export interface FeedOptions {
  /** The home feed: also staff posts from the spaces where the viewer is a member, never pinned. */
  withPosts?: boolean;
}

/** Where a page starts: after the row with this key, pinned judged at `asOf` (see FeedService). */
export interface FeedPosition {
  asOf: Date;
  /** The last row of the previous page, or null on the first page. */
  after: { pinned: boolean; publishedAt: string; id: string } | null;
}

/** Microsecond text of a timestamp, in UTC, for the cursor. */
const AT_TEXT = `to_char(feed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * The news feed and the home feed: the viewer's live articles, those pinned (pinned_until after the
 * first page's instant) first, then newest by (published_at, id); the home feed mixes in the posts
 * of the viewer's spaces by (created_at, id). One SQL statement per page, whatever its size: the
 * viewer's audience keys; index-driven branches (pinned; published; scheduled but already due,
 * which the scheduler has not reached yet; posts), each cut at the page size, merged; and per row the
 * card: author, topics, cover, whether the viewer has acknowledged it (at its current version) and
 * whether they have ever opened it, reaction and comment counts, the viewer's reaction and the
 * latest comments. Session lookup plus this: two statements per feed request. The paging rules
 * (cursor, page size) are FeedService's; this is the statement and its rows.
 */
@Injectable()
export class FeedRepository extends BaseRepository {
  /**
   * The page's rows, `first + 1` of them at most (the extra one only says there is a next page), in
   * feed order; read each with item(). One statement, run as a named prepared statement.
   */
  page(
    viewer: Pick<Person, 'id' | 'role'>,
    first: number,
    position: FeedPosition,
    filter: FeedFilter | null | undefined,
    options: FeedOptions = {},
  ): Promise<Record<string, unknown>[]> {
    const cursor = position.after;
    const asOf = position.asOf;
    // The page size (validated: an integer 1…PAGE_SIZE_MAX) goes into the text, not a parameter: the
    // plan is made once per text (queryPrepared), and a LIMIT it cannot see is planned as a tenth of
    // the rows (on the bench data: every post read for a hash join, 5× slower). A statement per page size.
    if (!Number.isInteger(first) || first < 1)
      throw new Error(`feed page size must be a positive integer, got ${first}`);
    const limit = `LIMIT ${first + 1}`;
    // $1 viewer, $2 asOf, $3 whether the viewer sees hidden comments; then filters and the cursor.
    const params: unknown[] = [viewer.id, asOf, isEditorRole(viewer.role)];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };

    const filters: string[] = [readerVisibleSql('a', 'k.units', 'k.location')];
    if (filter?.format) filters.push(`a.format = ${param(filter.format)}`);
    if (filter?.topicId) {
      filters.push(
        `EXISTS (SELECT 1 FROM article_topic t WHERE t.article_id = a.id AND t.topic_id = ${param(filter.topicId)}::uuid)`,
      );
    }
    const pinnedNow = `coalesce(a.pinned_until > $2, false)`;
    // After the cursor in (published_at, id) order, as SQL, for the sort key `at`.
    const after = (at: string, alias = 'a') =>
      `(${at}, ${alias}.id) < (${param(cursor?.publishedAt)}::timestamptz, ${param(cursor?.id)}::uuid)`;
    const where = filters.join(' AND ');

    // `status = 'PUBLISHED'` spelled out in the two big branches, so the partial indexes
    // article_pinned_idx and article_feed_idx drive them. The statement runs on a cached generic
    // plan (queryPrepared), which guesses `pinned_until > $2` true for a third of all articles;
    // `IS NOT NULL` tells it how few are pinned, or it walks the whole feed index for them.
    const branches: string[] = [];
    if (!cursor || cursor.pinned) {
      branches.push(`(SELECT 'ARTICLE' AS feed_kind, a.id, true AS feed_pinned, a.published_at AS feed_at FROM article a, viewer_keys k
         WHERE a.status = 'PUBLISHED' AND a.pinned_until IS NOT NULL AND a.pinned_until > $2 AND ${where} AND ${cursor ? after('a.published_at') : 'TRUE'}
         ORDER BY a.published_at DESC, a.id DESC ${limit})`);
    }
    branches.push(`(SELECT 'ARTICLE' AS feed_kind, a.id, false AS feed_pinned, a.published_at AS feed_at FROM article a, viewer_keys k
       WHERE a.status = 'PUBLISHED' AND NOT ${pinnedNow} AND ${where} AND ${cursor?.pinned === false ? after('a.published_at') : 'TRUE'}
       ORDER BY a.published_at DESC, a.id DESC ${limit})`);
    // Scheduled and due, not yet published by the scheduler (seconds at most): pinned or not, few rows.
    const dueAfter = !cursor
      ? 'TRUE'
      : cursor.pinned
        ? `(NOT ${pinnedNow} OR ${after('a.publish_at')})`
        : `(NOT ${pinnedNow} AND ${after('a.publish_at')})`;
    branches.push(`(SELECT 'ARTICLE' AS feed_kind, a.id, ${pinnedNow} AS feed_pinned, a.publish_at AS feed_at FROM article a, viewer_keys k
       WHERE a.status = 'SCHEDULED' AND a.publish_at <= now() AND ${where} AND ${dueAfter}
       ORDER BY feed_pinned DESC, a.publish_at DESC, a.id DESC ${limit})`);

    if (options.withPosts) {
      // Live posts of the viewer's spaces (hidden ones stay on the space page, for their author and moderators).
      // Per space (LATERAL): each walks post_space_feed_idx newest first and stops after a page;
      // one scan over every member space's posts would read and sort them all.
      branches.push(`(SELECT 'POST' AS feed_kind, p.id, false AS feed_pinned, p.created_at AS feed_at
         FROM ${memberSpaceIdsSql('$1')} member_space(space_id)
         CROSS JOIN LATERAL (
           SELECT p.id, p.created_at FROM post p
            WHERE p.space_id = member_space.space_id AND p.deleted_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM content_item h WHERE h.id = p.id AND h.hidden_at IS NOT NULL)
              AND ${cursor?.pinned === false ? after('p.created_at', 'p') : 'TRUE'}
            ORDER BY p.created_at DESC, p.id DESC ${limit}) p
         ORDER BY p.created_at DESC, p.id DESC ${limit})`);
    }
    // The news feed has no posts: no post join or columns to plan and send.
    const postColumns = options.withPosts
      ? POST_COLUMNS.split(', ')
          .map((c) => `p.${c} AS post_${c}`)
          .join(', ')
      : `NULL AS post_id`;
    const postJoin = options.withPosts
      ? `LEFT JOIN post p ON page.feed_kind = 'POST' AND p.id = page.id`
      : '';
    const authorId = options.withPosts ? 'coalesce(a.author_id, p.author_id)' : 'a.author_id';

    return queryPrepared(
      this.dataSource,
      `WITH RECURSIVE ${viewerKeysCte('$1')},
       page AS (
         ${branches.join('\nUNION ALL\n')}
         ORDER BY feed_pinned DESC, feed_at DESC, id DESC ${limit}
       )
       SELECT page.feed_kind, page.feed_pinned, ${AT_TEXT} AS feed_at_text,
              ${articleCardColumnsSql(this.dataSource, 'a')}, ${postColumns},
              EXISTS (SELECT 1 FROM article_acknowledgement k
                       WHERE k.article_id = a.id AND k.version = a.ack_version AND k.person_id = $1) AS feed_acknowledged,
              NOT EXISTS (SELECT 1 FROM content_view v WHERE v.person_id = $1 AND v.content_id = page.id) AS feed_unread,
              row_to_json(au) AS feed_author,
              (SELECT coalesce(json_agg(row_to_json(t) ORDER BY t.name_sv, t.id), '[]')
                 FROM article_topic x JOIN topic t ON t.id = x.topic_id WHERE x.article_id = a.id) AS feed_topics,
              CASE WHEN m.id IS NOT NULL THEN ${mediaRowJsonSql('m')} END AS feed_cover,
              ${countsJsonSql('page.id')} AS feed_counts,
              ${myReactionSql('page.id', '$1')} AS feed_my_reaction,
              item.comments_closed_at IS NOT NULL AS feed_comments_closed,
              ${latestCommentsJsonSql('page.id', LATEST_COMMENTS, visibleCommentSql('$1', '$3', options.withPosts ? moderatedSpaceIdsArraySql('$1') : "'{}'"))}
                AS feed_latest_comments
         FROM page
         JOIN content_item item ON item.id = page.id
         LEFT JOIN article a ON page.feed_kind = 'ARTICLE' AND a.id = page.id
         ${postJoin}
         JOIN person au ON au.id = ${authorId}
         LEFT JOIN media m ON m.id = a.cover_media_id
        ORDER BY page.feed_pinned DESC, page.feed_at DESC, page.id DESC`,
      params,
    );
  }

  /** One row of page() as the card's values: the row's own columns and the JSON it built. */
  item(row: Record<string, unknown>): FeedItem {
    return {
      // A due scheduled article is shown as what it is about to become.
      article:
        row.feed_kind === 'ARTICLE' ? withEffectiveStatus(hydrateArticles(this.dataSource, [row])[0]) : null,
      post: row.feed_kind === 'POST' ? toPost(postRowOf(row)) : null,
      pinned: row.feed_pinned as boolean,
      acknowledged: row.feed_acknowledged as boolean,
      unread: row.feed_unread as boolean,
      author: hydrateEntities(this.dataSource, Person, [row.feed_author as Record<string, unknown>])[0],
      topics: hydrateEntities(this.dataSource, Topic, row.feed_topics as Record<string, unknown>[]),
      cover: row.feed_cover
        ? mediaRowFromJson(row.feed_cover as Parameters<typeof mediaRowFromJson>[0])
        : null,
      counts: countsFromJson(row.feed_counts as Record<string, number>),
      myReaction: row.feed_my_reaction as ReactionKind | null,
      commentsClosed: row.feed_comments_closed as boolean,
      latestComments: (row.feed_latest_comments as CommentJson[]).map((json) => ({
        comment: commentFromJson(json),
        author: hydrateEntities(this.dataSource, Person, [json.author])[0],
      })),
    };
  }

  /** Of these articles, the ids the person has opened on any day (one statement for a page). */
  async viewedIds(personId: string, ids: readonly string[]): Promise<string[]> {
    const rows: { content_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT content_id FROM content_view WHERE person_id = $1 AND content_id = ANY($2::uuid[])`,
      [personId, ids],
    );
    return rows.map((r) => r.content_id);
  }

  /** Today's view of an article; once per person, article and day. */
  async recordView(personId: string, articleId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO content_view (person_id, content_id, day) VALUES ($1, $2, current_date) ON CONFLICT DO NOTHING`,
      [personId, articleId],
    );
  }
}

/** The post columns of a feed row (selected as post_<column>). */
function postRowOf(row: Record<string, unknown>): PostRow {
  return Object.fromEntries(POST_COLUMNS.split(', ').map((c) => [c, row[`post_${c}`]])) as unknown as PostRow;
}
