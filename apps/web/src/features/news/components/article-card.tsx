import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ArticleCardFieldsFragment } from '@commons/web-graphql';
import { useFormatDate } from '@/utils/use-format-date';
import { langIfDifferent } from '../utils/article-language';
import { ResponsiveImage } from './responsive-image';

interface ArticleCardProps {
  article: ArticleCardFieldsFragment;
  headingLevel: 2 | 3;
  /** Extra actions under the summary (the must-read acknowledgement). */
  children?: ReactNode;
}

/**
 * One feed item: an <article> named by its heading, whose link is the one way in (the cover is
 * decorative here, its alt text is read on the article page). States are words, not colours.
 */
export function ArticleCard({ article, headingLevel, children }: ArticleCardProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatDate();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const lang = langIfDifferent(article.language, i18n.language);
  return (
    <article className="news-card" aria-labelledby={headingId} data-article-id={article.id}>
      {article.cover && (
        <div className="news-card__cover">
          <ResponsiveImage image={article.cover} sizes="(min-width: 48rem) 16rem, 100vw" />
        </div>
      )}
      <div className="news-card__body">
        <ul className="news-card__states">
          {article.pinned && <li className="tag tag--pinned">{t('news.pinned')}</li>}
          {article.mustRead && <li className="tag tag--must-read">{t('news.mustRead')}</li>}
          {article.unread && <li className="tag tag--unread">{t('news.unread')}</li>}
        </ul>
        <Heading id={headingId} className="news-card__title" lang={lang}>
          <Link className="news-card__link" to={`/news/${encodeURIComponent(article.id)}`}>
            {article.title}
          </Link>
        </Heading>
        <p className="news-card__meta">
          {article.publishedAt && (
            <time dateTime={article.publishedAt}>{format.date(article.publishedAt)}</time>
          )}
          {article.publishedAt && ' · '}
          {article.author.displayName}
          {article.mustRead && article.mustReadDue && (
            <> · {t('news.dueBy', { date: format.day(article.mustReadDue) })}</>
          )}
        </p>
        {article.summary && (
          <p className="news-card__summary" lang={lang}>
            {article.summary}
          </p>
        )}
        {article.topics.length > 0 && (
          <p className="news-card__topics">
            <span className="visually-hidden">{t('news.topicsLabel')} </span>
            {article.topics.map((topic, index) => (
              <span key={topic.id}>
                {index > 0 && ', '}
                <Link to={`/topics/${encodeURIComponent(topic.slug)}`}>{topic.name}</Link>
              </span>
            ))}
          </p>
        )}
        {children}
      </div>
    </article>
  );
}
