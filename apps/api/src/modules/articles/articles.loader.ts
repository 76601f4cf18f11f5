import { Injectable } from '@nestjs/common';
import type { PlainLanguageReport } from '@commons/shared';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { ArticleRevision } from './entities/article-revision.entity';
import { withEffectiveStatus } from './article-visibility';
import { Article } from './article.entity';
import { Topic } from './topics/topic.entity';

export interface ArticleLoaders {
  /** Topics of an article, by name. */
  topics: DataLoader<string, Topic[]>;
  /** The latest revision's plain-language report of an article. */
  readability: DataLoader<string, PlainLanguageReport | null>;
  /** An article's body, for articles read without it (feed cards). */
  body: DataLoader<string, string>;
  /** All revisions of an article, newest first. */
  revisions: DataLoader<string, ArticleRevision[]>;
  /** Every article of a translation group (unfiltered: the caller applies visibility). */
  translationGroup: DataLoader<string, Article[]>;
}

/**
 * Per-request DataLoaders for article fields, so a page of articles costs one statement per kind of
 * field whatever the page size. Keyed by the request object; nothing is shared between requests.
 */
@Injectable()
export class ArticleLoaderFactory {
  private readonly byRequest = new WeakMap<object, ArticleLoaders>();

  constructor(private readonly dataSource: DataSource) {}

  for(request: object): ArticleLoaders {
    let loaders = this.byRequest.get(request);
    if (!loaders) {
      loaders = {
        topics: new DataLoader((ids) => this.loadTopics(ids)),
        readability: new DataLoader((ids) => this.loadReadability(ids)),
        body: new DataLoader((ids) => this.loadBodies(ids)),
        revisions: new DataLoader((ids) => this.loadRevisions(ids)),
        translationGroup: new DataLoader((ids) => this.loadTranslationGroups(ids)),
      };
      this.byRequest.set(request, loaders);
    }
    return loaders;
  }

  private async loadTopics(articleIds: readonly string[]): Promise<Topic[][]> {
    const rows: {
      article_id: string;
      id: string;
      slug: string;
      name_sv: string;
      name_en: string;
      created_at: Date;
    }[] = await this.dataSource.query(
      `SELECT at.article_id, t.id, t.slug, t.name_sv, t.name_en, t.created_at
           FROM article_topic at JOIN topic t ON t.id = at.topic_id
          WHERE at.article_id = ANY($1::uuid[])
          ORDER BY t.name_sv, t.id`,
      [articleIds],
    );
    const byArticle = new Map<string, Topic[]>();
    for (const r of rows) {
      const list = byArticle.get(r.article_id) ?? [];
      list.push(
        Object.assign(new Topic(), {
          id: r.id,
          slug: r.slug,
          nameSv: r.name_sv,
          nameEn: r.name_en,
          createdAt: r.created_at,
        }),
      );
      byArticle.set(r.article_id, list);
    }
    return articleIds.map((id) => byArticle.get(id) ?? []);
  }

  private async loadBodies(articleIds: readonly string[]): Promise<string[]> {
    const rows: { id: string; body_html: string }[] = await this.dataSource.query(
      `SELECT id, body_html FROM article WHERE id = ANY($1::uuid[])`,
      [articleIds],
    );
    const byId = new Map(rows.map((r) => [r.id, r.body_html]));
    return articleIds.map((id) => byId.get(id) ?? '');
  }

  private async loadReadability(articleIds: readonly string[]): Promise<(PlainLanguageReport | null)[]> {
    const rows: { article_id: string; readability: PlainLanguageReport | null }[] =
      await this.dataSource.query(
        `SELECT DISTINCT ON (article_id) article_id, readability
         FROM article_revision WHERE article_id = ANY($1::uuid[])
        ORDER BY article_id, revision DESC`,
        [articleIds],
      );
    const byArticle = new Map(rows.map((r) => [r.article_id, r.readability]));
    return articleIds.map((id) => byArticle.get(id) ?? null);
  }

  private async loadRevisions(articleIds: readonly string[]): Promise<ArticleRevision[][]> {
    const found = await this.dataSource
      .getRepository(ArticleRevision)
      .createQueryBuilder('r')
      .where('r.articleId = ANY(:ids)', { ids: articleIds })
      .orderBy('r.revision', 'DESC')
      .getMany();
    const byArticle = new Map<string, ArticleRevision[]>();
    for (const r of found) byArticle.set(r.articleId, [...(byArticle.get(r.articleId) ?? []), r]);
    return articleIds.map((id) => byArticle.get(id) ?? []);
  }

  private async loadTranslationGroups(groupIds: readonly string[]): Promise<Article[][]> {
    const found = await this.dataSource
      .getRepository(Article)
      .createQueryBuilder('a')
      .where('a.translation_group_id = ANY(:ids)', { ids: groupIds })
      .orderBy('a.language')
      .addOrderBy('a.id')
      .getMany();
    const byGroup = new Map<string, Article[]>();
    for (const a of found)
      byGroup.set(a.translationGroupId, [
        ...(byGroup.get(a.translationGroupId) ?? []),
        withEffectiveStatus(a),
      ]);
    return groupIds.map((id) => byGroup.get(id) ?? []);
  }
}
