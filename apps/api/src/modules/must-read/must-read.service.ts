import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError, ErrorCode, notFound } from '../../common/errors/app-error';
import { articleColumnsSql, findVisibleArticle, hydrateArticles } from '../articles/utils/article-rows.util';
import {
  ArticleViewer,
  ArticleVisibility,
  audienceReachesSql,
  visibleArticlesRawPredicate,
  withEffectiveStatus,
} from '../articles/article-visibility';
import { Article } from '../articles/article.entity';
import { ArticlesPolicy } from '../articles/articles.policy';
import { AuditService } from '../audit/audit.service';
import { ORG_UNIT_COLUMNS, OrgUnitRow, toOrgUnit } from '../organisation/organisation.mapper';
import type { Person } from '../people/person.entity';
import { MustReadReport } from './must-read-report.model';

/** More open must-reads than anyone can act on; the list stops here. */
const MY_MUST_READS_MAX = 100;
const MAX_DEPTH = 50;

const notMustRead = () =>
  new AppError(ErrorCode.BAD_USER_INPUT, 'This article is not a must-read.', {
    field: 'id',
    reason: 'NOT_MUST_READ',
  });

export interface MustReadItem {
  article: Article;
  acknowledged: boolean;
}

export interface AcknowledgementRow {
  displayName: string;
  email: string;
  orgUnitName: string;
  acknowledgedAt: Date | null;
  version: number;
}

/**
 * Must-reads: people in the audience acknowledge the current version ("I have read and understood");
 * an editor raises the version after a substantive edit, and everyone acknowledges again. The
 * report counts active people the audience reaches, by the unit they belong to.
 */
@Injectable()
export class MustReadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly visibility: ArticleVisibility,
    private readonly audit: AuditService,
  ) {}

  /** Idempotent per version. NOT_FOUND unless a live article reaches the person; NOT_MUST_READ otherwise. */
  async acknowledge(person: Person, id: string): Promise<Article> {
    const viewer = await this.visibility.viewer(person);
    // As a reader: an editor outside the audience cannot acknowledge for it.
    const article = await findVisibleArticle(this.dataSource.manager, viewer, id, { asReader: true });
    if (!article) throw notFound('Article');
    if (!article.mustRead) throw notMustRead();
    // The version is read in the same statement, so an acknowledgement never lands on a stale one.
    await this.dataSource.query(
      `INSERT INTO article_acknowledgement (article_id, version, person_id)
       SELECT id, ack_version, $2 FROM article WHERE id = $1 AND must_read
       ON CONFLICT DO NOTHING`,
      [article.id, person.id],
    );
    return article;
  }

  /** Editors: acknowledgements so far stop counting; audited. */
  async requireAgain(person: Person, id: string): Promise<Article> {
    const article = await this.editable(person, id);
    return this.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `UPDATE article SET ack_version = ack_version + 1, updated_at = now() WHERE id = $1 AND must_read RETURNING ack_version`,
        [article.id],
      )) as [{ ack_version: number }[], number];
      if (!rows.length) throw notMustRead();
      await this.audit.record(manager, {
        actorId: person.id,
        action: 'article.require_acknowledgement',
        targetType: 'article',
        targetId: article.id,
        details: { from: article.ackVersion, to: rows[0].ack_version },
      });
      article.ackVersion = rows[0].ack_version;
      return article;
    });
  }

  /** The person's must-reads, open ones first by due date (those without one last), then newest. */
  async mine(person: Person, includeAcknowledged: boolean): Promise<MustReadItem[]> {
    const viewer = await this.visibility.viewer(person);
    const visible = visibleArticlesRawPredicate('a', viewer, 3, { asReader: true });
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
      [person.id, includeAcknowledged, ...visible.params],
    );
    return hydrateArticles(this.dataSource, rows).map((article, i) => ({
      article: withEffectiveStatus(article),
      acknowledged: rows[i].acked as boolean,
    }));
  }

  async report(person: Person, id: string): Promise<MustReadReport> {
    const article = await this.mustReadForEditor(person, id);
    const rows: (OrgUnitRow & { acknowledged: number; pending: number })[] = await this.dataSource.query(
      `${this.membersSql()}
       SELECT ${ORG_UNIT_COLUMNS.split(', ')
         .map((c) => `u.${c}`)
         .join(', ')},
              count(m.acknowledged_at)::int AS acknowledged, (count(*) - count(m.acknowledged_at))::int AS pending
         FROM members m JOIN org_unit u ON u.id = m.org_unit_id
        GROUP BY u.id ORDER BY u.name, u.id`,
      [article.id, MAX_DEPTH],
    );
    const byOrgUnit = rows.map((r) => ({
      orgUnit: toOrgUnit(r),
      acknowledged: r.acknowledged,
      pending: r.pending,
    }));
    return {
      version: article.ackVersion,
      acknowledged: byOrgUnit.reduce((n, r) => n + r.acknowledged, 0),
      pending: byOrgUnit.reduce((n, r) => n + r.pending, 0),
      byOrgUnit,
      csvUrl: `/api/articles/${article.id}/acknowledgements.csv`,
    };
  }

  /** One row per active audience member, by unit and name; for the CSV export. */
  async acknowledgementRows(
    person: Person,
    id: string,
  ): Promise<{ article: Article; rows: AcknowledgementRow[] }> {
    const article = await this.mustReadForEditor(person, id);
    const raw: { display_name: string; email: string; unit_name: string; acknowledged_at: Date | null }[] =
      await this.dataSource.query(
        `${this.membersSql()}
       SELECT m.display_name, m.email, u.name AS unit_name, m.acknowledged_at
         FROM members m JOIN org_unit u ON u.id = m.org_unit_id
        ORDER BY u.name, m.display_name, m.id`,
        [article.id, MAX_DEPTH],
      );
    const rows = raw.map((r) => ({
      displayName: r.display_name,
      email: r.email,
      orgUnitName: r.unit_name,
      acknowledgedAt: r.acknowledged_at,
      version: article.ackVersion,
    }));
    return { article, rows };
  }

  /**
   * `members`: active people the article's audience reaches ($1 the article), with when they
   * acknowledged its current version. Each unit's ancestry is computed once for the whole tree, and
   * the audience rule itself is article-visibility.ts's, applied to each person's keys.
   */
  private membersSql(): string {
    return `WITH RECURSIVE up AS (
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
  }

  /** NOT_FOUND when the person cannot see it, FORBIDDEN unless an editor. */
  private async editable(person: Person, id: string): Promise<Article> {
    const viewer: ArticleViewer = await this.visibility.viewer(person);
    const article = await findVisibleArticle(this.dataSource.manager, viewer, id);
    if (!article) throw notFound('Article');
    ArticlesPolicy.for(person).assertEditor();
    return article;
  }

  private async mustReadForEditor(person: Person, id: string): Promise<Article> {
    const article = await this.editable(person, id);
    if (!article.mustRead) throw notMustRead();
    return article;
  }
}
