import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode, notFound } from '../../common/errors/app-error';
import {
  ArticleViewer,
  ArticleVisibility,
  visibleArticlesRawPredicate,
  withEffectiveStatus,
} from '../articles/article-visibility';
import { Article } from '../articles/article.entity';
import { ArticlesPolicy } from '../articles/articles.policy';
import { AuditService } from '../audit/audit.service';
import { toOrgUnit } from '../organisation/organisation.mapper';
import type { Person } from '../people/person.entity';
import { MustReadReport } from './must-read-report.model';
import { MustReadRepository } from './must-read.repository';

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
    private readonly mustReads: MustReadRepository,
    private readonly visibility: ArticleVisibility,
    private readonly audit: AuditService,
  ) {}

  /** Idempotent per version. NOT_FOUND unless a live article reaches the person; NOT_MUST_READ otherwise. */
  async acknowledge(person: Person, id: string): Promise<Article> {
    const viewer = await this.visibility.viewer(person);
    // As a reader: an editor outside the audience cannot acknowledge for it.
    const article = await this.visibility.findVisible(viewer, id, { asReader: true });
    if (!article) throw notFound('Article');
    if (!article.mustRead) throw notMustRead();
    // The version is read in the same statement, so an acknowledgement never lands on a stale one.
    await this.mustReads.acknowledge(article.id, person.id);
    return article;
  }

  /** Editors: acknowledgements so far stop counting; audited. */
  async requireAgain(person: Person, id: string): Promise<Article> {
    const article = await this.editable(person, id);
    return this.mustReads.transaction(async (manager) => {
      const version = await this.mustReads.raiseVersion(article.id, manager);
      if (version === null) throw notMustRead();
      await this.audit.record(manager, {
        actorId: person.id,
        action: 'article.require_acknowledgement',
        targetType: 'article',
        targetId: article.id,
        details: { from: article.ackVersion, to: version },
      });
      article.ackVersion = version;
      return article;
    });
  }

  /** The person's must-reads, open ones first by due date (those without one last), then newest. */
  async mine(person: Person, includeAcknowledged: boolean): Promise<MustReadItem[]> {
    const viewer = await this.visibility.viewer(person);
    const visible = visibleArticlesRawPredicate('a', viewer, 3, { asReader: true });
    const items = await this.mustReads.mine(person.id, includeAcknowledged, visible);
    return items.map(({ article, acknowledged }) => ({
      article: withEffectiveStatus(article),
      acknowledged,
    }));
  }

  async report(person: Person, id: string): Promise<MustReadReport> {
    const article = await this.mustReadForEditor(person, id);
    const rows = await this.mustReads.unitCounts(article.id);
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
    const raw = await this.mustReads.members(article.id);
    const rows = raw.map((r) => ({
      displayName: r.display_name,
      email: r.email,
      orgUnitName: r.unit_name,
      acknowledgedAt: r.acknowledged_at,
      version: article.ackVersion,
    }));
    return { article, rows };
  }

  /** NOT_FOUND when the person cannot see it, FORBIDDEN unless an editor. */
  private async editable(person: Person, id: string): Promise<Article> {
    const viewer: ArticleViewer = await this.visibility.viewer(person);
    const article = await this.visibility.findVisible(viewer, id);
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
