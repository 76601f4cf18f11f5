import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import { Location } from '../organisation/location.entity';
import { OrgUnit } from '../organisation/org-unit.entity';
import { OrganisationLoader } from '../organisation/organisation.loader';
import { Person } from '../people/person.entity';
import { ArticleConnection } from './models/article-connection.model';
import { canTransition } from './utils/article-lifecycle.util';
import { ArticleLifecycleService } from './services/article-lifecycle.service';
import { ArticleQueries } from './services/article-queries.service';
import { ArticleVisibility, canSeeArticle } from './article-visibility';
import { ArticleRevision } from './entities/article-revision.entity';
import { Article } from './article.entity';
import { ArticleStatus } from './article.enums';
import { ArticlesPolicy } from './articles.policy';
import { PeopleLoader } from '../people/people.loader';
import { ArticlesLoader } from './articles.loader';
import { ArticlesService } from './articles.service';
import { Audience } from './models/audience.model';
import { ArticleInput } from './dto/article.input';
import { AudienceInput } from './dto/audience.input';
import { StudioArticlesArgs } from './dto/studio-articles.args';
import { Readability, toReadability } from './models/readability.model';
import { Topic } from './topics/topic.entity';

/** The article core: queries, lifecycle mutations and the fields this module owns. */
@Resolver(() => Article)
export class ArticlesResolver {
  constructor(
    private readonly articles: ArticlesService,
    private readonly queries: ArticleQueries,
    private readonly lifecycle: ArticleLifecycleService,
    private readonly loaders: ArticlesLoader,
    private readonly people: PeopleLoader,
    private readonly organisation: OrganisationLoader,
    private readonly visibility: ArticleVisibility,
  ) {}

  @Query(() => Article, { description: 'NOT_FOUND unless the viewer may see it.' })
  article(@CurrentPerson() viewer: Person, @Args('id', { type: () => ID }) id: string): Promise<Article> {
    return this.queries.get(viewer, id);
  }

  @Query(() => ArticleConnection, {
    description: "Editors: everyone's articles; anyone else: their own. Newest change first.",
  })
  studioArticles(
    @CurrentPerson() viewer: Person,
    @Args() args: StudioArticlesArgs,
  ): Promise<ArticleConnection> {
    return this.queries.studio(viewer, args);
  }

  @Query(() => Int, { description: 'Active people an audience reaches. Editors.' })
  audienceReach(@CurrentPerson() viewer: Person, @Args('audience') audience: AudienceInput): Promise<number> {
    return this.queries.audienceReach(viewer, audience);
  }

  @Mutation(() => Article, { description: 'A new DRAFT by the signed-in person. Title required.' })
  createArticle(@CurrentPerson() actor: Person, @Args('input') input: ArticleInput): Promise<Article> {
    return this.articles.create(actor, input);
  }

  @Mutation(() => Article, { description: 'Partial; a revision only when something changed.' })
  updateArticle(
    @CurrentPerson() actor: Person,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ArticleInput,
  ): Promise<Article> {
    return this.articles.update(actor, id, input);
  }

  @Mutation(() => Article, { description: 'DRAFT → IN_REVIEW.' })
  submitArticle(
    @CurrentPerson() actor: Person,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Article> {
    return this.lifecycle.submit(actor, id);
  }

  @Mutation(() => Article, { description: 'IN_REVIEW → DRAFT with a comment. Editors.' })
  returnArticle(
    @CurrentPerson() actor: Person,
    @Args('id', { type: () => ID }) id: string,
    @Args('comment') comment: string,
  ): Promise<Article> {
    return this.lifecycle.returnToDraft(actor, id, comment);
  }

  @Mutation(() => Article, {
    description: 'Editors. No publishAt: now (PUBLISHED); future: SCHEDULED; past: BAD_USER_INPUT.',
  })
  publishArticle(
    @CurrentPerson() actor: Person,
    @Args('id', { type: () => ID }) id: string,
    @Args('publishAt', { type: () => Date, nullable: true }) publishAt?: Date | null,
  ): Promise<Article> {
    return this.lifecycle.publish(actor, id, publishAt);
  }

  @Mutation(() => Article, { description: 'PUBLISHED → ARCHIVED. Editors.' })
  archiveArticle(
    @CurrentPerson() actor: Person,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<Article> {
    return this.lifecycle.archive(actor, id);
  }

  @ResolveField(() => Person)
  async author(@Parent() article: Article, @Context('req') req: object): Promise<Person> {
    return existing(await this.people.person(req).load(article.authorId), 'author');
  }

  @ResolveField(() => String, { description: 'Sanitised HTML (allow-list): safe to render as is.' })
  bodyHtml(@Parent() article: Article, @Context('req') req: object): string | Promise<string> {
    // Feed cards are read without their body (it can be long, and a card does not show it).
    return article.bodyHtml ?? this.loaders.body(req).load(article.id);
  }

  @ResolveField(() => [Topic])
  topics(@Parent() article: Article, @Context('req') req: object): Promise<Topic[]> {
    return this.loaders.topics(req).load(article.id);
  }

  @ResolveField(() => Audience)
  async audience(@Parent() article: Article, @Context('req') req: object): Promise<Audience> {
    const { organisation } = this;
    const [paths, locations] = await Promise.all([
      Promise.all(article.audienceOrgUnitIds.map((id) => organisation.path(req).load(id))),
      Promise.all(article.audienceLocationIds.map((id) => organisation.location(req).load(id))),
    ]);
    return {
      everyone: article.audienceOrgUnitIds.length === 0 && article.audienceLocationIds.length === 0,
      orgUnits: paths.map((path) => path[path.length - 1]).filter((u): u is OrgUnit => !!u),
      locations: locations.filter((l): l is Location => !!l),
    };
  }

  @ResolveField(() => [Article], { description: 'Other language versions the viewer may see.' })
  async translations(
    @Parent() article: Article,
    @CurrentPerson() viewer: Person,
    @Context('req') req: object,
  ): Promise<Article[]> {
    const [group, v] = await Promise.all([
      this.loaders.translationGroup(req).load(article.translationGroupId),
      this.visibility.viewer(viewer),
    ]);
    return group.filter((other) => other.id !== article.id && canSeeArticle(other, v));
  }

  @ResolveField(() => [ArticleRevision], {
    description: 'Newest first; for the author and editors (empty for others).',
  })
  async revisions(
    @Parent() article: Article,
    @CurrentPerson() viewer: Person,
    @Context('req') req: object,
  ): Promise<ArticleRevision[]> {
    if (!ArticlesPolicy.for(viewer).canSeeRevisions(article)) return [];
    return this.loaders.revisions(req).load(article.id);
  }

  @ResolveField(() => Readability)
  async readability(@Parent() article: Article, @Context('req') req: object): Promise<Readability> {
    const report = await this.loaders.readability(req).load(article.id);
    if (report) return toReadability(report);
    return {
      scale: article.language === 'en' ? 'FLESCH' : 'LIX',
      score: null,
      band: null,
      readingTimeMinutes: 0,
      warnings: [],
    };
  }

  @ResolveField(() => Int)
  async readingTimeMinutes(@Parent() article: Article, @Context('req') req: object): Promise<number> {
    return (await this.loaders.readability(req).load(article.id))?.readingTimeMinutes ?? 0;
  }

  @ResolveField(() => Boolean, { description: 'Published and pinned until a time still to come.' })
  pinned(@Parent() article: Article): boolean {
    return (
      article.status === ArticleStatus.PUBLISHED &&
      article.pinnedUntil !== null &&
      article.pinnedUntil > new Date()
    );
  }

  @ResolveField(() => Boolean)
  viewerCanEdit(@Parent() article: Article, @CurrentPerson() viewer: Person): boolean {
    return ArticlesPolicy.for(viewer).canEdit(article);
  }

  @ResolveField(() => Boolean)
  viewerCanPublish(@Parent() article: Article, @CurrentPerson() viewer: Person): boolean {
    return ArticlesPolicy.for(viewer).canPublish() && canTransition(article.status, 'publish');
  }
}

@Resolver(() => ArticleRevision)
export class ArticleRevisionResolver {
  constructor(private readonly people: PeopleLoader) {}

  @ResolveField(() => Person)
  async editor(@Parent() revision: ArticleRevision, @Context('req') req: object): Promise<Person> {
    return existing(await this.people.person(req).load(revision.editorId), 'editor');
  }

  @ResolveField(() => Number, { nullable: true })
  readabilityScore(@Parent() revision: ArticleRevision): number | null {
    return revision.readability?.score ?? null;
  }
}

/** People are never deleted (only deactivated), and the foreign keys guarantee they exist. */
function existing(person: Person | null, role: string): Person {
  if (!person) throw new Error(`article ${role} missing`);
  return person;
}
