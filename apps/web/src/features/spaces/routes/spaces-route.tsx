import { useEffect, useId, useRef } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SpaceScope } from '@commons/web-graphql';
import { useAnnounce } from '@/components/ui/announcer';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { QueryError } from '@/components/ui/query-error';
import { SearchForm } from '@/components/ui/search-form';
import { useUrlSearch } from '@/utils/use-url-search';
import { useSpaces } from '../api/spaces.query';
import { paths } from '@/config/paths';
import '../spaces.css';

/**
 * /spaces — the viewer's spaces and the ones they may join, filtered by one search field (debounced,
 * in the query string, so focus stays in the field; the result counts are announced).
 */
export function SpacesRoute() {
  const { t } = useTranslation();
  const { query, text, setText, searched, onSubmit } = useUrlSearch();
  const announce = useAnnounce();
  const mine = useSpaces('MINE', query);
  const discover = useSpaces('DISCOVER', query);

  // After a search, one polite message for both lists, once both have answered: never on first load.
  const settled = [mine, discover].every((r) => Boolean(r.data) && r.networkStatus === NetworkStatus.ready);
  const counts = [mine, discover].map((r) => ({
    count: r.data?.spaces.edges.length ?? 0,
    more: r.data?.spaces.pageInfo.hasNextPage ?? false,
  }));
  const message = [
    t(counts[0].more ? 'spaces.foundMore' : 'spaces.found', {
      list: t('spaces.mineHeading'),
      count: counts[0].count,
    }),
    t(counts[1].more ? 'spaces.foundMore' : 'spaces.found', {
      list: t('spaces.discoverHeading'),
      count: counts[1].count,
    }),
  ].join('. ');
  useEffect(() => {
    if (settled && searched.current && query) announce(message);
  }, [settled, searched, query, message, announce]);

  return (
    <>
      <PageHeading title={t('spaces.title')}>{t('spaces.title')}</PageHeading>
      <p className="lead">{t('spaces.intro')}</p>
      <p>
        <Link to={paths.spaceNew.to()} className="button">
          {t('spaces.create')}
        </Link>
      </p>
      <SearchForm
        id="spaces-search"
        label={t('spaces.searchLabel')}
        hint={t('spaces.searchHint')}
        buttonLabel={t('spaces.searchButton')}
        value={text}
        onChange={setText}
        onSubmit={onSubmit}
      />
      <SpaceList scope="MINE" query={query} result={mine} />
      <SpaceList scope="DISCOVER" query={query} result={discover} />
    </>
  );
}

function SpaceList({
  scope,
  query,
  result,
}: {
  scope: Extract<SpaceScope, 'MINE' | 'DISCOVER'>;
  query: string;
  result: ReturnType<typeof useSpaces>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const focusIndex = useRef<number | null>(null);
  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = result;
  const connection = (data ?? (loading ? previousData : undefined))?.spaces;
  const edges = connection?.edges ?? [];
  const heading = t(scope === 'MINE' ? 'spaces.mineHeading' : 'spaces.discoverHeading');

  useEffect(() => {
    if (focusIndex.current === null) return;
    const target = listRef.current?.querySelectorAll<HTMLAnchorElement>('a')[focusIndex.current];
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
    <section className="space-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {!connection && loading && <Loading />}
      {connection && edges.length === 0 && (
        <p>
          {t(query ? 'spaces.noneFound' : scope === 'MINE' ? 'spaces.noneMine' : 'spaces.noneToDiscover')}
        </p>
      )}
      {edges.length > 0 && (
        <ul className="results__list" ref={listRef}>
          {edges.map(({ node }) => (
            <li key={node.id} className="result">
              <Link className="result__link" to={paths.space.to(node.id)}>
                {node.name}
              </Link>
              <p className="result__meta">
                {[
                  t(`spaces.visibility.${node.visibility}.label`),
                  t('spaces.memberCount', { count: node.memberCount }),
                  node.viewerMembership?.status === 'REQUESTED'
                    ? t('spaces.membership.requestedShort')
                    : null,
                  node.viewerMembership?.status === 'INVITED' ? t('spaces.membership.invitedShort') : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {node.description && <p className="result__meta space-list__description">{node.description}</p>}
            </li>
          ))}
        </ul>
      )}
      {connection?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void showMore()}
          aria-disabled={networkStatus === NetworkStatus.fetchMore || undefined}
        >
          {t('spaces.showMoreSpaces')}
        </button>
      )}
    </section>
  );
}
