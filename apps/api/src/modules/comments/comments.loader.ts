import { Injectable } from '@nestjs/common';
import { isEditorRole } from '@commons/shared';
import type DataLoader from 'dataloader';
import { byKey, RequestLoaders } from '../../common/dataloader/request-loaders';
import { decodeCursor, encodeCursor } from '../../common/graphql/cursor.util';
import { pageOf } from '../../common/graphql/page.util';
import type { SessionRequest } from '../auth/auth-request.util';
import { ContentAccess } from '../content/content-access';
import type { Person } from '../people/person.entity';
import { Comment, CommentConnection, toComment } from './comment.model';
import { CommentsRepository, HiddenScope } from './comments.repository';

/** An item (or top-level comment) whose comments are listed, with its space (null for news). */
export interface CommentListKey {
  id: string;
  spaceId: string | null;
}

export interface CommentPageKey extends CommentListKey {
  first: number;
  after: string | null;
}

export const LATEST_COMMENTS = 2;

/** Comment pages go by (created_at, id) of the last comment; the cursor names it, the database has its exact time. */
const COMMENT_CURSOR = 'c';

/**
 * Per-request loaders for comment lists, so a page of N items costs the same statements as one.
 * Hidden (moderated) comments are listed for their author and their moderators (editors; a space's
 * moderators in their space) only. To everyone else they are gone, except a hidden top-level comment
 * with replies they see: it stays as a withheld placeholder, so moderating one comment does not take
 * others' replies with it. Removed comments stay as placeholders in threads.
 *
 * The registry's DataLoaders cache by key identity, so object keys go in as their JSON: equal keys
 * share one load, as with a cacheKeyFn.
 */
@Injectable()
export class CommentsLoader {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly repo: CommentsRepository,
    private readonly access: ContentAccess,
  ) {}

  /**
   * Top-level comments of an item, oldest first; one statement per distinct (first, after) in a
   * request. A bad cursor fails this field alone, not the batch: it is refused before loading.
   */
  page(req: SessionRequest, key: CommentPageKey): Promise<CommentConnection> {
    if (key.after) decodeCommentCursor(key.after);
    return this.loaders
      .get(req, 'comments.page', async (keys: readonly string[]) => {
        const parsed = keys.map((k) => JSON.parse(k) as CommentPageKey);
        return this.loadPages(parsed, await this.hiddenScope(req.person, parsed));
      })
      .load(JSON.stringify({ id: key.id, spaceId: key.spaceId, first: key.first, after: key.after }));
  }

  /** The two newest top-level comments of an item (not removed), oldest of the two first: for feed cards. */
  latest(req: SessionRequest, key: CommentListKey): Promise<Comment[]> {
    return this.loaders
      .get(req, 'comments.latest', async (keys: readonly string[]) => {
        const parsed = keys.map((k) => JSON.parse(k) as CommentListKey);
        return this.loadLatest(parsed, await this.hiddenScope(req.person, parsed));
      })
      .load(listKey(key));
  }

  /** Replies to a top-level comment (by its id and space), oldest first. */
  replies(req: SessionRequest, key: CommentListKey): Promise<Comment[]> {
    return this.loaders
      .get(req, 'comments.replies', async (keys: readonly string[]) => {
        const parsed = keys.map((k) => JSON.parse(k) as CommentListKey);
        return this.loadReplies(parsed, await this.hiddenScope(req.person, parsed));
      })
      .load(listKey(key));
  }

  /** Comments by id, whatever their state: for callers that have already decided the viewer may see them. */
  byId(req: object): DataLoader<string, Comment | null> {
    return this.loaders.get(req, 'comments.byId', async (ids: readonly string[]) =>
      byKey(ids, (await this.repo.byIds(ids)).map(toComment), (c) => c.id),
    );
  }

  /** Whether the viewer may moderate a comment (editors: all; space moderators: their space's). */
  mayModerate(req: SessionRequest, comment: Pick<Comment, 'id' | 'spaceId'>): Promise<boolean> {
    const viewer = req.person;
    return this.loaders
      .get(req, 'comments.mayModerate', async (keys: readonly string[]) => {
        const comments = keys.map((k) => JSON.parse(k) as CommentListKey);
        if (!viewer) return comments.map(() => false);
        const ids = await this.access.moderatable(viewer, comments);
        return comments.map((c) => ids.has(c.id));
      })
      .load(listKey(comment));
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
      const rows = await this.repo.threadPages(
        group.map((k) => k.id),
        scope,
        afterId,
        first + 1,
      );
      for (const key of group) {
        results.set(
          key,
          pageOf(
            rows.filter((r) => r.target_id === key.id),
            first,
            (r) => ({ node: toComment(r), cursor: encodeCursor(COMMENT_CURSOR, [r.id]) }),
          ),
        );
      }
    }
    return keys.map((key) => results.get(key) as CommentConnection);
  }

  private async loadLatest(keys: readonly CommentListKey[], scope: HiddenScope): Promise<Comment[][]> {
    const ids = keys.map((k) => k.id);
    const rows = await this.repo.latest(ids, scope, LATEST_COMMENTS);
    return ids.map((id) =>
      rows
        .filter((r) => r.target_id === id)
        .reverse()
        .map(toComment),
    );
  }

  private async loadReplies(keys: readonly CommentListKey[], scope: HiddenScope): Promise<Comment[][]> {
    const parentIds = keys.map((k) => k.id);
    const rows = await this.repo.replies(parentIds, scope);
    return parentIds.map((id) => rows.filter((r) => r.parent_id === id).map(toComment));
  }
}

/** An item (or comment) and its space as a loader key: the space follows from the id. */
function listKey(key: Pick<CommentListKey, 'id' | 'spaceId'>): string {
  return JSON.stringify({ id: key.id, spaceId: key.spaceId });
}

function decodeCommentCursor(after: string): string {
  return decodeCursor(COMMENT_CURSOR, after, ['uuid'])[0];
}
