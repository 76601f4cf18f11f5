import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import { Article } from '../articles/article.entity';
import type { SessionRequest } from '../auth/auth-request.util';
import { Person } from '../people/person.entity';
import { acknowledgementKey, AcknowledgementLoader } from './acknowledgement.loader';
import { MustReadReport } from './must-read-report.model';
import { MustReadService } from './must-read.service';

@Resolver(() => Article)
export class MustReadResolver {
  constructor(
    private readonly mustReads: MustReadService,
    private readonly loaders: AcknowledgementLoader,
  ) {}

  @ResolveField(() => Boolean, {
    description: 'The viewer has acknowledged the current version (ackVersion).',
  })
  acknowledged(@Parent() article: Article, @Context('req') req: SessionRequest): Promise<boolean> {
    return this.loaders.acknowledged(req).load(acknowledgementKey(article.id, article.ackVersion));
  }

  @Query(() => [Article], {
    description: "The viewer's must-reads: open ones first by due date; acknowledged ones only when asked.",
  })
  async myMustReads(
    @CurrentPerson() me: Person,
    @Context('req') req: SessionRequest,
    @Args('includeAcknowledged', { type: () => Boolean, defaultValue: false }) includeAcknowledged: boolean,
  ): Promise<Article[]> {
    const items = await this.mustReads.mine(me, includeAcknowledged);
    const loader = this.loaders.acknowledged(req);
    for (const { article, acknowledged } of items)
      loader.prime(acknowledgementKey(article.id, article.ackVersion), acknowledged);
    return items.map((i) => i.article);
  }

  @Mutation(() => Article, {
    description:
      '"I have read and understood": audience members of a live must-read; idempotent per version.',
  })
  async acknowledgeArticle(
    @CurrentPerson() me: Person,
    @Context('req') req: SessionRequest,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Article> {
    const article = await this.mustReads.acknowledge(me, id);
    this.loaders.acknowledged(req).prime(acknowledgementKey(article.id, article.ackVersion), true);
    return article;
  }

  @Mutation(() => Article, {
    description: 'Editors: everyone acknowledges again (ackVersion + 1), e.g. after a substantive edit.',
  })
  requireAcknowledgementAgain(
    @CurrentPerson() me: Person,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Article> {
    return this.mustReads.requireAgain(me, id);
  }

  @Query(() => MustReadReport, {
    description: 'Editors: acknowledged and pending among active people in the audience.',
  })
  mustReadReport(
    @CurrentPerson() me: Person,
    @Args('articleId', { type: () => ID }) articleId: string,
  ): Promise<MustReadReport> {
    return this.mustReads.report(me, articleId);
  }
}
