import { Injectable } from '@nestjs/common';
import type { PlainLanguageReport } from '@commons/shared';
import type DataLoader from 'dataloader';
import { byKey, groupedByKey, RequestLoaders } from '../../common/dataloader/request-loaders';
import { ArticleRevisionsRepository } from './article-revisions.repository';
import { withEffectiveStatus } from './article-visibility';
import { Article } from './article.entity';
import { ArticlesRepository } from './articles.repository';
import { ArticleRevision } from './entities/article-revision.entity';
import { Topic } from './topics/topic.entity';
import { TopicsRepository } from './topics/topics.repository';

/**
 * The article fields that need another statement, per request: a page of articles costs one
 * statement per kind of field whatever the page size.
 */
@Injectable()
export class ArticlesLoader {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly articles: ArticlesRepository,
    private readonly revisionsRepo: ArticleRevisionsRepository,
    private readonly topicsRepo: TopicsRepository,
  ) {}

  /** Topics of an article, by name. */
  topics(request: object): DataLoader<string, Topic[]> {
    return this.loaders.get(request, 'articles.topics', async (ids: readonly string[]) =>
      groupedByKey(ids, await this.topicsRepo.byArticleIds(ids), (r) => r.articleId).map((rows) =>
        rows.map((r) => r.topic),
      ),
    );
  }

  /** The latest revision's plain-language report of an article. */
  readability(request: object): DataLoader<string, PlainLanguageReport | null> {
    return this.loaders.get(request, 'articles.readability', async (ids: readonly string[]) =>
      byKey(ids, await this.revisionsRepo.latestReports(ids), (r) => r.article_id).map(
        (r) => r?.readability ?? null,
      ),
    );
  }

  /** An article's body, for articles read without it (feed cards). */
  body(request: object): DataLoader<string, string> {
    return this.loaders.get(request, 'articles.body', async (ids: readonly string[]) =>
      byKey(ids, await this.articles.bodies(ids), (r) => r.id).map((r) => r?.body_html ?? ''),
    );
  }

  /** All revisions of an article, newest first. */
  revisions(request: object): DataLoader<string, ArticleRevision[]> {
    return this.loaders.get(request, 'articles.revisions', async (ids: readonly string[]) =>
      groupedByKey(ids, await this.revisionsRepo.byArticleIds(ids), (r) => r.articleId),
    );
  }

  /** Every article of a translation group (unfiltered: the caller applies visibility). */
  translationGroup(request: object): DataLoader<string, Article[]> {
    return this.loaders.get(request, 'articles.translationGroup', async (groupIds: readonly string[]) =>
      groupedByKey(
        groupIds,
        (await this.articles.byTranslationGroups(groupIds)).map((a) => withEffectiveStatus(a)),
        (a) => a.translationGroupId,
      ),
    );
  }
}
