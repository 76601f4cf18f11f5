import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import { ArticleConnection } from '../articles/article-connection.model';
import { ArticleVisibility } from '../articles/article-visibility';
import type { SessionRequest } from '../auth/auth-request.util';
import { acknowledgementKey, AcknowledgementLoaderFactory } from '../must-read/acknowledgement.loader';
import { Person } from '../people/person.entity';
import { ArticleViewsLoaderFactory } from './article-views.loader';
import { FeedArgs } from './dto/feed.args';
import { FeedService } from './feed.service';

@Resolver()
export class FeedResolver {
  constructor(
    private readonly feedService: FeedService,
    private readonly visibility: ArticleVisibility,
    private readonly views: ArticleViewsLoaderFactory,
    private readonly acknowledgements: AcknowledgementLoaderFactory,
  ) {}

  @Query(() => ArticleConnection, {
    description: "The viewer's live articles: pinned first, then newest (published_at, id). Keyset cursor; no repeats or gaps while others publish.",
  })
  async feed(@CurrentPerson() me: Person, @Context('req') req: SessionRequest, @Args() args: FeedArgs): Promise<ArticleConnection> {
    const page = await this.feedService.page(await this.visibility.viewer(me), args);
    // The page's statement already knows unread and acknowledged: no statement for either field.
    const unread = this.views.unread(req);
    const acknowledged = this.acknowledgements.acknowledged(req);
    for (const item of page.items) {
      unread.prime(item.article.id, item.unread);
      acknowledged.prime(acknowledgementKey(item.article.id, item.article.ackVersion), item.acknowledged);
    }
    return page.connection;
  }
}
