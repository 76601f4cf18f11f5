import { Injectable } from '@nestjs/common';
import {
  lightHtmlMaxLength,
  POST_BODY_MAX_LENGTH,
  POST_LINK_MAX_LENGTH,
  isEditorRole,
} from '@commons/shared';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, notFound } from '../../common/errors/app-error';
import { sanitiseLightText, visibleText } from '../../common/sanitising/html-sanitiser';
import { AuditService } from '../audit/audit.service';
import { ContentAccess } from '../content/content-access';
import { MediaService } from '../media/media.service';
import { removalReason } from '../moderation/moderation-reason.util';
import type { Person } from '../people/person.entity';
import { CheckedPoll, PollsService } from '../polls/polls.service';
import { PageArgs } from '../../common/graphql/page.args';
import { decodeCursor, encodeCursor } from '../spaces/page-cursor.util';
import { spaceContentVisibleSql } from '../spaces/spaces.policy';
import { SpacesService } from '../spaces/spaces.service';
import { PostInput, PostImageInput, UpdatePostInput } from './dto/post.input';
import { Post, PostConnection, postColumns, PostRow, POST_COLUMNS, toPost } from './post.model';
import { PostsPolicy } from './posts.policy';
import { returning } from '../../database/returning.util';

/** What a post may hold once checked. */
interface CheckedContent {
  bodyHtml: string;
  link: string | null;
  images: { mediaId: string; alt: string }[];
}

/**
 * Staff posts and shares: writing (members only), editing (the author), deleting (the author and
 * moderators), the space feed and featured posts. Every write is one transaction with its audit
 * entry. Posts are deleted softly: the row stays (shares of it then show "no longer available"),
 * its text, link and images go.
 */
@Injectable()
export class PostsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: ContentAccess,
    private readonly spaces: SpacesService,
    private readonly media: MediaService,
    private readonly polls: PollsService,
  ) {}

  /** The post; NOT_FOUND unless the viewer may see it (deleted, hidden or in a space they may not read). */
  async get(viewer: Person, id: string, manager: EntityManager = this.dataSource.manager): Promise<Post> {
    await this.access.requireVisible(viewer, id, 'Post', manager);
    const [row]: PostRow[] = await manager.query(`SELECT ${POST_COLUMNS} FROM post WHERE id = $1`, [id]);
    if (!row) throw notFound('Post');
    return toPost(row);
  }

  /**
   * Members only: NOT_FOUND for a space the actor may not see (SECRET), FORBIDDEN (NOT_A_MEMBER)
   * for one they may. Nothing is written unless everything is valid.
   */
  async create(actor: Person, spaceId: string, input: PostInput): Promise<Post> {
    const content = this.checkContent(input, { bodyHtml: '', link: null, images: [] });
    const poll = input.poll ? this.polls.check(input.poll) : null;
    if (!hasContent(content) && !poll)
      throw badInput('bodyHtml', 'REQUIRED', 'Write something, or add an image, a link or a poll.');
    return this.dataSource.transaction(async (manager) => {
      const { policy } = await this.spaces.context(manager, actor, spaceId);
      policy.assertCanPost();
      const post = await this.insert(manager, actor, spaceId, content, null, poll);
      await this.record(manager, actor, 'post.create', post, {
        spaceId,
        images: content.images.length,
        poll: !!poll,
      });
      return post;
    });
  }

  /**
   * Shares an article or post (one the actor can see; NOT_FOUND otherwise) into a space the actor is
   * a member of, with an optional comment. The share is a post pointing at the original.
   */
  async share(
    actor: Person,
    targetId: string,
    spaceId: string,
    comment: string | null | undefined,
  ): Promise<Post> {
    const content = this.checkContent(
      { bodyHtml: comment ?? '' },
      { bodyHtml: '', link: null, images: [] },
      'comment',
    );
    return this.dataSource.transaction(async (manager) => {
      const target = await this.access.requireVisible(actor, targetId, 'Item', manager);
      if (target.kind !== 'ARTICLE' && target.kind !== 'POST')
        throw badInput('targetId', 'NOT_SHAREABLE', 'Only articles and posts can be shared.');
      const { policy } = await this.spaces.context(manager, actor, spaceId);
      policy.assertCanPost();
      const post = await this.insert(manager, actor, spaceId, content, target.id, null);
      await this.record(manager, actor, 'post.share', post, {
        spaceId,
        sharedItemId: target.id,
        kind: target.kind,
      });
      return post;
    });
  }

  /** The author only; partial (what is given changes). A poll cannot be changed once posted. */
  async update(actor: Person, id: string, input: UpdatePostInput): Promise<Post> {
    return this.dataSource.transaction(async (manager) => {
      const post = await this.locked(manager, actor, id);
      PostsPolicy.for(actor).assert(PostsPolicy.for(actor).canEdit(post));
      const images: { media_id: string; alt: string }[] = await manager.query(
        `SELECT media_id, alt FROM post_image WHERE post_id = $1 ORDER BY position`,
        [id],
      );
      const before: CheckedContent = {
        bodyHtml: post.bodyHtml,
        link: post.link,
        images: images.map((i) => ({ mediaId: i.media_id, alt: i.alt })),
      };
      const content = this.checkContent(input, before);
      const [{ has_poll }] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM poll WHERE post_id = $1) AS has_poll`,
        [id],
      );
      if (!hasContent(content) && !has_poll && !post.sharedItemId) {
        throw badInput('bodyHtml', 'REQUIRED', 'Write something, or add an image, a link or a poll.');
      }
      const changed = (['bodyHtml', 'link', 'images'] as const).filter(
        (f) => JSON.stringify(before[f]) !== JSON.stringify(content[f]),
      );
      if (changed.length === 0) return post;
      if (changed.includes('images')) {
        const added = content.images.filter((i) => !before.images.some((b) => b.mediaId === i.mediaId));
        await this.assertImages(manager, actor, added);
        await manager.query(`DELETE FROM post_image WHERE post_id = $1`, [id]);
        await this.insertImages(manager, id, content.images);
      }
      const [row] = await returning<PostRow>(
        manager,
        `UPDATE post SET body_html = $2, link_url = $3, edited_at = now() WHERE id = $1 RETURNING ${POST_COLUMNS}`,
        [id, content.bodyHtml, content.link],
      );
      const updated = toPost(row);
      await this.record(manager, actor, 'post.update', updated, { fields: changed });
      return updated;
    });
  }

  /**
   * The author, or whoever may moderate it (editors; the space's owners and moderators). Removing
   * someone else's post is a moderation act: it needs a reason, kept in the audit entry. Refusals
   * (NOT_FOUND, FORBIDDEN, then a missing or too long reason) change nothing.
   */
  async delete(actor: Person, id: string, reason?: string | null): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const post = await this.locked(manager, actor, id);
      const [ref] = await this.access.refs([id], manager);
      const mayModerate = (await this.access.moderatable(actor, [ref], manager)).has(id);
      PostsPolicy.for(actor).assert(PostsPolicy.for(actor).canDelete(post, mayModerate));
      const byAuthor = post.authorId === actor.id;
      const text = removalReason(byAuthor, reason);
      await manager.query(`DELETE FROM post_image WHERE post_id = $1`, [id]);
      await manager.query(
        `UPDATE post SET deleted_at = now(), deleted_by = $2, body_html = '', link_url = NULL, featured_at = NULL, featured_by = NULL WHERE id = $1`,
        [id, actor.id],
      );
      await this.record(manager, actor, 'post.delete', post, { byAuthor, authorId: post.authorId }, text);
      return true;
    });
  }

  /**
   * A space's posts, newest first, keyset by (created_at, id). NOT_FOUND for a space the viewer may
   * not see; FORBIDDEN (MEMBERS_ONLY) for a CLOSED space's posts to a non-member. Hidden posts show
   * to their author and to those who may moderate them only (as ContentAccess decides for one post).
   */
  async spacePosts(viewer: Person, spaceId: string, args: PageArgs): Promise<PostConnection> {
    const { policy } = await this.spaces.context(this.dataSource.manager, viewer, spaceId);
    policy.assertCanSeeContent();
    const seesHidden = policy.isModerator() || isEditorRole(viewer.role);
    const params: unknown[] = [spaceId, viewer.id, seesHidden];
    let after = '';
    if (args.after) {
      params.push(this.cursorId(args.after));
      after = `AND (p.created_at, p.id) < (SELECT c.created_at, c.id FROM post c WHERE c.id = $${params.length})`;
    }
    params.push(args.first + 1);
    const rows: PostRow[] = await this.dataSource.query(
      `SELECT ${postColumns('p')} FROM post p JOIN content_item ci ON ci.id = p.id
        WHERE p.space_id = $1 AND p.deleted_at IS NULL AND (ci.hidden_at IS NULL OR p.author_id = $2 OR $3)
          ${after}
        ORDER BY p.created_at DESC, p.id DESC LIMIT $${params.length}`,
      params,
    );
    return this.connection(rows, args.first);
  }

  /** Featured posts the viewer may see, most recently featured first. */
  async featured(viewer: Person, args: PageArgs): Promise<PostConnection> {
    const params: unknown[] = [viewer.id];
    let after = '';
    if (args.after) {
      params.push(this.cursorId(args.after));
      after = `AND (p.featured_at, p.id) < (SELECT c.featured_at, c.id FROM post c WHERE c.id = $${params.length} AND c.featured_at IS NOT NULL)`;
    }
    params.push(args.first + 1);
    const rows: PostRow[] = await this.dataSource.query(
      `SELECT ${postColumns('p')} FROM post p JOIN content_item ci ON ci.id = p.id JOIN space s ON s.id = p.space_id
        WHERE p.featured_at IS NOT NULL AND p.deleted_at IS NULL AND ci.hidden_at IS NULL AND ${spaceContentVisibleSql('s', '$1')}
          ${after}
        ORDER BY p.featured_at DESC, p.id DESC LIMIT $${params.length}`,
      params,
    );
    return this.connection(rows, args.first);
  }

  /** Editors: a featured post is listed in featuredPosts (for those who may see it). NOT_FOUND if not visible. */
  async feature(actor: Person, id: string, featured: boolean): Promise<Post> {
    return this.dataSource.transaction(async (manager) => {
      const post = await this.locked(manager, actor, id);
      PostsPolicy.for(actor).assert(PostsPolicy.for(actor).canCurate());
      if (featured === (post.featuredAt !== null)) return post;
      const [row] = await returning<PostRow>(
        manager,
        `UPDATE post SET featured_at = CASE WHEN $2 THEN now() END, featured_by = CASE WHEN $2 THEN $3::uuid END WHERE id = $1 RETURNING ${POST_COLUMNS}`,
        [id, featured, actor.id],
      );
      const updated = toPost(row);
      await this.record(manager, actor, featured ? 'post.feature' : 'post.unfeature', updated, {});
      return updated;
    });
  }

  /** The post locked for a write; NOT_FOUND unless the actor may see it. */
  async locked(manager: EntityManager, actor: Person, id: string): Promise<Post> {
    if (!isUUID(id)) throw notFound('Post');
    const [row]: PostRow[] = await manager.query(
      `SELECT ${POST_COLUMNS} FROM post WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!row) throw notFound('Post');
    await this.access.requireVisible(actor, id, 'Post', manager);
    return toPost(row);
  }

  // --- internals -------------------------------------------------------------------------------

  private async insert(
    manager: EntityManager,
    actor: Person,
    spaceId: string,
    content: CheckedContent,
    sharedItemId: string | null,
    poll: CheckedPoll | null,
  ): Promise<Post> {
    await this.assertImages(manager, actor, content.images);
    const [item] = await manager.query(
      `INSERT INTO content_item (kind, author_id, space_id) VALUES ('POST', $1, $2) RETURNING id, created_at`,
      [actor.id, spaceId],
    );
    const [row]: PostRow[] = await manager.query(
      `INSERT INTO post (id, space_id, author_id, body_html, link_url, shared_item_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${POST_COLUMNS}`,
      [item.id, spaceId, actor.id, content.bodyHtml, content.link, sharedItemId, item.created_at],
    );
    await this.insertImages(manager, item.id, content.images);
    if (poll) await this.polls.insert(manager, item.id, poll);
    return toPost(row);
  }

  private async insertImages(
    manager: EntityManager,
    postId: string,
    images: { mediaId: string; alt: string }[],
  ): Promise<void> {
    if (images.length === 0) return;
    await manager.query(
      `INSERT INTO post_image (post_id, position, media_id, alt)
       SELECT $1, i.ord - 1, i.media_id, i.alt FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS i(media_id, alt, ord)`,
      [postId, images.map((i) => i.mediaId), images.map((i) => i.alt)],
    );
  }

  /** Media rules live with media: an image, that the actor uploaded (editors: any). */
  private assertImages(manager: EntityManager, actor: Person, images: { mediaId: string }[]): Promise<void> {
    return this.media.assertUsable(
      manager,
      actor,
      images.map((i) => ({ id: i.mediaId, kind: 'IMAGE' as const, field: 'images' })),
    );
  }

  /** Applies the given fields over `current`: the body sanitised (light), the link checked, images deduplicated. */
  private checkContent(
    input: UpdatePostInput,
    current: CheckedContent,
    bodyField = 'bodyHtml',
  ): CheckedContent {
    const out = { ...current };
    if (input.bodyHtml !== undefined) {
      // The limit counts the text readers see; markup is bounded before it is parsed.
      const tooLong = () => badInput(bodyField, 'TOO_LONG', 'The text is too long.');
      if ((input.bodyHtml ?? '').length > lightHtmlMaxLength(POST_BODY_MAX_LENGTH)) throw tooLong();
      const body = sanitiseLightText(input.bodyHtml ?? '');
      const text = visibleText(body);
      if (text.length > POST_BODY_MAX_LENGTH) throw tooLong();
      out.bodyHtml = text === '' ? '' : body;
    }
    if (input.link !== undefined) out.link = checkedLink(input.link);
    if (input.images !== undefined) {
      const images = (input.images ?? []).map((i: PostImageInput) => ({
        mediaId: i.mediaId.toLowerCase(),
        alt: i.alt,
      }));
      if (new Set(images.map((i) => i.mediaId)).size !== images.length)
        throw badInput('images', 'DUPLICATE', 'Each image once.');
      out.images = images;
    }
    return out;
  }

  private cursorId(after: string): string {
    const [id] = decodeCursor('p', after, 1);
    if (!isUUID(id)) throw badInput('after', 'INVALID_CURSOR', 'The cursor is not one this API gave out.');
    return id;
  }

  private connection(rows: PostRow[], first: number): PostConnection {
    const edges = rows.slice(0, first).map((r) => ({ node: toPost(r), cursor: encodeCursor('p', [r.id]) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  private record(
    manager: EntityManager,
    actor: Person,
    action: string,
    post: Post,
    details: Record<string, unknown>,
    reason: string | null = null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: actor.id,
      action,
      targetType: 'post',
      targetId: post.id,
      reason,
      details,
    });
  }
}

function hasContent(content: CheckedContent): boolean {
  return content.bodyHtml !== '' || content.link !== null || content.images.length > 0;
}

/** An absolute http(s) URL with a host, nothing else (no javascript:, data:, or relative links). */
export function checkedLink(value: string | null): string | null {
  if (value === null || value.trim() === '') return null;
  if (value.length > POST_LINK_MAX_LENGTH) throw badInput('link', 'TOO_LONG', 'The link is too long.');
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw badInput('link', 'INVALID_URL', 'Give a web address starting with http:// or https://.');
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    !url.hostname ||
    url.username ||
    url.password
  ) {
    throw badInput('link', 'INVALID_URL', 'Give a web address starting with http:// or https://.');
  }
  return url.toString();
}
