import { MembershipStatus, SpaceRole, SpaceVisibility } from '@commons/shared';
import { AppError, ErrorCode, forbidden, notFound } from '../../common/errors/app-error';
import type { Person } from '../people/person.entity';

/** What the policy needs to know of a membership (null: none, no request, no invitation). */
export interface MembershipFacts {
  role: SpaceRole;
  status: MembershipStatus;
}

/**
 * Who may do what in a space — the one place these rules live (SQL forms of the same rules below).
 *
 * - Seeing a space: OPEN and CLOSED spaces are seen by everyone; a SECRET one only by its members
 *   and the people invited to it (so they can accept). Anyone else gets NOT_FOUND, never FORBIDDEN.
 * - Seeing its content (posts, member list): OPEN: everyone; CLOSED and SECRET: active members.
 *   Editors and admins get no special sight into closed or secret spaces: they moderate reported
 *   content through ContentAccess.moderatable, but membership decides what they read.
 * - Posting: active members. Editing the space, inviting, deciding requests, removing members:
 *   moderators and owners (only owners remove moderators or owners). Visibility and roles: owners.
 * - A space always keeps an owner: the last owner can neither leave, be removed nor be demoted.
 */
export class SpacesPolicy {
  constructor(
    private readonly actor: Pick<Person, 'id' | 'role'>,
    private readonly space: { visibility: SpaceVisibility },
    private readonly membership: MembershipFacts | null,
  ) {}

  static for(
    actor: Pick<Person, 'id' | 'role'>,
    space: { visibility: SpaceVisibility },
    membership: MembershipFacts | null,
  ): SpacesPolicy {
    return new SpacesPolicy(actor, space, membership);
  }

  isMember(): boolean {
    return this.membership?.status === MembershipStatus.ACTIVE;
  }

  isInvited(): boolean {
    return this.membership?.status === MembershipStatus.INVITED;
  }

  isModerator(): boolean {
    return (
      this.isMember() &&
      (this.membership?.role === SpaceRole.MODERATOR || this.membership?.role === SpaceRole.OWNER)
    );
  }

  isOwner(): boolean {
    return this.isMember() && this.membership?.role === SpaceRole.OWNER;
  }

  canSee(): boolean {
    return this.space.visibility !== SpaceVisibility.SECRET || this.isMember() || this.isInvited();
  }

  /** NOT_FOUND unless the actor may know the space exists. */
  assertCanSee(): void {
    if (!this.canSee()) throw notFound('Space');
  }

  canSeeContent(): boolean {
    return this.space.visibility === SpaceVisibility.OPEN || this.isMember();
  }

  /** For a space the actor may see: FORBIDDEN (it exists, its content is for members). */
  assertCanSeeContent(): void {
    this.assertCanSee();
    if (!this.canSeeContent())
      throw new AppError(ErrorCode.FORBIDDEN, 'Only members see this space’s posts.', {
        reason: 'MEMBERS_ONLY',
      });
  }

  canPost(): boolean {
    return this.isMember();
  }

  /** Not a member: NOT_FOUND for a space they may not see, FORBIDDEN for one they may. */
  assertCanPost(): void {
    this.assertCanSee();
    if (!this.canPost())
      throw new AppError(ErrorCode.FORBIDDEN, 'Only members post in a space.', { reason: 'NOT_A_MEMBER' });
  }

  canEdit(): boolean {
    return this.isModerator();
  }

  canChangeVisibility(): boolean {
    return this.isOwner();
  }

  canInvite(): boolean {
    return this.isModerator();
  }

  canDecideRequests(): boolean {
    return this.isModerator();
  }

  canRemove(target: MembershipFacts): boolean {
    if (!this.isModerator()) return false;
    return target.role === SpaceRole.MEMBER || this.isOwner();
  }

  canSetRoles(): boolean {
    return this.isOwner();
  }

  /** Sees the space, but may not do this: FORBIDDEN. */
  assert(allowed: boolean): void {
    this.assertCanSee();
    if (!allowed) throw forbidden();
  }
}

/**
 * SQL for "the viewer may see space `alias`" ($n: the viewer's person id). The same rule as
 * SpacesPolicy.canSee, for lists and search.
 */
export function visibleSpaceSql(alias: string, viewerParam: string): string {
  return `(${alias}.visibility <> 'SECRET' OR EXISTS (
    SELECT 1 FROM space_member vm WHERE vm.space_id = ${alias}.id AND vm.person_id = ${viewerParam} AND vm.status IN ('ACTIVE', 'INVITED')))`;
}

/** SQL for "the viewer may see the content (posts) of space `alias`": SpacesPolicy.canSeeContent. */
export function spaceContentVisibleSql(alias: string, viewerParam: string): string {
  return `(${alias}.visibility = 'OPEN' OR EXISTS (
    SELECT 1 FROM space_member cm WHERE cm.space_id = ${alias}.id AND cm.person_id = ${viewerParam} AND cm.status = 'ACTIVE'))`;
}

/** SQL for the ids of the spaces where the viewer is an active member ($n: the viewer's person id). */
export function memberSpaceIdsSql(viewerParam: string): string {
  return `(SELECT ms.space_id FROM space_member ms WHERE ms.person_id = ${viewerParam} AND ms.status = 'ACTIVE')`;
}

/** SQL for the array of spaces the viewer moderates (owner or moderator): SpaceModeration, for statements. */
export function moderatedSpaceIdsArraySql(viewerParam: string): string {
  return `(SELECT coalesce(array_agg(mm.space_id), '{}') FROM space_member mm
    WHERE mm.person_id = ${viewerParam} AND mm.status = 'ACTIVE' AND mm.role IN ('MODERATOR', 'OWNER'))`;
}
