import { forbidden } from '../../common/errors/app-error';
import type { Person } from '../people/person.entity';
import { isEditorRole } from '@commons/shared';

/**
 * Who may change posts. Seeing one is ContentAccess (post-content-access.ts), posting in a space is
 * SpacesPolicy.canPost. Callers check visibility first: what you cannot see is NOT_FOUND, and
 * FORBIDDEN only says "you may see it but not do this".
 */
export class PostsPolicy {
  constructor(private readonly actor: Pick<Person, 'id' | 'role'>) {}

  static for(actor: Pick<Person, 'id' | 'role'>): PostsPolicy {
    return new PostsPolicy(actor);
  }

  /** Only the author edits: a moderator hides or deletes, never puts words in someone's mouth. */
  canEdit(post: { authorId: string }): boolean {
    return post.authorId === this.actor.id;
  }

  /** The author; and whoever may moderate it (editors, the space's owners and moderators: ContentAccess.moderatable). */
  canDelete(post: { authorId: string }, mayModerate: boolean): boolean {
    return post.authorId === this.actor.id || mayModerate;
  }

  /** Promoting a post to news and featuring it: editors and admins. */
  canCurate(): boolean {
    return isEditorRole(this.actor.role);
  }

  assert(allowed: boolean): void {
    if (!allowed) throw forbidden();
  }
}
