import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { isEditorRole } from '../articles/article-visibility';
import type { SessionRequest } from '../auth/auth-request.util';
import { ContentAccess } from '../content/content-access';
import { Comment, COMMENT_COLUMNS, CommentConnection, CommentRow, toComment } from './comment.model';
import { decodeCommentCursor, encodeCommentCursor } from './comments.cursor.util';

export interface CommentPageKey {
  targetId: string;
  first: number;
  after: string | null;
}

export interface CommentLoaders {
  /** Top-level comments of an item, oldest first; one statement per distinct (first, after) in a request. */
  page: DataLoader<CommentPageKey, CommentConnection, string>;
  /** The two newest top-level comments of an item (not removed), oldest of the two first: for feed cards. */
  latest: DataLoader<string, Comment[]>;
  /** Replies to a top-level comment, oldest first. */
  replies: DataLoader<string, Comment[]>;
  /** Comments by id, whatever their state: for callers that have already decided the viewer may see them. */
  byId: DataLoader<string, Comment | null>;
  /** Whether the viewer may moderate a comment (editors: all; space moderators: their space's). */
  mayModerate: DataLoader<Comment, boolean>;
}

export const LATEST_COMMENTS = 2;

/**
 * Per-request loaders for comment lists, so a page of N items costs the same statements as one.
 * Hidden (moderated) comments are listed for their author and editors only; to everyone else they
 * are gone (with their replies). Removed comments stay as placeholders in threads.
 */
@Injectable()
export class CommentLoaderFactory {
  private readonly byRequest = new WeakMap<object, CommentLoaders>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ContentAccess,
  ) {}

  for(req: SessionRequest): CommentLoaders {
    let loaders = this.byRequest.get(req);
    if (!loaders) {
      const viewer = req.person;
      const personId = viewer?.id ?? null;
      const showHidden = viewer ? isEditorRole(viewer.role) : false;
      loaders = {
        page: new DataLoader((keys) => this.loadPages(keys, personId, showHidden), { cacheKeyFn: (k) => JSON.stringify([k.targetId, k.first, k.after]) }),
        latest: new DataLoader((ids) => this.loadLatest(ids, personId, showHidden)),
        replies: new DataLoader((ids) => this.loadReplies(ids, personId, showHidden)),
        byId: new DataLoader(async (ids) => {
          const rows: CommentRow[] = await this.dataSource.query(
            `SELECT ${COMMENT_COLUMNS} FROM comment c JOIN content_item ci ON ci.id = c.id WHERE c.id = ANY($1::uuid[])`,
            [ids],
          );
          const byId = new Map(rows.map((r) => [r.id, toComment(r)]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
        mayModerate: new DataLoader(
          async (comments) => {
            if (!viewer) return comments.map(() => false);
            const refs = comments.map((c) => ({ id: c.id, kind: 'COMMENT' as const, authorId: c.authorId, spaceId: c.spaceId, hiddenAt: c.hiddenAt }));
            const ids = await this.access.moderatable(viewer, refs);
            return comments.map((c) => ids.has(c.id));
          },
          { cacheKeyFn: (c) => c.id },
        ),
      };
      this.byRequest.set(req, loaders);
    }
    return loaders;
  }

  private async loadPages(keys: readonly CommentPageKey[], personId: string | null, showHidden: boolean): Promise<CommentConnection[]> {
    const groups = new Map<string, CommentPageKey[]>();
    for (const key of keys) {
      const group = JSON.stringify([key.first, key.after]);
      groups.set(group, [...(groups.get(group) ?? []), key]);
    }
    const results = new Map<CommentPageKey, CommentConnection>();
    for (const group of groups.values()) {
      const { first, after } = group[0];
      const afterId = after ? decodeCommentCursor(after) : null;
      const rows: CommentRow[] = await this.dataSource.query(
        `SELECT p.* FROM unnest($1::uuid[]) AS t(id)
         CROSS JOIN LATERAL (
           SELECT ${COMMENT_COLUMNS} FROM comment c JOIN content_item ci ON ci.id = c.id
            WHERE c.target_id = t.id AND c.parent_id IS NULL
              AND (ci.hidden_at IS NULL OR c.author_id = $2 OR $3)
              AND ($4::uuid IS NULL OR (c.created_at, c.id) > (SELECT a.created_at, a.id FROM comment a WHERE a.id = $4))
            ORDER BY c.created_at, c.id
            LIMIT $5
         ) p`,
        [group.map((k) => k.targetId), personId, showHidden, afterId, first + 1],
      );
      for (const key of group) {
        const mine = rows.filter((r) => r.target_id === key.targetId);
        const edges = mine.slice(0, first).map((r) => ({ node: toComment(r), cursor: encodeCommentCursor(r.id) }));
        results.set(key, { edges, pageInfo: { hasNextPage: mine.length > first, endCursor: edges.at(-1)?.cursor ?? null } });
      }
    }
    return keys.map((key) => results.get(key) as CommentConnection);
  }

  private async loadLatest(ids: readonly string[], personId: string | null, showHidden: boolean): Promise<Comment[][]> {
    const rows: CommentRow[] = await this.dataSource.query(
      `SELECT p.* FROM unnest($1::uuid[]) AS t(id)
       CROSS JOIN LATERAL (
         SELECT ${COMMENT_COLUMNS} FROM comment c JOIN content_item ci ON ci.id = c.id
          WHERE c.target_id = t.id AND c.parent_id IS NULL AND c.deleted_at IS NULL
            AND (ci.hidden_at IS NULL OR c.author_id = $2 OR $3)
          ORDER BY c.created_at DESC, c.id DESC
          LIMIT ${LATEST_COMMENTS}
       ) p`,
      [ids, personId, showHidden],
    );
    return ids.map((id) => rows.filter((r) => r.target_id === id).reverse().map(toComment));
  }

  private async loadReplies(parentIds: readonly string[], personId: string | null, showHidden: boolean): Promise<Comment[][]> {
    const rows: CommentRow[] = await this.dataSource.query(
      `SELECT ${COMMENT_COLUMNS} FROM comment c JOIN content_item ci ON ci.id = c.id
        WHERE c.parent_id = ANY($1::uuid[]) AND (ci.hidden_at IS NULL OR c.author_id = $2 OR $3)
        ORDER BY c.created_at, c.id`,
      [parentIds, personId, showHidden],
    );
    return parentIds.map((id) => rows.filter((r) => r.parent_id === id).map(toComment));
  }
}
