import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Language } from '@commons/shared';
import { badInput } from '../../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import type { Person } from '../people/person.entity';
import { ArticleChanges, auditable } from './services/article-changes.service';
import { readabilityOf } from './article-content.util';
import { ArticleFinder } from './services/article-finder.service';
import { ArticleRevisionsRepository } from './article-revisions.repository';
import type { Article } from './article.entity';
import { ArticleFormat, ArticleStatus } from './article.enums';
import { ArticlesPolicy } from './articles.policy';
import { ArticlesRepository } from './articles.repository';
import { ArticleInput } from './dto/article.input';

/**
 * Writing articles: create a draft and edit it. Every write is one transaction with its audit entry;
 * a content change also writes a revision with its plain-language report; the database through
 * articles.repository.ts and article-revisions.repository.ts.
 * The input's checks: services/article-changes.service.ts; the lifecycle:
 * services/article-lifecycle.service.ts; reads: services/article-queries.service.ts; who may do
 * what: articles.policy.ts.
 */
@Injectable()
export class ArticlesService {
  constructor(
    private readonly articles: ArticlesRepository,
    private readonly revisions: ArticleRevisionsRepository,
    private readonly audit: AuditService,
    private readonly finder: ArticleFinder,
    private readonly changes: ArticleChanges,
  ) {}

  async create(actor: Person, input: ArticleInput): Promise<Article> {
    const policy = ArticlesPolicy.for(actor);
    if (!input.title) throw badInput('title', 'REQUIRED', 'An article needs a title.');

    return this.articles.transaction(async (manager) => {
      const item = await this.articles.insertContentItem(actor.id, manager);
      const article = this.articles.create({
        id: item.id,
        authorId: actor.id,
        status: ArticleStatus.DRAFT,
        format: ArticleFormat.ARTICLE,
        language: actor.language ?? Language.SV,
        translationGroupId: randomUUID(),
        title: '',
        summary: '',
        bodyHtml: '',
        byline: null,
        coverMediaId: null,
        coverAlt: null,
        videoUrl: null,
        captionsMediaId: null,
        textAlternative: null,
        audienceOrgUnitIds: [],
        audienceLocationIds: [],
        publishAt: null,
        publishedAt: null,
        expireAt: null,
        archivedAt: null,
        reviewBy: null,
        pinnedUntil: null,
        mustRead: false,
        mustReadDue: null,
        ackVersion: 1,
        reviewComment: null,
        revision: 1,
        readabilityScore: null,
        createdAt: item.createdAt,
        updatedAt: item.createdAt,
      });
      const changes = await this.changes.apply(manager, actor, article, input, { topics: [], gallery: [] });
      policy.assertMayChange(Object.keys(changes));
      const report = readabilityOf(article);
      article.readabilityScore = report.score;
      await this.articles.insertArticle(article, manager);
      await this.changes.writeCollections(manager, article.id, input);
      await this.revisions.insert(article, actor.id, Object.keys(changes), report, manager);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'article.create',
        targetType: 'article',
        targetId: article.id,
        details: { title: article.title, fields: Object.keys(changes) },
      });
      return article;
    });
  }

  /**
   * Partial update (autosave sends what changed). Nothing changed: nothing written, no revision.
   * Otherwise one revision listing the changed fields, with the text's plain-language report.
   */
  async update(actor: Person, id: string, input: ArticleInput): Promise<Article> {
    const policy = ArticlesPolicy.for(actor);
    return this.articles.transaction(async (manager) => {
      const article = await this.finder.lockedVisible(manager, actor, id);
      policy.assertCanEdit(article);
      const current = await this.articles.collections(id, manager);
      const changes = await this.changes.apply(manager, actor, article, input, current);
      const fields = Object.keys(changes);
      // Refused before anything is written; the transaction rolls back.
      policy.assertMayChange(fields);
      if (fields.length === 0) return article;

      const contentChanged = fields.some((f) => f === 'bodyHtml' || f === 'language');
      // Unchanged text: the latest revision's report still holds (computed again only if none is stored).
      const report = contentChanged
        ? readabilityOf(article)
        : ((await this.revisions.latestReport(article.id, manager)) ?? readabilityOf(article));
      article.readabilityScore = report.score;
      article.revision += 1;
      article.updatedAt = new Date();
      await this.articles.saveArticle(article, manager);
      await this.changes.writeCollections(manager, id, input, fields);
      await this.revisions.insert(article, actor.id, fields, report, manager);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'article.update',
        targetType: 'article',
        targetId: id,
        details: auditable(changes),
      });
      return article;
    });
  }
}
