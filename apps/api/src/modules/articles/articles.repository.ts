import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { BaseRepository } from '../../database/base.repository';
import { ContentItem } from '../content/content-item.entity';
import { ArticleGalleryImage } from './entities/article-gallery-image.entity';
import { ArticleTopic } from './entities/article-topic.entity';
import { effectiveStatusSql, MAX_UNIT_DEPTH, unitsAndDescendantsSql } from './article-visibility.sql';
import { Article } from './article.entity';
import { ArticleStatus } from './article.enums';
import { articleColumnsSql, hydrateArticles } from './utils/article-rows.util';

/** What the studio lists, by the status an article has now (see ArticleQueries.studio). */
export interface StudioFilter {
  /** Only this author's articles (anyone but editors); undefined: everyone's. */
  authorId?: string;
  /** By the status it has now (a due SCHEDULED one is listed as PUBLISHED even before the tick). */
  status?: ArticleStatus;
  dueForReview?: boolean;
  /** The id of the last row of the previous page. */
  afterId?: string;
}

/**
 * Where the articles module reaches PostgreSQL for articles and their topics/gallery links:
 * TypeORM for the row's plain reads and writes, hand-written SQL for the scheduler's conditional
 * updates, the visibility keys and the loaders' batches. Topics: topics/topics.repository.ts;
 * revisions: article-revisions.repository.ts.
 */
@Injectable()
export class ArticlesRepository extends BaseRepository {
  /** False while the schema is generated without a database (the scheduler then stays idle). */
  get connected(): boolean {
    return this.dataSource.isInitialized;
  }

  findById(id: string, manager?: EntityManager): Promise<Article | null> {
    return this.db(manager).findOne(Article, { where: { id } });
  }

  /** The row locked FOR UPDATE until the transaction ends. */
  findLocked(id: string, manager: EntityManager): Promise<Article | null> {
    return manager.findOne(Article, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * One article by id when the predicate holds (article-visibility's raw predicate over `a`, its
   * parameters from `$2`); null when unknown or not let through.
   */
  async findWhere(
    id: string,
    visible: { sql: string; params: unknown[] },
    manager?: EntityManager,
  ): Promise<Article | null> {
    const db = this.db(manager);
    const rows: Record<string, unknown>[] = await db.query(
      `SELECT ${articleColumnsSql(db.connection, 'a')} FROM article a WHERE a.id = $1 AND ${visible.sql}`,
      [id, ...visible.params],
    );
    return hydrateArticles(db.connection, rows)[0] ?? null;
  }

  /** Of `ids`, those of articles the predicate (over `a`, its parameters from `$2`) lets through. */
  async idsWhere(
    ids: readonly string[],
    visible: { sql: string; params: unknown[] },
    manager?: EntityManager,
  ): Promise<string[]> {
    const rows: { id: string }[] = await this.db(manager).query(
      `SELECT a.id FROM article a WHERE a.id = ANY($1::uuid[]) AND ${visible.sql}`,
      [ids, ...visible.params],
    );
    return rows.map((r) => r.id);
  }

  /** An article object for a new row (not written: insertArticle does). */
  create(fields: Partial<Article>): Article {
    return this.dataSource.manager.create(Article, fields);
  }

  /** The content item every article shares its id with. */
  insertContentItem(authorId: string, manager: EntityManager): Promise<ContentItem> {
    return manager.save(manager.create(ContentItem, { kind: 'ARTICLE', authorId }));
  }

  async insertArticle(article: Article, manager: EntityManager): Promise<void> {
    await manager.insert(Article, article);
  }

  async saveArticle(article: Article, manager: EntityManager): Promise<void> {
    await manager.save(article);
  }

  /** Writes a status the article reached by time alone (a due publish or an expiry). */
  async writeEffectiveStatus(article: Article, manager: EntityManager): Promise<void> {
    await manager.update(
      Article,
      { id: article.id },
      { status: article.status, publishedAt: article.publishedAt, archivedAt: article.archivedAt },
    );
  }

  /** Whether another article shares this one's translation group. */
  async hasOtherTranslations(article: Article, manager: EntityManager): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT 1 FROM article WHERE translation_group_id = $1 AND id <> $2 LIMIT 1`,
      [article.translationGroupId, article.id],
    );
    return !!row;
  }

  /** Of these ids, the org units that exist and are active (ids that are not uuids are skipped). */
  async activeOrgUnitIds(ids: readonly string[], manager?: EntityManager): Promise<string[]> {
    const valid = ids.filter((id) => isUUID(id));
    if (valid.length === 0) return [];
    const rows: { id: string }[] = await this.db(manager).query(
      `SELECT id FROM org_unit WHERE id = ANY($1::uuid[]) AND deactivated_at IS NULL`,
      [valid],
    );
    return rows.map((r) => r.id);
  }

  /** Of these ids, the locations that exist and are active (ids that are not uuids are skipped). */
  async activeLocationIds(ids: readonly string[], manager?: EntityManager): Promise<string[]> {
    const valid = ids.filter((id) => isUUID(id));
    if (valid.length === 0) return [];
    const rows: { id: string }[] = await this.db(manager).query(
      `SELECT id FROM location WHERE id = ANY($1::uuid[]) AND deactivated_at IS NULL`,
      [valid],
    );
    return rows.map((r) => r.id);
  }

  /** The article's topic ids and gallery (in order), read side by side. */
  async collections(
    id: string,
    manager: EntityManager,
  ): Promise<{ topics: string[]; gallery: { mediaId: string; alt: string }[] }> {
    const [topics, gallery] = await Promise.all([
      manager.find(ArticleTopic, { where: { articleId: id } }),
      manager.find(ArticleGalleryImage, { where: { articleId: id }, order: { position: 'ASC' } }),
    ]);
    return {
      topics: topics.map((t) => t.topicId),
      gallery: gallery.map((g) => ({ mediaId: g.mediaId, alt: g.alt })),
    };
  }

  async replaceTopics(id: string, topicIds: readonly string[], manager: EntityManager): Promise<void> {
    await manager.delete(ArticleTopic, { articleId: id });
    if (topicIds.length)
      await manager.insert(
        ArticleTopic,
        topicIds.map((topicId) => ({ articleId: id, topicId })),
      );
  }

  async replaceGallery(
    id: string,
    gallery: readonly { mediaId: string; alt: string }[],
    manager: EntityManager,
  ): Promise<void> {
    await manager.delete(ArticleGalleryImage, { articleId: id });
    if (gallery.length) {
      await manager.insert(
        ArticleGalleryImage,
        gallery.map((g, position) => ({ articleId: id, position, mediaId: g.mediaId, alt: g.alt })),
      );
    }
  }

  /** The studio's page: newest change first, keyset by (updated_at, id); `limit` rows. */
  studioPage(filter: StudioFilter, limit: number): Promise<Article[]> {
    const qb = this.dataSource.getRepository(Article).createQueryBuilder('a');
    if (filter.authorId) qb.andWhere('a.author_id = :me', { me: filter.authorId });
    if (filter.status) qb.andWhere(`${effectiveStatusSql('a')} = :status`, { status: filter.status });
    if (filter.dueForReview) qb.andWhere(`a.review_by <= current_date AND a.status <> 'ARCHIVED'`);
    if (filter.afterId) {
      qb.andWhere('(a.updated_at, a.id) < (SELECT c.updated_at, c.id FROM article c WHERE c.id = :afterId)', {
        afterId: filter.afterId,
      });
    }
    return qb.orderBy('a.updated_at', 'DESC').addOrderBy('a.id', 'DESC').limit(limit).getMany();
  }

  /** Bodies by article id, for articles read without theirs (feed cards). */
  async bodies(ids: readonly string[]): Promise<{ id: string; body_html: string }[]> {
    return this.dataSource.query(`SELECT id, body_html FROM article WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Every article of these translation groups, by language (unfiltered: callers apply visibility). */
  byTranslationGroups(groupIds: readonly string[]): Promise<Article[]> {
    return this.dataSource
      .getRepository(Article)
      .createQueryBuilder('a')
      .where('a.translation_group_id = ANY(:ids)', { ids: groupIds })
      .orderBy('a.language')
      .addOrderBy('a.id')
      .getMany();
  }

  /** SCHEDULED articles whose time has come become PUBLISHED; one conditional UPDATE. */
  publishDue(manager: EntityManager): Promise<{ id: string; publish_at: Date }[]> {
    return manager.query(
      // Wrapped in a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.
      `WITH changed AS (
         UPDATE article SET status = 'PUBLISHED', published_at = publish_at, updated_at = now()
          WHERE status = 'SCHEDULED' AND publish_at <= now()
          RETURNING id, publish_at
       ) SELECT id, publish_at FROM changed`,
    );
  }

  /** PUBLISHED articles past expire_at become ARCHIVED; one conditional UPDATE. */
  expireDue(manager: EntityManager): Promise<{ id: string; expire_at: Date }[]> {
    return manager.query(
      `WITH changed AS (
         UPDATE article SET status = 'ARCHIVED', archived_at = expire_at, updated_at = now()
          WHERE status = 'PUBLISHED' AND expire_at <= now()
          RETURNING id, expire_at
       ) SELECT id, expire_at FROM changed`,
    );
  }

  /** The unit and all its ancestors (the viewer's audience keys). */
  async unitAndAncestorIds(orgUnitId: string, manager?: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await this.db(manager).query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id, 0 AS depth FROM org_unit WHERE id = $1
         UNION ALL
         SELECT o.id, o.parent_id, up.depth + 1 FROM org_unit o JOIN up ON o.id = up.parent_id WHERE up.depth < $2
       )
       SELECT id FROM up`,
      [orgUnitId, MAX_UNIT_DEPTH],
    );
    return rows.map((r) => r.id);
  }

  /** Active people an audience reaches (in or under the units, at the locations; empty: all). */
  async countReached(orgUnitIds: string[], locationIds: string[], manager?: EntityManager): Promise<number> {
    const [row] = await this.db(manager).query(
      `SELECT count(*)::int AS n FROM person p
        WHERE p.deactivated_at IS NULL
          AND (cardinality($1::uuid[]) = 0 OR p.org_unit_id IN (${unitsAndDescendantsSql('$1::uuid[]')}))
          AND (cardinality($2::uuid[]) = 0 OR p.location_id = ANY($2::uuid[]))`,
      [orgUnitIds, locationIds],
    );
    return row.n;
  }
}
