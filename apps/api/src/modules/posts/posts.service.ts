import { Injectable } from '@nestjs/common';
import {
  lightHtmlMaxLength,
  POST_BODY_MAX_LENGTH,
  POST_LINK_MAX_LENGTH,
  isEditorRole,
} from '@commons/shared';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { badInput, notFound } from '../../common/errors/app-error';
import { sanitiseLightText, visibleText } from '../../common/sanitising/html-sanitiser';
import { AuditService } from '../audit/audit.service';
import { ContentAccess } from '../content/content-access';
import { MediaService } from '../media/media.service';
import { removalReason } from '../moderation/moderation-reason.util';
import type { Person } from '../people/person.entity';
import { CheckedPoll, PollsService } from '../polls/polls.service';
import { PageArgs } from '../../common/graphql/page.args';
import { decodeCursor, encodeCursor } from '../../common/graphql/cursor.util';
import { pageOf } from '../../common/graphql/page.util';
import { SpacesService } from '../spaces/spaces.service';
import { PostInput, PostImageInput, UpdatePostInput } from './dto/post.input';
import { Post, PostConnection, PostRow, toPost } from './post.model';
import { PostsPolicy } from './posts.policy';
import { PostsRepository } from './posts.repository';

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
    private readonly repo: PostsRepository,
    private readonly audit: AuditService,
    private readonly access: ContentAccess,
    private readonly spaces: SpacesService,
    private readonly media: MediaService,
    private readonly polls: PollsService,
  ) {}

  /** The post; NOT_FOUND unless the viewer may see it (deleted, hidden or in a space they may not read). */
  async get(viewer: Person, id: string, manager?: EntityManager): Promise<Post> {
    await this.access.requireVisible(viewer, id, 'Post', manager);
    const row = await this.repo.byId(id, manager);
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
    return this.repo.transaction(async (manager) => {
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
    return this.repo.transaction(async (manager) => {
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
    return this.repo.transaction(async (manager) => {
      const post = await this.locked(manager, actor, id);
      PostsPolicy.for(actor).assert(PostsPolicy.for(actor).canEdit(post));
      const images = await this.repo.images(manager, id);
      const before: CheckedContent = {
        bodyHtml: post.bodyHtml,
        link: post.link,
        images: images.map((i) => ({ mediaId: i.media_id, alt: i.alt })),
      };
      const content = this.checkContent(input, before);
      const hasPoll = await this.repo.hasPoll(manager, id);
      if (!hasContent(content) && !hasPoll && !post.sharedItemId) {
        throw badInput('bodyHtml', 'REQUIRED', 'Write something, or add an image, a link or a poll.');
      }
      const changed = (['bodyHtml', 'link', 'images'] as const).filter(
        (f) => JSON.stringify(before[f]) !== JSON.stringify(content[f]),
      );
      if (changed.length === 0) return post;
      if (changed.includes('images')) {
        const added = content.images.filter((i) => !before.images.some((b) => b.mediaId === i.mediaId));
        await this.assertImages(manager, actor, added);
        await this.repo.deleteImages(manager, id);
        await this.repo.insertImages(manager, id, content.images);
      }
      const updated = toPost(await this.repo.updateContent(manager, id, content.bodyHtml, content.link));
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
    return this.repo.transaction(async (manager) => {
      const post = await this.locked(manager, actor, id);
      const [ref] = await this.access.refs([id], manager);
      const mayModerate = (await this.access.moderatable(actor, [ref], manager)).has(id);
      PostsPolicy.for(actor).assert(PostsPolicy.for(actor).canDelete(post, mayModerate));
      const byAuthor = post.authorId === actor.id;
      const text = removalReason(byAuthor, reason);
      await this.repo.deleteImages(manager, id);
      await this.repo.markDeleted(manager, id, actor.id);
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
    const { policy } = await this.spaces.context(this.repo.reader, viewer, spaceId);
    policy.assertCanSeeContent();
    const seesHidden = policy.isModerator() || isEditorRole(viewer.role);
    const afterId = args.after ? decodePostCursor(args.after) : null;
    const rows = await this.repo.spacePosts(spaceId, viewer.id, seesHidden, afterId, args.first + 1);
    return connection(rows, args.first);
  }

  /** Featured posts the viewer may see, most recently featured first. */
  async featured(viewer: Person, args: PageArgs): Promise<PostConnection> {
    const afterId = args.after ? decodePostCursor(args.after) : null;
    const rows = await this.repo.featured(viewer.id, afterId, args.first + 1);
    return connection(rows, args.first);
  }

  /** Editors: a featured post is listed in featuredPosts (for those who may see it). NOT_FOUND if not visible. */
  async feature(actor: Person, id: string, featured: boolean): Promise<Post> {
    return this.repo.transaction(async (manager) => {
      const post = await this.locked(manager, actor, id);
      PostsPolicy.for(actor).assert(PostsPolicy.for(actor).canCurate());
      if (featured === (post.featuredAt !== null)) return post;
      const updated = toPost(await this.repo.setFeatured(manager, id, featured, actor.id));
      await this.record(manager, actor, featured ? 'post.feature' : 'post.unfeature', updated, {});
      return updated;
    });
  }

  /** The post locked for a write; NOT_FOUND unless the actor may see it. */
  async locked(manager: EntityManager, actor: Person, id: string): Promise<Post> {
    if (!isUUID(id)) throw notFound('Post');
    const row = await this.repo.locked(manager, id);
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
    const row = await this.repo.insert(manager, {
      spaceId,
      authorId: actor.id,
      bodyHtml: content.bodyHtml,
      link: content.link,
      sharedItemId,
    });
    await this.repo.insertImages(manager, row.id, content.images);
    if (poll) await this.polls.insert(manager, row.id, poll);
    return toPost(row);
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

/** Post lists (a space's, featured) go by their sort key and id of the last post; the cursor names it. */
const POST_CURSOR = 'p';

function decodePostCursor(after: string): string {
  return decodeCursor(POST_CURSOR, after, ['uuid'])[0];
}

function connection(rows: PostRow[], first: number): PostConnection {
  return pageOf(rows, first, (r) => ({ node: toPost(r), cursor: encodeCursor(POST_CURSOR, [r.id]) }));
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
