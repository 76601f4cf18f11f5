import type { DataSource } from 'typeorm';
import { entityColumnsSql, hydrateEntities } from '../../../database/entity-rows.util';
import { Article } from '../article.entity';

/**
 * Article rows for hand-written SQL (one statement for a whole page): the columns to select and
 * the hydration back into entities. Used by the repositories of articles, the feed and must-reads.
 */

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
