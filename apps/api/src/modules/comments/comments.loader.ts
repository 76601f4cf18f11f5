import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { SessionRequest } from '../auth/auth-request.util';
import type { Person } from '../people/person.entity';
import { ContentAccess } from '../content/content-access';
import {
  Comment,
  COMMENT_COLUMNS,
  CommentConnection,
  CommentRow,
  toComment,
  visibleCommentSql,
} from './comment.model';
import { decodeCommentCursor, encodeCommentCursor } from './comments.cursor.util';
import { isEditorRole } from '@commons/shared';

/** An item (or top-level comment) whose comments are listed, with its space (null for news). */
export interface CommentListKey {
  id: string;
  spaceId: string | null;
}

export interface CommentPageKey extends CommentListKey {
  first: number;
  after: string | null;
}

/** Whose hidden comments a viewer sees besides their own: everyone's (editors) or those in spaces they moderate. */
interface HiddenScope {
  personId: string | null;
  all: boolean;
  spaceIds: string[];
}

export interface CommentLoaders {
  /** Top-level comments of an item, oldest first; one statement per distinct (first, after) in a request. */
  page: DataLoader<CommentPageKey, CommentConnection, string>;
  /** The two newest top-level comments of an item (not removed), oldest of the two first: for feed cards. */
  latest: DataLoader<CommentListKey, Comment[], string>;
  /** Replies to a top-level comment (by its id and space), oldest first. */
  replies: DataLoader<CommentListKey, Comment[], string>;
  /** Comments by id, whatever their state: for callers that have already decided the viewer may see them. */
  byId: DataLoader<string, Comment | null>;
  /** Whether the viewer may moderate a comment (editors: all; space moderators: their space's). */
  mayModerate: DataLoader<Comment, boolean>;
}

export const LATEST_COMMENTS = 2;

/**
 * Per-request loaders for comment lists, so a page of N items costs the same statements as one.
 * Hidden (moderated) comments are listed for their author and their moderators (editors; a space's
 * moderators in their space) only. To everyone else they are gone, except a hidden top-level comment
 * with replies they see: it stays as a withheld placeholder, so moderating one comment does not take
 * others' replies with it. Removed comments stay as placeholders in threads.
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
      const scope = (keys: readonly CommentListKey[]) => this.hiddenScope(viewer, keys);
      loaders = {
        page: new DataLoader(async (keys) => this.loadPages(keys, await scope(keys)), {
          cacheKeyFn: (k) => JSON.stringify([k.id, k.first, k.after]),
        }),
        latest: new DataLoader(async (keys) => this.loadLatest(keys, await scope(keys)), {
          cacheKeyFn: (k) => k.id,
        }),
        replies: new DataLoader(async (keys) => this.loadReplies(keys, await scope(keys)), {
          cacheKeyFn: (k) => k.id,
        }),
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
            const ids = await this.access.moderatable(viewer, comments);
            return comments.map((c) => ids.has(c.id));
          },
          { cacheKeyFn: (c) => c.id },
        ),
      };
      this.byRequest.set(req, loaders);
    }
    return loaders;
  }

  /** Editors see every hidden comment; others those in the spaces they moderate (asked only when there are spaces). */
  private async hiddenScope(
    viewer: Person | undefined,
    keys: readonly CommentListKey[],
  ): Promise<HiddenScope> {
    if (!viewer) return { personId: null, all: false, spaceIds: [] };
    if (isEditorRole(viewer.role)) return { personId: viewer.id, all: true, spaceIds: [] };
    const spaceIds = [...new Set(keys.map((k) => k.spaceId).filter((id): id is string => id !== null))];
    if (spaceIds.length === 0) return { personId: viewer.id, all: false, spaceIds: [] };
    // One stand-in per space: moderatable() decides by space, so it answers "which of these spaces".
    const refs = spaceIds.map((id) => ({ id, spaceId: id }));
    return { personId: viewer.id, all: false, spaceIds: [...(await this.access.moderatable(viewer, refs))] };
  }

  private async loadPages(keys: readonly CommentPageKey[], scope: HiddenScope): Promise<CommentConnection[]> {
    const groups = new Map<string, CommentPageKey[]>();
    for (const key of keys) {
      const group = JSON.stringify([key.first, key.after]);
      groups.set(group, [...(groups.get(group) ?? []), key]);
    }
    const results = new Map<CommentPageKey, CommentConnection>();
    for (const group of groups.values()) {
      const { first, after } = group[0];
      const afterId = after ? decodeCommentCursor(after) : null;
      const visible = visibleCommentSql('$2', '$3', '$4');
      // A comment the viewer may not see is listed (withheld) while a reply they see, not removed, hangs on it.
      const visibleReply = `EXISTS (SELECT 1 FROM comment r JOIN content_item rci ON rci.id = r.id
        WHERE r.parent_id = c.id AND r.deleted_at IS NULL AND ${visibleCommentSql('$2', '$3', '$4', 'r', 'rci')})`;
      const rows: CommentRow[] = await this.dataSource.query(
        `SELECT p.* FROM unnest($1::uuid[]) AS t(id)
         CROSS JOIN LATERAL (
           SELECT ${COMMENT_COLUMNS}, NOT coalesce(${visible}, false) AS withheld FROM comment c JOIN content_item ci ON ci.id = c.id
            WHERE c.target_id = t.id AND c.parent_id IS NULL
              AND (${visible} OR ${visibleReply})
              AND ($5::uuid IS NULL OR (c.created_at, c.id) > (SELECT a.created_at, a.id FROM comment a WHERE a.id = $5))
            ORDER BY c.created_at, c.id
            LIMIT $6
         ) p`,
        [group.map((k) => k.id), scope.personId, scope.all, scope.spaceIds, afterId, first + 1],
      );
      for (const key of group) {
        const mine = rows.filter((r) => r.target_id === key.id);
        const edges = mine
          .slice(0, first)
          .map((r) => ({ node: toComment(r), cursor: encodeCommentCursor(r.id) }));
        results.set(key, {
          edges,
          pageInfo: { hasNextPage: mine.length > first, endCursor: edges.at(-1)?.cursor ?? null },
        });
      }
    }
    return keys.map((key) => results.get(key) as CommentConnection);
  }

  private async loadLatest(keys: readonly CommentListKey[], scope: HiddenScope): Promise<Comment[][]> {
    const ids = keys.map((k) => k.id);
    const rows: CommentRow[] = await this.dataSource.query(
      `SELECT p.* FROM unnest($1::uuid[]) AS t(id)
       CROSS JOIN LATERAL (
         SELECT ${COMMENT_COLUMNS} FROM comment c JOIN content_item ci ON ci.id = c.id
          WHERE c.target_id = t.id AND c.parent_id IS NULL AND c.deleted_at IS NULL
            AND ${visibleCommentSql('$2', '$3', '$4')}
          ORDER BY c.created_at DESC, c.id DESC
          LIMIT ${LATEST_COMMENTS}
       ) p`,
      [ids, scope.personId, scope.all, scope.spaceIds],
    );
    return ids.map((id) =>
      rows
        .filter((r) => r.target_id === id)
        .reverse()
        .map(toComment),
    );
  }

  private async loadReplies(keys: readonly CommentListKey[], scope: HiddenScope): Promise<Comment[][]> {
    const parentIds = keys.map((k) => k.id);
    const rows: CommentRow[] = await this.dataSource.query(
      `SELECT ${COMMENT_COLUMNS} FROM comment c JOIN content_item ci ON ci.id = c.id
        WHERE c.parent_id = ANY($1::uuid[]) AND ${visibleCommentSql('$2', '$3', '$4')}
        ORDER BY c.created_at, c.id`,
      [parentIds, scope.personId, scope.all, scope.spaceIds],
    );
    return parentIds.map((id) => rows.filter((r) => r.parent_id === id).map(toComment));
  }
}
