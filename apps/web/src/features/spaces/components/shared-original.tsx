import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SpacePostFieldsFragment } from '@commons/web-graphql';
import { useFormatDate } from '@/utils/use-format-date';
import { paths } from '@/config/paths';
import './post-card.css';

/** The original a share points to (a link to it), or "no longer available" to someone who cannot see it. */
export function SharedOriginal({ post }: { post: SpacePostFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatDate();
  const original = post.sharedItem;
  if (!post.sharedItemAvailable || !original) {
    return <p className="post-card__shared post-card__shared--gone">{t('spaces.post.unavailable')}</p>;
  }
  if (original.__typename === 'Article') {
    return (
      <div className="post-card__shared">
        <p className="post-card__meta">
          {t('spaces.post.sharedArticle', { name: original.author.displayName })}
        </p>
        <p>
          <Link to={paths.article.to(original.id)}>{original.title}</Link>
        </p>
        {original.summary && <p>{original.summary}</p>}
      </div>
    );
  }
  return (
    <div className="post-card__shared">
      <p className="post-card__meta">
        {t('spaces.post.sharedPost', { name: original.author.displayName })}{' '}
        <Link to={paths.space.to(original.space.id)}>{original.space.name}</Link>
        {' · '}
        <time dateTime={original.createdAt}>{format.dateTime(original.createdAt)}</time>
        {' · '}
        <Link to={paths.post.to(original.id)}>
          {t('spaces.post.open')}
          <span className="visually-hidden">
            {' '}
            {t('spaces.post.byline', { name: original.author.displayName })}
          </span>
        </Link>
      </p>
      {original.bodyHtml && <div className="prose" dangerouslySetInnerHTML={{ __html: original.bodyHtml }} />}
    </div>
  );
}
