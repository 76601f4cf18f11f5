import { Injectable } from '@nestjs/common';
import { MembershipStatus, SPACE_INVITE_MAX, SpaceRole, SpaceVisibility } from '@commons/shared';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, badInput, ErrorCode, notFound } from '../../common/errors/app-error';
import { PageArgs } from '../../common/graphql/page.args';
import { AuditService } from '../audit/audit.service';
import type { SpaceModeration } from '../content/content-access';
import type { Person } from '../people/person.entity';
import { decodeCursor, encodeCursor } from './page-cursor.util';
import {
  MEMBER_COLUMNS,
  MemberRow,
  Space,
  SpaceMember,
  SpaceMemberConnection,
  toMember,
} from './space.model';
import { SpacesService } from './spaces.service';
import { returning } from '../../database/returning.util';

/**
 * Membership of a space: join, leave, invite, decide requests, remove, roles, the member lists, and
 * the last-owner rule (a space always keeps an active owner). Every write is one transaction that
 * starts from SpacesService.context(..., lock): the space row is locked first, so "is this the last
 * owner?" cannot race, and the write records its audit entry. Who may do what: spaces.policy.ts.
 */
@Injectable()
export class SpaceMembershipService implements SpaceModeration {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly spaces: SpacesService,
  ) {}

  /**
   * OPEN: a member at once. CLOSED: a request for moderators to decide. SECRET: NOT_FOUND unless
   * invited. An invitation is accepted by joining, whatever the visibility. Joining again changes nothing.
   */
  async join(actor: Person, id: string): Promise<Space> {
    return this.dataSource.transaction(async (manager) => {
      const { space, membership } = await this.spaces.context(manager, actor, id, true);
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
      const { space, membership } = await this.spaces.context(manager, actor, id, true);
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
      const { space, policy } = await this.spaces.context(manager, actor, spaceId, true);
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
      const { policy } = await this.spaces.context(manager, actor, spaceId, true);
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

  /** A pending request is declined. Moderators and owners; NOT_FOUND when there is no such request. */
  reject(actor: Person, spaceId: string, personId: string): Promise<Space> {
    return this.dropPending(actor, spaceId, personId, MembershipStatus.REQUESTED);
  }

  /** Moderators and owners take back an invitation not yet accepted; NOT_FOUND when there is none (a member stays). */
  withdrawInvitation(actor: Person, spaceId: string, personId: string): Promise<Space> {
    return this.dropPending(actor, spaceId, personId, MembershipStatus.INVITED);
  }

  /** Deletes a request or an invitation, never a membership, with its audit entry. */
  private dropPending(
    actor: Person,
    spaceId: string,
    personId: string,
    status: MembershipStatus.REQUESTED | MembershipStatus.INVITED,
  ): Promise<Space> {
    const request = status === MembershipStatus.REQUESTED;
    return this.dataSource.transaction(async (manager) => {
      const { space, policy } = await this.spaces.context(manager, actor, spaceId, true);
      policy.assert(request ? policy.canDecideRequests() : policy.canInvite());
      const deleted: unknown[] = isUUID(personId)
        ? await returning(
            manager,
            `DELETE FROM space_member WHERE space_id = $1 AND person_id = $2 AND status = $3 RETURNING 1`,
            [spaceId, personId, status],
          )
        : [];
      if (deleted.length === 0) throw notFound(request ? 'Request' : 'Invitation');
      await this.record(manager, actor, request ? 'space.reject' : 'space.withdraw_invitation', spaceId, {
        personId,
      });
      return space;
    });
  }

  /** Removes a member (or withdraws an invitation). Moderators remove members; owners anyone but the last owner. */
  async removeMember(actor: Person, spaceId: string, personId: string): Promise<Space> {
    return this.dataSource.transaction(async (manager) => {
      const { space, policy } = await this.spaces.context(manager, actor, spaceId, true);
      policy.assert(policy.canDecideRequests());
      const target = isUUID(personId) ? await this.spaces.membershipOf(manager, spaceId, personId) : null;
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
      const { policy } = await this.spaces.context(manager, actor, spaceId, true);
      policy.assert(policy.canSetRoles());
      const target = isUUID(personId) ? await this.spaces.membershipOf(manager, spaceId, personId) : null;
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

  /** Members (ACTIVE), requests (REQUESTED) or invitations (INVITED), oldest first; keyset by (created_at, person_id). */
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
