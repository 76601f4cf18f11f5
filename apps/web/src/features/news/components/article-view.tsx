import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ArticleFormat, Language } from '@commons/web-graphql';
import { useFormatDate } from '@/utils/use-format-date';
import { contentLang, langIfDifferent } from '../utils/article-language';
import { embedUrl } from '../utils/video-embed.util';
import { ResponsiveImage } from './responsive-image';
import { paths } from '@/config/paths';
import './article-view.css';

interface ImageData {
  id: string;
  alt: string;
  url: string;
  width: number;
  height: number;
  srcSet: string;
  sizes: string | null;
}

/** The fields an article page shows; the reader and the studio's preview both render through this. */
export interface ArticleViewData {
  id: string;
  title: string;
  summary: string;
  bodyHtml: string;
  byline: string | null;
  format: ArticleFormat;
  language: Language;
  publishedAt: string | null;
  updatedAt: string;
  readingTimeMinutes: number;
  videoUrl: string | null;
  captionsUrl: string | null;
  textAlternative: string | null;
  author: { id: string; displayName: string };
  cover: ImageData | null;
  gallery: ImageData[];
  topics: { id: string; slug: string; name: string }[];
}

interface ArticleViewProps {
  article: ArticleViewData;
  /** The title element: the page's h1 on the reader page, a lower heading inside the studio's preview. */
  heading: (props: { lang?: string }) => ReactNode;
  /** The acknowledgement, the language-version link: whatever the page adds under the byline. */
  actions?: ReactNode;
}

/** An article as readers see it: title, byline and dates, cover, body, and the format's own parts. */
export function ArticleView({ article, heading, actions }: ArticleViewProps) {
  const { t, i18n } = useTranslation();
  const format = useFormatDate();
  const galleryId = useId();
  const altTextId = useId();
  const lang = langIfDifferent(article.language, i18n.language);
  // Interface text inside an article in another language keeps the interface's language.
  const uiLang = lang ? i18n.language : undefined;
  const player = article.videoUrl ? embedUrl(article.videoUrl) : null;
  const edited = article.publishedAt && article.updatedAt > article.publishedAt;

  return (
    // lang on the whole article when it is written in another language than the interface (WCAG 3.1.2).
    <article className="article" lang={lang}>
      <header className="article__header">
        {heading({ lang })}
        {article.summary && <p className="lead">{article.summary}</p>}
        <p className="article__byline" lang={uiLang}>
          {t('news.byline', { name: article.byline || article.author.displayName })}
          {article.publishedAt && (
            <>
              {' · '}
              {t('news.published')}{' '}
              <time dateTime={article.publishedAt}>{format.date(article.publishedAt)}</time>
            </>
          )}
          {edited && (
            <>
              {' · '}
              {t('news.updated')} <time dateTime={article.updatedAt}>{format.date(article.updatedAt)}</time>
            </>
          )}
          {article.readingTimeMinutes > 0 && (
            <> · {t('news.readingTime', { count: article.readingTimeMinutes })}</>
          )}
        </p>
        {article.topics.length > 0 && (
          <p className="news-card__topics" lang={uiLang}>
            <span className="visually-hidden">{t('news.topicsLabel')} </span>
            {article.topics.map((topic, index) => (
              <span key={topic.id}>
                {index > 0 && ', '}
                <Link to={paths.topic.to(topic.slug)}>{topic.name}</Link>
              </span>
            ))}
          </p>
        )}
        {actions}
      </header>

      {article.cover && article.format !== 'INFOGRAPHIC' && (
        <figure className="article__cover">
          <ResponsiveImage image={article.cover} sizes="(min-width: 64rem) 60rem, 100vw" />
        </figure>
      )}

      {article.format === 'INFOGRAPHIC' && article.cover && (
        <figure className="article__infographic">
          <ResponsiveImage image={article.cover} sizes="(min-width: 64rem) 60rem, 100vw" />
          {article.textAlternative && (
            <figcaption>
              <a href={`#${altTextId}`} className="article__skip-to-text">
                {t('news.infographicTextLink')}
              </a>
            </figcaption>
          )}
        </figure>
      )}
      {article.format === 'INFOGRAPHIC' && article.textAlternative && (
        <section className="article__text-alternative" aria-labelledby={`${altTextId}-h`} id={altTextId}>
          <h2 id={`${altTextId}-h`}>{t('news.infographicText')}</h2>
          {article.textAlternative.split(/\n{2,}/).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </section>
      )}

      {article.format === 'VIDEO' && article.videoUrl && (
        <figure className="article__video">
          {player ? (
            <iframe
              src={player}
              title={t('news.videoTitle', { title: article.title })}
              allow="fullscreen; picture-in-picture"
              loading="lazy"
            />
          ) : (
            // Captions are a track of the video itself, so the player's own controls turn them on; a
            // video without captions says so in its caption below.
            // eslint-disable-next-line jsx-a11y/media-has-caption
            <video controls preload="metadata" src={article.videoUrl}>
              {article.captionsUrl && (
                <track
                  kind="captions"
                  src={article.captionsUrl}
                  srcLang={contentLang(article.language)}
                  label={t(article.language === 'EN' ? 'language.en' : 'language.sv')}
                  default
                />
              )}
            </video>
          )}
          <figcaption lang={uiLang}>
            <a href={article.videoUrl}>{t('news.openVideo')}</a>
            {player && article.captionsUrl && (
              <>
                {' · '}
                <a href={article.captionsUrl}>{t('news.captionsFile')}</a>
              </>
            )}
            {!article.captionsUrl && <> · {t('news.noCaptions')}</>}
          </figcaption>
        </figure>
      )}

      {/*
        The API sanitises bodies with an allow-list (headings, lists, links, quotes, our own images,
        allow-listed video hosts; no script, event handlers or javascript:/data: links) before storing
        them, so this HTML is safe to insert. Nothing else in the web is inserted as HTML.
      */}
      <div className="article__body prose" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />

      {article.format === 'GALLERY' && article.gallery.length > 0 && (
        <section className="article__gallery" aria-labelledby={galleryId}>
          <h2 id={galleryId}>{t('news.gallery', { count: article.gallery.length })}</h2>
          <ul className="gallery">
            {article.gallery.map((image) => (
              <li key={image.id}>
                <figure>
                  <ResponsiveImage image={image} sizes="(min-width: 48rem) 20rem, 100vw" />
                </figure>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
