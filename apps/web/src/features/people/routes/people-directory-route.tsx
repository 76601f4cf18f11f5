import { useEffect, useId, useRef } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAnnounce } from '@/components/ui/announcer';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { QueryError } from '@/components/ui/query-error';
import { SearchForm } from '@/components/ui/search-form';
import { useUrlSearch } from '@/utils/use-url-search';
import { usePeopleDirectory } from '../api/people-directory.query';
import { paths } from '@/config/paths';
import './people-directory-route.css';

/**
 * The people directory. Typing searches after a short pause; the results heading is announced
 * politely and focus stays in the field. "Show more" moves focus to the first new result.
 */
export function PeopleDirectoryRoute() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { query, text, setText, searched, onSubmit } = useUrlSearch();
  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = usePeopleDirectory(query);
  const listRef = useRef<HTMLUListElement>(null);
  const focusIndex = useRef<number | null>(null);
  const headingId = useId();

  const connection = (data ?? (loading ? previousData : undefined))?.people;
  const total = connection?.totalCount ?? 0;
  const heading = query
    ? t('people.resultsFor', { count: total, query })
    : t('people.resultsAll', { count: total });
  const settled = Boolean(data) && networkStatus === NetworkStatus.ready;

  // Speak the new count once the results for a search have arrived, but not on first load.
  useEffect(() => {
    if (settled && searched.current) announce(heading);
  }, [settled, searched, heading, announce]);

  const edges = connection?.edges ?? [];
  useEffect(() => {
    if (focusIndex.current === null) return;
    const links = listRef.current?.querySelectorAll<HTMLAnchorElement>('a.result__link');
    const target = links?.[focusIndex.current];
    if (target) {
      focusIndex.current = null;
      target.focus();
    }
  }, [edges.length]);

  const showMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    focusIndex.current = edges.length;
    await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
  };

  return (
    <>
      <PageHeading title={t('people.title')}>{t('people.title')}</PageHeading>
      <p className="lead">{t('people.intro')}</p>
      <SearchForm
        id="people-search"
        label={t('people.searchLabel')}
        hint={t('people.searchHint')}
        buttonLabel={t('people.searchButton')}
        value={text}
        onChange={setText}
        onSubmit={onSubmit}
        spellCheck={false}
      />

      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {!connection && loading && <Loading />}
      {connection && (
        <section aria-labelledby={headingId} className="results">
          <h2 id={headingId} className="results__heading">
            {heading}
          </h2>
          {total === 0 && query && <p>{t('people.noResults')}</p>}
          <ul ref={listRef} className="results__list">
            {edges.map(({ node }) => (
              <li key={node.id} className="result">
                <Link className="result__link" to={paths.person.to(node.id)}>
                  {node.displayName}
                </Link>
                {node.title && <p className="result__meta">{node.title}</p>}
                <p className="result__meta">
                  {[node.orgUnit.name, node.location?.name].filter(Boolean).join(' · ')}
                </p>
              </li>
            ))}
          </ul>
          {edges.length > 0 && (
            <p className="results__count">{t('people.shown', { shown: edges.length, total })}</p>
          )}
          {connection.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void showMore()}
              aria-disabled={networkStatus === NetworkStatus.fetchMore || undefined}
            >
              {networkStatus === NetworkStatus.fetchMore ? t('people.loadingMore') : t('people.showMore')}
            </button>
          )}
        </section>
      )}
    </>
  );
}
