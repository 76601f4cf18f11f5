import { Injectable } from '@nestjs/common';
import {
  MembershipStatus,
  SPACE_COVER_ALT_MAX_LENGTH,
  SPACE_DESCRIPTION_MAX_LENGTH,
  SPACE_INVITE_MAX,
  SPACE_NAME_MAX_LENGTH,
  SpaceRole,
  SpaceVisibility,
} from '@commons/shared';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, badInput, ErrorCode, notFound } from '../../common/errors/app-error';
import { plainText } from '../../common/sanitising/light-html-sanitiser';
import { AuditService } from '../audit/audit.service';
import type { SpaceModeration } from '../content/content-access';
import { MediaService } from '../media/media.service';
import type { Person } from '../people/person.entity';
import { SpaceInput } from './dto/space.input';
import { PageArgs } from '../../common/graphql/page.args';
import { SpaceScope, SpacesArgs } from './dto/spaces.args';
import { returning } from './sql-returning.util';
import { decodeCursor, encodeCursor } from './page-cursor.util';
import {
  MEMBER_COLUMNS,
  MemberRow,
  SPACE_COLUMNS,
  Space,
  SpaceConnection,
  SpaceMember,
  SpaceMemberConnection,
  SpaceRow,
  toMember,
  toSpace,
} from './space.model';
import { MembershipFacts, SpacesPolicy, visibleSpaceSql } from './spaces.policy';

/** A space with the actor's membership, as read (and, in writes, locked) at the start of an operation. */
interface SpaceContext {
  space: Space;
  membership: SpaceMember | null;
  policy: SpacesPolicy;
}

/**
 * Spaces and membership. Every write is one transaction that locks the space row first, so
 * "is this the last owner?" and similar checks cannot race, and writes its audit entry. The lock is
 * FOR NO KEY UPDATE: it does not hold up posts being written in the space (their foreign keys only
 * take a key-share lock).
 * Who may do what: spaces.policy.ts.
 */
@Injectable()
export class SpacesService implements SpaceModeration {
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

  /**
   * OPEN: a member at once. CLOSED: a request for moderators to decide. SECRET: NOT_FOUND unless
   * invited. An invitation is accepted by joining, whatever the visibility. Joining again changes nothing.
   */
  async join(actor: Person, id: string): Promise<Space> {
    return this.dataSource.transaction(async (manager) => {
      const { space, membership } = await this.context(manager, actor, id, true);
      if (membership?.status === MembershipStatus.INVITED) {
        await manager.query(
          `UPDATE space_member SET status = 'ACTIVE', joined_at = now() WHERE space_id = $1 AND person_id = $2`,
          [id, actor.id],
        );
        await this.record(manager, actor, 'space.join', id, { via: 'invitation' });
      } else if (!membership) {
        const status =
          space.visibility === SpaceVisibility.OPEN ? MembershipStatus.ACTIVE : MembershipStatus.REQUESTED;
        await manager.query(
          `INSERT INTO space_member (space_id, person_id, status, joined_at) VALUES ($1, $2, $3, CASE WHEN $3 = 'ACTIVE' THEN now() END)`,
          [id, actor.id, status],
        );
        await this.record(
          manager,
          actor,
          status === MembershipStatus.ACTIVE ? 'space.join' : 'space.request',
          id,
          {},
        );
      }
      return space;
    });
  }

  /** Leaves (or withdraws a request, or declines an invitation). The last owner cannot leave: CONFLICT, LAST_OWNER. */
  async leave(actor: Person, id: string): Promise<Space> {
    return this.dataSource.transaction(async (manager) => {
      const { space, membership } = await this.context(manager, actor, id, true);
      if (!membership) return space;
      if (membership.status === MembershipStatus.ACTIVE && membership.role === SpaceRole.OWNER)
        await this.assertNotLastOwner(manager, id);
      await manager.query(`DELETE FROM space_member WHERE space_id = $1 AND person_id = $2`, [id, actor.id]);
      await this.record(manager, actor, 'space.leave', id, {
        status: membership.status,
        role: membership.role,
      });
      return space;
    });
  }

  /**
   * Moderators and owners invite active people. Someone who asked to join becomes a member at once
   * (both sides want it); members and people already invited are left as they are.
   */
  async invite(actor: Person, spaceId: string, personIds: string[]): Promise<Space> {
    const ids = [...new Set(personIds)];
    if (ids.length === 0) throw badInput('personIds', 'REQUIRED', 'Choose whom to invite.');
    if (ids.length > SPACE_INVITE_MAX)
      throw badInput('personIds', 'TOO_MANY', `Invite at most ${SPACE_INVITE_MAX} people at a time.`);
    return this.dataSource.transaction(async (manager) => {
      const { space, policy } = await this.context(manager, actor, spaceId, true);
      policy.assert(policy.canInvite());
      const valid = ids.filter((id) => isUUID(id));
      const found: { id: string }[] = valid.length
        ? await manager.query(`SELECT id FROM person WHERE id = ANY($1::uuid[]) AND deactivated_at IS NULL`, [
            valid,
          ])
        : [];
      if (found.length !== ids.length) throw badInput('personIds', 'UNKNOWN_PERSON', 'No such person.');
      await manager.query(
        `UPDATE space_member SET status = 'ACTIVE', joined_at = now() WHERE space_id = $1 AND person_id = ANY($2::uuid[]) AND status = 'REQUESTED'`,
        [spaceId, ids],
      );
      const invited: { person_id: string }[] = await manager.query(
        `INSERT INTO space_member (space_id, person_id, status, invited_by)
         SELECT $1, p, 'INVITED', $3 FROM unnest($2::uuid[]) AS p
         ON CONFLICT (space_id, person_id) DO NOTHING RETURNING person_id`,
        [spaceId, ids, actor.id],
      );
      await this.record(manager, actor, 'space.invite', spaceId, {
        personIds: ids,
        invited: invited.map((r) => r.person_id),
      });
      return space;
    });
  }

  /** A pending request becomes a membership. Moderators and owners; NOT_FOUND when there is no such request. */
  async approve(actor: Person, spaceId: string, personId: string): Promise<SpaceMember> {
    return this.dataSource.transaction(async (manager) => {
      const { policy } = await this.context(manager, actor, spaceId, true);
      policy.assert(policy.canDecideRequests());
      const rows: MemberRow[] = isUUID(personId)
        ? await returning<MemberRow>(
            manager,
            `UPDATE space_member SET status = 'ACTIVE', joined_at = now()
              WHERE space_id = $1 AND person_id = $2 AND status = 'REQUESTED' RETURNING ${MEMBER_COLUMNS}`,
            [spaceId, personId],
          )
        : [];
      if (rows.length === 0) throw notFound('Request');
      await this.record(manager, actor, 'space.approve', spaceId, { personId });
      return toMember(rows[0]);
    });
  }

  async reject(actor: Person, spaceId: string, personId: string): Promise<Space> {
    return this.dataSource.transaction(async (manager) => {
      const { space, policy } = await this.context(manager, actor, spaceId, true);
      policy.assert(policy.canDecideRequests());
      const deleted: unknown[] = isUUID(personId)
        ? await returning(
            manager,
            `DELETE FROM space_member WHERE space_id = $1 AND person_id = $2 AND status = 'REQUESTED' RETURNING 1`,
            [spaceId, personId],
          )
        : [];
      if (deleted.length === 0) throw notFound('Request');
      await this.record(manager, actor, 'space.reject', spaceId, { personId });
      return space;
    });
  }

  /** Removes a member (or withdraws an invitation). Moderators remove members; owners anyone but the last owner. */
  async removeMember(actor: Person, spaceId: string, personId: string): Promise<Space> {
    return this.dataSource.transaction(async (manager) => {
      const { space, policy } = await this.context(manager, actor, spaceId, true);
      policy.assert(policy.canDecideRequests());
      const target = isUUID(personId) ? await this.membershipOf(manager, spaceId, personId) : null;
      if (!target || target.status === MembershipStatus.REQUESTED) throw notFound('Member');
      policy.assert(policy.canRemove(target));
      if (target.status === MembershipStatus.ACTIVE && target.role === SpaceRole.OWNER)
        await this.assertNotLastOwner(manager, spaceId);
      await manager.query(`DELETE FROM space_member WHERE space_id = $1 AND person_id = $2`, [
        spaceId,
        personId,
      ]);
      await this.record(manager, actor, 'space.remove_member', spaceId, {
        personId,
        role: target.role,
        status: target.status,
      });
      return space;
    });
  }

  /** Owners only; the last owner cannot be demoted (CONFLICT, LAST_OWNER). */
  async setRole(actor: Person, spaceId: string, personId: string, role: SpaceRole): Promise<SpaceMember> {
    return this.dataSource.transaction(async (manager) => {
      const { policy } = await this.context(manager, actor, spaceId, true);
      policy.assert(policy.canSetRoles());
      const target = isUUID(personId) ? await this.membershipOf(manager, spaceId, personId) : null;
      if (!target || target.status !== MembershipStatus.ACTIVE) throw notFound('Member');
      if (target.role === role) return target;
      if (target.role === SpaceRole.OWNER) await this.assertNotLastOwner(manager, spaceId);
      const [row] = await returning<MemberRow>(
        manager,
        `UPDATE space_member SET role = $3 WHERE space_id = $1 AND person_id = $2 RETURNING ${MEMBER_COLUMNS}`,
        [spaceId, personId, role],
      );
      await this.record(manager, actor, 'space.set_role', spaceId, { personId, from: target.role, to: role });
      return toMember(row);
    });
  }

  /** Members (ACTIVE) or requests (REQUESTED), oldest first; keyset by (created_at, person_id). */
  async members(spaceId: string, status: MembershipStatus, args: PageArgs): Promise<SpaceMemberConnection> {
    const params: unknown[] = [spaceId, status];
    let after = '';
    if (args.after) {
      const [personId] = decodeCursor('m', args.after, 1);
      if (!isUUID(personId))
        throw badInput('after', 'INVALID_CURSOR', 'The cursor is not one this API gave out.');
      params.push(personId);
      after = `AND (m.created_at, m.person_id) > (SELECT c.created_at, c.person_id FROM space_member c WHERE c.space_id = $1 AND c.person_id = $3)`;
    }
    params.push(args.first + 1);
    const rows: (MemberRow & { total: string })[] = await this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS.split(', ')
        .map((c) => `m.${c}`)
        .join(', ')},
              (SELECT count(*) FROM space_member t WHERE t.space_id = $1 AND t.status = $2) AS total
         FROM space_member m WHERE m.space_id = $1 AND m.status = $2 ${after}
        ORDER BY m.created_at, m.person_id LIMIT $${params.length}`,
      params,
    );
    const edges = rows
      .slice(0, args.first)
      .map((r) => ({ node: toMember(r), cursor: encodeCursor('m', [r.person_id]) }));
    const totalCount = rows.length
      ? Number(rows[0].total)
      : Number(
          (
            await this.dataSource.query(
              `SELECT count(*) AS n FROM space_member WHERE space_id = $1 AND status = $2`,
              [spaceId, status],
            )
          )[0].n,
        );
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount,
    };
  }

  /** SpaceModeration for ContentAccess: the spaces among `spaceIds` the viewer owns or moderates. */
  async moderatedSpaceIds(
    viewer: Person,
    spaceIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Set<string>> {
    const valid = spaceIds.filter((id) => isUUID(id));
    if (valid.length === 0) return new Set();
    const rows: { space_id: string }[] = await manager.query(
      `SELECT space_id FROM space_member WHERE person_id = $1 AND space_id = ANY($2::uuid[]) AND status = 'ACTIVE' AND role IN ('MODERATOR', 'OWNER')`,
      [viewer.id, valid],
    );
    return new Set(rows.map((r) => r.space_id));
  }

  /** The caller holds the space row lock, so two owners cannot both leave at once. */
  private async assertNotLastOwner(manager: EntityManager, spaceId: string): Promise<void> {
    const [{ n }] = await manager.query(
      `SELECT count(*)::int AS n FROM space_member WHERE space_id = $1 AND role = 'OWNER' AND status = 'ACTIVE'`,
      [spaceId],
    );
    if (n <= 1) {
      throw new AppError(ErrorCode.CONFLICT, 'A space needs an owner: make someone else owner first.', {
        reason: 'LAST_OWNER',
      });
    }
  }

  private record(
    manager: EntityManager,
    actor: Person,
    action: string,
    spaceId: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: actor.id,
      action,
      targetType: 'space',
      targetId: spaceId,
      details,
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
