import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Article } from '../articles/article.entity';
import { PeopleLoader } from '../people/people.loader';
import { Person } from '../people/person.entity';
import { Post, PostPromotion } from './post.model';
import { PostsLoader } from './posts.loader';

/** Attribution of a news draft made from a staff post. */
@Resolver(() => Article)
export class ArticlePromotionResolver {
  constructor(private readonly loaders: PostsLoader) {}

  @ResolveField(() => PostPromotion, {
    nullable: true,
    description: 'The staff post this article was promoted from, with its original author.',
  })
  promotedFrom(@Parent() article: Article, @Context('req') req: object): Promise<PostPromotion | null> {
    return this.loaders.promotion(req).load(article.id);
  }
}

@Resolver(() => PostPromotion)
export class PostPromotionResolver {
  constructor(
    private readonly loaders: PostsLoader,
    private readonly people: PeopleLoader,
  ) {}

  @ResolveField(() => Post, {
    nullable: true,
    description: 'The source post, if the viewer may still see it.',
  })
  async post(@Parent() promotion: PostPromotion, @Context('req') req: object): Promise<Post | null> {
    return (await this.loaders.visible(req).load(promotion.postId))
      ? this.loaders.post(req).load(promotion.postId)
      : null;
  }

  @ResolveField(() => Person)
  async originalAuthor(@Parent() promotion: PostPromotion, @Context('req') req: object): Promise<Person> {
    const person = await this.people.person(req).load(promotion.originalAuthorId);
    if (!person) throw new Error('original author missing');
    return person;
  }

  @ResolveField(() => Person)
  async promotedBy(@Parent() promotion: PostPromotion, @Context('req') req: object): Promise<Person> {
    const person = await this.people.person(req).load(promotion.promotedById);
    if (!person) throw new Error('promoter missing');
    return person;
  }
}
