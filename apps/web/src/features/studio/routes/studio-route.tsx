import { useEffect, useId, useRef } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ArticleStatus } from '@commons/web-graphql';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { QueryError } from '@/components/ui/query-error';
import { useStudioArticles } from '../api/studio-articles.query';
import { useFormatDate } from '@/utils/use-format-date';
import { paths } from '@/config/paths';
import '../studio.css';

export const STUDIO_LISTS = ['drafts', 'review', 'scheduled', 'published', 'due'] as const;
export type StudioList = (typeof STUDIO_LISTS)[number];

const LIST_QUERY: Record<StudioList, { status?: ArticleStatus; dueForReview?: boolean }> = {
  drafts: { status: 'DRAFT' },
  review: { status: 'IN_REVIEW' },
  scheduled: { status: 'SCHEDULED' },
  published: { status: 'PUBLISHED' },
  due: { dueForReview: true },
};

/**
 * The studio's lists. Each list is its own address (?list=…), so the choice is navigation: links
 * with aria-current, not tabs. Employees see their own articles, editors everyone's.
 */
export function StudioRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const requested = params.get('list');
  const list: StudioList = (STUDIO_LISTS as readonly string[]).includes(requested ?? '')
    ? (requested as StudioList)
    : 'drafts';
  const { data, error, loading, refetch, fetchMore, networkStatus } = useStudioArticles(LIST_QUERY[list]);
  const listRef = useRef<HTMLUListElement>(null);
  const focusIndex = useRef<number | null>(null);
  const format = useFormatDate();
  const navId = useId();
  const listHeadingId = useId();
  const edges = data?.studioArticles.edges ?? [];
  const pageInfo = data?.studioArticles.pageInfo;

  // "Show more" moves focus to the first new article's link.
  useEffect(() => {
    if (focusIndex.current === null) return;
    const target =
      listRef.current?.querySelectorAll<HTMLAnchorElement>('a.studio-item__link')[focusIndex.current];
    if (target) {
      focusIndex.current = null;
      target.focus();
    }
  }, [edges.length]);
  const showMore = async () => {
    if (!pageInfo?.endCursor || networkStatus === NetworkStatus.fetchMore) return;
    focusIndex.current = edges.length;
    await fetchMore({ variables: { after: pageInfo.endCursor } });
  };

  return (
    <>
      <PageHeading title={t('studio.title')}>{t('studio.title')}</PageHeading>
      <p className="lead">{t('studio.intro')}</p>
      <p>
        <Link to={paths.studioNew.to()} className="button">
          {t('studio.newArticle')}
        </Link>
      </p>
      <nav aria-labelledby={navId} className="studio-lists">
        <h2 id={navId} className="visually-hidden">
          {t('studio.listsLabel')}
        </h2>
        <ul className="studio-lists__list">
          {STUDIO_LISTS.map((key) => (
            <li key={key}>
              <Link
                to={paths.studio.to({ list: key })}
                className="studio-lists__link"
                aria-current={key === list ? 'page' : undefined}
              >
                {t(`studio.lists.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby={listHeadingId}>
        <h2 id={listHeadingId}>{t(`studio.lists.${list}`)}</h2>
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
        {!data && loading && <Loading />}
        {data && edges.length === 0 && <p>{t(`studio.empty.${list}`)}</p>}
        {edges.length > 0 && (
          <ul className="studio-items" ref={listRef}>
            {edges.map(({ node }) => (
              <li key={node.id} className="studio-item">
                <Link to={paths.studioArticle.to(node.id)} className="studio-item__link">
                  {node.title || t('studio.untitled')}
                </Link>
                <p className="studio-item__meta">
                  {t(`studio.status.${node.status}`)} · {node.author.displayName} ·{' '}
                  {list === 'scheduled' && node.publishAt ? (
                    <>
                      {t('studio.publishesAt')}{' '}
                      <time dateTime={node.publishAt}>{format.dateTime(node.publishAt)}</time>
                    </>
                  ) : list === 'due' && node.reviewBy ? (
                    <>{t('studio.reviewByDate', { date: format.day(node.reviewBy) })}</>
                  ) : (
                    <>
                      {t('studio.updated')}{' '}
                      <time dateTime={node.updatedAt}>{format.dateTime(node.updatedAt)}</time>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
        {pageInfo?.hasNextPage && (
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={networkStatus === NetworkStatus.fetchMore || undefined}
            onClick={() => void showMore()}
          >
            {networkStatus === NetworkStatus.fetchMore ? t('news.loadingMore') : t('studio.showMore')}
          </button>
        )}
      </section>
    </>
  );
}
