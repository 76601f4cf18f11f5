import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ArticleCardFieldsFragment } from '@commons/web-graphql';
import { useFormatDate } from '@/utils/use-format-date';
import { langIfDifferent } from '../utils/article-language';
import { ResponsiveImage } from './responsive-image';
import { paths } from '@/config/paths';
import './feed-cards.css';

interface ArticleCardProps {
  article: ArticleCardFieldsFragment;
  headingLevel: 2 | 3;
  /** Extra actions under the summary (the must-read acknowledgement). */
  children?: ReactNode;
}

/**
 * One feed item: an <article> named by its heading, whose link is the one way in, with its cover
 * (responsive, lazy, with its alt text) beside the text on wide screens and above it on narrow ones.
 * States and formats other than a plain article ("Video", "Image gallery") are words, not colours;
 * a video's cover also shows a play sign.
 */
export function ArticleCard({ article, headingLevel, children }: ArticleCardProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatDate();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const lang = langIfDifferent(article.language, i18n.language);
  return (
    <article
      className={`news-card${article.cover ? ' news-card--with-cover' : ''}`}
      aria-labelledby={headingId}
      data-article-id={article.id}
    >
      {article.cover && (
        <div className="news-card__cover">
          <ResponsiveImage image={article.cover} sizes="(min-width: 40rem) 18rem, calc(100vw - 3rem)" />
          {article.format === 'VIDEO' && (
            <svg className="news-card__play" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
              <circle cx="24" cy="24" r="23" />
              <path d="M19 14v20l16-10z" />
            </svg>
          )}
        </div>
      )}
      <div className="news-card__body">
        <ul className="news-card__states">
          {article.pinned && <li className="tag tag--pinned">{t('news.pinned')}</li>}
          {article.mustRead && <li className="tag tag--must-read">{t('news.mustRead')}</li>}
          {article.unread && <li className="tag tag--unread">{t('news.unread')}</li>}
          {article.format !== 'ARTICLE' && (
            <li className="tag tag--format">{t(`news.format.${article.format}`)}</li>
          )}
        </ul>
        <Heading id={headingId} className="news-card__title" lang={lang}>
          <Link className="news-card__link" to={paths.article.to(article.id)}>
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
                <Link to={paths.topic.to(topic.slug)}>{topic.name}</Link>
              </span>
            ))}
          </p>
        )}
        {children}
      </div>
    </article>
  );
}
