import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import { prefetch } from '../../common/graphql/prefetched-fields';
import { ArticleConnection } from '../articles/article-connection.model';
import { topicName } from '../articles/topic.entity';
import { toImage } from '../media/article-media.resolver';
import { Person } from '../people/person.entity';
import { FeedArgs } from './dto/feed.args';
import { FeedService } from './feed.service';

@Resolver()
export class FeedResolver {
  constructor(private readonly feedService: FeedService) {}

  @Query(() => ArticleConnection, {
    description: "The viewer's live articles: pinned first, then newest (published_at, id). Keyset cursor; no repeats or gaps while others publish.",
  })
  async feed(@CurrentPerson() me: Person, @Args() args: FeedArgs): Promise<ArticleConnection> {
    const page = await this.feedService.page(me, args);
    // The page's statement already read each card: its fields answer without resolvers or statements.
    for (const item of page.items) {
      prefetch(item.article, {
        pinned: item.pinned,
        acknowledged: item.acknowledged,
        unread: item.unread,
        author: item.author,
        topics: item.topics.map((topic) => prefetch(topic, { name: topicName(topic, me.language) })),
        cover: item.cover && item.cover.kind === 'IMAGE' ? toImage(item.cover, item.article.coverAlt ?? '') : null,
        reactionCounts: item.counts.reactions,
        myReaction: item.myReaction,
        commentCount: item.counts.comments,
        commentsClosed: item.commentsClosed,
        latestComments: item.latestComments.map(({ comment, author }) => prefetch(comment, { author })),
      });
    }
    return page.connection;
  }
}
