import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError, badInput, ErrorCode } from '../../../common/errors/app-error';
import { AuditService } from '../../audit/audit.service';
import type { Person } from '../../people/person.entity';
import { ArticleFinder } from './article-finder.service';
import { transition } from '../utils/article-lifecycle.util';
import { ARTICLE_REVIEW_COMMENT_MAX_LENGTH, Article } from '../article.entity';
import { ArticleFormat } from '../article.enums';
import { ArticlesPolicy } from '../articles.policy';
import { ArticlesRepository } from '../articles.repository';

/** A "now" from a client's clock may lag ours a little; older than this is the past. */
const PUBLISH_NOW_TOLERANCE_MS = 60_000;

/**
 * The editorial lifecycle: submit, return to draft, publish or schedule, archive. Each is one
 * transaction on the locked article with its audit entry; which status may follow which is
 * utils/article-lifecycle.util.ts, who may do it articles.policy.ts.
 */
@Injectable()
export class ArticleLifecycleService {
  constructor(
    private readonly articles: ArticlesRepository,
    private readonly audit: AuditService,
    private readonly finder: ArticleFinder,
  ) {}

  /** DRAFT → IN_REVIEW: the author (or an editor) proposes it for publishing. */
  async submit(actor: Person, id: string): Promise<Article> {
    return this.articles.transaction(async (manager) => {
      const article = await this.finder.lockedVisible(manager, actor, id);
      if (!ArticlesPolicy.for(actor).canSubmit(article)) throw forbiddenFor();
      const from = article.status;
      article.status = transition(article.status, 'submit');
      assertReadyToPublish(article);
      article.reviewComment = null;
      return this.saveTransition(manager, actor, article, 'article.submit', { from });
    });
  }

  /** IN_REVIEW (or SCHEDULED) → DRAFT with the reviewer's comment. Editors only. */
  async returnToDraft(actor: Person, id: string, comment: string): Promise<Article> {
    const text = comment.trim();
    if (text === '') throw badInput('comment', 'REQUIRED', 'Say what needs to change.');
    if (text.length > ARTICLE_REVIEW_COMMENT_MAX_LENGTH)
      throw badInput('comment', 'TOO_LONG', 'The comment is too long.');
    return this.articles.transaction(async (manager) => {
      const article = await this.finder.lockedVisible(manager, actor, id);
      ArticlesPolicy.for(actor).assertEditor();
      const from = article.status;
      article.status = transition(article.status, 'return');
      article.publishAt = null;
      article.reviewComment = text;
      return this.saveTransition(manager, actor, article, 'article.return', { from, comment: text });
    });
  }

  /** Editors: no publishAt (or now) → PUBLISHED; a future one → SCHEDULED; a past one → BAD_USER_INPUT. */
  async publish(actor: Person, id: string, publishAt: Date | null | undefined): Promise<Article> {
    const now = new Date();
    if (publishAt && publishAt.getTime() < now.getTime() - PUBLISH_NOW_TOLERANCE_MS) {
      throw badInput('publishAt', 'IN_PAST', 'Publish now, or choose a time in the future.');
    }
    const scheduled = !!publishAt && publishAt.getTime() > now.getTime();
    return this.articles.transaction(async (manager) => {
      const article = await this.finder.lockedVisible(manager, actor, id);
      ArticlesPolicy.for(actor).assertEditor();
      const from = article.status;
      article.status = transition(article.status, scheduled ? 'schedule' : 'publish');
      assertReadyToPublish(article);
      const at = scheduled && publishAt ? publishAt : now;
      if (article.expireAt && article.expireAt <= at) {
        throw badInput('publishAt', 'AFTER_EXPIRY', 'The article would expire before it is published.');
      }
      article.publishAt = at;
      article.publishedAt = scheduled ? null : now;
      article.reviewComment = null;
      return this.saveTransition(
        manager,
        actor,
        article,
        scheduled ? 'article.schedule' : 'article.publish',
        {
          from,
          publishAt: at.toISOString(),
        },
      );
    });
  }

  /** Editors: PUBLISHED → ARCHIVED. It leaves every feed and its link gives NOT_FOUND to readers. */
  async archive(actor: Person, id: string): Promise<Article> {
    return this.articles.transaction(async (manager) => {
      const article = await this.finder.lockedVisible(manager, actor, id);
      ArticlesPolicy.for(actor).assertEditor();
      const from = article.status;
      article.status = transition(article.status, 'archive');
      article.archivedAt = new Date();
      return this.saveTransition(manager, actor, article, 'article.archive', { from });
    });
  }

  private async saveTransition(
    manager: EntityManager,
    actor: Person,
    article: Article,
    action: string,
    details: Record<string, unknown>,
  ): Promise<Article> {
    article.updatedAt = new Date();
    await this.articles.saveArticle(article, manager);
    await this.audit.record(manager, {
      actorId: actor.id,
      action,
      targetType: 'article',
      targetId: article.id,
      details: { ...details, to: article.status },
    });
    return article;
  }
}

function forbiddenFor(): AppError {
  return new AppError(ErrorCode.FORBIDDEN, 'You may not do this.');
}

/** An infographic without its text version shuts out everyone who cannot see it (WCAG 1.1.1). */
function assertReadyToPublish(article: Article): void {
  if (article.format === ArticleFormat.INFOGRAPHIC && !article.textAlternative) {
    throw badInput('textAlternative', 'REQUIRED', 'An infographic needs a text alternative.');
  }
}
