import { ArticleView } from '@/features/news/components/article-view';
import { StudioEditorRoute } from '@/features/studio/routes/studio-editor-route';

/**
 * The studio's editor with its preview drawn by the reader's own article view: the app is where the
 * two features meet, so the preview cannot drift from what readers get.
 */
export function StudioEditorPage() {
  return (
    <StudioEditorRoute
      renderPreview={(article) => (
        <ArticleView
          article={article}
          heading={({ lang }) => (
            <h3 className="preview__title" lang={lang}>
              {article.title}
            </h3>
          )}
        />
      )}
    />
  );
}
