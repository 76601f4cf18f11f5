import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HomeFeedPostFieldsFragment } from '@commons/web-graphql';
import { useFormatDate } from '@/utils/use-format-date';
import { CurationActions } from './curation-actions';
import { PostBody } from './post-body';
import { paths } from '@/config/paths';
import './post-card.css';
import './feed-post-card.css';

interface FeedPostCardProps {
  post: HomeFeedPostFieldsFragment;
  headingLevel: 2 | 3;
  /** Under the post (the feed's reaction and comment summary). */
  children?: ReactNode;
}

/**
 * A staff post in the home feed, compact: an <article> named by its heading (author and space), the
 * space a link to its page, time, "edited" and a link to the post's own page, then text, link,
 * images, a shared original and the poll (vote in place). The heading takes focus after "Show more"
 * (`data-feed-focus`); editing and deleting stay on the space page. Editors also get the curation
 * buttons here.
 */
export function FeedPostCard({ post, headingLevel, children }: FeedPostCardProps) {
  const { t } = useTranslation();
  const format = useFormatDate();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const author = post.author.displayName;
  return (
    <article className="post-card feed-post-card" aria-labelledby={headingId} data-post-id={post.id}>
      {post.featured && (
        <ul className="news-card__states">
          <li className="tag tag--pinned">{t('spaces.curation.featuredTag')}</li>
        </ul>
      )}
      <Heading id={headingId} className="post-card__heading" tabIndex={-1} data-feed-focus="">
        {t('spaces.feedPost.heading', { name: author })}{' '}
        <Link to={paths.space.to(post.space.id)}>{post.space.name}</Link>
      </Heading>
      <p className="post-card__meta">
        <time dateTime={post.createdAt}>{format.dateTime(post.createdAt)}</time>
        {post.editedAt && <> · {t('spaces.post.edited')}</>}
        {post.isShare && <> · {t('spaces.post.shared')}</>}
        {' · '}
        <Link to={paths.post.to(post.id)}>
          {t('spaces.post.open')}
          <span className="visually-hidden"> {t('spaces.post.byline', { name: author })}</span>
        </Link>
      </p>
      <PostBody post={post} />
      {children}
      {post.viewerCanCurate && (
        <div className="button-row post-card__actions">
          <CurationActions post={post} what={t('spaces.curation.what', { name: author })} />
        </div>
      )}
    </article>
  );
}
