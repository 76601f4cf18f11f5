import { type ReactNode } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { useHomeFeed, type HomeFeedItem, type HomeFeedPost } from '../api/home-feed.query';
import { ArticleCard } from './article-card';
import { FeedConversationSummary } from './feed-conversation-summary';
import { ShowMoreButton, useShowMore } from './show-more';

/** How the app renders a staff post (the spaces feature's card); `summary` goes inside the card. */
export type RenderFeedPost = (
  post: HomeFeedPost,
  options: { headingLevel: 2 | 3; summary: ReactNode },
) => ReactNode;

interface HomeFeedListProps {
  headingLevel: 2 | 3;
  /** Articles shown elsewhere on the page (open must-reads), left out here so nothing appears twice. */
  exclude?: ReadonlySet<string>;
  /** Without it, posts are left out (the feed reads as news only). */
  renderPost?: RenderFeedPost;
}

/**
 * The home feed: news (pinned first) and the posts of the viewer's spaces, newest first, each with
 * its reaction and comment summary. "Show more" appends the next page and moves focus to the first
 * new item (an article's heading link, a post's heading), as on the news-only list.
 */
export function HomeFeedList({ headingLevel, exclude, renderPost }: HomeFeedListProps) {
  const { t } = useTranslation();
  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = useHomeFeed();
  const fetching = networkStatus === NetworkStatus.fetchMore;

  const shown = (node: HomeFeedItem) =>
    node.__typename === 'Article' ? !exclude?.has(node.id) : Boolean(renderPost);
  const connection = (data ?? (loading ? previousData : undefined))?.homeFeed;
  const edges = (connection?.edges ?? []).filter(({ node }) => shown(node));
  const { listRef, showMore } = useShowMore({
    nodes: edges.map((e) => e.node),
    keyOf,
    shown,
    endCursor: connection?.pageInfo.endCursor,
    fetching,
    fetchPage: async (after) =>
      (await fetchMore({ variables: { after } })).data?.homeFeed.edges.map((e) => e.node),
  });

  if (error && !connection) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!connection) return <Loading />;
  if (edges.length === 0) return <p>{t('news.homeFeed.empty')}</p>;
  return (
    <>
      <ol ref={listRef} className="news-list">
        {edges.map(({ node }) => (
          <li key={keyOf(node)} data-feed-item={keyOf(node)}>
            {node.__typename === 'Article' ? (
              <ArticleCard article={node} headingLevel={headingLevel}>
                <FeedConversationSummary item={node} />
              </ArticleCard>
            ) : (
              renderPost?.(node, { headingLevel, summary: <FeedConversationSummary item={node} /> })
            )}
          </li>
        ))}
      </ol>
      {connection.pageInfo.hasNextPage && (
        <ShowMoreButton label={t('news.homeFeed.showMore')} fetching={fetching} onShowMore={showMore} />
      )}
    </>
  );
}

const keyOf = (node: HomeFeedItem) => `${node.__typename}:${node.id}`;
