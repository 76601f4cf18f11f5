import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { badInput } from '../../../common/errors/app-error';
import { sanitiseRichText, VIDEO_HOSTS } from '../../../common/sanitising/html-sanitiser';
import { optionalText } from '../../../common/transforms/trim.transform';
import { AppConfig } from '../../../config/app-config';
import { MediaService } from '../../media/media.service';
import type { Person } from '../../people/person.entity';
import { ArticleFinder } from './article-finder.service';
import { ArticlesRepository } from '../articles.repository';
import { TopicsRepository } from '../topics/topics.repository';
import { ArticleVisibility, canSeeArticle } from '../article-visibility';
import { ARTICLE_BODY_MAX_BYTES, Article } from '../article.entity';
import { ArticleStatus } from '../article.enums';
import { ArticleInput } from '../dto/article.input';
import { AudienceInput } from '../dto/audience.input';

export type Change = { from: unknown; to: unknown };

/**
 * An ArticleInput checked field by field and applied to an article in memory (what changed comes
 * back, for the revision and the audit entry); topics and gallery are read and written here too.
 * Media rules live with media (MediaService), who may see what with article-visibility.ts.
 */
@Injectable()
export class ArticleChanges {
  constructor(
    private readonly articles: ArticlesRepository,
    private readonly topics: TopicsRepository,
    private readonly finder: ArticleFinder,
    private readonly visibility: ArticleVisibility,
    private readonly config: AppConfig,
    private readonly media: MediaService,
  ) {}

  /**
   * Applies the given input fields to the article in memory, checking each; returns what changed.
   * Topics and gallery are compared with `current` and written by writeCollections().
   */
  async apply(
    manager: EntityManager,
    actor: Person,
    article: Article,
    input: ArticleInput,
    current: { topics: string[]; gallery: { mediaId: string; alt: string }[] },
  ): Promise<Record<string, Change>> {
    const changes: Record<string, Change> = {};
    const set = <K extends keyof Article>(field: string, key: K, value: Article[K]) => {
      const before = article[key];
      if (!sameValue(before, value)) {
        changes[field] = { from: before, to: value };
        article[key] = value;
      }
    };

    if (input.title !== undefined) {
      if (!input.title) throw badInput('title', 'REQUIRED', 'An article needs a title.');
      set('title', 'title', input.title);
    }
    if (input.summary !== undefined) set('summary', 'summary', input.summary ?? '');
    if (input.bodyHtml !== undefined) {
      const body = sanitiseRichText(input.bodyHtml ?? '', { publicUrl: this.config.publicUrl });
      if (Buffer.byteLength(body) > ARTICLE_BODY_MAX_BYTES)
        throw badInput('bodyHtml', 'TOO_LONG', 'The text is too long.');
      set('bodyHtml', 'bodyHtml', body);
    }
    if (input.format != null) set('format', 'format', input.format);
    if (input.language != null) set('language', 'language', input.language);
    if (input.byline !== undefined) set('byline', 'byline', optionalText(input.byline) ?? null);

    if (input.translationOfId !== undefined) {
      if (input.translationOfId === null) {
        // Leaving a group: only when actually in one with others.
        if (await this.articles.hasOtherTranslations(article, manager))
          set('translationOfId', 'translationGroupId', randomUUID());
      } else {
        const other = await this.finder.find(input.translationOfId, manager);
        const v = await this.visibility.viewer(actor, manager);
        if (!other || other.id === article.id || !canSeeArticle(other, v)) {
          throw badInput('translationOfId', 'UNKNOWN_ARTICLE', 'No such article.');
        }
        set('translationOfId', 'translationGroupId', other.translationGroupId);
      }
    }

    if (input.coverMediaId !== undefined) {
      if (input.coverMediaId !== null)
        await this.assertMedia(manager, actor, article, [input.coverMediaId], 'IMAGE', 'coverMediaId');
      set('coverMediaId', 'coverMediaId', input.coverMediaId);
    }
    if (input.coverAlt !== undefined) set('coverAlt', 'coverAlt', optionalText(input.coverAlt) ?? null);
    if (article.coverMediaId && !article.coverAlt) {
      throw badInput('coverAlt', 'REQUIRED', 'Describe the cover image for people who cannot see it.');
    }
    if (!article.coverMediaId && article.coverAlt && input.coverAlt === undefined)
      set('coverAlt', 'coverAlt', null);

    if (input.gallery !== undefined) {
      const gallery = (input.gallery ?? []).map((g) => ({ mediaId: g.mediaId, alt: g.alt }));
      if (gallery.length > 0)
        await this.assertMedia(
          manager,
          actor,
          article,
          gallery.map((g) => g.mediaId),
          'IMAGE',
          'gallery',
        );
      if (!sameValue(current.gallery, gallery))
        changes['gallery'] = { from: current.gallery.length, to: gallery.length };
    }

    if (input.videoUrl !== undefined)
      set('videoUrl', 'videoUrl', this.checkedVideoUrl(optionalText(input.videoUrl) ?? null));
    if (input.captionsMediaId !== undefined) {
      if (input.captionsMediaId !== null)
        await this.assertMedia(
          manager,
          actor,
          article,
          [input.captionsMediaId],
          'CAPTIONS',
          'captionsMediaId',
        );
      set('captionsMediaId', 'captionsMediaId', input.captionsMediaId);
    }
    if (input.textAlternative !== undefined)
      set('textAlternative', 'textAlternative', optionalText(input.textAlternative) ?? null);

    if (input.topicIds !== undefined) {
      const topics = [...new Set(input.topicIds ?? [])];
      if (topics.length > 0) {
        const known = await this.topics.existingIds(
          topics.filter((t) => isUUID(t)),
          manager,
        );
        if (known.length !== topics.length) throw badInput('topicIds', 'UNKNOWN_TOPIC', 'No such topic.');
      }
      if (!sameValue([...current.topics].sort(), [...topics].sort()))
        changes['topicIds'] = { from: current.topics, to: topics };
    }

    if (input.audience !== undefined) {
      const audience = await this.checkedAudience(
        input.audience ?? { orgUnitIds: [], locationIds: [] },
        manager,
      );
      const before = { orgUnitIds: article.audienceOrgUnitIds, locationIds: article.audienceLocationIds };
      if (
        !sameValue([...before.orgUnitIds].sort(), [...audience.orgUnitIds].sort()) ||
        !sameValue([...before.locationIds].sort(), [...audience.locationIds].sort())
      ) {
        changes['audience'] = { from: before, to: audience };
        article.audienceOrgUnitIds = audience.orgUnitIds;
        article.audienceLocationIds = audience.locationIds;
      }
    }

    if (input.expireAt !== undefined) {
      if (input.expireAt && input.expireAt.getTime() <= Date.now())
        throw badInput('expireAt', 'IN_PAST', 'Choose an expiry time in the future.');
      if (
        input.expireAt &&
        article.publishAt &&
        article.status === ArticleStatus.SCHEDULED &&
        input.expireAt <= article.publishAt
      ) {
        throw badInput('expireAt', 'BEFORE_PUBLISH', 'The article would expire before it is published.');
      }
      set('expireAt', 'expireAt', input.expireAt ?? null);
    }
    if (input.reviewBy !== undefined) set('reviewBy', 'reviewBy', input.reviewBy ?? null);
    if (input.pinnedUntil !== undefined) set('pinnedUntil', 'pinnedUntil', input.pinnedUntil ?? null);
    if (input.mustRead != null) set('mustRead', 'mustRead', input.mustRead);
    if (input.mustReadDue !== undefined) set('mustReadDue', 'mustReadDue', input.mustReadDue ?? null);
    return changes;
  }

  /** Known, active org units and locations (deduplicated); UNKNOWN_ORG_UNIT / UNKNOWN_LOCATION otherwise. */
  async checkedAudience(
    audience: AudienceInput,
    manager?: EntityManager,
  ): Promise<{ orgUnitIds: string[]; locationIds: string[] }> {
    const orgUnitIds = [...new Set(audience.orgUnitIds ?? [])];
    const locationIds = [...new Set(audience.locationIds ?? [])];
    if (orgUnitIds.length > 0) {
      const found = await this.articles.activeOrgUnitIds(orgUnitIds, manager);
      if (found.length !== orgUnitIds.length)
        throw badInput('audience', 'UNKNOWN_ORG_UNIT', 'No such org unit.');
    }
    if (locationIds.length > 0) {
      const found = await this.articles.activeLocationIds(locationIds, manager);
      if (found.length !== locationIds.length)
        throw badInput('audience', 'UNKNOWN_LOCATION', 'No such location.');
    }
    return { orgUnitIds, locationIds };
  }

  /** Media rules live with media: it exists, is of the kind, and the actor may place it (MediaService). */
  private assertMedia(
    manager: EntityManager,
    actor: Person,
    article: Article,
    ids: string[],
    kind: 'IMAGE' | 'CAPTIONS',
    field: string,
  ): Promise<void> {
    return this.media.assertUsable(
      manager,
      actor,
      ids.map((id) => ({ id, kind, field })),
      { articleId: article.id },
    );
  }

  /** Video lives on an allow-listed player or on our own address, over https. */
  private checkedVideoUrl(value: string | null): string | null {
    if (value === null) return null;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw badInput('videoUrl', 'INVALID_URL', 'Give the video’s https address.');
    }
    const own = new URL(this.config.publicUrl);
    const hosts = [...VIDEO_HOSTS, 'www.youtube.com', 'youtube.com', 'vimeo.com', own.hostname];
    if ((url.protocol !== 'https:' && url.origin !== own.origin) || !hosts.includes(url.hostname)) {
      throw badInput(
        'videoUrl',
        'UNSUPPORTED_HOST',
        'Videos can come from YouTube, Vimeo or Commons itself.',
      );
    }
    return url.toString();
  }

  /** Replaces topics and gallery when they were given (and, on update, changed). */
  async writeCollections(
    manager: EntityManager,
    id: string,
    input: ArticleInput,
    changed?: string[],
  ): Promise<void> {
    if (input.topicIds !== undefined && (!changed || changed.includes('topicIds'))) {
      await this.articles.replaceTopics(id, [...new Set(input.topicIds ?? [])], manager);
    }
    if (input.gallery !== undefined && (!changed || changed.includes('gallery'))) {
      await this.articles.replaceGallery(id, input.gallery ?? [], manager);
    }
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
  }
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/** Audit details without whole bodies: the revision keeps the text. */
export function auditable(changes: Record<string, Change>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, change] of Object.entries(changes)) {
    out[field] = field === 'bodyHtml' ? { changed: true } : change;
  }
  return out;
}
