import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextBlock } from '@commons/shared';
import { TextAreaField, TextField } from '@/components/ui/text-field';
import type { ChangeDraft } from '../hooks/use-article-draft';
import type { Draft, DraftProblem } from '../utils/draft.util';
import { RichTextEditor, type RichTextEditorHandle } from './rich-text-editor';

interface ArticleContentSectionProps {
  draft: Draft;
  change: ChangeDraft;
  problems: readonly DraftProblem[];
  contentLanguage: 'sv' | 'en';
  /** The body as the article was loaded; the editor owns it from then on. */
  initialBodyHtml: string;
  onBodyChange: (html: string, located: { blocks: TextBlock[] }) => void;
  editorRef: Ref<RichTextEditorHandle>;
  authorName: string;
}

/** The editor's "Content" section: title, summary, the rich-text body and the byline. */
export function ArticleContentSection({
  draft,
  change,
  problems,
  contentLanguage,
  initialBodyHtml,
  onBodyChange,
  editorRef,
  authorName,
}: ArticleContentSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const bodyId = useId();
  return (
    <section aria-labelledby={headingId} className="studio-section">
      <h2 id={headingId}>{t('studio.sections.content')}</h2>
      <TextField
        id="article-title"
        label={t('studio.fields.title')}
        error={problems.includes('TITLE_REQUIRED') ? t('studio.problems.TITLE_REQUIRED') : undefined}
        className="field__input--wide"
        lang={contentLanguage}
        value={draft.title}
        maxLength={200}
        onChange={(e) => change({ title: e.target.value })}
      />
      <TextAreaField
        id="article-summary"
        label={t('studio.fields.summary')}
        hint={t('studio.fields.summaryHint')}
        className="field__input--wide"
        lang={contentLanguage}
        rows={3}
        value={draft.summary}
        onChange={(e) => change({ summary: e.target.value })}
      />
      <div className="field">
        <p className="field__label" id={bodyId}>
          {t('studio.fields.body')}
        </p>
        <p className="field__hint" id={`${bodyId}-hint`}>
          {t('studio.fields.bodyHint')}
        </p>
        <RichTextEditor
          ref={editorRef}
          id="article-body"
          labelId={bodyId}
          hintId={`${bodyId}-hint`}
          initialHtml={initialBodyHtml}
          lang={contentLanguage}
          onChange={onBodyChange}
        />
      </div>
      <TextField
        id="article-byline"
        label={t('studio.fields.byline')}
        hint={t('studio.fields.bylineHint', { name: authorName })}
        value={draft.byline}
        onChange={(e) => change({ byline: e.target.value })}
      />
    </section>
  );
}
