import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Language, type PlainLanguageReport } from '@commons/shared';
import { AppError, badInput, ErrorCode, notFound } from '../../common/errors/app-error';
import { sanitiseRichText, VIDEO_HOSTS } from '../../common/sanitising/html-sanitiser';
import { optionalText } from '../../common/transforms/trim.transform';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../audit/audit.service';
import { MediaService } from '../media/media.service';
import type { Person } from '../people/person.entity';
import { ArticleConnection } from './article-connection.model';
import { readabilityOf } from './article-content.util';
import { ArticleGalleryImage } from './article-gallery-image.entity';
import { transition } from './article-lifecycle';
import { ArticleRevision } from './article-revision.entity';
import { ArticleTopic } from './article-topic.entity';
import { ArticleVisibility, canSeeArticle, effectiveStatusSql, withEffectiveStatus } from './article-visibility';
import { ARTICLE_BODY_MAX_BYTES, ARTICLE_REVIEW_COMMENT_MAX_LENGTH, Article } from './article.entity';
import { ArticleFormat, ArticleStatus } from './article.enums';
import { ArticlesPolicy } from './articles.policy';
import { decodeArticleCursor, encodeArticleCursor } from './articles.cursor.util';
import { ContentItem } from './content-item.entity';
import { ArticleInput } from './dto/article.input';
import { AudienceInput } from './dto/audience.input';
import { StudioArticlesArgs } from './dto/studio-articles.args';

/** A "now" from a client's clock may lag ours a little; older than this is the past. */
const PUBLISH_NOW_TOLERANCE_MS = 60_000;

type Change = { from: unknown; to: unknown };

/**
 * Articles: writing, the editorial lifecycle and the studio lists. Every write is one transaction
 * with its audit entry; a content change also writes a revision with its plain-language report.
 * Who may see what is article-visibility.ts, who may do what articles.policy.ts, which status may
 * follow which article-lifecycle.ts.
 */
@Injectable()
export class ArticlesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly visibility: ArticleVisibility,
    private readonly config: AppConfig,
    private readonly media: MediaService,
  ) {}

  /** One article; NOT_FOUND unless the viewer may see it. */
  async get(viewer: Person, id: string): Promise<Article> {
    const article = await this.find(this.dataSource.manager, id);
    if (!article || !canSeeArticle(article, await this.visibility.viewer(viewer))) throw notFound('Article');
    return article;
  }

  async create(actor: Person, input: ArticleInput): Promise<Article> {
    const policy = ArticlesPolicy.for(actor);
    if (!input.title) throw badInput('title', 'REQUIRED', 'An article needs a title.');

    return this.dataSource.transaction(async (manager) => {
      const item = await manager.save(manager.create(ContentItem, { kind: 'ARTICLE', authorId: actor.id }));
      const article = manager.create(Article, {
        id: item.id,
        authorId: actor.id,
        status: ArticleStatus.DRAFT,
        format: ArticleFormat.ARTICLE,
        language: actor.language ?? Language.SV,
        translationGroupId: randomUUID(),
        title: '',
        summary: '',
        bodyHtml: '',
        byline: null,
        coverMediaId: null,
        coverAlt: null,
        videoUrl: null,
        captionsMediaId: null,
        textAlternative: null,
        audienceOrgUnitIds: [],
        audienceLocationIds: [],
        publishAt: null,
        publishedAt: null,
        expireAt: null,
        archivedAt: null,
        reviewBy: null,
        pinnedUntil: null,
        mustRead: false,
        mustReadDue: null,
        ackVersion: 1,
        reviewComment: null,
        revision: 1,
        readabilityScore: null,
        createdAt: item.createdAt,
        updatedAt: item.createdAt,
      });
      const changes = await this.apply(manager, actor, article, input, { topics: [], gallery: [] });
      policy.assertMayChange(Object.keys(changes));
      const report = readabilityOf(article);
      article.readabilityScore = report.score;
      await manager.insert(Article, article);
      await this.writeCollections(manager, article.id, input);
      await this.writeRevision(manager, article, actor, Object.keys(changes), report);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'article.create',
        targetType: 'article',
        targetId: article.id,
        details: { title: article.title, fields: Object.keys(changes) },
      });
      return article;
    });
  }

  /**
   * Partial update (autosave sends what changed). Nothing changed: nothing written, no revision.
   * Otherwise one revision listing the changed fields, with the text's plain-language report.
   */
  async update(actor: Person, id: string, input: ArticleInput): Promise<Article> {
    const policy = ArticlesPolicy.for(actor);
    return this.dataSource.transaction(async (manager) => {
      const article = await this.lockedVisible(manager, actor, id);
      policy.assertCanEdit(article);
      const current = await this.collections(manager, id);
      const changes = await this.apply(manager, actor, article, input, current);
      const fields = Object.keys(changes);
      // Refused before anything is written; the transaction rolls back.
      policy.assertMayChange(fields);
      if (fields.length === 0) return article;

      const contentChanged = fields.some((f) => f === 'bodyHtml' || f === 'language');
      const report = contentChanged ? readabilityOf(article) : await this.latestReport(manager, article);
      article.readabilityScore = report.score;
      article.revision += 1;
      article.updatedAt = new Date();
      await manager.save(article);
      await this.writeCollections(manager, id, input, fields);
      await this.writeRevision(manager, article, actor, fields, report);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'article.update',
        targetType: 'article',
        targetId: id,
        details: auditable(changes),
      });
      return article;
    });
  }

  /** DRAFT → IN_REVIEW: the author (or an editor) proposes it for publishing. */
  async submit(actor: Person, id: string): Promise<Article> {
    return this.dataSource.transaction(async (manager) => {
      const article = await this.lockedVisible(manager, actor, id);
      if (!ArticlesPolicy.for(actor).canSubmit(article)) throw forbiddenFor();
      const from = article.status;
      article.status = transition(article.status, 'submit');
      assertReadyToPublish(article);
      article.reviewComment = null;
      return this.saveTransition(manager, actor, article, 'article.submit', { from });
    });
  }

  /** IN_REVIEW (or SCHEDULED) → DRAFT with the reviewer's comment. Editors only. */
  async returnToDraft(actor: Person, id: string, comment: string): Promise<Article> {
    const text = comment.trim();
    if (text === '') throw badInput('comment', 'REQUIRED', 'Say what needs to change.');
    if (text.length > ARTICLE_REVIEW_COMMENT_MAX_LENGTH) throw badInput('comment', 'TOO_LONG', 'The comment is too long.');
    return this.dataSource.transaction(async (manager) => {
      const article = await this.lockedVisible(manager, actor, id);
      ArticlesPolicy.for(actor).assertEditor();
      const from = article.status;
      article.status = transition(article.status, 'return');
      article.publishAt = null;
      article.reviewComment = text;
      return this.saveTransition(manager, actor, article, 'article.return', { from, comment: text });
    });
  }

  /** Editors: no publishAt (or now) → PUBLISHED; a future one → SCHEDULED; a past one → BAD_USER_INPUT. */
  async publish(actor: Person, id: string, publishAt: Date | null | undefined): Promise<Article> {
    const now = new Date();
    if (publishAt && publishAt.getTime() < now.getTime() - PUBLISH_NOW_TOLERANCE_MS) {
      throw badInput('publishAt', 'IN_PAST', 'Publish now, or choose a time in the future.');
    }
    const scheduled = !!publishAt && publishAt.getTime() > now.getTime();
    return this.dataSource.transaction(async (manager) => {
      const article = await this.lockedVisible(manager, actor, id);
      ArticlesPolicy.for(actor).assertEditor();
      const from = article.status;
      article.status = transition(article.status, scheduled ? 'schedule' : 'publish');
      assertReadyToPublish(article);
      const at = scheduled && publishAt ? publishAt : now;
      if (article.expireAt && article.expireAt <= at) {
        throw badInput('publishAt', 'AFTER_EXPIRY', 'The article would expire before it is published.');
      }
      article.publishAt = at;
      article.publishedAt = scheduled ? null : now;
      article.reviewComment = null;
      return this.saveTransition(manager, actor, article, scheduled ? 'article.schedule' : 'article.publish', {
        from,
        publishAt: at.toISOString(),
      });
    });
  }

  /** Editors: PUBLISHED → ARCHIVED. It leaves every feed and its link gives NOT_FOUND to readers. */
  async archive(actor: Person, id: string): Promise<Article> {
    return this.dataSource.transaction(async (manager) => {
      const article = await this.lockedVisible(manager, actor, id);
      ArticlesPolicy.for(actor).assertEditor();
      const from = article.status;
      article.status = transition(article.status, 'archive');
      article.archivedAt = new Date();
      return this.saveTransition(manager, actor, article, 'article.archive', { from });
    });
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
    const rows = await qb.orderBy('a.updated_at', 'DESC').addOrderBy('a.id', 'DESC').limit(first + 1).getMany();
    const edges = rows.slice(0, first).map((node) => ({ node: withEffectiveStatus(node), cursor: encodeArticleCursor(node.id) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** How many active people an audience reaches (for the studio's audience picker). Editors. */
  async audienceReach(actor: Person, audience: AudienceInput): Promise<number> {
    ArticlesPolicy.for(actor).assertEditor();
    const { orgUnitIds, locationIds } = await this.checkedAudience(this.dataSource.manager, audience);
    return this.visibility.reach(orgUnitIds, locationIds);
  }

  // --- internals -------------------------------------------------------------------------------

  private async find(manager: EntityManager, id: string, lock = false): Promise<Article | null> {
    if (!isUUID(id)) return null;
    const article = await manager.findOne(Article, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    return article ? withEffectiveStatus(article) : null;
  }

  /** The article locked for a write; NOT_FOUND unless the actor may see it. Brings a due status up to date. */
  private async lockedVisible(manager: EntityManager, actor: Person, id: string): Promise<Article> {
    if (!isUUID(id)) throw notFound('Article');
    const row = await manager.findOne(Article, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw notFound('Article');
    const stored = row.status;
    const article = withEffectiveStatus(row);
    if (!canSeeArticle(article, await this.visibility.viewer(actor, manager))) throw notFound('Article');
    if (article.status !== stored) {
      // The scheduler would have done this within seconds; do it now so the transition starts from the truth.
      await manager.update(Article, { id }, { status: article.status, publishedAt: article.publishedAt, archivedAt: article.archivedAt });
      await this.audit.record(manager, {
        actorId: null,
        action: article.status === ArticleStatus.ARCHIVED ? 'article.expire' : 'article.publish_due',
        targetType: 'article',
        targetId: id,
        details: { from: stored, to: article.status },
      });
    }
    return article;
  }

  private async saveTransition(
    manager: EntityManager,
    actor: Person,
    article: Article,
    action: string,
    details: Record<string, unknown>,
  ): Promise<Article> {
    article.updatedAt = new Date();
    await manager.save(article);
    await this.audit.record(manager, {
      actorId: actor.id,
      action,
      targetType: 'article',
      targetId: article.id,
      details: { ...details, to: article.status },
    });
    return article;
  }

  /**
   * Applies the given input fields to the article in memory, checking each; returns what changed.
   * Topics and gallery are compared with `current` and written by writeCollections().
   */
  private async apply(
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
      if (Buffer.byteLength(body) > ARTICLE_BODY_MAX_BYTES) throw badInput('bodyHtml', 'TOO_LONG', 'The text is too long.');
      set('bodyHtml', 'bodyHtml', body);
    }
    if (input.format != null) set('format', 'format', input.format);
    if (input.language != null) set('language', 'language', input.language);
    if (input.byline !== undefined) set('byline', 'byline', optionalText(input.byline) ?? null);

    if (input.translationOfId !== undefined) {
      if (input.translationOfId === null) {
        // Leaving a group: only when actually in one with others.
        if (await this.hasTranslations(manager, article)) set('translationOfId', 'translationGroupId', randomUUID());
      } else {
        const other = await this.find(manager, input.translationOfId);
        const v = await this.visibility.viewer(actor, manager);
        if (!other || other.id === article.id || !canSeeArticle(other, v)) {
          throw badInput('translationOfId', 'UNKNOWN_ARTICLE', 'No such article.');
        }
        set('translationOfId', 'translationGroupId', other.translationGroupId);
      }
    }

    if (input.coverMediaId !== undefined) {
      if (input.coverMediaId !== null) await this.assertMedia(manager, actor, article, [input.coverMediaId], 'IMAGE', 'coverMediaId');
      set('coverMediaId', 'coverMediaId', input.coverMediaId);
    }
    if (input.coverAlt !== undefined) set('coverAlt', 'coverAlt', optionalText(input.coverAlt) ?? null);
    if (article.coverMediaId && !article.coverAlt) {
      throw badInput('coverAlt', 'REQUIRED', 'Describe the cover image for people who cannot see it.');
    }
    if (!article.coverMediaId && article.coverAlt && input.coverAlt === undefined) set('coverAlt', 'coverAlt', null);

    if (input.gallery !== undefined) {
      const gallery = (input.gallery ?? []).map((g) => ({ mediaId: g.mediaId, alt: g.alt }));
      if (gallery.length > 0) await this.assertMedia(manager, actor, article, gallery.map((g) => g.mediaId), 'IMAGE', 'gallery');
      if (!sameValue(current.gallery, gallery)) changes['gallery'] = { from: current.gallery.length, to: gallery.length };
    }

    if (input.videoUrl !== undefined) set('videoUrl', 'videoUrl', this.checkedVideoUrl(optionalText(input.videoUrl) ?? null));
    if (input.captionsMediaId !== undefined) {
      if (input.captionsMediaId !== null) await this.assertMedia(manager, actor, article, [input.captionsMediaId], 'CAPTIONS', 'captionsMediaId');
      set('captionsMediaId', 'captionsMediaId', input.captionsMediaId);
    }
    if (input.textAlternative !== undefined) set('textAlternative', 'textAlternative', optionalText(input.textAlternative) ?? null);

    if (input.topicIds !== undefined) {
      const topics = [...new Set(input.topicIds ?? [])];
      if (topics.length > 0) {
        const known: { id: string }[] = await manager.query(`SELECT id FROM topic WHERE id = ANY($1::uuid[])`, [topics.filter((t) => isUUID(t))]);
        if (known.length !== topics.length) throw badInput('topicIds', 'UNKNOWN_TOPIC', 'No such topic.');
      }
      if (!sameValue([...current.topics].sort(), [...topics].sort())) changes['topicIds'] = { from: current.topics, to: topics };
    }

    if (input.audience !== undefined) {
      const audience = await this.checkedAudience(manager, input.audience ?? { orgUnitIds: [], locationIds: [] });
      const before = { orgUnitIds: article.audienceOrgUnitIds, locationIds: article.audienceLocationIds };
      if (!sameValue([...before.orgUnitIds].sort(), [...audience.orgUnitIds].sort()) || !sameValue([...before.locationIds].sort(), [...audience.locationIds].sort())) {
        changes['audience'] = { from: before, to: audience };
        article.audienceOrgUnitIds = audience.orgUnitIds;
        article.audienceLocationIds = audience.locationIds;
      }
    }

    if (input.expireAt !== undefined) {
      if (input.expireAt && input.expireAt.getTime() <= Date.now()) throw badInput('expireAt', 'IN_PAST', 'Choose an expiry time in the future.');
      if (input.expireAt && article.publishAt && article.status === ArticleStatus.SCHEDULED && input.expireAt <= article.publishAt) {
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
  private async checkedAudience(manager: EntityManager, audience: AudienceInput): Promise<{ orgUnitIds: string[]; locationIds: string[] }> {
    const orgUnitIds = [...new Set(audience.orgUnitIds ?? [])];
    const locationIds = [...new Set(audience.locationIds ?? [])];
    if (orgUnitIds.length > 0) {
      const valid = orgUnitIds.filter((id) => isUUID(id));
      const found: { id: string }[] = valid.length
        ? await manager.query(`SELECT id FROM org_unit WHERE id = ANY($1::uuid[]) AND deactivated_at IS NULL`, [valid])
        : [];
      if (found.length !== orgUnitIds.length) throw badInput('audience', 'UNKNOWN_ORG_UNIT', 'No such org unit.');
    }
    if (locationIds.length > 0) {
      const valid = locationIds.filter((id) => isUUID(id));
      const found: { id: string }[] = valid.length
        ? await manager.query(`SELECT id FROM location WHERE id = ANY($1::uuid[]) AND deactivated_at IS NULL`, [valid])
        : [];
      if (found.length !== locationIds.length) throw badInput('audience', 'UNKNOWN_LOCATION', 'No such location.');
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
    return this.media.assertUsable(manager, actor, ids.map((id) => ({ id, kind, field })), { articleId: article.id });
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
      throw badInput('videoUrl', 'UNSUPPORTED_HOST', 'Videos can come from YouTube, Vimeo or Commons itself.');
    }
    return url.toString();
  }

  private async hasTranslations(manager: EntityManager, article: Article): Promise<boolean> {
    const [row] = await manager.query(`SELECT 1 FROM article WHERE translation_group_id = $1 AND id <> $2 LIMIT 1`, [
      article.translationGroupId,
      article.id,
    ]);
    return !!row;
  }

  private async collections(manager: EntityManager, id: string): Promise<{ topics: string[]; gallery: { mediaId: string; alt: string }[] }> {
    const [topics, gallery] = await Promise.all([
      manager.find(ArticleTopic, { where: { articleId: id } }),
      manager.find(ArticleGalleryImage, { where: { articleId: id }, order: { position: 'ASC' } }),
    ]);
    return { topics: topics.map((t) => t.topicId), gallery: gallery.map((g) => ({ mediaId: g.mediaId, alt: g.alt })) };
  }

  /** Replaces topics and gallery when they were given (and, on update, changed). */
  private async writeCollections(manager: EntityManager, id: string, input: ArticleInput, changed?: string[]): Promise<void> {
    if (input.topicIds !== undefined && (!changed || changed.includes('topicIds'))) {
      await manager.delete(ArticleTopic, { articleId: id });
      const topics = [...new Set(input.topicIds ?? [])];
      if (topics.length) await manager.insert(ArticleTopic, topics.map((topicId) => ({ articleId: id, topicId })));
    }
    if (input.gallery !== undefined && (!changed || changed.includes('gallery'))) {
      await manager.delete(ArticleGalleryImage, { articleId: id });
      const gallery = input.gallery ?? [];
      if (gallery.length) {
        await manager.insert(ArticleGalleryImage, gallery.map((g, position) => ({ articleId: id, position, mediaId: g.mediaId, alt: g.alt })));
      }
    }
  }

  private async writeRevision(manager: EntityManager, article: Article, actor: Person, fields: string[], report: PlainLanguageReport): Promise<void> {
    await manager.insert(ArticleRevision, {
      articleId: article.id,
      revision: article.revision,
      editorId: actor.id,
      at: article.updatedAt,
      changedFields: fields,
      title: article.title,
      summary: article.summary,
      bodyHtml: article.bodyHtml,
      readability: report,
    });
  }

  private async latestReport(manager: EntityManager, article: Article): Promise<PlainLanguageReport> {
    const [row] = await manager.query(`SELECT readability FROM article_revision WHERE article_id = $1 ORDER BY revision DESC LIMIT 1`, [article.id]);
    return (row?.readability as PlainLanguageReport | null) ?? readabilityOf(article);
  }
}

function forbiddenFor(): AppError {
  return new AppError(ErrorCode.FORBIDDEN, 'You may not do this.');
}

/** An infographic without its text version shuts out everyone who cannot see it (WCAG 1.1.1). */
function assertReadyToPublish(article: Article): void {
  if (article.format === ArticleFormat.INFOGRAPHIC && !article.textAlternative) {
    throw badInput('textAlternative', 'REQUIRED', 'An infographic needs a text alternative.');
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
function auditable(changes: Record<string, Change>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, change] of Object.entries(changes)) {
    out[field] = field === 'bodyHtml' ? { changed: true } : change;
  }
  return out;
}
