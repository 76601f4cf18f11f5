import { Injectable } from '@nestjs/common';
import {
  SPACE_COVER_ALT_MAX_LENGTH,
  SPACE_DESCRIPTION_MAX_LENGTH,
  SPACE_NAME_MAX_LENGTH,
} from '@commons/shared';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { AppError, badInput, ErrorCode, notFound } from '../../common/errors/app-error';
import { decodeCursor, encodeCursor } from '../../common/graphql/cursor.util';
import { pageOf } from '../../common/graphql/page.util';
import { plainText } from '../../common/sanitising/plain-text';
import { AuditService } from '../audit/audit.service';
import { MediaService } from '../media/media.service';
import type { Person } from '../people/person.entity';
import { SpaceInput } from './dto/space.input';
import { SpaceScope, SpacesArgs } from './dto/spaces.args';
import { SpaceMembershipRepository } from './space-membership.repository';
import { Space, SpaceConnection, SpaceMember } from './space.model';
import { MembershipFacts, SpacesPolicy } from './spaces.policy';
import { SpacesRepository } from './spaces.repository';

/** The spaces list's cursor: the last row's (lower(name), id). */
const CURSOR_TAG = 's';

/** A space with the actor's membership, as read (and, in writes, locked) at the start of an operation. */
interface SpaceContext {
  space: Space;
  membership: SpaceMember | null;
  policy: SpacesPolicy;
}

/**
 * Spaces themselves: create, update and read, and the context (space, the actor's membership,
 * policy) every space operation starts from. Membership is space-membership.service.ts. Every write
 * is one transaction that locks the space row first (context(..., lock)), so checks cannot race, and
 * writes its audit entry. The lock is FOR NO KEY UPDATE: it does not hold up posts being written in
 * the space (their foreign keys only take a key-share lock).
 * Who may do what: spaces.policy.ts.
 */
@Injectable()
export class SpacesService {
  constructor(
    private readonly repository: SpacesRepository,
    private readonly memberships: SpaceMembershipRepository,
    private readonly audit: AuditService,
    private readonly media: MediaService,
  ) {}

  /** The space; NOT_FOUND unless the viewer may see it. */
  async get(viewer: Person, id: string): Promise<Space> {
    return (await this.context(undefined, viewer, id)).space;
  }

  /**
   * The space, the actor's membership and the policy; NOT_FOUND unless the actor may see the space.
   * In a transaction give its manager (`lock`: the space row stays locked until it ends); outside
   * one, undefined (the pool).
   */
  async context(
    manager: EntityManager | undefined,
    actor: Person,
    id: string,
    lock = false,
  ): Promise<SpaceContext> {
    if (!isUUID(id)) throw notFound('Space');
    const space = await this.repository.byId(manager, id, lock);
    if (!space) throw notFound('Space');
    const membership = await this.memberships.of(manager, id, actor.id);
    const policy = SpacesPolicy.for(actor, space, membership);
    policy.assertCanSee();
    return { space, membership, policy };
  }

  /** Spaces the viewer may see, by name; MINE and DISCOVER narrow that down. SECRET ones never show to others. */
  async list(viewer: Person, args: SpacesArgs): Promise<SpaceConnection> {
    const after = args.after ? decodeCursor(CURSOR_TAG, args.after, ['text', 'uuid']) : null;
    const rows = await this.repository.page(
      viewer.id,
      { scope: args.filter?.scope ?? SpaceScope.ALL, search: args.filter?.search?.trim() || null },
      after,
      args.first + 1,
    );
    return pageOf(rows, args.first, (r) => ({
      node: r.space,
      cursor: encodeCursor(CURSOR_TAG, [r.sortName, r.space.id]),
    }));
  }

  async create(actor: Person, input: SpaceInput): Promise<Space> {
    if (input.name === undefined || input.name === null)
      throw badInput('name', 'REQUIRED', 'A space needs a name.');
    if (!input.visibility)
      throw badInput('visibility', 'REQUIRED', 'Choose who may find and join the space.');
    const visibility = input.visibility;
    const name = checkedName(input.name);
    const description = checkedDescription(input.description ?? '');
    const cover = checkedCover(input.coverMediaId ?? null, input.coverAlt ?? null);
    return this.repository.transaction(async (manager) => {
      if (cover.mediaId)
        await this.media.assertUsable(manager, actor, [
          { id: cover.mediaId, kind: 'IMAGE', field: 'coverMediaId' },
        ]);
      const space = await this.repository.insert(manager, {
        name,
        description,
        visibility,
        coverMediaId: cover.mediaId,
        coverAlt: cover.alt,
        createdBy: actor.id,
      });
      await this.memberships.insertOwner(manager, space.id, actor.id);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'space.create',
        targetType: 'space',
        targetId: space.id,
        details: { name, visibility: input.visibility },
      });
      return space;
    });
  }

  /** Moderators and owners; visibility by owners only. Partial: what is given changes. */
  async update(actor: Person, id: string, input: SpaceInput): Promise<Space> {
    return this.repository.transaction(async (manager) => {
      const { space, policy } = await this.context(manager, actor, id, true);
      policy.assert(policy.canEdit());
      const changes: Record<string, unknown> = {};
      if (input.name !== undefined) {
        if (input.name === null) throw badInput('name', 'REQUIRED', 'A space needs a name.');
        const name = checkedName(input.name);
        if (name !== space.name) changes.name = space.name = name;
      }
      if (input.description !== undefined) {
        const description = checkedDescription(input.description ?? '');
        if (description !== space.description) changes.description = space.description = description;
      }
      if (input.visibility != null && input.visibility !== space.visibility) {
        if (!policy.canChangeVisibility()) {
          throw new AppError(ErrorCode.FORBIDDEN, 'Only owners change who may find and join the space.', {
            field: 'visibility',
            reason: 'OWNER_ONLY',
          });
        }
        changes.visibility = space.visibility = input.visibility;
      }
      if (input.coverMediaId !== undefined || input.coverAlt !== undefined) {
        const mediaId = input.coverMediaId !== undefined ? input.coverMediaId : space.coverMediaId;
        const alt = input.coverAlt !== undefined ? input.coverAlt : mediaId === null ? null : space.coverAlt;
        const cover = checkedCover(mediaId ?? null, alt ?? null);
        if (cover.mediaId && cover.mediaId !== space.coverMediaId) {
          await this.media.assertUsable(manager, actor, [
            { id: cover.mediaId, kind: 'IMAGE', field: 'coverMediaId' },
          ]);
        }
        if (cover.mediaId !== space.coverMediaId || cover.alt !== space.coverAlt) {
          changes.cover = { mediaId: cover.mediaId };
          space.coverMediaId = cover.mediaId;
          space.coverAlt = cover.alt;
        }
      }
      if (Object.keys(changes).length === 0) return space;
      const updated = await this.repository.update(manager, id, space);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'space.update',
        targetType: 'space',
        targetId: id,
        details: changes,
      });
      return updated;
    });
  }
}

/** Facts for the policy from a membership row. */
export function factsOf(member: SpaceMember | null): MembershipFacts | null {
  return member ? { role: member.role, status: member.status } : null;
}

function checkedName(raw: string): string {
  const name = plainText(raw);
  if (name === '') throw badInput('name', 'REQUIRED', 'A space needs a name.');
  if (name.length > SPACE_NAME_MAX_LENGTH)
    throw badInput('name', 'TOO_LONG', `At most ${SPACE_NAME_MAX_LENGTH} characters.`);
  return name;
}

function checkedDescription(raw: string): string {
  const description = plainText(raw, { multiline: true });
  if (description.length > SPACE_DESCRIPTION_MAX_LENGTH) {
    throw badInput('description', 'TOO_LONG', `At most ${SPACE_DESCRIPTION_MAX_LENGTH} characters.`);
  }
  return description;
}

/** A cover needs its alt text (WCAG 1.1.1); no cover, no alt. */
function checkedCover(
  mediaId: string | null,
  rawAlt: string | null,
): { mediaId: string | null; alt: string | null } {
  if (!mediaId) return { mediaId: null, alt: null };
  const alt = plainText(rawAlt ?? '');
  if (alt === '')
    throw badInput('coverAlt', 'REQUIRED', 'Describe the cover image for people who cannot see it.');
  if (alt.length > SPACE_COVER_ALT_MAX_LENGTH)
    throw badInput('coverAlt', 'TOO_LONG', `At most ${SPACE_COVER_ALT_MAX_LENGTH} characters.`);
  return { mediaId, alt };
}
