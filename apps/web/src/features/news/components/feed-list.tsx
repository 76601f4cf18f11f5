import { NetworkStatus } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import type { ArticleFormat } from '@commons/web-graphql';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { useFeed } from '../api/feed.query';
import { ArticleCard } from './article-card';
import { ShowMoreButton, useShowMore } from './show-more';

interface FeedListProps {
  filter: { topicId?: string | null; format?: ArticleFormat | null };
  headingLevel: 2 | 3;
  /** Articles shown elsewhere on the page (open must-reads), left out here so nothing appears twice. */
  exclude?: ReadonlySet<string>;
}

/**
 * The viewer's published articles, pinned first then newest. "Show more" appends the next page and
 * moves focus to the heading link of the first new article (useShowMore).
 */
export function FeedList({ filter, headingLevel, exclude }: FeedListProps) {
  const { t } = useTranslation();
  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = useFeed(filter);
  const fetching = networkStatus === NetworkStatus.fetchMore;

  const shown = (node: { id: string }) => !exclude?.has(node.id);
  const connection = (data ?? (loading ? previousData : undefined))?.feed;
  const edges = (connection?.edges ?? []).filter(({ node }) => shown(node));
  const { listRef, showMore } = useShowMore({
    nodes: edges.map((e) => e.node),
    keyOf: (node) => node.id,
    shown,
    endCursor: connection?.pageInfo.endCursor,
    fetching,
    fetchPage: async (after) =>
      (await fetchMore({ variables: { after } })).data?.feed.edges.map((e) => e.node),
  });

  if (error && !connection) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!connection) return <Loading />;
  if (edges.length === 0) return <p>{t('news.empty')}</p>;
  return (
    <>
      <ol ref={listRef} className="news-list">
        {edges.map(({ node }) => (
          <li key={node.id} data-feed-item={node.id}>
            <ArticleCard article={node} headingLevel={headingLevel} />
          </li>
        ))}
      </ol>
      {connection.pageInfo.hasNextPage && (
        <ShowMoreButton label={t('news.showMore')} fetching={fetching} onShowMore={showMore} />
      )}
    </>
  );
}
