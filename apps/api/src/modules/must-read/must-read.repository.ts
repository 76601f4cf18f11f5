import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BaseRepository } from '../../database/base.repository';
import { returning } from '../../database/returning.util';
import { audienceReachesSql, MAX_UNIT_DEPTH } from '../articles/article-visibility.sql';
import { Article } from '../articles/article.entity';
import { articleColumnsSql, hydrateArticles } from '../articles/utils/article-rows.util';
import { ORG_UNIT_COLUMNS, OrgUnitRow } from '../organisation/organisation.mapper';

/** More open must-reads than anyone can act on; the list stops here. */
const MY_MUST_READS_MAX = 100;

/**
 * `members`: active people the article's audience reaches ($1 the article), with when they
 * acknowledged its current version. Each unit's ancestry is computed once for the whole tree, and
 * the audience rule itself is article-visibility's, applied to each person's keys.
 */
const MEMBERS_SQL = `WITH RECURSIVE up AS (
         SELECT id AS unit_id, id AS ancestor_id, 0 AS depth FROM org_unit
         UNION ALL
         SELECT up.unit_id, o.parent_id, up.depth + 1 FROM up JOIN org_unit o ON o.id = up.ancestor_id
          WHERE o.parent_id IS NOT NULL AND up.depth < $2
       ),
       unit_keys AS (SELECT unit_id, array_agg(ancestor_id) AS ids FROM up GROUP BY unit_id),
       members AS (
         SELECT p.id, p.display_name, p.email, p.org_unit_id, k.at AS acknowledged_at
           FROM article a
           JOIN person p ON p.deactivated_at IS NULL
           JOIN unit_keys uk ON uk.unit_id = p.org_unit_id
           LEFT JOIN article_acknowledgement k ON k.article_id = a.id AND k.version = a.ack_version AND k.person_id = p.id
          WHERE a.id = $1 AND ${audienceReachesSql('a', 'uk.ids', 'p.location_id')}
       )`;

/** Where must-reads reach PostgreSQL: acknowledgements, the viewer's list, the report and CSV rows. */
@Injectable()
export class MustReadRepository extends BaseRepository {
  /** The person's acknowledgement of the article's current version, read in the same statement. */
  async acknowledge(articleId: string, personId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO article_acknowledgement (article_id, version, person_id)
       SELECT id, ack_version, $2 FROM article WHERE id = $1 AND must_read
       ON CONFLICT DO NOTHING`,
      [articleId, personId],
    );
  }

  /** Raises a must-read's version; null when the article is not a must-read. */
  async raiseVersion(articleId: string, manager: EntityManager): Promise<number | null> {
    const rows = await returning<{ ack_version: number }>(
      manager,
      `UPDATE article SET ack_version = ack_version + 1, updated_at = now() WHERE id = $1 AND must_read RETURNING ack_version`,
      [articleId],
    );
    return rows[0]?.ack_version ?? null;
  }

  /**
   * The person's must-reads the predicate lets through (article-visibility's raw predicate over `a`,
   * parameters from `$3`), open ones first by due date (those without one last), then newest.
   */
  async mine(
    personId: string,
    includeAcknowledged: boolean,
    visible: { sql: string; params: unknown[] },
  ): Promise<{ article: Article; acknowledged: boolean }[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT ${articleColumnsSql(this.dataSource, 'a')},
                EXISTS (SELECT 1 FROM article_acknowledgement k
                         WHERE k.article_id = a.id AND k.version = a.ack_version AND k.person_id = $1) AS acked
           FROM article a
          WHERE a.must_read AND ${visible.sql}
       ) m
       WHERE $2 OR NOT acked
       ORDER BY acked, must_read_due ASC NULLS LAST, coalesce(published_at, publish_at) DESC, id DESC
       LIMIT ${MY_MUST_READS_MAX}`,
      [personId, includeAcknowledged, ...visible.params],
    );
    return hydrateArticles(this.dataSource, rows).map((article, i) => ({
      article,
      acknowledged: rows[i].acked as boolean,
    }));
  }

  /** Of these (article, version) pairs, those the person has acknowledged. */
  acknowledgedPairs(
    personId: string,
    pairs: readonly { articleId: string; version: number }[],
  ): Promise<{ article_id: string; version: number }[]> {
    return this.dataSource.query(
      `SELECT k.article_id, k.version FROM article_acknowledgement k
         JOIN unnest($2::uuid[], $3::int[]) AS w(article_id, version) ON w.article_id = k.article_id AND w.version = k.version
        WHERE k.person_id = $1`,
      [personId, pairs.map((p) => p.articleId), pairs.map((p) => p.version)],
    );
  }

  /** Acknowledged and pending audience members per org unit (the unit people belong to directly). */
  unitCounts(articleId: string): Promise<(OrgUnitRow & { acknowledged: number; pending: number })[]> {
    return this.dataSource.query(
      `${MEMBERS_SQL}
       SELECT ${ORG_UNIT_COLUMNS.split(', ')
         .map((c) => `u.${c}`)
         .join(', ')},
              count(m.acknowledged_at)::int AS acknowledged, (count(*) - count(m.acknowledged_at))::int AS pending
         FROM members m JOIN org_unit u ON u.id = m.org_unit_id
        GROUP BY u.id ORDER BY u.name, u.id`,
      [articleId, MAX_UNIT_DEPTH],
    );
  }

  /** One row per active audience member, by unit and name. */
  members(
    articleId: string,
  ): Promise<{ display_name: string; email: string; unit_name: string; acknowledged_at: Date | null }[]> {
    return this.dataSource.query(
      `${MEMBERS_SQL}
       SELECT m.display_name, m.email, u.name AS unit_name, m.acknowledged_at
         FROM members m JOIN org_unit u ON u.id = m.org_unit_id
        ORDER BY u.name, m.display_name, m.id`,
      [articleId, MAX_UNIT_DEPTH],
    );
  }
}
