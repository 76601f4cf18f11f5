import { useEffect, useRef, type ReactNode } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useHomeFeed, type HomeFeedItem, type HomeFeedPost } from '../api/home-feed.query';
import { ArticleCard } from './article-card';
import { FeedConversationSummary } from './feed-conversation-summary';

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
  const listRef = useRef<HTMLOListElement>(null);
  const focusKey = useRef<string | null>(null);

  const shown = (node: HomeFeedItem) =>
    node.__typename === 'Article' ? !exclude?.has(node.id) : Boolean(renderPost);
  const connection = (data ?? (loading ? previousData : undefined))?.homeFeed;
  const edges = (connection?.edges ?? []).filter(({ node }) => shown(node));

  useEffect(() => {
    if (!focusKey.current) return;
    const target = focusTargetOf(listRef.current, focusKey.current);
    if (target) {
      focusKey.current = null;
      target.focus();
    }
  }, [edges.length]);

  const showMore = async () => {
    if (!connection?.pageInfo.endCursor || networkStatus === NetworkStatus.fetchMore) return;
    const known = new Set(edges.map((e) => keyOf(e.node)));
    const result = await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    const firstNew = result.data?.homeFeed.edges.find((e) => !known.has(keyOf(e.node)) && shown(e.node));
    if (firstNew) {
      focusKey.current = keyOf(firstNew.node);
      // The list may already hold the new items when this runs; focus now if so.
      const target = focusTargetOf(listRef.current, focusKey.current);
      if (target) {
        focusKey.current = null;
        target.focus();
      }
    }
  };

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
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void showMore()}
          aria-disabled={networkStatus === NetworkStatus.fetchMore || undefined}
        >
          {networkStatus === NetworkStatus.fetchMore ? t('news.loadingMore') : t('news.homeFeed.showMore')}
        </button>
      )}
    </>
  );
}

const keyOf = (node: HomeFeedItem) => `${node.__typename}:${node.id}`;

/** An article's heading link, or the element a post card marks to take focus (its heading). */
function focusTargetOf(list: HTMLElement | null, key: string): HTMLElement | null {
  const item = Array.from(list?.querySelectorAll<HTMLElement>('[data-feed-item]') ?? []).find(
    (el) => el.dataset['feedItem'] === key,
  );
  return item?.querySelector<HTMLElement>('a.news-card__link, [data-feed-focus]') ?? null;
}
