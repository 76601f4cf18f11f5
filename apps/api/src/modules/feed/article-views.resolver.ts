import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import { Article } from '../articles/article.entity';
import type { SessionRequest } from '../auth/auth-request.util';
import { Person } from '../people/person.entity';
import { ArticleViewsLoader } from './article-views.loader';
import { ArticleViewsService } from './article-views.service';

@Resolver(() => Article)
export class ArticleViewsResolver {
  constructor(
    private readonly views: ArticleViewsService,
    private readonly loaders: ArticleViewsLoader,
  ) {}

  @ResolveField(() => Boolean, { description: 'The viewer has never opened it.' })
  unread(@Parent() article: Article, @Context('req') req: SessionRequest): Promise<boolean> {
    return this.loaders.unread(req).load(article.id);
  }

  @Mutation(() => Article, {
    description: "Records today's view of an article (once per person and day); NOT_FOUND unless visible.",
  })
  async markArticleViewed(
    @CurrentPerson() me: Person,
    @Context('req') req: SessionRequest,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Article> {
    const article = await this.views.markViewed(me, id);
    this.loaders.unread(req).clear(article.id).prime(article.id, false);
    return article;
  }
}
