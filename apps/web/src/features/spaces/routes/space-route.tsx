import { useId, useRef } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { QueryError } from '@/components/ui/query-error';
import { readAppError } from '@/utils/graphql-error';
import { useSpace } from '../api/space.query';
import { useSpacePosts } from '../api/space-posts.query';
import { MembershipActions } from '../components/membership-actions';
import { PendingRequests } from '../components/pending-requests';
import { PostComposer } from '../components/post-composer';
import { SpaceMembers } from '../components/space-members';
import { SpacePostCard, type PostSlots } from '../components/space-post-card';
import { paths } from '@/config/paths';
import '../spaces.css';

/**
 * /spaces/:id — a space's name, description and visibility, the viewer's membership, then its posts
 * (with a composer for members), its members and, for its moderators, requests to join. Sections with
 * headings rather than tabs: everything stays reachable by headings and in one reading order.
 */
export function SpaceRoute({
  slots,
  viewerId,
}: {
  /** What the app puts into each post card (its conversation, reporting). */
  slots?: PostSlots;
  /** The signed-in person: the member list offers them "Leave space" rather than "Remove". */
  viewerId?: string;
} = {}) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const spaceQuery = useSpace(id);
  const { data, error, loading, refetch } = spaceQuery;
  const space = data?.space;

  if (error) {
    const notFound = readAppError(error).code === 'NOT_FOUND';
    return (
      <>
        <PageHeading title={t(notFound ? 'spaces.notFound' : 'spaces.title')}>
          {t(notFound ? 'spaces.notFound' : 'spaces.title')}
        </PageHeading>
        {notFound ? (
          <p>
            <Link to={paths.spaces.to()}>{t('spaces.backToList')}</Link>
          </p>
        ) : (
          <QueryError error={error} onRetry={() => void refetch()} />
        )}
      </>
    );
  }
  if (!space) return loading ? <Loading /> : null;

  const canSeeContent = space.visibility === 'OPEN' || space.viewerMembership?.status === 'ACTIVE';
  return (
    <div className="space-page">
      <p>
        <Link to={paths.spaces.to()} className="back-link">
          {t('spaces.backToList')}
        </Link>
      </p>
      {space.cover && (
        <img
          className="space-page__cover"
          src={space.cover.url}
          srcSet={space.cover.srcSet || undefined}
          sizes={space.cover.sizes ?? '(min-width: 64rem) 64rem, 100vw'}
          width={space.cover.width}
          height={space.cover.height}
          alt={space.cover.alt}
        />
      )}
      <PageHeading title={space.name}>{space.name}</PageHeading>
      <p className="space-page__facts">
        <span className="tag">{t(`spaces.visibility.${space.visibility}.label`)}</span>{' '}
        {t('spaces.memberCount', { count: space.memberCount })}
      </p>
      <p className="field__hint">{t(`spaces.visibility.${space.visibility}.hint`)}</p>
      {space.description && <p className="space-page__description">{space.description}</p>}
      <MembershipActions space={space} />
      {/* Keyed by access: joining or leaving a CLOSED space starts the feed afresh. */}
      <SpaceFeed
        key={String(canSeeContent)}
        spaceId={space.id}
        spaceName={space.name}
        canSee={canSeeContent}
        canPost={space.viewerCanPost}
        slots={slots}
      />
      <SpaceMembers space={space} query={spaceQuery} viewerId={viewerId} />
      {space.viewerCanModerate && <PendingRequests space={space} />}
    </div>
  );
}

function SpaceFeed({
  spaceId,
  spaceName,
  canSee,
  canPost,
  slots,
}: {
  spaceId: string;
  spaceName: string;
  canSee: boolean;
  canPost: boolean;
  slots?: PostSlots;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const { data, error, loading, networkStatus, fetchMore, refetch } = useSpacePosts(spaceId, !canSee);
  const connection = data?.spacePosts;
  const edges = connection?.edges ?? [];

  const showMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    const before = edges.length;
    await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    listRef.current?.querySelectorAll<HTMLElement>('.post-card__heading')[before]?.focus();
  };

  return (
    <section className="space-page__section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('spaces.postsHeading')}
      </h2>
      {canPost && <PostComposer spaceId={spaceId} spaceName={spaceName} />}
      {!canSee && <p>{t('spaces.membersOnlyPosts')}</p>}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {canSee && !connection && loading && <Loading />}
      {connection && edges.length === 0 && <p>{t('spaces.noPosts')}</p>}
      {edges.length > 0 && (
        <ol className="post-list" ref={listRef}>
          {edges.map(({ node }) => (
            <li key={node.id}>
              <SpacePostCard post={node} onDeleted={() => headingRef.current?.focus()} slots={slots} />
            </li>
          ))}
        </ol>
      )}
      {connection?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={networkStatus === NetworkStatus.fetchMore || undefined}
          onClick={() => void showMore()}
        >
          {t('spaces.showMorePosts')}
        </button>
      )}
    </section>
  );
}
