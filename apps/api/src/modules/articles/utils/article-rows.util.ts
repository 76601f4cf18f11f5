import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { entityColumnsSql, hydrateEntities } from '../../../database/entity-rows.util';
import {
  ArticleViewer,
  visibleArticlesRawPredicate,
  VisibilityOptions,
  withEffectiveStatus,
} from '../article-visibility';
import { Article } from '../article.entity';

/** The article columns for a raw SELECT, each under its own column name (`a.id, a.status, …`). */
export function articleColumnsSql(dataSource: DataSource, alias: string): string {
  return entityColumnsSql(dataSource, Article, alias);
}

/** The same without body_html, for lists of cards (a body can be long and a card does not show it). */
export function articleCardColumnsSql(dataSource: DataSource, alias: string): string {
  return entityColumnsSql(dataSource, Article, alias)
    .split(', ')
    .filter((column) => column !== `${alias}.body_html`)
    .join(', ');
}

/** Raw rows (hand-written SQL, one statement for a whole page) → Article entities. */
export function hydrateArticles(dataSource: DataSource, rows: readonly Record<string, unknown>[]): Article[] {
  return hydrateEntities(dataSource, Article, rows);
}

/**
 * One article the viewer may see (article-visibility.ts decides; `asReader` as there), brought up to
 * its effective status; null when unknown or not visible, so callers answer NOT_FOUND either way.
 */
export async function findVisibleArticle(
  manager: EntityManager,
  viewer: ArticleViewer,
  id: string,
  options: VisibilityOptions = {},
): Promise<Article | null> {
  if (!isUUID(id)) return null;
  const visible = visibleArticlesRawPredicate('a', viewer, 2, options);
  const rows: Record<string, unknown>[] = await manager.query(
    `SELECT ${articleColumnsSql(manager.connection, 'a')} FROM article a WHERE a.id = $1 AND ${visible.sql}`,
    [id, ...visible.params],
  );
  const [article] = hydrateArticles(manager.connection, rows);
  return article ? withEffectiveStatus(article) : null;
}
