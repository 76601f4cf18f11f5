import { forbidden } from '../../common/errors/app-error';
import type { Person } from '../people/person.entity';
import type { Comment } from './comment.model';

/**
 * Who may do what with comments. Seeing (and so commenting on) an item is ContentAccess's call;
 * `mayModerate` is ContentAccess.moderatable for the item (editors everywhere, a space's owners and
 * moderators in their space), computed by the caller.
 */
export class CommentsPolicy {
  constructor(private readonly actor: Pick<Person, 'id'>) {}

  static for(actor: Pick<Person, 'id'>): CommentsPolicy {
    return new CommentsPolicy(actor);
  }

  isAuthor(comment: Pick<Comment, 'authorId'>): boolean {
    return comment.authorId === this.actor.id;
  }

  /** Only the author edits their words; a moderator hides or removes them instead. */
  canEdit(comment: Pick<Comment, 'authorId' | 'removed'>): boolean {
    return !comment.removed && this.isAuthor(comment);
  }

  assertCanEdit(comment: Pick<Comment, 'authorId' | 'removed'>): void {
    if (!this.canEdit(comment)) throw forbidden();
  }

  canDelete(comment: Pick<Comment, 'authorId' | 'removed'>, mayModerate: boolean): boolean {
    return !comment.removed && (this.isAuthor(comment) || mayModerate);
  }

  assertCanDelete(comment: Pick<Comment, 'authorId' | 'removed'>, mayModerate: boolean): void {
    if (!this.canDelete(comment, mayModerate)) throw forbidden();
  }

  /** Closing or reopening comments on an item is moderation: editors on news, moderators in their space. */
  assertCanClose(mayModerate: boolean): void {
    if (!mayModerate) throw forbidden();
  }

  /** The moderation note is for the author (who sees why) and moderators. */
  canSeeModerationNote(comment: Pick<Comment, 'authorId'>, mayModerate: boolean): boolean {
    return this.isAuthor(comment) || mayModerate;
  }
}
