import { EntityManager } from 'typeorm';
import type { PlainLanguageReport } from '@commons/shared';
import type { Person } from '../people/person.entity';
import { readabilityOf } from './article-content.util';
import { ArticleRevision } from './entities/article-revision.entity';
import { Article } from './article.entity';

/** A revision: what the article said after a change, who made it, which fields changed, and its plain-language report. */
export async function writeRevision(
  manager: EntityManager,
  article: Article,
  actor: Person,
  fields: string[],
  report: PlainLanguageReport,
): Promise<void> {
  await manager.insert(ArticleRevision, {
    articleId: article.id,
    revision: article.revision,
    editorId: actor.id,
    at: article.updatedAt,
    changedFields: fields,
    title: article.title,
    summary: article.summary,
    bodyHtml: article.bodyHtml,
    readability: report,
  });
}

/** The report of the latest revision (it did not change when the text did not). */
export async function latestReport(manager: EntityManager, article: Article): Promise<PlainLanguageReport> {
  const [row] = await manager.query(
    `SELECT readability FROM article_revision WHERE article_id = $1 ORDER BY revision DESC LIMIT 1`,
    [article.id],
  );
  return (row?.readability as PlainLanguageReport | null) ?? readabilityOf(article);
}
