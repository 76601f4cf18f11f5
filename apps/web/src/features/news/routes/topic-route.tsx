import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { QueryError } from '@/components/ui/query-error';
import { readAppError } from '@/utils/graphql-error';
import { useTopic } from '../api/topic.query';
import { FeedList } from '../components/feed-list';
import { paths } from '@/config/paths';

/** A topic page (/topics/:slug): the viewer's articles on that topic, newest first. */
export function TopicRoute() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useTopic(slug);

  if (error && readAppError(error).code === 'NOT_FOUND') {
    return (
      <>
        <PageHeading title={t('news.topicNotFound')}>{t('news.topicNotFound')}</PageHeading>
        <p>
          <Link to={paths.home.to()}>{t('notFound.home')}</Link>
        </p>
      </>
    );
  }
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <Loading />;
  return (
    <>
      <PageHeading title={data.topic.name}>{data.topic.name}</PageHeading>
      <p className="lead">{t('news.topicIntro', { topic: data.topic.name })}</p>
      <FeedList filter={{ topicId: data.topic.id }} headingLevel={2} />
    </>
  );
}
