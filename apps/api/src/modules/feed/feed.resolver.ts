import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import { ArticleConnection } from '../articles/article-connection.model';
import { ArticleLoaderFactory } from '../articles/articles.loader';
import type { SessionRequest } from '../auth/auth-request.util';
import { MediaLoaderFactory } from '../media/media.loader';
import { acknowledgementKey, AcknowledgementLoaderFactory } from '../must-read/acknowledgement.loader';
import { Person } from '../people/person.entity';
import { ArticleViewsLoaderFactory } from './article-views.loader';
import { FeedArgs } from './dto/feed.args';
import { FeedService } from './feed.service';

@Resolver()
export class FeedResolver {
  constructor(
    private readonly feedService: FeedService,
    private readonly views: ArticleViewsLoaderFactory,
    private readonly acknowledgements: AcknowledgementLoaderFactory,
    private readonly articleLoaders: ArticleLoaderFactory,
    private readonly mediaLoaders: MediaLoaderFactory,
  ) {}

  @Query(() => ArticleConnection, {
    description: "The viewer's live articles: pinned first, then newest (published_at, id). Keyset cursor; no repeats or gaps while others publish.",
  })
  async feed(@CurrentPerson() me: Person, @Context('req') req: SessionRequest, @Args() args: FeedArgs): Promise<ArticleConnection> {
    const page = await this.feedService.page(me.id, args);
    // The page's statement already read each card: its fields are answered from primed loaders.
    const unread = this.views.unread(req);
    const acknowledged = this.acknowledgements.acknowledged(req);
    const articles = this.articleLoaders.for(req);
    const media = this.mediaLoaders.for(req).media;
    for (const item of page.items) {
      const { article } = item;
      unread.prime(article.id, item.unread);
      acknowledged.prime(acknowledgementKey(article.id, article.ackVersion), item.acknowledged);
      articles.person.prime(article.authorId, item.author);
      articles.topics.prime(article.id, item.topics);
      if (item.cover) media.prime(item.cover.id, item.cover);
    }
    return page.connection;
  }
}
