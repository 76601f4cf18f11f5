import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ArticleFormat } from '@commons/web-graphql';
import { useMyMustReads } from '../api/my-must-reads.query';
import { useNewsTopics } from '../api/topics.query';
import { ARTICLE_FORMATS } from '../utils/article-formats';
import { AcknowledgeButton } from './acknowledge-button';
import { ArticleCard } from './article-card';
import { FeedList } from './feed-list';
import { HomeFeedList, type RenderFeedPost } from './home-feed-list';
import './feed-cards.css';

interface NewsFeedProps {
  /**
   * Renders a staff post of the viewer's spaces (the app passes the spaces feature's card). With it,
   * the unfiltered feed mixes news and posts; a topic or format filter shows news only.
   */
  renderPost?: RenderFeedPost;
  /** Between the must-reads and the feed (the app places home's featured posts here); h2 sections fit. */
  afterMustReads?: ReactNode;
}

/**
 * The home page's feed: open must-reads first (each with its acknowledgement), then news mixed with
 * the posts of the viewer's spaces. The topic and format filters (news only) wait behind a "Filter"
 * button beside the feed's heading (a disclosure: `aria-expanded`, open while a filter is on), so the
 * news comes first on every screen. Filters live in the query string, so changing one keeps focus
 * in place.
 */
export function NewsFeed({ renderPost, afterMustReads }: NewsFeedProps = {}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const topicId = params.get('topic') || null;
  const formatParam = params.get('format');
  const format = (ARTICLE_FORMATS as readonly string[]).includes(formatParam ?? '')
    ? (formatParam as ArticleFormat)
    : null;
  const mustReads = useMyMustReads();
  const topics = useNewsTopics();
  const filtered = Boolean(topicId || format);
  const mustReadId = useId();
  const filtersHintId = useId();
  const newsId = useId();
  const filtersId = useId();
  const panelId = useId();
  const active = (topicId ? 1 : 0) + (format ? 1 : 0);
  // Open from the start when the address already has a filter (a shared link, a reload).
  const [showFilters, setShowFilters] = useState(filtered);

  const list = mustReads.data?.myMustReads;
  const open = useMemo(() => (list ?? []).filter((a) => !a.acknowledged), [list]);
  // Every must-read on today's list stays out of the feed below, acknowledged or not, so nothing jumps.
  const openIds = useMemo(() => new Set((list ?? []).map((a) => a.id)), [list]);

  const setFilter = (key: 'topic' | 'format', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <div className="news">
      {(mustReads.data?.myMustReads.length ?? 0) > 0 && (
        <section className="news__section" aria-labelledby={mustReadId}>
          <h2 id={mustReadId}>{t('news.mustReadHeading')}</h2>
          <p>{t('news.mustReadIntro', { count: open.length })}</p>
          <ol className="news-list">
            {mustReads.data?.myMustReads.map((article) => (
              <li key={article.id}>
                <ArticleCard article={article} headingLevel={3}>
                  <AcknowledgeButton
                    id={article.id}
                    title={article.title}
                    acknowledged={article.acknowledged}
                  />
                </ArticleCard>
              </li>
            ))}
          </ol>
        </section>
      )}
      {afterMustReads}
      <section className="news__section" aria-labelledby={newsId}>
        <div className="feed-heading">
          <h2 id={newsId}>{renderPost ? t('news.homeFeed.heading') : t('news.feedHeading')}</h2>
          <button
            type="button"
            className="button button--secondary feed-heading__filter"
            aria-expanded={showFilters}
            aria-controls={panelId}
            onClick={() => setShowFilters(!showFilters)}
          >
            {active > 0 ? t('news.filtersToggleActive', { count: active }) : t('news.filtersToggle')}
          </button>
        </div>
        <form
          id={panelId}
          hidden={!showFilters}
          className="news-filters"
          aria-labelledby={filtersId}
          aria-describedby={renderPost ? filtersHintId : undefined}
          onSubmit={(e) => e.preventDefault()}
        >
          <h3 id={filtersId} className="visually-hidden">
            {t('news.filtersHeading')}
          </h3>
          <div className="field news-filters__field">
            <label className="field__label" htmlFor="news-filter-topic">
              {t('news.filterTopic')}
            </label>
            <select
              id="news-filter-topic"
              className="field__input"
              value={topicId ?? ''}
              onChange={(e) => setFilter('topic', e.target.value)}
            >
              <option value="">{t('news.allTopics')}</option>
              {topics.data?.topics.map((topic) => (
                <option key={topic.id} value={topic.id}>
                  {topic.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field news-filters__field">
            <label className="field__label" htmlFor="news-filter-format">
              {t('news.filterFormat')}
            </label>
            <select
              id="news-filter-format"
              className="field__input"
              value={format ?? ''}
              onChange={(e) => setFilter('format', e.target.value)}
            >
              <option value="">{t('news.allFormats')}</option>
              {ARTICLE_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`news.format.${f}`)}
                </option>
              ))}
            </select>
          </div>
          {renderPost && (
            <p id={filtersHintId} className="field__hint news-filters__hint">
              {t('news.homeFeed.filtersHint')}
            </p>
          )}
        </form>
        {filtered ? (
          <FeedList filter={{ topicId, format }} headingLevel={3} exclude={openIds} />
        ) : (
          <HomeFeedList headingLevel={3} exclude={openIds} renderPost={renderPost} />
        )}
      </section>
    </div>
  );
}
