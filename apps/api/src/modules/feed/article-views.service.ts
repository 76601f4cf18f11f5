import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '../../common/errors/app-error';
import { ArticleVisibility } from '../articles/article-visibility';
import { Article } from '../articles/article.entity';
import type { Person } from '../people/person.entity';
import { findVisibleArticle } from '../articles/utils/article-rows.util';

/** View events: one row per person, article and day — enough for unread markers and reach. */
@Injectable()
export class ArticleViewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly visibility: ArticleVisibility,
  ) {}

  /** Records today's view; idempotent. NOT_FOUND when the person may not see the article. */
  async markViewed(person: Person, id: string): Promise<Article> {
    const viewer = await this.visibility.viewer(person);
    const article = await findVisibleArticle(this.dataSource.manager, viewer, id);
    if (!article) throw notFound('Article');
    await this.dataSource.query(
      `INSERT INTO content_view (person_id, content_id, day) VALUES ($1, $2, current_date) ON CONFLICT DO NOTHING`,
      [person.id, article.id],
    );
    return article;
  }
}
