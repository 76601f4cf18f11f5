import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ReactionKind } from '@commons/shared';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import { PeopleLoader } from '../people/people.loader';
import { Person } from '../people/person.entity';
import { ReactionSummary, ReactorEdge } from './reaction.model';
import { ReactionsService } from './reactions.service';

@Resolver()
export class ReactionsResolver {
  constructor(private readonly reactions: ReactionsService) {}

  @Mutation(() => ReactionSummary, {
    description:
      'Reacts to any visible item. Another kind replaces yours; the same kind again removes it. NOT_FOUND unless visible.',
  })
  react(
    @CurrentPerson() viewer: Person,
    @Args('targetId', { type: () => ID }) targetId: string,
    @Args('kind', { type: () => ReactionKind }) kind: ReactionKind,
  ): Promise<ReactionSummary> {
    return this.reactions.react(viewer, targetId, kind);
  }

  @Mutation(() => ReactionSummary, {
    description: 'Removes your reaction (if any). NOT_FOUND unless visible.',
  })
  unreact(
    @CurrentPerson() viewer: Person,
    @Args('targetId', { type: () => ID }) targetId: string,
  ): Promise<ReactionSummary> {
    return this.reactions.unreact(viewer, targetId);
  }
}

@Resolver(() => ReactorEdge)
export class ReactorEdgeResolver {
  constructor(private readonly people: PeopleLoader) {}

  @ResolveField(() => Person)
  async node(@Parent() edge: ReactorEdge, @Context('req') req: object): Promise<Person> {
    const person = await this.people.person(req).load(edge.personId);
    if (!person) throw new Error('reactor missing'); // people are never deleted
    return person;
  }
}
