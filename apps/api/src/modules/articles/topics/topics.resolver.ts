import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPerson } from '../../../common/decorators/current-person.decorator';
import { Person } from '../../people/person.entity';
import { CreateTopicInput } from '../dto/create-topic.input';
import { Topic, topicName } from './topic.entity';
import { TopicsService } from './topics.service';

@Resolver(() => Topic)
export class TopicsResolver {
  constructor(private readonly topicsService: TopicsService) {}

  @Query(() => [Topic], { description: 'Every topic, by Swedish name.' })
  topics(): Promise<Topic[]> {
    return this.topicsService.list();
  }

  @Query(() => Topic, { description: 'NOT_FOUND when unknown.' })
  topic(@Args('slug') slug: string): Promise<Topic> {
    return this.topicsService.bySlug(slug);
  }

  @Mutation(() => Topic, { description: 'Editors.' })
  createTopic(@CurrentPerson() actor: Person, @Args('input') input: CreateTopicInput): Promise<Topic> {
    return this.topicsService.create(actor, input);
  }

  @ResolveField(() => String, { description: "In the viewer's language." })
  name(@Parent() topic: Topic, @CurrentPerson() viewer: Person): string {
    return topicName(topic, viewer.language);
  }
}
