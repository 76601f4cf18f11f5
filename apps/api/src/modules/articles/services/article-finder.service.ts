import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { notFound } from '../../../common/errors/app-error';
import { AuditService } from '../../audit/audit.service';
import type { Person } from '../../people/person.entity';
import { ArticleVisibility, canSeeArticle, withEffectiveStatus } from '../article-visibility';
import { ArticlesRepository } from '../articles.repository';
import { Article } from '../article.entity';
import { ArticleStatus } from '../article.enums';

/** Finds an article for a read or (locked) for a write, with the status it has now. */
@Injectable()
export class ArticleFinder {
  constructor(
    private readonly articles: ArticlesRepository,
    private readonly audit: AuditService,
    private readonly visibility: ArticleVisibility,
  ) {}

  async find(id: string, manager?: EntityManager): Promise<Article | null> {
    if (!isUUID(id)) return null;
    const article = await this.articles.findById(id, manager);
    return article ? withEffectiveStatus(article) : null;
  }

  /** The article locked for a write; NOT_FOUND unless the actor may see it. Brings a due status up to date. */
  async lockedVisible(manager: EntityManager, actor: Person, id: string): Promise<Article> {
    if (!isUUID(id)) throw notFound('Article');
    const row = await this.articles.findLocked(id, manager);
    if (!row) throw notFound('Article');
    const stored = row.status;
    const article = withEffectiveStatus(row);
    if (!canSeeArticle(article, await this.visibility.viewer(actor, manager))) throw notFound('Article');
    if (article.status !== stored) {
      // The scheduler would have done this within seconds; do it now so the transition starts from the truth.
      await this.articles.writeEffectiveStatus(article, manager);
      await this.audit.record(manager, {
        actorId: null,
        action: article.status === ArticleStatus.ARCHIVED ? 'article.expire' : 'article.publish_due',
        targetType: 'article',
        targetId: id,
        details: { from: stored, to: article.status },
      });
    }
    return article;
  }
}
