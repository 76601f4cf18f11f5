import { Injectable } from '@nestjs/common';
import { COMMENT_BODY_MAX_LENGTH, lightHtmlMaxLength } from '@commons/shared';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { badInput, notFound } from '../../common/errors/app-error';
import { sanitiseLightText, visibleText } from '../../common/sanitising/html-sanitiser';
import { AuditService } from '../audit/audit.service';
import { ContentAccess } from '../content/content-access';
import { removalReason } from '../moderation/moderation-reason.util';
import type { Person } from '../people/person.entity';
import { Comment, toComment } from './comment.model';
import { CommentsPolicy } from './comments.policy';
import { CommentsRepository } from './comments.repository';
import { MentionsService } from './mentions.service';

/**
 * Comments on articles and posts (any commentable content, through ContentAccess — never
 * article-specific code), one reply level, edits with history, removal as a placeholder, and
 * closing comments on an item. Every write is one transaction (a new comment without mentions is
 * one statement); a refused write writes nothing.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly repo: CommentsRepository,
    private readonly access: ContentAccess,
    private readonly mentions: MentionsService,
    private readonly audit: AuditService,
  ) {}

  /** One comment; NOT_FOUND unless the viewer may see it (and it is not removed). */
  async get(viewer: Person, id: string): Promise<Comment> {
    await this.access.requireVisible(viewer, id, 'Comment');
    return this.row(id);
  }

  async add(
    viewer: Person,
    targetId: string,
    body: string,
    parentId: string | null | undefined,
  ): Promise<Comment> {
    checkBody(body);
    // The checks take no locks (a comment racing a close or a hide by milliseconds is fine; 32
    // writers sharing a row lock is not), so they need no transaction; nor does a comment without
    // mentions, one statement with its counter triggers. BEGIN and COMMIT were two of its five round trips.
    const target = await this.access.requireVisible(viewer, targetId, 'Item');
    if (target.kind === 'COMMENT') {
      throw badInput(
        'targetId',
        'NOT_COMMENTABLE',
        'Comment on the article or post; reply to a comment with parentId.',
      );
    }
    if (target.commentsClosed) throw badInput('targetId', 'COMMENTS_CLOSED', 'Comments are closed here.');
    if (parentId != null) await this.checkParent(viewer, targetId, parentId);
    const { html, recordable } = await this.sanitised(undefined, body, targetId);

    const insert = async (manager?: EntityManager): Promise<Comment> => {
      const item = await this.repo.insert(
        {
          authorId: viewer.id,
          spaceId: target.spaceId,
          targetId,
          parentId: parentId ?? null,
          bodyHtml: html,
        },
        manager,
      );
      // Everything is known: no read-back (this is the hot path of a comment burst).
      return toComment({
        id: item.id,
        target_id: targetId,
        parent_id: parentId ?? null,
        author_id: viewer.id,
        body_html: html,
        created_at: item.created_at,
        edited_at: null,
        deleted_at: null,
        space_id: target.spaceId,
        hidden_at: null,
        hidden_reason: null,
      });
    };
    if (recordable.length === 0) return insert();
    // The mentions are written with the comment, or neither is.
    return this.repo.transaction(async (manager) => {
      const comment = await insert(manager);
      await this.mentions.record(manager, comment.id, recordable);
      return comment;
    });
  }

  /** The author changes the text: marked edited, the earlier text kept in comment_revision. */
  async edit(viewer: Person, id: string, body: string): Promise<Comment> {
    checkBody(body);
    return this.repo.transaction(async (manager) => {
      await this.access.requireVisible(viewer, id, 'Comment', manager);
      const comment = await this.row(id, true, manager);
      CommentsPolicy.for(viewer).assertCanEdit(comment);
      const { html, recordable } = await this.sanitised(manager, body, comment.targetId);
      if (html === comment.bodyHtml) return comment;
      await this.repo.edit(
        manager,
        id,
        { bodyHtml: comment.bodyHtml, writtenAt: comment.editedAt ?? comment.createdAt },
        html,
      );
      await this.mentions.record(manager, id, recordable);
      return this.row(id, false, manager);
    });
  }

  /**
   * Removal by the author or a moderator: the text goes, the row stays as a placeholder so replies
   * keep their thread. Recorded in the audit log (deleting content is a recorded act). Removing
   * someone else's comment is a moderation act: it needs a reason, kept in the audit entry, as for
   * posts. Refusals (NOT_FOUND, FORBIDDEN, then a missing or too long reason) change nothing.
   */
  async remove(viewer: Person, id: string, reason?: string | null): Promise<Comment> {
    return this.repo.transaction(async (manager) => {
      const ref = await this.access.requireVisible(viewer, id, 'Comment', manager);
      const comment = await this.row(id, true, manager);
      const mayModerate = (await this.access.moderatable(viewer, [ref], manager)).has(id);
      const policy = CommentsPolicy.for(viewer);
      policy.assertCanDelete(comment, mayModerate);
      const byAuthor = policy.isAuthor(comment);
      const text = removalReason(byAuthor, reason);
      await this.repo.markRemoved(manager, id, viewer.id);
      await this.mentions.record(manager, id, []);
      await this.audit.record(manager, {
        actorId: viewer.id,
        action: 'comment.delete',
        targetType: 'comment',
        targetId: id,
        reason: text,
        details: { targetId: comment.targetId, byAuthor },
      });
      return this.row(id, false, manager);
    });
  }

  /** Editors on news (moderators in their space) close or reopen comments on an item. */
  async setClosed(viewer: Person, targetId: string, closed: boolean): Promise<boolean> {
    return this.repo.transaction(async (manager) => {
      const target = await this.access.requireVisible(viewer, targetId, 'Item', manager);
      if (target.kind === 'COMMENT')
        throw badInput('targetId', 'NOT_COMMENTABLE', 'Comments are closed on an article or post.');
      CommentsPolicy.for(viewer).assertCanClose(
        (await this.access.moderatable(viewer, [target], manager)).has(targetId),
      );
      if (await this.repo.setCommentsClosed(manager, targetId, closed, viewer.id)) {
        await this.audit.record(manager, {
          actorId: viewer.id,
          action: closed ? 'comments.close' : 'comments.reopen',
          targetType: target.kind.toLowerCase(),
          targetId,
        });
      }
      return closed;
    });
  }

  // --- internals -------------------------------------------------------------------------------

  /** A reply answers a top-level comment on the same item, which the viewer can see. */
  private async checkParent(viewer: Person, targetId: string, parentId: string): Promise<void> {
    const parent = (await this.access.visible(viewer, [parentId])).get(parentId);
    if (!parent || parent.kind !== 'COMMENT') throw notFound('Comment');
    const row = await this.repo.placeOf(parentId);
    if (!row) throw notFound('Comment');
    if (row.target_id !== targetId)
      throw badInput('parentId', 'WRONG_TARGET', 'The comment replied to is on another item.');
    if (row.parent_id !== null)
      throw badInput(
        'parentId',
        'NESTED_REPLY',
        'Replies go one level deep: reply to the top-level comment.',
      );
  }

  /** The body as stored (mentions resolved); REQUIRED when nothing visible is left, TOO_LONG when too much is. */
  private async sanitised(
    manager: EntityManager | undefined,
    body: string,
    targetId: string,
  ): Promise<{ html: string; recordable: string[] }> {
    const { names, recordable } = await this.mentions.resolve(manager, body, targetId);
    const html = sanitiseLightText(body, names);
    const text = visibleText(html);
    if (text === '') throw badInput('body', 'REQUIRED', 'Write something first.');
    if (text.length > COMMENT_BODY_MAX_LENGTH) throw tooLong();
    return { html, recordable };
  }

  private async row(id: string, lock = false, manager?: EntityManager): Promise<Comment> {
    if (!isUUID(id)) throw notFound('Comment');
    const row = await this.repo.byId(id, lock, manager);
    if (!row) throw notFound('Comment');
    return toComment(row);
  }
}

/**
 * Before any statement: more markup than the text limit allows, or blank, is refused outright. The
 * limit itself counts the text readers see, so it is checked once sanitised (as is a body that is
 * only markup or a script, REQUIRED), before anything is written.
 */
function checkBody(body: string): void {
  if (body.length > lightHtmlMaxLength(COMMENT_BODY_MAX_LENGTH)) throw tooLong();
  if (body.trim() === '') throw badInput('body', 'REQUIRED', 'Write something first.');
}

function tooLong() {
  return badInput('body', 'TOO_LONG', `At most ${COMMENT_BODY_MAX_LENGTH} characters.`);
}
