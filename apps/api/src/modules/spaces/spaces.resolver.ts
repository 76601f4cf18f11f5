import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MembershipStatus } from '@commons/shared';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import { toImage } from '../media/article-media.resolver';
import { ImageModel } from '../media/image.model';
import { MediaLoader } from '../media/media.loader';
import { Person } from '../people/person.entity';
import { SpaceInput } from './dto/space.input';
import { PageArgs } from '../../common/graphql/page.args';
import { SpacesArgs } from './dto/spaces.args';
import { Space, SpaceConnection, SpaceMember, SpaceMemberConnection } from './space.model';
import { SpaceMembershipService } from './space-membership.service';
import { SpacesLoader } from './spaces.loader';
import { SpacesPolicy } from './spaces.policy';
import { factsOf, SpacesService } from './spaces.service';

/** Spaces: the queries, create and update, and the space's fields. Membership mutations: space-membership.resolver.ts. */
@Resolver(() => Space)
export class SpacesResolver {
  constructor(
    private readonly service: SpacesService,
    private readonly membership: SpaceMembershipService,
    private readonly loaders: SpacesLoader,
    private readonly media: MediaLoader,
  ) {}

  @Query(() => SpaceConnection, {
    description: 'Spaces the viewer may see, by name. SECRET spaces only for their members and invitees.',
  })
  spaces(@CurrentPerson() viewer: Person, @Args() args: SpacesArgs): Promise<SpaceConnection> {
    return this.service.list(viewer, args);
  }

  @Query(() => Space, {
    description: 'NOT_FOUND unless the viewer may see it (a SECRET space: members and invitees only).',
  })
  space(@CurrentPerson() viewer: Person, @Args('id', { type: () => ID }) id: string): Promise<Space> {
    return this.service.get(viewer, id);
  }

  @Mutation(() => Space, {
    description: 'The creator becomes its OWNER. Name and visibility required; a cover needs coverAlt.',
  })
  createSpace(@CurrentPerson() actor: Person, @Args('input') input: SpaceInput): Promise<Space> {
    return this.service.create(actor, input);
  }

  @Mutation(() => Space, { description: 'Moderators and owners; visibility: owners. Partial.' })
  updateSpace(
    @CurrentPerson() actor: Person,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SpaceInput,
  ): Promise<Space> {
    return this.service.update(actor, id, input);
  }

  @ResolveField(() => ImageModel, { nullable: true })
  async cover(@Parent() space: Space, @Context('req') req: object): Promise<ImageModel | null> {
    if (!space.coverMediaId) return null;
    const row = await this.media.media(req).load(space.coverMediaId);
    return row && row.kind === 'IMAGE' ? toImage(row, space.coverAlt ?? '') : null;
  }

  @ResolveField(() => Int, { description: 'Active members.' })
  memberCount(@Parent() space: Space, @Context('req') req: object): Promise<number> {
    return this.loaders.memberCount(req).load(space.id);
  }

  @ResolveField(() => SpaceMember, {
    nullable: true,
    description: "The viewer's membership, request or invitation; null if none.",
  })
  viewerMembership(@Parent() space: Space, @Context('req') req: object): Promise<SpaceMember | null> {
    return this.loaders.membership(req).load(space.id);
  }

  @ResolveField(() => Boolean)
  async viewerCanPost(
    @Parent() space: Space,
    @CurrentPerson() viewer: Person,
    @Context('req') req: object,
  ): Promise<boolean> {
    return (await this.policy(space, viewer, req)).canPost();
  }

  @ResolveField(() => Boolean, {
    description: 'Owner or moderator: edits the space, invites, decides requests, removes members.',
  })
  async viewerCanModerate(
    @Parent() space: Space,
    @CurrentPerson() viewer: Person,
    @Context('req') req: object,
  ): Promise<boolean> {
    return (await this.policy(space, viewer, req)).isModerator();
  }

  @ResolveField(() => SpaceMemberConnection, {
    nullable: true,
    description: 'Active members, oldest first; null unless the viewer may see the space’s content.',
  })
  async members(
    @Parent() space: Space,
    @CurrentPerson() viewer: Person,
    @Context('req') req: object,
    @Args() args: PageArgs,
  ): Promise<SpaceMemberConnection | null> {
    if (!(await this.policy(space, viewer, req)).canSeeContent()) return null;
    return this.membership.members(space.id, MembershipStatus.ACTIVE, args);
  }

  @ResolveField(() => SpaceMemberConnection, {
    nullable: true,
    description: 'Pending requests to join, oldest first; null unless the viewer moderates the space.',
  })
  async pendingRequests(
    @Parent() space: Space,
    @CurrentPerson() viewer: Person,
    @Context('req') req: object,
    @Args() args: PageArgs,
  ): Promise<SpaceMemberConnection | null> {
    if (!(await this.policy(space, viewer, req)).canDecideRequests()) return null;
    return this.membership.members(space.id, MembershipStatus.REQUESTED, args);
  }

  @ResolveField(() => SpaceMemberConnection, {
    nullable: true,
    description: 'Invitations not yet accepted, oldest first; null unless the viewer may invite.',
  })
  async pendingInvitations(
    @Parent() space: Space,
    @CurrentPerson() viewer: Person,
    @Context('req') req: object,
    @Args() args: PageArgs,
  ): Promise<SpaceMemberConnection | null> {
    if (!(await this.policy(space, viewer, req)).canInvite()) return null;
    return this.membership.members(space.id, MembershipStatus.INVITED, args);
  }

  private async policy(space: Space, viewer: Person, req: object): Promise<SpacesPolicy> {
    return SpacesPolicy.for(viewer, space, factsOf(await this.loaders.membership(req).load(space.id)));
  }
}
