import { AppError, ErrorCode, forbidden } from '../../common/errors/app-error';
import type { Person } from '../people/person.entity';
import { ArticleStatus } from './article.enums';
import type { Article } from './article.entity';
import { isEditorRole } from '@commons/shared';

/** Input fields only editors may set (pinning, expiry, review dates and must-read). */
export const EDITOR_ONLY_FIELDS = ['expireAt', 'reviewBy', 'pinnedUntil', 'mustRead', 'mustReadDue'] as const;

/**
 * Who may do what with articles — the one place the editorial rules live. Seeing an article is
 * article-visibility.ts; this is about changing it. Callers check visibility first, so a person who
 * cannot see an article gets NOT_FOUND, and FORBIDDEN only says "you may see it but not do this".
 */
export class ArticlesPolicy {
  constructor(private readonly actor: Pick<Person, 'id' | 'role'>) {}

  static for(actor: Pick<Person, 'id' | 'role'>): ArticlesPolicy {
    return new ArticlesPolicy(actor);
  }

  /** Editors and admins run the newsroom. */
  isEditor(): boolean {
    return isEditorRole(this.actor.role);
  }

  isAuthor(article: Pick<Article, 'authorId'>): boolean {
    return article.authorId === this.actor.id;
  }

  /** Editors edit any article; anyone else only their own draft (a proposal, until submitted). */
  canEdit(article: Pick<Article, 'authorId' | 'status'>): boolean {
    return this.isEditor() || (this.isAuthor(article) && article.status === ArticleStatus.DRAFT);
  }

  assertCanEdit(article: Pick<Article, 'authorId' | 'status'>): void {
    if (!this.canEdit(article)) throw forbidden();
  }

  /** Any employee proposes their own draft; editors may submit anyone's. */
  canSubmit(article: Pick<Article, 'authorId'>): boolean {
    return this.isEditor() || this.isAuthor(article);
  }

  /** Publish, schedule, return with a comment, archive, pin, must-read: editors only. */
  canPublish(): boolean {
    return this.isEditor();
  }

  assertEditor(): void {
    if (!this.isEditor()) throw forbidden();
  }

  /** Revisions (who changed what) are for the people who work on the article. */
  canSeeRevisions(article: Pick<Article, 'authorId'>): boolean {
    return this.isEditor() || this.isAuthor(article);
  }

  /**
   * Employees cannot change the editor-only fields. Sending one unchanged (an autosave that sends
   * the whole form) is not a change and passes.
   */
  assertMayChange(fields: readonly string[]): void {
    if (this.isEditor()) return;
    const refused = fields.find((f) => (EDITOR_ONLY_FIELDS as readonly string[]).includes(f));
    if (refused) {
      throw new AppError(ErrorCode.FORBIDDEN, `Only editors may set ${refused}.`, {
        field: refused,
        reason: 'EDITOR_ONLY',
      });
    }
  }
}
