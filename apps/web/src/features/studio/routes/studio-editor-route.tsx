import { isEditorRole } from '@commons/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { QueryError } from '@/components/ui/query-error';
import { paths } from '@/config/paths';
import { readAppError } from '@/utils/graphql-error';
import { useAudienceOptions } from '../api/audience-options.query';
import { useStudioArticle } from '../api/studio-article.query';
import { ArticleEditor } from '../components/article-editor';
import type { PreviewArticle } from '../utils/preview-article.util';
import '../studio.css';

export type { PreviewArticle };

export interface StudioEditorRouteProps {
  /** Renders an article as the reader page does; the app supplies it (features do not import each other). */
  renderPreview: (article: PreviewArticle) => ReactNode;
}

/** /studio/articles/:id — loads the article and hands it to the editor. */
export function StudioEditorRoute({ renderPreview }: StudioEditorRouteProps) {
  const { id } = useParams();
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useStudioArticle(id);
  const options = useAudienceOptions();

  if (error && readAppError(error).code === 'NOT_FOUND') {
    return (
      <>
        <PageHeading title={t('studio.notFoundTitle')}>{t('studio.notFoundTitle')}</PageHeading>
        <p>
          <Link to={paths.studio.to()}>{t('studio.back')}</Link>
        </p>
      </>
    );
  }
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (options.error) return <QueryError error={options.error} onRetry={() => void options.refetch()} />;
  if (loading || !data || !options.data) return <Loading />;
  // viewerCanPublish says whether publishing is the next step (false once published); editing rights
  // over pinning, must-read, archiving and the report follow the role.
  const isEditor = isEditorRole(data.viewer.role);
  return (
    <ArticleEditor
      key={data.article.id}
      article={data.article}
      isEditor={isEditor}
      options={options.data}
      renderPreview={renderPreview}
    />
  );
}
