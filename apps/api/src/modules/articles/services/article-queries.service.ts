import { Injectable } from '@nestjs/common';
import { notFound } from '../../../common/errors/app-error';
import { decodeCursor, encodeCursor } from '../../../common/graphql/cursor.util';
import { pageOf } from '../../../common/graphql/page.util';
import type { Person } from '../../people/person.entity';
import { ArticleChanges } from './article-changes.service';
import { ArticleConnection } from '../models/article-connection.model';
import { ArticleFinder } from './article-finder.service';
import { ArticleVisibility, canSeeArticle, withEffectiveStatus } from '../article-visibility';
import { Article } from '../article.entity';
import { ArticlesPolicy } from '../articles.policy';
import { ArticlesRepository } from '../articles.repository';
import { AudienceInput } from '../dto/audience.input';
import { StudioArticlesArgs } from '../dto/studio-articles.args';

/** The studio's cursors: the last row's id (the database supplies its exact updated_at). Tag 'a' as before. */
const STUDIO_CURSOR = 'a';

/** Reading articles: one by id, the studio's list, and how many people an audience reaches. */
@Injectable()
export class ArticleQueries {
  constructor(
    private readonly articles: ArticlesRepository,
    private readonly finder: ArticleFinder,
    private readonly visibility: ArticleVisibility,
    private readonly changes: ArticleChanges,
  ) {}

  /** One article; NOT_FOUND unless the viewer may see it. */
  async get(viewer: Person, id: string): Promise<Article> {
    const article = await this.finder.find(id);
    if (!article || !canSeeArticle(article, await this.visibility.viewer(viewer))) throw notFound('Article');
    return article;
  }

  /**
   * The studio: editors see everyone's articles, anyone else their own; newest change first,
   * keyset-paged by (updated_at, id).
   */
  async studio(actor: Person, args: StudioArticlesArgs): Promise<ArticleConnection> {
    const rows = await this.articles.studioPage(
      {
        authorId: ArticlesPolicy.for(actor).isEditor() ? undefined : actor.id,
        status: args.status ?? undefined,
        dueForReview: !!args.dueForReview,
        afterId: args.after ? decodeCursor(STUDIO_CURSOR, args.after, ['uuid'])[0] : undefined,
      },
      args.first + 1,
    );
    return pageOf(rows, args.first, (node: Article) => ({
      node: withEffectiveStatus(node),
      cursor: encodeCursor(STUDIO_CURSOR, [node.id]),
    }));
  }

  /** How many active people an audience reaches (for the studio's audience picker). Editors. */
  async audienceReach(actor: Person, audience: AudienceInput): Promise<number> {
    ArticlesPolicy.for(actor).assertEditor();
    const { orgUnitIds, locationIds } = await this.changes.checkedAudience(audience);
    return this.visibility.reach(orgUnitIds, locationIds);
  }
}
