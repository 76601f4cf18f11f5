import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StudioArticleFieldsFragment } from '@commons/web-graphql';
import { PageHeading } from '@/components/ui/page-heading';
import { paths } from '@/config/paths';
import { useFormatDate } from '@/utils/use-format-date';
import type { useAudienceOptions } from '../api/audience-options.query';
import { useArticleDraft } from '../hooks/use-article-draft';
import { toPreviewArticle, type PreviewArticle } from '../utils/preview-article.util';
import { ArticleContentSection } from './article-content-section';
import { ArticleEditorialSection } from './article-editorial-section';
import { ArticleFormatSection } from './article-format-section';
import { ArticleHistory } from './article-history';
import { ArticleTopicsSection } from './article-topics-section';
import { AudiencePicker } from './audience-picker';
import { CoverField } from './media-fields';
import { MustReadReport } from './must-read-report';
import { PreviewPanel } from './preview-panel';
import { PublishActions } from './publish-actions';
import { ReadabilityPanel } from './readability-panel';
import type { RichTextEditorHandle } from './rich-text-editor';
import { SaveStatus } from './save-status';

interface ArticleEditorProps {
  article: StudioArticleFieldsFragment;
  isEditor: boolean;
  options: NonNullable<ReturnType<typeof useAudienceOptions>['data']>;
  renderPreview: (article: PreviewArticle) => ReactNode;
}

/**
 * The editor page once the article is loaded: its status and save state, the form's sections, the
 * publishing actions, history and preview, and the plain-language panel beside them.
 */
export function ArticleEditor({ article, isEditor, options, renderPreview }: ArticleEditorProps) {
  const { t } = useTranslation();
  const format = useFormatDate();
  const editorRef = useRef<RichTextEditorHandle>(null);
  const {
    draft,
    change,
    onBodyChange,
    contentLanguage,
    report,
    announceReadability,
    saveState,
    problems,
    flush,
  } = useArticleDraft(article, isEditor);
  const ids = { media: useId(), audience: useId() };
  const readOnly = !article.viewerCanEdit;
  // The actions stay once shown: submitting makes the article read-only for its author, and the
  // outcome banner (which takes focus) must not vanish with the button that was used.
  const showActions = useRef(!readOnly).current;
  const preview = toPreviewArticle(article, draft, report.readingTimeMinutes, options.topics);

  return (
    <>
      <p>
        <Link to={paths.studio.to()} className="back-link">
          {t('studio.back')}
        </Link>
      </p>
      <PageHeading title={t('studio.editTitle', { title: draft.title || t('studio.untitled') })}>
        {t('studio.editHeading')}
      </PageHeading>
      <p className="studio-status">
        {t('studio.actions.status', { status: t(`studio.status.${article.status}`) })} ·{' '}
        <span className="studio-status__save">
          <SaveStatus state={saveState} formatTime={format.time} />
        </span>
      </p>
      {problems.length > 0 && (
        <ul className="studio-problems">
          {problems.map((p) => (
            <li key={p}>{t(`studio.problems.${p}`)}</li>
          ))}
        </ul>
      )}
      {article.reviewComment && article.status === 'DRAFT' && (
        <div className="banner">
          <p>
            <strong>{t('studio.reviewComment')}</strong>
          </p>
          <p>{article.reviewComment}</p>
        </div>
      )}
      {readOnly && <p className="banner">{t('studio.readOnly')}</p>}

      <div className="studio-layout">
        <form className="studio-form" onSubmit={(e) => e.preventDefault()} aria-label={t('studio.formLabel')}>
          <fieldset disabled={readOnly} className="fieldset">
            <ArticleContentSection
              draft={draft}
              change={change}
              problems={problems}
              contentLanguage={contentLanguage}
              initialBodyHtml={article.bodyHtml}
              onBodyChange={onBodyChange}
              editorRef={editorRef}
              authorName={article.author.displayName}
            />
            <ArticleFormatSection
              draft={draft}
              change={change}
              problems={problems}
              contentLanguage={contentLanguage}
            />

            <section aria-labelledby={ids.media} className="studio-section">
              <h2 id={ids.media}>
                {draft.format === 'INFOGRAPHIC'
                  ? t('studio.sections.infographic')
                  : t('studio.sections.cover')}
              </h2>
              <CoverField
                cover={draft.cover}
                onChange={(cover) => change({ cover })}
                altError={problems.includes('COVER_ALT_REQUIRED')}
              />
            </section>

            <ArticleTopicsSection draft={draft} change={change} topics={options.topics} />

            <section aria-labelledby={ids.audience} className="studio-section">
              <h2 id={ids.audience}>{t('studio.sections.audience')}</h2>
              <AudiencePicker
                units={options.orgUnits}
                locations={options.locations}
                orgUnitIds={new Set(draft.orgUnitIds)}
                locationIds={new Set(draft.locationIds)}
                onChange={(next) =>
                  change({ orgUnitIds: [...next.orgUnitIds], locationIds: [...next.locationIds] })
                }
                showReach={isEditor}
              />
            </section>

            {isEditor && <ArticleEditorialSection draft={draft} change={change} />}
          </fieldset>

          {showActions && <PublishActions article={article} isEditor={isEditor} flush={flush} />}

          {isEditor && article.mustRead && article.status === 'PUBLISHED' && (
            <MustReadReport articleId={article.id} />
          )}

          <ArticleHistory article={article} />

          <PreviewPanel
            orgUnitIds={draft.orgUnitIds}
            locationIds={draft.locationIds}
            renderArticle={() => renderPreview(preview)}
          />
        </form>
        <ReadabilityPanel
          report={report}
          onFocusBlock={(index) => editorRef.current?.focusBlock(index)}
          announce={announceReadability}
        />
      </div>
    </>
  );
}
