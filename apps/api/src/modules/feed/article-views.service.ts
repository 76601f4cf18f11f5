import { Injectable } from '@nestjs/common';
import { notFound } from '../../common/errors/app-error';
import { ArticleVisibility } from '../articles/article-visibility';
import { Article } from '../articles/article.entity';
import type { Person } from '../people/person.entity';
import { FeedRepository } from './feed.repository';

/** View events: one row per person, article and day — enough for unread markers and reach. */
@Injectable()
export class ArticleViewsService {
  constructor(
    private readonly feed: FeedRepository,
    private readonly visibility: ArticleVisibility,
  ) {}

  /** Records today's view; idempotent. NOT_FOUND when the person may not see the article. */
  async markViewed(person: Person, id: string): Promise<Article> {
    const viewer = await this.visibility.viewer(person);
    const article = await this.visibility.findVisible(viewer, id);
    if (!article) throw notFound('Article');
    await this.feed.recordView(person.id, article.id);
    return article;
  }
}
