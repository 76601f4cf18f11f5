import { useEffect, useRef } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import type { ArticleFormat } from '@commons/web-graphql';
import { Loading } from '../../../components/ui/loading';
import { QueryError } from '../../../components/ui/query-error';
import { useFeed } from '../api/feed.query';
import { ArticleCard } from './article-card';

interface FeedListProps {
  filter: { topicId?: string | null; format?: ArticleFormat | null };
  headingLevel: 2 | 3;
  /** Articles shown elsewhere on the page (open must-reads), left out here so nothing appears twice. */
  exclude?: ReadonlySet<string>;
}

/**
 * The viewer's published articles, pinned first then newest. "Show more" appends the next page and
 * moves focus to the heading link of the first new article, so keyboard and screen reader users
 * carry on reading where the new items begin.
 */
export function FeedList({ filter, headingLevel, exclude }: FeedListProps) {
  const { t } = useTranslation();
  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = useFeed(filter);
  const listRef = useRef<HTMLOListElement>(null);
  const focusId = useRef<string | null>(null);

  const connection = (data ?? (loading ? previousData : undefined))?.feed;
  const edges = (connection?.edges ?? []).filter(({ node }) => !exclude?.has(node.id));

  useEffect(() => {
    if (!focusId.current) return;
    const link = headingLinkOf(listRef.current, focusId.current);
    if (link) {
      focusId.current = null;
      link.focus();
    }
  }, [edges.length]);

  const showMore = async () => {
    if (!connection?.pageInfo.endCursor || networkStatus === NetworkStatus.fetchMore) return;
    const known = new Set(edges.map((e) => e.node.id));
    const result = await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    const firstNew = result.data?.feed.edges.find((e) => !known.has(e.node.id) && !exclude?.has(e.node.id));
    if (firstNew) {
      focusId.current = firstNew.node.id;
      // The list may already hold the new items when this runs; focus now if so.
      const link = headingLinkOf(listRef.current, firstNew.node.id);
      if (link) {
        focusId.current = null;
        link.focus();
      }
    }
  };

  if (error && !connection) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!connection) return <Loading />;
  if (edges.length === 0) return <p>{t('news.empty')}</p>;
  return (
    <>
      <ol ref={listRef} className="news-list">
        {edges.map(({ node }) => (
          <li key={node.id}>
            <ArticleCard article={node} headingLevel={headingLevel} />
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
          {networkStatus === NetworkStatus.fetchMore ? t('news.loadingMore') : t('news.showMore')}
        </button>
      )}
    </>
  );
}

function headingLinkOf(list: HTMLElement | null, id: string): HTMLAnchorElement | null {
  const article = Array.from(list?.querySelectorAll<HTMLElement>('[data-article-id]') ?? []).find(
    (el) => el.dataset['articleId'] === id,
  );
  return article?.querySelector<HTMLAnchorElement>('a.news-card__link') ?? null;
}
