import { Injectable } from '@nestjs/common';
import { MembershipStatus, SPACE_INVITE_MAX, SpaceRole, SpaceVisibility } from '@commons/shared';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { AppError, badInput, ErrorCode, notFound } from '../../common/errors/app-error';
import { decodeCursor, encodeCursor } from '../../common/graphql/cursor.util';
import { PageArgs } from '../../common/graphql/page.args';
import { pageOf } from '../../common/graphql/page.util';
import { AuditService } from '../audit/audit.service';
import type { SpaceModeration } from '../content/content-access';
import type { Person } from '../people/person.entity';
import { SpaceMembershipRepository } from './space-membership.repository';
import { Space, SpaceMember, SpaceMemberConnection } from './space.model';
import { SpacesService } from './spaces.service';

/** The member lists' cursor: the last row's person id (its created_at is looked up in SQL). */
const CURSOR_TAG = 'm';

/**
 * Membership of a space: join, leave, invite, decide requests, remove, roles, the member lists, and
 * the last-owner rule (a space always keeps an active owner). Every write is one transaction that
 * starts from SpacesService.context(..., lock): the space row is locked first, so "is this the last
 * owner?" cannot race, and the write records its audit entry. Who may do what: spaces.policy.ts.
 */
@Injectable()
export class SpaceMembershipService implements SpaceModeration {
  constructor(
    private readonly repository: SpaceMembershipRepository,
    private readonly audit: AuditService,
    private readonly spaces: SpacesService,
  ) {}

  /**
   * OPEN: a member at once. CLOSED: a request for moderators to decide. SECRET: NOT_FOUND unless
   * invited. An invitation is accepted by joining, whatever the visibility. Joining again changes nothing.
   */
  async join(actor: Person, id: string): Promise<Space> {
    return this.repository.transaction(async (manager) => {
      const { space, membership } = await this.spaces.context(manager, actor, id, true);
      if (membership?.status === MembershipStatus.INVITED) {
        await this.repository.activate(manager, id, actor.id);
        await this.record(manager, actor, 'space.join', id, { via: 'invitation' });
      } else if (!membership) {
        const status =
          space.visibility === SpaceVisibility.OPEN ? MembershipStatus.ACTIVE : MembershipStatus.REQUESTED;
        await this.repository.insertJoin(manager, id, actor.id, status);
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
    return this.repository.transaction(async (manager) => {
      const { space, membership } = await this.spaces.context(manager, actor, id, true);
      if (!membership) return space;
      if (membership.status === MembershipStatus.ACTIVE && membership.role === SpaceRole.OWNER)
        await this.assertNotLastOwner(manager, id);
      await this.repository.delete(manager, id, actor.id);
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
    return this.repository.transaction(async (manager) => {
      const { space, policy } = await this.spaces.context(manager, actor, spaceId, true);
      policy.assert(policy.canInvite());
      const valid = ids.filter((id) => isUUID(id));
      const found = valid.length ? await this.repository.activePeople(manager, valid) : [];
      if (found.length !== ids.length) throw badInput('personIds', 'UNKNOWN_PERSON', 'No such person.');
      await this.repository.activateRequests(manager, spaceId, ids);
      const invited = await this.repository.insertInvitations(manager, spaceId, ids, actor.id);
      await this.record(manager, actor, 'space.invite', spaceId, { personIds: ids, invited });
      return space;
    });
  }

  /** A pending request becomes a membership. Moderators and owners; NOT_FOUND when there is no such request. */
  async approve(actor: Person, spaceId: string, personId: string): Promise<SpaceMember> {
    return this.repository.transaction(async (manager) => {
      const { policy } = await this.spaces.context(manager, actor, spaceId, true);
      policy.assert(policy.canDecideRequests());
      const member = isUUID(personId) ? await this.repository.approve(manager, spaceId, personId) : null;
      if (!member) throw notFound('Request');
      await this.record(manager, actor, 'space.approve', spaceId, { personId });
      return member;
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
    return this.repository.transaction(async (manager) => {
      const { space, policy } = await this.spaces.context(manager, actor, spaceId, true);
      policy.assert(request ? policy.canDecideRequests() : policy.canInvite());
      const deleted = isUUID(personId)
        ? await this.repository.deletePending(manager, spaceId, personId, status)
        : false;
      if (!deleted) throw notFound(request ? 'Request' : 'Invitation');
      await this.record(manager, actor, request ? 'space.reject' : 'space.withdraw_invitation', spaceId, {
        personId,
      });
      return space;
    });
  }

  /** Removes a member (or withdraws an invitation). Moderators remove members; owners anyone but the last owner. */
  async removeMember(actor: Person, spaceId: string, personId: string): Promise<Space> {
    return this.repository.transaction(async (manager) => {
      const { space, policy } = await this.spaces.context(manager, actor, spaceId, true);
      policy.assert(policy.canDecideRequests());
      const target = isUUID(personId) ? await this.repository.of(manager, spaceId, personId) : null;
      if (!target || target.status === MembershipStatus.REQUESTED) throw notFound('Member');
      policy.assert(policy.canRemove(target));
      if (target.status === MembershipStatus.ACTIVE && target.role === SpaceRole.OWNER)
        await this.assertNotLastOwner(manager, spaceId);
      await this.repository.delete(manager, spaceId, personId);
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
    return this.repository.transaction(async (manager) => {
      const { policy } = await this.spaces.context(manager, actor, spaceId, true);
      policy.assert(policy.canSetRoles());
      const target = isUUID(personId) ? await this.repository.of(manager, spaceId, personId) : null;
      if (!target || target.status !== MembershipStatus.ACTIVE) throw notFound('Member');
      if (target.role === role) return target;
      if (target.role === SpaceRole.OWNER) await this.assertNotLastOwner(manager, spaceId);
      const member = await this.repository.setRole(manager, spaceId, personId, role);
      await this.record(manager, actor, 'space.set_role', spaceId, { personId, from: target.role, to: role });
      return member;
    });
  }

  /** Members (ACTIVE), requests (REQUESTED) or invitations (INVITED), oldest first; keyset by (created_at, person_id). */
  async members(spaceId: string, status: MembershipStatus, args: PageArgs): Promise<SpaceMemberConnection> {
    const after = args.after ? decodeCursor(CURSOR_TAG, args.after, ['uuid'])[0] : null;
    const { rows, totalCount } = await this.repository.page(spaceId, status, after, args.first + 1);
    return {
      ...pageOf(rows, args.first, (node) => ({ node, cursor: encodeCursor(CURSOR_TAG, [node.personId]) })),
      totalCount,
    };
  }

  /** SpaceModeration for ContentAccess: the spaces among `spaceIds` the viewer owns or moderates. */
  async moderatedSpaceIds(
    viewer: Person,
    spaceIds: readonly string[],
    manager?: EntityManager,
  ): Promise<Set<string>> {
    const valid = spaceIds.filter((id) => isUUID(id));
    if (valid.length === 0) return new Set();
    return new Set(await this.repository.moderatedSpaceIds(viewer.id, valid, manager));
  }

  /** The caller holds the space row lock, so two owners cannot both leave at once. */
  private async assertNotLastOwner(manager: EntityManager, spaceId: string): Promise<void> {
    if ((await this.repository.activeOwnerCount(manager, spaceId)) <= 1) {
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
