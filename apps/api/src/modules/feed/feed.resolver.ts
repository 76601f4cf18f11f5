import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentPerson } from '../../common/decorators/current-person.decorator';
import { prefetch } from '../../common/graphql/prefetched-fields';
import { ArticleConnection } from '../articles/models/article-connection.model';
import { Article } from '../articles/article.entity';
import { topicName } from '../articles/topics/topic.entity';
import { toImage } from '../media/article-media.resolver';
import { Person } from '../people/person.entity';
import { Post } from '../posts/post.model';
import { FeedArgs, FeedPageArgs } from './dto/feed.args';
import type { Page } from '../../common/graphql/connection.model';
import type { FeedItem } from './feed.repository';
import { FeedService } from './feed.service';
import { HomeFeedConnection } from './home-feed.model';

@Resolver()
export class FeedResolver {
  constructor(private readonly feedService: FeedService) {}

  @Query(() => ArticleConnection, {
    description:
      "The viewer's live news: pinned first, then newest (published_at, id). Keyset cursor; no repeats or gaps while others publish.",
  })
  async feed(@CurrentPerson() me: Person, @Args() args: FeedArgs): Promise<ArticleConnection> {
    return cardsOf(await this.feedService.page(me, args), (item) => cardOf(item, me) as Article);
  }

  @Query(() => HomeFeedConnection, {
    description:
      "The home page: the viewer's news (pinned first) mixed with the posts of their spaces, newest first. Keyset cursor.",
  })
  async homeFeed(@CurrentPerson() me: Person, @Args() args: FeedPageArgs): Promise<HomeFeedConnection> {
    return cardsOf(await this.feedService.page(me, args, { withPosts: true }), (item) => cardOf(item, me));
  }
}

/** The page with each feed row turned into its card. */
function cardsOf<T>(page: Page<FeedItem>, card: (item: FeedItem) => T): Page<T> {
  return { ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: card(node) })) };
}

/** The page's statement already read each card: its fields answer without resolvers or statements. */
function cardOf(item: FeedItem, me: Person): Article | Post {
  const conversation = {
    author: item.author,
    reactionCounts: item.counts.reactions,
    myReaction: item.myReaction,
    commentCount: item.counts.comments,
    commentsClosed: item.commentsClosed,
    latestComments: item.latestComments.map(({ comment, author }) => prefetch(comment, { author })),
  };
  if (item.post) return prefetch(item.post, conversation);
  const article = item.article as Article;
  return prefetch(article, {
    ...conversation,
    pinned: item.pinned,
    acknowledged: item.acknowledged,
    unread: item.unread,
    topics: item.topics.map((topic) => prefetch(topic, { name: topicName(topic, me.language) })),
    cover: item.cover && item.cover.kind === 'IMAGE' ? toImage(item.cover, article.coverAlt ?? '') : null,
  });
}
