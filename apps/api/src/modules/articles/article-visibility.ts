import { Injectable } from '@nestjs/common';
import { isEditorRole, Role } from '@commons/shared';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import type { Person } from '../people/person.entity';
import { visibleArticlesRawPredicate } from './article-visibility.sql';
import { ArticlesRepository } from './articles.repository';
import { ArticleStatus } from './article.enums';
import type { Article } from './article.entity';

// The SQL side of the rule; re-exported for the modules that import it from here (comments' mentions).
export * from './article-visibility.sql';

/**
 * Who may see an article — the one place that says so. Used by article(id), the feed, must-reads,
 * the acknowledgement report and CSV, and later search and notifications.
 *
 * A PUBLISHED article (or a SCHEDULED one whose publish_at has passed, not yet expired) is visible to
 * a person the audience reaches: `audience_org_unit_ids` empty OR holding their unit or one of its
 * ancestors, AND `audience_location_ids` empty OR holding their location. Anything not published is
 * visible to its author and to editors/admins only. Everyone else gets NOT_FOUND. As SQL:
 * article-visibility.sql.ts; in memory and per viewer: here.
 */

/** What visibility needs to know about the viewer, computed once per request. */
export interface ArticleViewer {
  personId: string;
  role: Role;
  /** The viewer's org unit and all its ancestors. */
  orgUnitIds: string[];
  locationId: string | null;
}

export interface VisibilityOptions {
  /**
   * true: only live articles whose audience reaches the viewer, whatever their role (the feed,
   * must-reads: what an editor would see as a reader). false (default): also what the viewer may
   * see as author or editor (article(id), search).
   */
  asReader?: boolean;
}

/** The status the article has now, even if the scheduler has not ticked yet. */
export function effectiveStatus(
  article: Pick<Article, 'status' | 'publishAt' | 'expireAt'>,
  now = new Date(),
): ArticleStatus {
  const due =
    article.status === ArticleStatus.SCHEDULED && article.publishAt !== null && article.publishAt <= now;
  const live = article.status === ArticleStatus.PUBLISHED || due;
  if (live && article.expireAt !== null && article.expireAt <= now) return ArticleStatus.ARCHIVED;
  return due ? ArticleStatus.PUBLISHED : article.status;
}

/**
 * Brings a loaded article up to now in memory (status, published_at, archived_at) without writing:
 * the scheduler writes it within seconds.
 */
export function withEffectiveStatus<T extends Article>(article: T, now = new Date()): T {
  const status = effectiveStatus(article, now);
  if (status === article.status) return article;
  if (article.status === ArticleStatus.SCHEDULED) article.publishedAt = article.publishAt;
  if (status === ArticleStatus.ARCHIVED) article.archivedAt = article.expireAt;
  article.status = status;
  return article;
}

/** Whether the audience reaches the viewer (ignoring status). */
export function audienceReaches(
  article: Pick<Article, 'audienceOrgUnitIds' | 'audienceLocationIds'>,
  viewer: ArticleViewer,
): boolean {
  const units = article.audienceOrgUnitIds;
  const locations = article.audienceLocationIds;
  const unitOk = units.length === 0 || units.some((id) => viewer.orgUnitIds.includes(id));
  const locationOk =
    locations.length === 0 || (viewer.locationId !== null && locations.includes(viewer.locationId));
  return unitOk && locationOk;
}

/** The check for one article (after withEffectiveStatus), mirroring visibleArticlesPredicate. */
export function canSeeArticle(
  article: Article,
  viewer: ArticleViewer,
  options: VisibilityOptions = {},
): boolean {
  const readable = effectiveStatus(article) === ArticleStatus.PUBLISHED && audienceReaches(article, viewer);
  if (readable || options.asReader) return readable;
  return isEditorRole(viewer.role) || article.authorId === viewer.personId;
}

/**
 * Builds ArticleViewers: the viewer's unit ancestry is read once per request (cached on the Person
 * object the session guard put on the request, so nothing is shared between requests).
 */
@Injectable()
export class ArticleVisibility {
  private readonly byPerson = new WeakMap<Person, Promise<ArticleViewer>>();

  constructor(private readonly articles: ArticlesRepository) {}

  viewer(person: Person, manager?: EntityManager): Promise<ArticleViewer> {
    let viewer = this.byPerson.get(person);
    if (!viewer) {
      viewer = this.load(person, manager);
      this.byPerson.set(person, viewer);
      // A failed read must not stay cached for the rest of the request.
      viewer.catch(() => this.byPerson.delete(person));
    }
    return viewer;
  }

  private async load(person: Person, manager?: EntityManager): Promise<ArticleViewer> {
    return {
      personId: person.id,
      role: person.role,
      orgUnitIds: await this.articles.unitAndAncestorIds(person.orgUnitId, manager),
      locationId: person.locationId,
    };
  }

  /**
   * One article the viewer may see (`asReader` as in VisibilityOptions), brought up to its effective
   * status; null when unknown or not visible, so callers answer NOT_FOUND either way.
   */
  async findVisible(
    viewer: ArticleViewer,
    id: string,
    options: VisibilityOptions = {},
    manager?: EntityManager,
  ): Promise<Article | null> {
    if (!isUUID(id)) return null;
    const article = await this.articles.findWhere(
      id,
      visibleArticlesRawPredicate('a', viewer, 2, options),
      manager,
    );
    return article ? withEffectiveStatus(article) : null;
  }

  /** Of these article ids, those the viewer may see (as reader, author or editor; one statement). */
  async visibleIds(
    viewer: ArticleViewer,
    ids: readonly string[],
    manager?: EntityManager,
  ): Promise<Set<string>> {
    return new Set(await this.articles.idsWhere(ids, visibleArticlesRawPredicate('a', viewer, 2), manager));
  }

  /** Active people the audience reaches (the studio's "reaches N people"). */
  reach(orgUnitIds: string[], locationIds: string[], manager?: EntityManager): Promise<number> {
    return this.articles.countReached(orgUnitIds, locationIds, manager);
  }
}
