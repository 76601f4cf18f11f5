import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SpaceRole } from '@commons/shared';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import { PeopleLoader } from '../people/people.loader';
import { Person } from '../people/person.entity';
import { Space, SpaceMember } from './space.model';
import { SpaceMembershipService } from './space-membership.service';

/** Membership mutations: join, leave, invite, decide requests, remove members, set roles. */
@Resolver(() => Space)
export class SpaceMembershipResolver {
  constructor(private readonly membership: SpaceMembershipService) {}

  @Mutation(() => Space, {
    description:
      'OPEN: member at once; CLOSED: a request (viewerMembership.status REQUESTED); SECRET: NOT_FOUND unless invited.',
  })
  joinSpace(@CurrentPerson() actor: Person, @Args('id', { type: () => ID }) id: string): Promise<Space> {
    return this.membership.join(actor, id);
  }

  @Mutation(() => Space, {
    description:
      'Also withdraws a request or declines an invitation. The last owner cannot leave (CONFLICT, LAST_OWNER).',
  })
  leaveSpace(@CurrentPerson() actor: Person, @Args('id', { type: () => ID }) id: string): Promise<Space> {
    return this.membership.leave(actor, id);
  }

  @Mutation(() => Space, {
    description: 'Moderators and owners. Someone who asked to join becomes a member.',
  })
  inviteToSpace(
    @CurrentPerson() actor: Person,
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @Args('personIds', { type: () => [ID] }) personIds: string[],
  ): Promise<Space> {
    return this.membership.invite(actor, spaceId, personIds);
  }

  @Mutation(() => SpaceMember, {
    description: 'Moderators and owners: a pending request becomes a membership.',
  })
  approveMembership(
    @CurrentPerson() actor: Person,
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<SpaceMember> {
    return this.membership.approve(actor, spaceId, personId);
  }

  @Mutation(() => Space, { description: 'Moderators and owners: a pending request is declined.' })
  rejectMembership(
    @CurrentPerson() actor: Person,
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<Space> {
    return this.membership.reject(actor, spaceId, personId);
  }

  @Mutation(() => Space, {
    description: 'Moderators remove members; owners anyone but the last owner. Also withdraws an invitation.',
  })
  removeMember(
    @CurrentPerson() actor: Person,
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<Space> {
    return this.membership.removeMember(actor, spaceId, personId);
  }

  @Mutation(() => Space, {
    description:
      'Moderators and owners take back an invitation not yet accepted (NOT_FOUND if there is none).',
  })
  withdrawInvitation(
    @CurrentPerson() actor: Person,
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<Space> {
    return this.membership.withdrawInvitation(actor, spaceId, personId);
  }

  @Mutation(() => SpaceMember, {
    description: 'Owners. The last owner cannot be demoted (CONFLICT, LAST_OWNER).',
  })
  setMemberRole(
    @CurrentPerson() actor: Person,
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('role', { type: () => SpaceRole }) role: SpaceRole,
  ): Promise<SpaceMember> {
    return this.membership.setRole(actor, spaceId, personId, role);
  }
}

@Resolver(() => SpaceMember)
export class SpaceMemberResolver {
  constructor(private readonly people: PeopleLoader) {}

  @ResolveField(() => Person)
  async person(@Parent() member: SpaceMember, @Context('req') req: object): Promise<Person> {
    const person = await this.people.person(req).load(member.personId);
    if (!person) throw new Error('space member missing');
    return person;
  }
}
