import { FeaturedPosts } from '@/features/home/components/featured-posts';
import { HomeRoute } from '@/features/home/routes/home-route';
import { NewsFeed } from '@/features/news/components/news-feed';
import type { RenderFeedPost } from '@/features/news/components/home-feed-list';
import { FeedPostCard } from '@/features/spaces/components/feed-post-card';

/** A staff post in the home feed: the spaces feature's compact card, with the feed's summary inside. */
const renderPost: RenderFeedPost = (post, { headingLevel, summary }) => (
  <FeedPostCard post={post} headingLevel={headingLevel}>
    {summary}
  </FeedPostCard>
);

/**
 * The home page, where three features meet: the greeting and the featured posts (home), the feed
 * and must-reads (news) and the cards of staff posts from the viewer's spaces (spaces). Featured
 * posts go between the open must-reads and the feed.
 */
export function HomePage() {
  return <HomeRoute news={<NewsFeed renderPost={renderPost} afterMustReads={<FeaturedPosts />} />} />;
}
