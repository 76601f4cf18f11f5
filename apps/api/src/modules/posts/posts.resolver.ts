import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import { Article } from '../articles/article.entity';
import { PeopleLoader } from '../people/people.loader';
import { toImage } from '../media/article-media.resolver';
import { ImageModel } from '../media/image.model';
import { Person } from '../people/person.entity';
import { Poll } from '../polls/poll.model';
import { PollsLoader } from '../polls/polls.loader';
import { PageArgs } from '../../common/graphql/page.args';
import { Space } from '../spaces/space.model';
import { SpacesLoader } from '../spaces/spaces.loader';
import { SpacesPolicy } from '../spaces/spaces.policy';
import { factsOf } from '../spaces/spaces.service';
import { CurationService } from './curation.service';
import { PostInput, UpdatePostInput } from './dto/post.input';
import { Post, PostConnection, SharedItem } from './post.model';
import { PostsLoader } from './posts.loader';
import { PostsPolicy } from './posts.policy';
import { PostsService } from './posts.service';
import { isEditorRole } from '@commons/shared';

@Resolver(() => Post)
export class PostsResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly curation: CurationService,
    private readonly loaders: PostsLoader,
    private readonly spaces: SpacesLoader,
    private readonly people: PeopleLoader,
    private readonly polls: PollsLoader,
  ) {}

  @Query(() => Post, { description: 'NOT_FOUND unless the viewer may see it.' })
  post(@CurrentPerson() viewer: Person, @Args('id', { type: () => ID }) id: string): Promise<Post> {
    return this.posts.get(viewer, id);
  }

  @Query(() => PostConnection, {
    description:
      "A space's posts, newest first. NOT_FOUND for a space the viewer may not see; FORBIDDEN (MEMBERS_ONLY) for a CLOSED space's non-members.",
  })
  spacePosts(
    @CurrentPerson() viewer: Person,
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @Args() args: PageArgs,
  ): Promise<PostConnection> {
    return this.posts.spacePosts(viewer, spaceId, args);
  }

  @Query(() => PostConnection, {
    description: 'Posts editors featured, most recently featured first; only those the viewer may see.',
  })
  featuredPosts(@CurrentPerson() viewer: Person, @Args() args: PageArgs): Promise<PostConnection> {
    return this.posts.featured(viewer, args);
  }

  @Mutation(() => Post, {
    description:
      'Members only (NOT_FOUND for a space the viewer may not see, FORBIDDEN otherwise). Text, images, a link and/or a poll.',
  })
  createPost(
    @CurrentPerson() actor: Person,
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @Args('input') input: PostInput,
  ): Promise<Post> {
    return this.posts.create(actor, spaceId, input);
  }

  @Mutation(() => Post, { description: 'The author only. Partial; the poll cannot change.' })
  updatePost(
    @CurrentPerson() actor: Person,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdatePostInput,
  ): Promise<Post> {
    return this.posts.update(actor, id, input);
  }

  @Mutation(() => Boolean, {
    description:
      "The author, the space's owners and moderators, and editors. Deleting someone else's post needs a reason (kept in the audit log).",
  })
  deletePost(
    @CurrentPerson() actor: Person,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, nullable: true }) reason?: string | null,
  ): Promise<boolean> {
    return this.posts.delete(actor, id, reason);
  }

  @Mutation(() => Post, {
    description:
      'Shares an article or post the viewer can see (NOT_FOUND otherwise) into a space they are a member of.',
  })
  share(
    @CurrentPerson() actor: Person,
    @Args('targetId', { type: () => ID }) targetId: string,
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @Args('comment', { type: () => String, nullable: true }) comment?: string | null,
  ): Promise<Post> {
    return this.posts.share(actor, targetId, spaceId, comment);
  }

  @Mutation(() => Post, { description: 'Editors: featured posts are listed in featuredPosts.' })
  featurePost(
    @CurrentPerson() actor: Person,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('featured', { type: () => Boolean, defaultValue: true }) featured: boolean,
  ): Promise<Post> {
    return this.posts.feature(actor, postId, featured);
  }

  @Mutation(() => Article, {
    description:
      'Editors: a DRAFT article from a staff post, attributed to its author (Article.promotedFrom).',
  })
  promotePostToArticle(
    @CurrentPerson() actor: Person,
    @Args('postId', { type: () => ID }) postId: string,
  ): Promise<Article> {
    return this.curation.promote(actor, postId);
  }

  @ResolveField(() => Space)
  async space(@Parent() post: Post, @Context('req') req: object): Promise<Space> {
    const space = await this.spaces.space(req).load(post.spaceId);
    if (!space) throw new Error('post space missing');
    return space;
  }

  @ResolveField(() => Person)
  async author(@Parent() post: Post, @Context('req') req: object): Promise<Person> {
    const person = await this.people.person(req).load(post.authorId);
    if (!person) throw new Error('post author missing');
    return person;
  }

  @ResolveField(() => [ImageModel], { description: 'In order, each with its alt text.' })
  async images(@Parent() post: Post, @Context('req') req: object): Promise<ImageModel[]> {
    const entries = await this.loaders.images(req).load(post.id);
    return entries.filter((e) => e.media.kind === 'IMAGE').map((e) => toImage(e.media, e.alt));
  }

  @ResolveField(() => Poll, { nullable: true })
  poll(@Parent() post: Post, @Context('req') req: object): Promise<Poll | null> {
    return this.polls.byPost(req).load(post.id);
  }

  @ResolveField(() => Boolean, { description: 'This post shares an article or post.' })
  isShare(@Parent() post: Post): boolean {
    return post.sharedItemId !== null;
  }

  @ResolveField(() => Boolean, {
    description:
      'A share whose original the viewer may see. false for a share of something gone or out of reach ("no longer available").',
  })
  async sharedItemAvailable(@Parent() post: Post, @Context('req') req: object): Promise<boolean> {
    return post.sharedItemId !== null && (await this.loaders.visible(req).load(post.sharedItemId)) !== null;
  }

  @ResolveField(() => SharedItem, {
    nullable: true,
    description: 'The shared original, if the viewer may see it; null otherwise.',
  })
  async sharedItem(@Parent() post: Post, @Context('req') req: object): Promise<Article | Post | null> {
    if (!post.sharedItemId) return null;
    const ref = await this.loaders.visible(req).load(post.sharedItemId);
    if (!ref) return null;
    if (ref.kind === 'ARTICLE') return this.loaders.article(req).load(ref.id);
    if (ref.kind === 'POST') return this.loaders.post(req).load(ref.id);
    return null;
  }

  @ResolveField(() => Boolean, { description: 'Featured by an editor.' })
  featured(@Parent() post: Post): boolean {
    return post.featuredAt !== null;
  }

  @ResolveField(() => Boolean)
  viewerCanEdit(@Parent() post: Post, @CurrentPerson() viewer: Person): boolean {
    return PostsPolicy.for(viewer).canEdit(post);
  }

  @ResolveField(() => Boolean)
  async viewerCanDelete(
    @Parent() post: Post,
    @CurrentPerson() viewer: Person,
    @Context('req') req: object,
  ): Promise<boolean> {
    const policy = PostsPolicy.for(viewer);
    if (policy.canEdit(post) || isEditorRole(viewer.role)) return true;
    const [space, membership] = await Promise.all([
      this.spaces.space(req).load(post.spaceId),
      this.spaces.membership(req).load(post.spaceId),
    ]);
    return (
      !!space && policy.canDelete(post, SpacesPolicy.for(viewer, space, factsOf(membership)).isModerator())
    );
  }

  @ResolveField(() => Boolean, { description: 'Editors: may promote it to a news draft and feature it.' })
  viewerCanCurate(@CurrentPerson() viewer: Person): boolean {
    return PostsPolicy.for(viewer).canCurate();
  }
}
