import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { QueryError } from '@/components/ui/query-error';
import { readAppError } from '@/utils/graphql-error';
import { useArticle } from '../api/article.query';
import { useMarkArticleViewed } from '../api/mark-article-viewed.mutation';
import { AcknowledgeButton } from '../components/acknowledge-button';
import { ArticleView } from '../components/article-view';
import { contentLang } from '../utils/article-language';
import { paths } from '@/config/paths';

interface ArticleRouteProps {
  /**
   * Under the article: its conversation (reactions and comments), given by the app so news does not
   * depend on the conversation feature. Rendered outside the article's `lang`, in the interface's language.
   */
  conversation?: (article: { id: string; title: string }) => ReactNode;
  /** Among the article's actions, once published: sharing it to a space (the app passes the spaces' button). */
  share?: (article: { id: string; title: string }) => ReactNode;
}

/** An article page (/news/:id): the article, its acknowledgement if must-read, and its other language. */
export function ArticleRoute({ conversation, share }: ArticleRouteProps = {}) {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, error, loading, refetch } = useArticle(id);
  const [markViewed] = useMarkArticleViewed();
  const marked = useRef<string | null>(null);

  const article = data?.article;
  useEffect(() => {
    // One view event per visit; the API keeps one per person, article and day.
    if (article?.status === 'PUBLISHED' && marked.current !== article.id) {
      marked.current = article.id;
      void markViewed({ variables: { id: article.id } }).catch(() => undefined);
    }
  }, [article?.id, article?.status, markViewed]);

  if (error && readAppError(error).code === 'NOT_FOUND') {
    return (
      <>
        <PageHeading title={t('news.notFoundTitle')}>{t('news.notFoundTitle')}</PageHeading>
        <p>{t('news.notFoundBody')}</p>
        <p>
          <Link to={paths.home.to()}>{t('notFound.home')}</Link>
        </p>
      </>
    );
  }
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading || !article) return <Loading />;

  const uiLanguage = i18n.language === 'en' ? 'EN' : 'SV';
  const ownLanguage =
    article.language !== uiLanguage ? article.translations.find((v) => v.language === uiLanguage) : undefined;

  return (
    <div>
      <p>
        <Link to={paths.home.to()} className="back-link">
          {t('news.back')}
        </Link>
      </p>
      <ArticleView
        article={article}
        heading={({ lang }) => (
          <PageHeading title={article.title}>
            <span lang={lang}>{article.title}</span>
          </PageHeading>
        )}
        actions={
          <>
            {ownLanguage && (
              <p className="article__translation" lang={i18n.language}>
                <Link to={paths.article.to(ownLanguage.id)} hrefLang={contentLang(ownLanguage.language)}>
                  {t('news.readInYourLanguage')}
                </Link>
              </p>
            )}
            {article.mustRead && (
              <div className="article__must-read" lang={i18n.language}>
                <p>
                  <strong>{t('news.mustRead')}.</strong> {t('news.mustReadExplain')}
                </p>
                <AcknowledgeButton
                  id={article.id}
                  title={article.title}
                  acknowledged={article.acknowledged}
                />
              </div>
            )}
            {share && article.status === 'PUBLISHED' && (
              <div className="button-row article__share" lang={i18n.language}>
                {share({ id: article.id, title: article.title })}
              </div>
            )}
          </>
        }
      />
      {conversation?.({ id: article.id, title: article.title })}
    </div>
  );
}
