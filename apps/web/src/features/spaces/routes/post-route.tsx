import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { QueryError } from '@/components/ui/query-error';
import { readAppError } from '@/utils/graphql-error';
import { useSpacePost } from '../api/post.query';
import { SpacePostCard, type PostSlots } from '../components/space-post-card';
import { paths } from '@/config/paths';
import '../spaces.css';

/**
 * /posts/:id — one post on its own page (a link to share, or to follow from the home feed, a share
 * or a report): a link back to its space, the page's h1 naming it, then the card (headed h2) with
 * what the app puts into it. Deleting it from here goes back to its space.
 */
export function PostRoute({ slots }: { slots?: PostSlots } = {}) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useSpacePost(id);
  const post = data?.post;

  if (error && !post) {
    // Deleted, hidden, in a space one may not read, or never there: the API says NOT_FOUND alike.
    if (readAppError(error).code === 'NOT_FOUND') {
      return (
        <div className="narrow">
          <PageHeading title={t('spaces.postPage.notFound')}>{t('spaces.postPage.notFound')}</PageHeading>
          <p>{t('spaces.postPage.notFoundBody')}</p>
          <p>
            <Link to={paths.spaces.to()}>{t('spaces.backToList')}</Link>
          </p>
        </div>
      );
    }
    return <QueryError error={error} onRetry={() => void refetch()} />;
  }
  if (!post) return loading ? <Loading /> : null;

  const title = t('spaces.postPage.title', { name: post.author.displayName, space: post.space.name });
  const spacePath = paths.space.to(post.space.id);
  return (
    <div className="post-page">
      <p>
        <Link to={spacePath} className="back-link">
          {t('spaces.postPage.back', { space: post.space.name })}
        </Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <SpacePostCard
        post={post}
        headingLevel={2}
        slots={slots}
        // Gone from here: its space is where the reader was most likely headed next.
        onDeleted={() => void navigate(spacePath)}
      />
    </div>
  );
}
