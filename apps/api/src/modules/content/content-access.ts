import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { notFound } from '../../common/errors/app-error';
import type { Person } from '../people/person.entity';
import { isEditorRole } from '@commons/shared';
import { type ContentKind } from './content-item.entity';
import { ContentRepository } from './content.repository';

/** A content_item row: enough to decide who may see, react to, comment on or moderate it. */
export interface ContentRef {
  id: string;
  kind: ContentKind;
  authorId: string;
  /** The space of a post or of a comment on one; null for news. */
  spaceId: string | null;
  hiddenAt: Date | null;
  /** New comments are refused (content_item.comments_closed_at is set). */
  commentsClosed: boolean;
}

/** The content_item columns behind a ContentRef, as a statement selects them. */
export interface ContentRefRow {
  id: string;
  kind: ContentKind;
  author_id: string;
  space_id: string | null;
  hidden_at: Date | null;
  comments_closed: boolean;
}

export function toContentRef(row: ContentRefRow): ContentRef {
  return {
    id: row.id,
    kind: row.kind,
    authorId: row.author_id,
    spaceId: row.space_id,
    hiddenAt: row.hidden_at,
    commentsClosed: row.comments_closed,
  };
}

/**
 * How one kind of content decides visibility. Each kind's module registers one (articles here;
 * posts and comments in theirs) so that ContentAccess stays the single door for "may this viewer
 * see item X", whatever X is.
 */
export interface ContentKindAccess {
  readonly kind: ContentKind;
  /** Of `refs` (all of this kind), the ids the viewer may see, before moderation (ContentAccess applies that). */
  visibleIds(viewer: Person, refs: readonly ContentRef[], manager: EntityManager): Promise<Set<string>>;
}

/** Which spaces a person moderates (owners and moderators); registered by the spaces module. */
export interface SpaceModeration {
  moderatedSpaceIds(
    viewer: Person,
    spaceIds: readonly string[],
    manager: EntityManager,
  ): Promise<Set<string>>;
}

/**
 * Who may see a piece of content, for every kind: reactions, comments, shares and reports all
 * ask here, and anything the viewer may not see is NOT_FOUND (never FORBIDDEN, which would
 * confirm that it exists).
 *
 * Hidden (moderated) content stays visible to its author (who sees why) and to those who may
 * moderate it: editors everywhere, a space's owners and moderators in their space.
 */
@Injectable()
export class ContentAccess {
  private readonly kinds = new Map<ContentKind, ContentKindAccess>();
  private spaces: SpaceModeration | null = null;

  constructor(private readonly content: ContentRepository) {}

  register(access: ContentKindAccess): void {
    this.kinds.set(access.kind, access);
  }

  registerSpaceModeration(spaces: SpaceModeration): void {
    this.spaces = spaces;
  }

  async refs(ids: readonly string[], manager: EntityManager = this.content.manager()): Promise<ContentRef[]> {
    const valid = ids.filter((id) => isUUID(id));
    if (valid.length === 0) return [];
    return (await this.content.refs(valid, manager)).map(toContentRef);
  }

  /** The refs of those `ids` the viewer may see (unknown ids are simply absent). */
  async visible(
    viewer: Person,
    ids: readonly string[],
    manager: EntityManager = this.content.manager(),
  ): Promise<Map<string, ContentRef>> {
    const refs = await this.refs(ids, manager);
    const byKind = new Map<ContentKind, ContentRef[]>();
    for (const ref of refs) byKind.set(ref.kind, [...(byKind.get(ref.kind) ?? []), ref]);
    const visible = new Map<string, ContentRef>();
    for (const [kind, group] of byKind) {
      const access = this.kinds.get(kind);
      if (!access) continue; // a kind nobody registered is visible to nobody
      const ids = await access.visibleIds(viewer, group, manager);
      for (const ref of group) if (ids.has(ref.id)) visible.set(ref.id, ref);
    }
    const hidden = [...visible.values()].filter((ref) => ref.hiddenAt && ref.authorId !== viewer.id);
    if (hidden.length > 0) {
      const mayModerate = await this.moderatable(viewer, hidden, manager);
      for (const ref of hidden) if (!mayModerate.has(ref.id)) visible.delete(ref.id);
    }
    return visible;
  }

  /** The ref, or NOT_FOUND (`what` names it in the message) unless the viewer may see it. */
  async requireVisible(
    viewer: Person,
    id: string,
    what = 'Item',
    manager: EntityManager = this.content.manager(),
  ): Promise<ContentRef> {
    const ref = (await this.visible(viewer, [id], manager)).get(id);
    if (!ref) throw notFound(what);
    return ref;
  }

  /** Of `refs`, the ids the viewer may moderate: editors all; space owners/moderators their space's. */
  async moderatable(
    viewer: Person,
    refs: readonly Pick<ContentRef, 'id' | 'spaceId'>[],
    manager: EntityManager = this.content.manager(),
  ): Promise<Set<string>> {
    if (isEditorRole(viewer.role)) return new Set(refs.map((r) => r.id));
    const spaceIds = [...new Set(refs.map((r) => r.spaceId).filter((s): s is string => s !== null))];
    if (spaceIds.length === 0 || !this.spaces) return new Set();
    const moderated = await this.spaces.moderatedSpaceIds(viewer, spaceIds, manager);
    return new Set(refs.filter((r) => r.spaceId !== null && moderated.has(r.spaceId)).map((r) => r.id));
  }
}
