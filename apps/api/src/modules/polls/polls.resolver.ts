import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import { PeopleLoader } from '../people/people.loader';
import { Person } from '../people/person.entity';
import { Poll, PollOptionResult, PollResults } from './poll.model';
import { PollsLoader } from './polls.loader';
import { isClosed, PollsService } from './polls.service';

@Resolver(() => Poll)
export class PollsResolver {
  constructor(
    private readonly polls: PollsService,
    private readonly loaders: PollsLoader,
  ) {}

  @Mutation(() => Poll, {
    description:
      'Casts or replaces the viewer’s ballot until the poll closes. NOT_FOUND for a poll the viewer cannot see; BAD_USER_INPUT: POLL_CLOSED, UNKNOWN_OPTION, SINGLE_CHOICE, REQUIRED.',
  })
  vote(
    @CurrentPerson() actor: Person,
    @Args('pollId', { type: () => ID }) pollId: string,
    @Args('optionIds', { type: () => [ID] }) optionIds: string[],
  ): Promise<Poll> {
    return this.polls.vote(actor, pollId, optionIds);
  }

  @ResolveField(() => Boolean)
  closed(@Parent() poll: Poll): boolean {
    return isClosed(poll);
  }

  @ResolveField(() => [ID], { description: 'The options the viewer chose; empty if they have not voted.' })
  viewerVote(@Parent() poll: Poll, @Context('req') req: object): Promise<string[]> {
    return this.loaders.viewerVote(req).load(poll.id);
  }

  @ResolveField(() => PollResults, {
    nullable: true,
    description: 'null until the viewer has voted or the poll has closed.',
  })
  async results(@Parent() poll: Poll, @Context('req') req: object): Promise<PollResults | null> {
    if (!isClosed(poll) && (await this.loaders.viewerVote(req).load(poll.id)).length === 0) return null;
    return this.loaders.results(req).load(poll.id);
  }
}

@Resolver(() => PollOptionResult)
export class PollOptionResultResolver {
  constructor(private readonly people: PeopleLoader) {}

  @ResolveField(() => [Person], {
    nullable: true,
    description: 'Who chose this option: NAMED polls only (null for ANONYMOUS).',
  })
  async voters(@Parent() result: PollOptionResult, @Context('req') req: object): Promise<Person[] | null> {
    if (!result.voterIds) return null;
    const people = await this.people.person(req).loadMany(result.voterIds);
    return people.filter((p): p is Person => !!p && !(p instanceof Error));
  }
}
