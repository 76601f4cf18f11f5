import { Injectable } from '@nestjs/common';
import type { PlainLanguageReport } from '@commons/shared';
import { EntityManager } from 'typeorm';
import { BaseRepository } from '../../database/base.repository';
import { ArticleRevision } from './entities/article-revision.entity';
import type { Article } from './article.entity';

/**
 * Where revisions are written and read: an append-only history with queries of its own (the latest
 * report, every revision of a page of articles), kept apart from the article rows' repository.
 */
@Injectable()
export class ArticleRevisionsRepository extends BaseRepository {
  /** What the article said after a change, who made it, which fields changed, and its report. */
  async insert(
    article: Article,
    editorId: string,
    fields: string[],
    report: PlainLanguageReport,
    manager: EntityManager,
  ): Promise<void> {
    await manager.insert(ArticleRevision, {
      articleId: article.id,
      revision: article.revision,
      editorId,
      at: article.updatedAt,
      changedFields: fields,
      title: article.title,
      summary: article.summary,
      bodyHtml: article.bodyHtml,
      readability: report,
    });
  }

  /** The report of the article's latest revision, or null when it has none stored. */
  async latestReport(articleId: string, manager: EntityManager): Promise<PlainLanguageReport | null> {
    const [row] = await manager.query(
      `SELECT readability FROM article_revision WHERE article_id = $1 ORDER BY revision DESC LIMIT 1`,
      [articleId],
    );
    return (row?.readability as PlainLanguageReport | null) ?? null;
  }

  /** The latest revision's report of each of these articles (absent: none). */
  latestReports(
    articleIds: readonly string[],
  ): Promise<{ article_id: string; readability: PlainLanguageReport | null }[]> {
    return this.dataSource.query(
      `SELECT DISTINCT ON (article_id) article_id, readability
         FROM article_revision WHERE article_id = ANY($1::uuid[])
        ORDER BY article_id, revision DESC`,
      [articleIds],
    );
  }

  /** Every revision of these articles, newest first. */
  byArticleIds(articleIds: readonly string[]): Promise<ArticleRevision[]> {
    return this.dataSource
      .getRepository(ArticleRevision)
      .createQueryBuilder('r')
      .where('r.articleId = ANY(:ids)', { ids: articleIds })
      .orderBy('r.revision', 'DESC')
      .getMany();
  }
}
