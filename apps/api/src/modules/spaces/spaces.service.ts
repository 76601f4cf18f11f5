import { Injectable } from '@nestjs/common';
import {
  SPACE_COVER_ALT_MAX_LENGTH,
  SPACE_DESCRIPTION_MAX_LENGTH,
  SPACE_NAME_MAX_LENGTH,
} from '@commons/shared';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, badInput, ErrorCode, notFound } from '../../common/errors/app-error';
import { plainText } from '../../common/sanitising/plain-text';
import { AuditService } from '../audit/audit.service';
import { MediaService } from '../media/media.service';
import type { Person } from '../people/person.entity';
import { SpaceInput } from './dto/space.input';
import { SpaceScope, SpacesArgs } from './dto/spaces.args';
import { decodeCursor, encodeCursor } from './page-cursor.util';
import {
  MEMBER_COLUMNS,
  MemberRow,
  SPACE_COLUMNS,
  Space,
  SpaceConnection,
  SpaceMember,
  SpaceRow,
  toMember,
  toSpace,
} from './space.model';
import { MembershipFacts, SpacesPolicy, visibleSpaceSql } from './spaces.policy';
import { returning } from '../../database/returning.util';

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
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly media: MediaService,
  ) {}

  /** The space; NOT_FOUND unless the viewer may see it. */
  async get(viewer: Person, id: string): Promise<Space> {
    return (await this.context(this.dataSource.manager, viewer, id)).space;
  }

  /** The space, the actor's membership and the policy; NOT_FOUND unless the actor may see the space. */
  async context(manager: EntityManager, actor: Person, id: string, lock = false): Promise<SpaceContext> {
    if (!isUUID(id)) throw notFound('Space');
    const [row]: SpaceRow[] = await manager.query(
      `SELECT ${SPACE_COLUMNS} FROM space WHERE id = $1 ${lock ? 'FOR NO KEY UPDATE' : ''}`,
      [id],
    );
    if (!row) throw notFound('Space');
    const membership = await this.membershipOf(manager, id, actor.id);
    const space = toSpace(row);
    const policy = SpacesPolicy.for(actor, space, membership);
    policy.assertCanSee();
    return { space, membership, policy };
  }

  async membershipOf(manager: EntityManager, spaceId: string, personId: string): Promise<SpaceMember | null> {
    const [row]: MemberRow[] = await manager.query(
      `SELECT ${MEMBER_COLUMNS} FROM space_member WHERE space_id = $1 AND person_id = $2`,
      [spaceId, personId],
    );
    return row ? toMember(row) : null;
  }

  /** Spaces the viewer may see, by name; MINE and DISCOVER narrow that down. SECRET ones never show to others. */
  async list(viewer: Person, args: SpacesArgs): Promise<SpaceConnection> {
    const params: unknown[] = [viewer.id];
    const where = [visibleSpaceSql('s', '$1')];
    const scope = args.filter?.scope ?? SpaceScope.ALL;
    const mine = `EXISTS (SELECT 1 FROM space_member mm WHERE mm.space_id = s.id AND mm.person_id = $1 AND mm.status = 'ACTIVE')`;
    if (scope === SpaceScope.MINE) where.push(mine);
    if (scope === SpaceScope.DISCOVER) where.push(`NOT ${mine}`);
    const search = args.filter?.search?.trim();
    if (search) {
      params.push(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(s.name ILIKE $${params.length} OR s.description ILIKE $${params.length})`);
    }
    if (args.after) {
      const [name, id] = decodeCursor('s', args.after, 2);
      if (!isUUID(id)) throw badInput('after', 'INVALID_CURSOR', 'The cursor is not one this API gave out.');
      params.push(name, id);
      where.push(`(lower(s.name), s.id) > ($${params.length - 1}, $${params.length}::uuid)`);
    }
    params.push(args.first + 1);
    const rows: (SpaceRow & { sort_name: string })[] = await this.dataSource.query(
      `SELECT ${SPACE_COLUMNS.split(', ')
        .map((c) => `s.${c}`)
        .join(', ')}, lower(s.name) AS sort_name
         FROM space s WHERE ${where.join(' AND ')}
        ORDER BY lower(s.name), s.id LIMIT $${params.length}`,
      params,
    );
    const edges = rows
      .slice(0, args.first)
      .map((r) => ({ node: toSpace(r), cursor: encodeCursor('s', [r.sort_name, r.id]) }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  async create(actor: Person, input: SpaceInput): Promise<Space> {
    if (input.name === undefined || input.name === null)
      throw badInput('name', 'REQUIRED', 'A space needs a name.');
    if (!input.visibility)
      throw badInput('visibility', 'REQUIRED', 'Choose who may find and join the space.');
    const name = checkedName(input.name);
    const description = checkedDescription(input.description ?? '');
    const cover = checkedCover(input.coverMediaId ?? null, input.coverAlt ?? null);
    return this.dataSource.transaction(async (manager) => {
      if (cover.mediaId)
        await this.media.assertUsable(manager, actor, [
          { id: cover.mediaId, kind: 'IMAGE', field: 'coverMediaId' },
        ]);
      const [row]: SpaceRow[] = await manager.query(
        `INSERT INTO space (name, description, visibility, cover_media_id, cover_alt, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${SPACE_COLUMNS}`,
        [name, description, input.visibility, cover.mediaId, cover.alt, actor.id],
      );
      await manager.query(
        `INSERT INTO space_member (space_id, person_id, role, status, joined_at) VALUES ($1, $2, 'OWNER', 'ACTIVE', now())`,
        [row.id, actor.id],
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'space.create',
        targetType: 'space',
        targetId: row.id,
        details: { name, visibility: input.visibility },
      });
      return toSpace(row);
    });
  }

  /** Moderators and owners; visibility by owners only. Partial: what is given changes. */
  async update(actor: Person, id: string, input: SpaceInput): Promise<Space> {
    return this.dataSource.transaction(async (manager) => {
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
      const [row] = await returning<SpaceRow>(
        manager,
        `UPDATE space SET name = $2, description = $3, visibility = $4, cover_media_id = $5, cover_alt = $6, updated_at = now()
          WHERE id = $1 RETURNING ${SPACE_COLUMNS}`,
        [id, space.name, space.description, space.visibility, space.coverMediaId, space.coverAlt],
      );
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'space.update',
        targetType: 'space',
        targetId: id,
        details: changes,
      });
      return toSpace(row);
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
