import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '../../../common/errors/app-error';
import type { Person } from '../../people/person.entity';
import { ArticleChanges } from './article-changes.service';
import { ArticleConnection } from '../models/article-connection.model';
import { ArticleFinder } from './article-finder.service';
import {
  ArticleVisibility,
  canSeeArticle,
  effectiveStatusSql,
  withEffectiveStatus,
} from '../article-visibility';
import { Article } from '../article.entity';
import { ArticlesPolicy } from '../articles.policy';
import { decodeArticleCursor, encodeArticleCursor } from '../articles.cursor.util';
import { AudienceInput } from '../dto/audience.input';
import { StudioArticlesArgs } from '../dto/studio-articles.args';

/** Reading articles: one by id, the studio's list, and how many people an audience reaches. */
@Injectable()
export class ArticleQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly finder: ArticleFinder,
    private readonly visibility: ArticleVisibility,
    private readonly changes: ArticleChanges,
  ) {}

  /** One article; NOT_FOUND unless the viewer may see it. */
  async get(viewer: Person, id: string): Promise<Article> {
    const article = await this.finder.find(this.dataSource.manager, id);
    if (!article || !canSeeArticle(article, await this.visibility.viewer(viewer))) throw notFound('Article');
    return article;
  }

  /**
   * The studio: editors see everyone's articles, anyone else their own; newest change first,
   * keyset-paged by (updated_at, id).
   */
  async studio(actor: Person, args: StudioArticlesArgs): Promise<ArticleConnection> {
    const first = args.first;
    const qb = this.dataSource.getRepository(Article).createQueryBuilder('a');
    if (!ArticlesPolicy.for(actor).isEditor()) qb.andWhere('a.author_id = :me', { me: actor.id });
    // By the status it has now (a due SCHEDULED one is listed as PUBLISHED even before the tick).
    if (args.status) qb.andWhere(`${effectiveStatusSql('a')} = :status`, { status: args.status });
    if (args.dueForReview) qb.andWhere(`a.review_by <= current_date AND a.status <> 'ARCHIVED'`);
    if (args.after) {
      qb.andWhere('(a.updated_at, a.id) < (SELECT c.updated_at, c.id FROM article c WHERE c.id = :afterId)', {
        afterId: decodeArticleCursor(args.after),
      });
    }
    const rows = await qb
      .orderBy('a.updated_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(first + 1)
      .getMany();
    const edges = rows
      .slice(0, first)
      .map((node) => ({ node: withEffectiveStatus(node), cursor: encodeArticleCursor(node.id) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** How many active people an audience reaches (for the studio's audience picker). Editors. */
  async audienceReach(actor: Person, audience: AudienceInput): Promise<number> {
    ArticlesPolicy.for(actor).assertEditor();
    const { orgUnitIds, locationIds } = await this.changes.checkedAudience(this.dataSource.manager, audience);
    return this.visibility.reach(orgUnitIds, locationIds);
  }
}
